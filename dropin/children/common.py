"""Records, labels and helpers shared by the children's-area services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dropin.clients.codes import normalise_code
from dropin.clients.lookup import live_client
from dropin.errors import ValidationError
from dropin.i18n import QT_TRANSLATE_NOOP, translate
from dropin.models.base import Tracked, get_live
from dropin.models.children import (
    KIND_CHILDREN,
    KIND_WORKSHOP,
    STATUS_CANCELLED,
    STATUS_HELD,
    STATUS_PLANNED,
    ActivitySession,
    ActivityType,
    AdultAttendance,
    Child,
    ChildAttendance,
    SessionFacilitator,
)
from dropin.models.clients import Client
from dropin.models.security import User
from dropin.validation import CODE_MAX, clean_text

KINDS = (KIND_CHILDREN, KIND_WORKSHOP)
STATUSES = (STATUS_PLANNED, STATUS_HELD, STATUS_CANCELLED)
AGE_BANDS = ("0-2", "3-5", "6-9", "10-13", "14-17")
MAX_CHILD_AGE = 17
MAX_GENERATE_DAYS = 366

STATUS_LABELS = {
    STATUS_PLANNED: QT_TRANSLATE_NOOP("Children", "Planned"),
    STATUS_HELD: QT_TRANSLATE_NOOP("Children", "Held"),
    STATUS_CANCELLED: QT_TRANSLATE_NOOP("Children", "Cancelled"),
}
KIND_LABELS = {
    KIND_CHILDREN: QT_TRANSLATE_NOOP("Children", "Children's session"),
    KIND_WORKSHOP: QT_TRANSLATE_NOOP("Children", "Parents' workshop"),
}
#: Labels of the seeded types, translated when shown unless a user renamed them.
DEFAULT_TYPE_LABELS = {
    "homework": QT_TRANSLATE_NOOP("Children", "Homework help"),
    "games": QT_TRANSLATE_NOOP("Children", "Games"),
    "art": QT_TRANSLATE_NOOP("Children", "Art class"),
    "outing": QT_TRANSLATE_NOOP("Children", "Outing"),
    "other": QT_TRANSLATE_NOOP("Children", "Other activity"),
    "parental_rights": QT_TRANSLATE_NOOP("Children", "Parental rights"),
    "parenting_skills": QT_TRANSLATE_NOOP("Children", "Parenting skills"),
    "workshop_other": QT_TRANSLATE_NOOP("Children", "Other workshop"),
}


def status_label(status: str) -> str:
    return translate("Children", STATUS_LABELS.get(status, status))


def kind_label(kind: str) -> str:
    return translate("Children", KIND_LABELS.get(kind, kind))


def type_label(code: str, label: str) -> str:
    if DEFAULT_TYPE_LABELS.get(code) == label:
        return translate("Children", label)
    return label


# ---------------------------------------------------------------------------------------------- plain objects
@dataclass(frozen=True)
class ActivityTypeInfo:
    id: int
    code: str
    label: str
    kind: str
    active: bool
    sort_order: int


@dataclass(frozen=True)
class StaffInfo:
    id: int
    label: str


@dataclass(frozen=True)
class ChildInfo:
    id: int
    first_name: str
    birth_year: int | None
    age_band: str | None
    parent_code: str
    consent_participation: bool
    consent_photos: bool
    attendances: int
    last_attended: dt.date | None

    @property
    def age_text(self) -> str:
        return str(self.birth_year) if self.birth_year else (self.age_band or "")


@dataclass(frozen=True)
class SessionInfo:
    id: int
    kind: str
    type_id: int
    type_code: str
    type_label: str
    date: dt.date
    start_time: dt.time
    duration_min: int
    place: str | None
    materials: str | None
    note: str | None
    status: str
    cancel_reason: str | None
    schedule_id: int | None
    facilitator_ids: tuple[int, ...]
    facilitators: str
    children_present: int
    unregistered_children: int
    parents_present: int
    adults_registered: int

    @property
    def end_time(self) -> dt.time:
        return (dt.datetime.combine(self.date, self.start_time) + dt.timedelta(minutes=self.duration_min)).time()

    @property
    def children_total(self) -> int:
        return self.children_present + self.unregistered_children

    @property
    def adults_total(self) -> int:
        return self.parents_present + self.adults_registered


@dataclass(frozen=True)
class ScheduleInfo:
    id: int
    type_id: int
    type_label: str
    kind: str
    weekdays: tuple[int, ...]
    start_time: dt.time
    duration_min: int
    place: str | None
    facilitator_id: int | None
    facilitator: str
    valid_from: dt.date
    valid_until: dt.date | None
    active: bool


@dataclass(frozen=True)
class AttendanceRow:
    child_id: int
    first_name: str
    age_text: str
    parent_code: str
    consent_participation: bool
    consent_photos: bool
    present: bool


@dataclass(frozen=True)
class AdultRow:
    client_id: int
    code: str
    present: bool


# ---------------------------------------------------------------------------------------------- helpers
def _staff_label(user: User) -> str:
    return user.display_name or user.username


def _resolve_code(session: Session, code: str, field: str = "parent_code") -> Client:
    code = clean_text(code, field, CODE_MAX) or ""
    if not normalise_code(code):
        raise ValidationError(translate("Children", "Please enter the parent's client code."), field)
    found = live_client(session, code)
    if found is None:
        raise ValidationError(
            translate("Children", "There is no client with the code {code}.").format(code=normalise_code(code)), field
        )
    return session.get_one(Client, found[0])


def _get_type(session: Session, type_id: int) -> ActivityType:
    return get_live(session, ActivityType, type_id, translate("Children", "That session type no longer exists."))


def _get_session(session: Session, session_id: int) -> ActivitySession:
    return get_live(session, ActivitySession, session_id, translate("Children", "That session no longer exists."))


def _get_child(session: Session, child_id: int) -> Child:
    return get_live(session, Child, child_id, translate("Children", "That child is no longer in the register."))


def _assign(record: Tracked, values: Mapping[str, Any]) -> None:
    """Write checked values onto a record being changed (what a new record gets as ``Model(**values)``)."""
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)


def _check_duration(duration_min: int) -> int:
    try:
        duration_min = int(duration_min)
    except (TypeError, ValueError, OverflowError):
        duration_min = 0
    if not 0 < duration_min <= 720:
        raise ValidationError(translate("Children", "The duration must be between 1 and 720 minutes."), "duration")
    return duration_min


def _mark_present(
    session: Session,
    existing: Mapping[int, ChildAttendance | AdultAttendance],
    wanted: set[int],
    new_mark: Callable[[int], object],
) -> None:
    """Tick everyone in ``wanted`` (adding a mark where there is none) and untick the rest; nothing is deleted."""
    for key in wanted:
        mark = existing.get(key)
        if mark is None:
            session.add(new_mark(key))
        elif not mark.present:
            mark.present = True
    for key, mark in existing.items():
        if key not in wanted and mark.present:
            mark.present = False


def _check_count(value: Any, field: str) -> int:
    try:
        count = int(value)
    except (TypeError, ValueError, OverflowError):
        count = -1
    if not 0 <= count <= 500:
        raise ValidationError(translate("Children", "Counts must be whole numbers from 0 to 500."), field)
    return count


def _type_info(row: ActivityType) -> ActivityTypeInfo:
    return ActivityTypeInfo(row.id, row.code, type_label(row.code, row.label), row.kind, row.active, row.sort_order)


def _session_infos(session: Session, rows: list[ActivitySession]) -> list[SessionInfo]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    types = {
        t.id: t for t in session.scalars(select(ActivityType).where(ActivityType.id.in_({r.type_id for r in rows})))
    }
    staff: dict[int, list[tuple[int, str]]] = {}
    for sid, uid, user in session.execute(
        select(SessionFacilitator.session_id, SessionFacilitator.user_id, User)
        .join(User, User.id == SessionFacilitator.user_id)
        .where(SessionFacilitator.session_id.in_(ids), SessionFacilitator.voided_at.is_(None))
        .order_by(SessionFacilitator.id)
    ):
        staff.setdefault(sid, []).append((uid, _staff_label(user)))
    children = dict(
        session.execute(
            select(ChildAttendance.session_id, func.count())
            .where(
                ChildAttendance.session_id.in_(ids),
                ChildAttendance.present.is_(True),
                ChildAttendance.voided_at.is_(None),
            )
            .group_by(ChildAttendance.session_id)
        ).all()
    )
    adults = dict(
        session.execute(
            select(AdultAttendance.session_id, func.count())
            .where(
                AdultAttendance.session_id.in_(ids),
                AdultAttendance.present.is_(True),
                AdultAttendance.voided_at.is_(None),
            )
            .group_by(AdultAttendance.session_id)
        ).all()
    )
    result = []
    for r in rows:
        t = types[r.type_id]
        people = staff.get(r.id, [])
        result.append(
            SessionInfo(
                id=r.id,
                kind=t.kind,
                type_id=t.id,
                type_code=t.code,
                type_label=type_label(t.code, t.label),
                date=r.date,
                start_time=r.start_time,
                duration_min=r.duration_min,
                place=r.place,
                materials=r.materials,
                note=r.note,
                status=r.status,
                cancel_reason=r.cancel_reason,
                schedule_id=r.schedule_id,
                facilitator_ids=tuple(u for u, _ in people),
                facilitators=", ".join(name for _, name in people),
                children_present=children.get(r.id, 0),
                unregistered_children=r.unregistered_children,
                parents_present=r.parents_present,
                adults_registered=adults.get(r.id, 0),
            )
        )
    return result


def _set_facilitators(session: Session, record: ActivitySession, user_ids: Iterable[int], now: dt.datetime) -> None:
    wanted = {int(u) for u in user_ids}
    if wanted:
        found = set(session.scalars(select(User.id).where(User.id.in_(wanted), User.voided_at.is_(None))))
        if found != wanted:
            raise ValidationError(
                translate("Children", "One of the chosen facilitators is not a staff account."), "facilitators"
            )
    existing = {
        f.user_id: f
        for f in session.scalars(select(SessionFacilitator).where(SessionFacilitator.session_id == record.id))
    }
    for uid, link in existing.items():
        if uid in wanted and link.voided_at is not None:
            link.voided_at = None
            link.voided_by_id = None
            link.void_reason = None
        elif uid not in wanted and link.voided_at is None:
            link.void(translate("Children", "Removed from the session."), now)
    for uid in wanted - set(existing):
        session.add(SessionFacilitator(session_id=record.id, user_id=uid))


# ---------------------------------------------------------------------------------------------- children
