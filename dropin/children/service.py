"""Services for the children's area: children register, sessions and workshops, schedules, attendance.

Everything returned here is children's-area data plus, at most, the parent's
client code: never anything from the parent's visits, tests, shelter stays or
incidents. The facilitator role may only check that a client code exists.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from dropin.clients.codes import normalise_code
from dropin.clients.lookup import live_client
from dropin.context import ServiceContext
from dropin.errors import Conflict, NotFound, ValidationError
from dropin.i18n import QT_TRANSLATE_NOOP, format_date, translate
from dropin.models.children import (KIND_CHILDREN, KIND_WORKSHOP, STATUS_CANCELLED, STATUS_HELD,
                                    STATUS_PLANNED, ActivitySchedule, ActivitySession, ActivityType,
                                    AdultAttendance, Child, ChildAttendance, SessionFacilitator)
from dropin.models.clients import Client
from dropin.models.security import User
from dropin.security.permissions import Permission

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
def _clean(text: str | None, limit: int) -> str | None:
    text = (text or "").strip()
    return text[:limit] if text else None


def _staff_label(user: User) -> str:
    return user.display_name or user.username


def _resolve_code(session: Session, code: str, field: str = "parent_code") -> Client:
    if not normalise_code(code or ""):
        raise ValidationError(translate("Children", "Please enter the parent's client code."), field)
    found = live_client(session, code)
    if found is None:
        raise ValidationError(translate("Children", "There is no client with the code {code}.").format(
            code=normalise_code(code)), field)
    return session.get(Client, found[0])


def _get_live(session: Session, model, record_id: int, message: str):
    row = session.get(model, record_id)
    if row is None or row.voided_at is not None:
        raise NotFound(message)
    return row


def _get_type(session: Session, type_id: int) -> ActivityType:
    return _get_live(session, ActivityType, type_id, translate("Children", "That session type no longer exists."))


def _get_session(session: Session, session_id: int) -> ActivitySession:
    return _get_live(session, ActivitySession, session_id, translate("Children", "That session no longer exists."))


def _get_child(session: Session, child_id: int) -> Child:
    return _get_live(session, Child, child_id, translate("Children", "That child is no longer in the register."))


def _check_duration(duration_min: int) -> int:
    try:
        duration_min = int(duration_min)
    except (TypeError, ValueError, OverflowError):
        duration_min = 0
    if not 0 < duration_min <= 720:
        raise ValidationError(translate("Children", "The duration must be between 1 and 720 minutes."), "duration")
    return duration_min


def _mark_present(session, existing: dict, wanted: set[int], new_mark) -> None:
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


def _check_count(value, field: str) -> int:
    try:
        value = int(value)
    except (TypeError, ValueError, OverflowError):
        value = -1
    if not 0 <= value <= 500:
        raise ValidationError(translate("Children", "Counts must be whole numbers from 0 to 500."), field)
    return value


def _type_info(row: ActivityType) -> ActivityTypeInfo:
    return ActivityTypeInfo(row.id, row.code, type_label(row.code, row.label), row.kind, row.active, row.sort_order)


def _session_infos(session: Session, rows: list[ActivitySession]) -> list[SessionInfo]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    types = {t.id: t for t in session.scalars(select(ActivityType).where(
        ActivityType.id.in_({r.type_id for r in rows})))}
    staff: dict[int, list[tuple[int, str]]] = {}
    for sid, uid, user in session.execute(
            select(SessionFacilitator.session_id, SessionFacilitator.user_id, User)
            .join(User, User.id == SessionFacilitator.user_id)
            .where(SessionFacilitator.session_id.in_(ids), SessionFacilitator.voided_at.is_(None))
            .order_by(SessionFacilitator.id)):
        staff.setdefault(sid, []).append((uid, _staff_label(user)))
    children = dict(session.execute(
        select(ChildAttendance.session_id, func.count())
        .where(ChildAttendance.session_id.in_(ids), ChildAttendance.present.is_(True),
               ChildAttendance.voided_at.is_(None))
        .group_by(ChildAttendance.session_id)).all())
    adults = dict(session.execute(
        select(AdultAttendance.session_id, func.count())
        .where(AdultAttendance.session_id.in_(ids), AdultAttendance.present.is_(True),
               AdultAttendance.voided_at.is_(None))
        .group_by(AdultAttendance.session_id)).all())
    result = []
    for r in rows:
        t = types[r.type_id]
        people = staff.get(r.id, [])
        result.append(SessionInfo(
            id=r.id, kind=t.kind, type_id=t.id, type_code=t.code, type_label=type_label(t.code, t.label),
            date=r.date, start_time=r.start_time, duration_min=r.duration_min, place=r.place,
            materials=r.materials, note=r.note, status=r.status, cancel_reason=r.cancel_reason,
            schedule_id=r.schedule_id, facilitator_ids=tuple(u for u, _ in people),
            facilitators=", ".join(name for _, name in people),
            children_present=children.get(r.id, 0), unregistered_children=r.unregistered_children,
            parents_present=r.parents_present, adults_registered=adults.get(r.id, 0)))
    return result


def _set_facilitators(session: Session, record: ActivitySession, user_ids: Iterable[int], now: dt.datetime) -> None:
    wanted = {int(u) for u in user_ids}
    if wanted:
        found = set(session.scalars(select(User.id).where(User.id.in_(wanted), User.voided_at.is_(None))))
        if found != wanted:
            raise ValidationError(translate("Children", "One of the chosen facilitators is not a staff account."), "facilitators")
    existing = {f.user_id: f for f in session.scalars(
        select(SessionFacilitator).where(SessionFacilitator.session_id == record.id))}
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
class ChildrenService:
    """The children register: first name or pseudonym, age, the parent's client code, consents."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def parent_exists(self, code: str) -> bool:
        """Whether a client code exists (the only thing a facilitator may learn about a client)."""
        self.ctx.require(Permission.CLIENT_LOOKUP)
        with self.ctx.transaction() as s:
            return live_client(s, code) is not None

    def list_children(self, search: str = "", *, parent_client_id: int | None = None) -> list[ChildInfo]:
        self.ctx.require(Permission.CHILDREN_VIEW)
        with self.ctx.transaction() as s:
            return self._list(s, search, parent_client_id)

    def get_child(self, child_id: int) -> ChildInfo:
        self.ctx.require(Permission.CHILDREN_VIEW)
        with self.ctx.transaction() as s:
            _get_child(s, child_id)
            rows = [c for c in self._list(s, "", None, child_id=child_id)]
            return rows[0]

    def _list(self, s: Session, search: str, parent_client_id: int | None, child_id: int | None = None):
        held = (select(ChildAttendance.child_id, func.count().label("n"), func.max(ActivitySession.date).label("last"))
                .join(ActivitySession, ActivitySession.id == ChildAttendance.session_id)
                .where(ChildAttendance.present.is_(True), ChildAttendance.voided_at.is_(None),
                       ActivitySession.voided_at.is_(None), ActivitySession.status == STATUS_HELD)
                .group_by(ChildAttendance.child_id).subquery())
        query = (select(Child, Client.code, held.c.n, held.c.last)
                 .join(Client, Client.id == Child.parent_client_id)
                 .outerjoin(held, held.c.child_id == Child.id)
                 .where(Child.voided_at.is_(None)))
        search = (search or "").strip()
        if search:
            like = f"%{search.lower()}%"
            query = query.where(or_(func.lower(Child.first_name).like(like), func.lower(Client.code).like(like)))
        if parent_client_id is not None:
            query = query.where(Child.parent_client_id == parent_client_id)
        if child_id is not None:
            query = query.where(Child.id == child_id)
        query = query.order_by(func.lower(Child.first_name), Child.id)
        return [ChildInfo(c.id, c.first_name, c.birth_year, c.age_band, code, c.consent_participation,
                          c.consent_photos, n or 0, last) for c, code, n, last in s.execute(query)]

    def _validate(self, first_name: str, birth_year, age_band) -> tuple[str, int | None, str | None]:
        first_name = (first_name or "").strip()
        if not first_name:
            raise ValidationError(translate("Children", "Please enter the child's first name or a pseudonym."), "first_name")
        if len(first_name) > 64:
            raise ValidationError(translate("Children", "The first name or pseudonym can be at most 64 characters."), "first_name")
        if re.search(r"\d{3,}", first_name):
            raise ValidationError(translate("Children", "Please enter a first name or pseudonym, not a number or document."),
                                  "first_name")
        age_band = (age_band or "").strip() or None
        if age_band is not None and age_band not in AGE_BANDS:
            raise ValidationError(translate("Children", "Please choose one of the listed age bands."), "age_band")
        if birth_year in ("", 0):
            birth_year = None
        if birth_year is not None:
            try:
                birth_year = int(birth_year)
            except (TypeError, ValueError):
                raise ValidationError(translate("Children", "The birth year must be a year, for example 2017."), "birth_year") from None
            year = self.ctx.today().year
            if not year - MAX_CHILD_AGE - 1 <= birth_year <= year:
                raise ValidationError(
                    translate("Children", "The birth year must be between {first} and {last}: this register is for children.")
                    .format(first=year - MAX_CHILD_AGE - 1, last=year), "birth_year")
        if birth_year is None and age_band is None:
            raise ValidationError(translate("Children", "Please give the child's birth year or age band."), "birth_year")
        return first_name, birth_year, age_band

    def register_child(self, first_name: str, parent_code: str, *, birth_year: int | None = None,
                       age_band: str | None = None, consent_participation: bool = False,
                       consent_photos: bool = False) -> ChildInfo:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        self.ctx.require(Permission.CLIENT_LOOKUP)
        first_name, birth_year, age_band = self._validate(first_name, birth_year, age_band)
        with self.ctx.transaction() as s:
            parent = _resolve_code(s, parent_code)
            same = s.scalar(select(Child.id).where(
                Child.parent_client_id == parent.id, func.lower(Child.first_name) == first_name.lower(),
                Child.voided_at.is_(None)))
            if same is not None:
                raise Conflict(translate("Children", "{name} is already registered with the parent {code}.")
                               .format(name=first_name, code=parent.code))
            child = Child(first_name=first_name, birth_year=birth_year, age_band=age_band,
                          parent_client_id=parent.id, consent_participation=bool(consent_participation),
                          consent_photos=bool(consent_photos))
            s.add(child)
            s.flush()
            return self._list(s, "", None, child_id=child.id)[0]

    def update_child(self, child_id: int, first_name: str, parent_code: str, *, birth_year: int | None = None,
                     age_band: str | None = None, consent_participation: bool = False,
                     consent_photos: bool = False) -> ChildInfo:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        self.ctx.require(Permission.CLIENT_LOOKUP)
        first_name, birth_year, age_band = self._validate(first_name, birth_year, age_band)
        with self.ctx.transaction() as s:
            child = _get_child(s, child_id)
            parent = _resolve_code(s, parent_code)
            child.first_name = first_name
            child.birth_year = birth_year
            child.age_band = age_band
            child.parent_client_id = parent.id
            child.consent_participation = bool(consent_participation)
            child.consent_photos = bool(consent_photos)
            s.flush()
            return self._list(s, "", None, child_id=child.id)[0]

    def void_child(self, child_id: int, reason: str) -> None:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        with self.ctx.transaction() as s:
            self.ctx.void(_get_child(s, child_id), reason)


# ---------------------------------------------------------------------------------------------- sessions
class SessionService:
    """Children's sessions and parents' workshops (the same mechanism, told apart by the type's kind)."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ----------------------------------------------------------------- types
    def activity_types(self, kind: str | None = None, *, include_inactive: bool = False) -> list[ActivityTypeInfo]:
        self.ctx.require(Permission.CHILDREN_VIEW)
        with self.ctx.transaction() as s:
            query = select(ActivityType).where(ActivityType.voided_at.is_(None))
            if kind is not None:
                query = query.where(ActivityType.kind == kind)
            if not include_inactive:
                query = query.where(ActivityType.active.is_(True))
            rows = s.scalars(query.order_by(ActivityType.sort_order, ActivityType.id))
            return [_type_info(t) for t in rows]

    def add_type(self, label: str, kind: str = KIND_CHILDREN) -> ActivityTypeInfo:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        label = (label or "").strip()
        if not label or len(label) > 80:
            raise ValidationError(translate("Children", "Please enter a name for the session type (up to 80 characters)."), "label")
        if kind not in KINDS:
            raise ValidationError(translate("Children", "Please choose whether this type is for children or for parents."), "kind")
        base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:24] or "type"
        with self.ctx.transaction() as s:
            rows = list(s.scalars(select(ActivityType).where(ActivityType.voided_at.is_(None))))
            if any(type_label(t.code, t.label).lower() == label.lower() or t.label.lower() == label.lower()
                   for t in rows if t.kind == kind):
                raise Conflict(translate("Children", "There is already a session type called {label}.").format(label=label))
            codes = {c for c in s.scalars(select(ActivityType.code))}
            code, n = base, 2
            while code in codes:
                code, n = f"{base}_{n}", n + 1
            order = max([t.sort_order for t in rows if t.kind == kind] or [0]) + 1
            row = ActivityType(code=code, label=label, kind=kind, active=True, sort_order=order)
            s.add(row)
            s.flush()
            return _type_info(row)

    def update_type(self, type_id: int, *, label: str | None = None, active: bool | None = None) -> ActivityTypeInfo:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        with self.ctx.transaction() as s:
            row = _get_type(s, type_id)
            if label is not None:
                label = label.strip()
                if not label or len(label) > 80:
                    raise ValidationError(translate("Children", "Please enter a name for the session type (up to 80 characters)."),
                                          "label")
                if label != type_label(row.code, row.label):
                    row.label = label
            if active is not None:
                row.active = bool(active)
            s.flush()
            return _type_info(row)

    # ----------------------------------------------------------------- staff
    def staff(self) -> list[StaffInfo]:
        """Active staff accounts who can be named as facilitators."""
        self.ctx.require(Permission.CHILDREN_VIEW)
        with self.ctx.transaction() as s:
            users = s.scalars(select(User).where(User.active.is_(True), User.voided_at.is_(None))
                              .order_by(func.lower(func.coalesce(User.display_name, User.username))))
            return [StaffInfo(u.id, _staff_label(u)) for u in users]

    # --------------------------------------------------------------- listing
    def list_sessions(self, *, kind: str | None = None, when: str = "all", start: dt.date | None = None,
                      end: dt.date | None = None, include_cancelled: bool = True,
                      offset: int = 0, limit: int | None = None) -> list[SessionInfo]:
        """``when`` is ``"upcoming"`` (today onwards, soonest first), ``"past"`` (latest first) or ``"all"``."""
        self.ctx.require(Permission.CHILDREN_VIEW)
        today = self.ctx.today()
        query = (select(ActivitySession).join(ActivityType, ActivityType.id == ActivitySession.type_id)
                 .where(ActivitySession.voided_at.is_(None)))
        if kind is not None:
            query = query.where(ActivityType.kind == kind)
        if start is not None:
            query = query.where(ActivitySession.date >= start)
        if end is not None:
            query = query.where(ActivitySession.date < end)
        if not include_cancelled:
            query = query.where(ActivitySession.status != STATUS_CANCELLED)
        if when == "upcoming":
            query = query.where(ActivitySession.date >= today).order_by(
                ActivitySession.date, ActivitySession.start_time, ActivitySession.id)
        elif when == "past":
            query = query.where(ActivitySession.date < today).order_by(
                ActivitySession.date.desc(), ActivitySession.start_time.desc(), ActivitySession.id.desc())
        else:
            query = query.order_by(ActivitySession.date, ActivitySession.start_time, ActivitySession.id)
        if offset:
            query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.ctx.transaction() as s:
            return _session_infos(s, list(s.scalars(query)))

    def get_session(self, session_id: int) -> SessionInfo:
        self.ctx.require(Permission.CHILDREN_VIEW)
        with self.ctx.transaction() as s:
            return _session_infos(s, [_get_session(s, session_id)])[0]

    def next_session(self, kind: str | None = None) -> SessionInfo | None:
        """The session to take attendance for: today's (or the latest past) open one, else the next planned."""
        self.ctx.require(Permission.CHILDREN_VIEW)
        today = self.ctx.today()
        with self.ctx.transaction() as s:
            query = (select(ActivitySession).join(ActivityType, ActivityType.id == ActivitySession.type_id)
                     .where(ActivitySession.voided_at.is_(None), ActivitySession.status != STATUS_CANCELLED))
            if kind is not None:
                query = query.where(ActivityType.kind == kind)
            row = s.scalar(query.where(ActivitySession.date == today).order_by(ActivitySession.start_time))
            if row is None:
                row = s.scalar(query.where(ActivitySession.date < today).order_by(
                    ActivitySession.date.desc(), ActivitySession.start_time.desc()))
            return _session_infos(s, [row])[0] if row is not None else None

    # ---------------------------------------------------------------- writes
    def _validate(self, s: Session, type_id: int, date: dt.date, start_time: dt.time, duration_min: int):
        kind_type = _get_type(s, type_id)
        if not isinstance(date, dt.date):
            raise ValidationError(translate("Children", "Please enter the date of the session."), "date")
        if not isinstance(start_time, dt.time):
            raise ValidationError(translate("Children", "Please enter the start time of the session."), "start_time")
        return kind_type, _check_duration(duration_min)

    def create_session(self, type_id: int, date: dt.date, start_time: dt.time, duration_min: int, *,
                       place: str | None = None, materials: str | None = None, note: str | None = None,
                       facilitator_ids: Iterable[int] = ()) -> SessionInfo:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        with self.ctx.transaction() as s:
            _, duration_min = self._validate(s, type_id, date, start_time, duration_min)
            row = ActivitySession(type_id=type_id, date=date, start_time=start_time.replace(second=0, microsecond=0),
                                  duration_min=duration_min, place=_clean(place, 120),
                                  materials=_clean(materials, 2000), note=_clean(note, 2000),
                                  status=STATUS_PLANNED, unregistered_children=0, parents_present=0)
            s.add(row)
            s.flush()
            _set_facilitators(s, row, facilitator_ids, self.ctx.now())
            s.flush()
            return _session_infos(s, [row])[0]

    def update_session(self, session_id: int, type_id: int, date: dt.date, start_time: dt.time,
                       duration_min: int, *, place: str | None = None, materials: str | None = None,
                       note: str | None = None, facilitator_ids: Iterable[int] = ()) -> SessionInfo:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        with self.ctx.transaction() as s:
            row = _get_session(s, session_id)
            new_type, duration_min = self._validate(s, type_id, date, start_time, duration_min)
            old_type = s.get(ActivityType, row.type_id)
            if new_type.kind != old_type.kind and row.status == STATUS_HELD:
                raise ValidationError(translate("Children", "A held session cannot be changed between a children's session and a "
                                         "parents' workshop."), "type")
            if row.status == STATUS_HELD and date > self.ctx.today():
                raise ValidationError(translate("Children", "A session that was held cannot be moved to a future date."), "date")
            if row.schedule_id is not None and date != row.date:
                clash = s.scalar(select(ActivitySession.id).where(ActivitySession.schedule_id == row.schedule_id,
                                                                  ActivitySession.date == date))
                if clash is not None:
                    raise Conflict(translate("Children", "This schedule already has a session on {date}.").format(date=format_date(date)))
            row.type_id = type_id
            row.date = date
            row.start_time = start_time.replace(second=0, microsecond=0)
            row.duration_min = duration_min
            row.place = _clean(place, 120)
            row.materials = _clean(materials, 2000)
            row.note = _clean(note, 2000)
            _set_facilitators(s, row, facilitator_ids, self.ctx.now())
            s.flush()
            return _session_infos(s, [row])[0]

    def cancel_session(self, session_id: int, reason: str) -> SessionInfo:
        """Cancel a planned session; it stays listed as cancelled and the schedule never recreates it."""
        self.ctx.require(Permission.CHILDREN_MANAGE)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError(translate("Children", "Please say why the session is cancelled."), "reason")
        with self.ctx.transaction() as s:
            row = _get_session(s, session_id)
            if row.status == STATUS_HELD:
                raise Conflict(translate("Children", "This session already has attendance recorded, so it cannot be cancelled."))
            if row.status == STATUS_CANCELLED:
                raise Conflict(translate("Children", "This session is already cancelled."))
            row.status = STATUS_CANCELLED
            row.cancel_reason = reason[:500]
            s.flush()
            return _session_infos(s, [row])[0]

    def reinstate_session(self, session_id: int) -> SessionInfo:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        with self.ctx.transaction() as s:
            row = _get_session(s, session_id)
            if row.status != STATUS_CANCELLED:
                raise Conflict(translate("Children", "Only a cancelled session can be put back on the plan."))
            row.status = STATUS_PLANNED
            row.cancel_reason = None
            s.flush()
            return _session_infos(s, [row])[0]

    def void_session(self, session_id: int, reason: str) -> None:
        """Remove a session entered by mistake (kept, voided, with the reason)."""
        self.ctx.require(Permission.CHILDREN_MANAGE)
        with self.ctx.transaction() as s:
            self.ctx.void(_get_session(s, session_id), reason)


# ---------------------------------------------------------------------------------------------- schedules
def _weekdays(text: str) -> tuple[int, ...]:
    return tuple(sorted({int(p) for p in text.split(",") if p.strip()}))


class ScheduleService:
    """Recurring plans that create upcoming sessions, idempotently."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def list_schedules(self, *, include_inactive: bool = True) -> list[ScheduleInfo]:
        self.ctx.require(Permission.CHILDREN_VIEW)
        with self.ctx.transaction() as s:
            query = (select(ActivitySchedule, ActivityType, User)
                     .join(ActivityType, ActivityType.id == ActivitySchedule.type_id)
                     .outerjoin(User, User.id == ActivitySchedule.facilitator_id)
                     .where(ActivitySchedule.voided_at.is_(None)))
            if not include_inactive:
                query = query.where(ActivitySchedule.active.is_(True))
            query = query.order_by(ActivitySchedule.active.desc(), ActivitySchedule.start_time, ActivitySchedule.id)
            return [self._info(sc, t, u) for sc, t, u in s.execute(query)]

    @staticmethod
    def _info(sc: ActivitySchedule, t: ActivityType, u: User | None) -> ScheduleInfo:
        return ScheduleInfo(sc.id, t.id, type_label(t.code, t.label), t.kind, _weekdays(sc.weekdays), sc.start_time,
                            sc.duration_min, sc.place, sc.facilitator_id, _staff_label(u) if u else "",
                            sc.valid_from, sc.valid_until, sc.active)

    def save_schedule(self, type_id: int, weekdays: Iterable[int], start_time: dt.time, duration_min: int, *,
                      place: str | None = None, facilitator_id: int | None = None,
                      valid_from: dt.date | None = None, valid_until: dt.date | None = None,
                      active: bool = True, schedule_id: int | None = None) -> ScheduleInfo:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        try:
            days = sorted({int(d) for d in weekdays})
        except (TypeError, ValueError, OverflowError):
            days = []
        if not days or any(d < 1 or d > 7 for d in days):
            raise ValidationError(translate("Children", "Please tick at least one day of the week."), "weekdays")
        if not isinstance(start_time, dt.time):
            raise ValidationError(translate("Children", "Please enter the start time of the session."), "start_time")
        duration_min = _check_duration(duration_min)
        valid_from = valid_from or self.ctx.today()
        if valid_until is not None and valid_until < valid_from:
            raise ValidationError(translate("Children", "The schedule cannot end before it starts."), "valid_until")
        with self.ctx.transaction() as s:
            _get_type(s, type_id)
            if facilitator_id is not None and s.get(User, facilitator_id) is None:
                raise ValidationError(translate("Children", "One of the chosen facilitators is not a staff account."), "facilitator")
            if schedule_id is None:
                row = ActivitySchedule()
                s.add(row)
            else:
                row = _get_live(s, ActivitySchedule, schedule_id, translate("Children", "That schedule no longer exists."))
            row.type_id = type_id
            row.weekdays = ",".join(str(d) for d in days)
            row.start_time = start_time.replace(second=0, microsecond=0)
            row.duration_min = duration_min
            row.place = _clean(place, 120)
            row.facilitator_id = facilitator_id
            row.valid_from = valid_from
            row.valid_until = valid_until
            row.active = bool(active)
            s.flush()
            return self._info(row, s.get(ActivityType, row.type_id),
                              s.get(User, facilitator_id) if facilitator_id else None)

    def void_schedule(self, schedule_id: int, reason: str) -> None:
        """Stop a schedule for good; sessions it already created stay as they are."""
        self.ctx.require(Permission.CHILDREN_MANAGE)
        with self.ctx.transaction() as s:
            self.ctx.void(_get_live(s, ActivitySchedule, schedule_id, translate("Children", "That schedule no longer exists.")), reason)

    def generate(self, until: dt.date | None = None, *, weeks: int = 4, since: dt.date | None = None) -> int:
        """Create the planned sessions of every active schedule from ``since`` (today) up to ``until``.

        Idempotent: a date that already has a session from that schedule (held,
        cancelled or voided) is skipped, so running it twice creates nothing new
        and a cancelled session stays cancelled. Returns how many were created.
        """
        self.ctx.require(Permission.CHILDREN_MANAGE)
        since = since or self.ctx.today()
        until = until or since + dt.timedelta(weeks=weeks, days=-1)
        if until < since:
            raise ValidationError(translate("Children", "The end date must not be before the start date."), "until")
        if (until - since).days > MAX_GENERATE_DAYS:
            raise ValidationError(translate("Children", "Sessions can be planned at most a year ahead at a time."), "until")
        created = 0
        with self.ctx.transaction() as s:
            schedules = list(s.scalars(select(ActivitySchedule).where(
                ActivitySchedule.voided_at.is_(None), ActivitySchedule.active.is_(True))))
            for sc in schedules:
                t = s.get(ActivityType, sc.type_id)
                if t is None or t.voided_at is not None:
                    continue
                first = max(since, sc.valid_from)
                last = min(until, sc.valid_until) if sc.valid_until else until
                if last < first:
                    continue
                taken = set(s.scalars(select(ActivitySession.date).where(
                    ActivitySession.schedule_id == sc.id, ActivitySession.date >= first,
                    ActivitySession.date <= last)))
                days = set(_weekdays(sc.weekdays))
                day = first
                while day <= last:
                    if day.isoweekday() in days and day not in taken:
                        row = ActivitySession(type_id=sc.type_id, schedule_id=sc.id, date=day,
                                              start_time=sc.start_time, duration_min=sc.duration_min,
                                              place=sc.place, status=STATUS_PLANNED,
                                              unregistered_children=0, parents_present=0)
                        s.add(row)
                        if sc.facilitator_id is not None:
                            s.flush()
                            s.add(SessionFacilitator(session_id=row.id, user_id=sc.facilitator_id))
                        created += 1
                    day += dt.timedelta(days=1)
            s.flush()
        return created


# ---------------------------------------------------------------------------------------------- attendance
class AttendanceService:
    """Ticking children present, counting parents and unregistered children, workshop attendance by code."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def sheet(self, session_id: int, search: str = "") -> list[AttendanceRow]:
        """Every registered child with a tick box for this session (children present first)."""
        self.ctx.require(Permission.CHILDREN_VIEW)
        with self.ctx.transaction() as s:
            _get_session(s, session_id)
            marks = dict(s.execute(select(ChildAttendance.child_id, ChildAttendance.present).where(
                ChildAttendance.session_id == session_id, ChildAttendance.voided_at.is_(None))).all())
            query = (select(Child, Client.code).join(Client, Client.id == Child.parent_client_id)
                     .where(or_(Child.voided_at.is_(None), Child.id.in_([k for k, v in marks.items() if v]))))
            search = (search or "").strip().lower()
            if search:
                like = f"%{search}%"
                query = query.where(or_(func.lower(Child.first_name).like(like), func.lower(Client.code).like(like)))
            query = query.order_by(func.lower(Child.first_name), Child.id)
            rows = [AttendanceRow(c.id, c.first_name, str(c.birth_year) if c.birth_year else (c.age_band or ""),
                                  code, c.consent_participation, c.consent_photos, bool(marks.get(c.id, False)))
                    for c, code in s.execute(query)]
            return rows

    def _open_for_attendance(self, row: ActivitySession) -> None:
        if row.status == STATUS_CANCELLED:
            raise Conflict(translate("Children", "This session was cancelled. Put it back on the plan before recording attendance."))
        if row.date > self.ctx.today():
            raise ValidationError(translate("Children", "Attendance can only be recorded on or after the day of the session."))

    def save_attendance(self, session_id: int, present_child_ids: Iterable[int], *, unregistered_children: int = 0,
                        parents_present: int = 0) -> SessionInfo:
        """Record who was there (one action, one transaction); the session is then counted as held."""
        self.ctx.require(Permission.CHILDREN_MANAGE)
        unregistered_children = _check_count(unregistered_children, "unregistered_children")
        parents_present = _check_count(parents_present, "parents_present")
        try:
            wanted = {int(c) for c in present_child_ids}
            if any(abs(c) >= 2 ** 63 for c in wanted):
                raise OverflowError
        except (TypeError, ValueError, OverflowError):
            raise NotFound(translate("Children", "That child is no longer in the register.")) from None
        with self.ctx.transaction() as s:
            row = _get_session(s, session_id)
            self._open_for_attendance(row)
            kind = s.scalar(select(ActivityType.kind).where(ActivityType.id == row.type_id))
            if kind == KIND_WORKSHOP and (wanted or unregistered_children):
                raise ValidationError(translate("Children", "Parents' workshops record adults present, not children."))
            existing = {a.child_id: a for a in s.scalars(
                select(ChildAttendance).where(ChildAttendance.session_id == session_id))}
            new_ids = wanted - {cid for cid, a in existing.items() if a.present and a.voided_at is None}
            if new_ids:
                children = {c.id: c for c in s.scalars(select(Child).where(Child.id.in_(new_ids)))}
                for cid in new_ids:
                    child = children.get(cid)
                    if child is None or child.voided_at is not None:
                        raise NotFound(translate("Children", "That child is no longer in the register."))
                    if not child.consent_participation:
                        raise ValidationError(
                            translate("Children", "{name} has no guardian consent to take part recorded yet. Record the consent in "
                               "the register first.").format(name=child.first_name), "children")
            _mark_present(s, existing, wanted,
                          lambda cid: ChildAttendance(session_id=session_id, child_id=cid, present=True))
            row.unregistered_children = unregistered_children
            row.parents_present = parents_present
            row.status = STATUS_HELD
            s.flush()
            return _session_infos(s, [row])[0]

    def adult_sheet(self, session_id: int) -> list[AdultRow]:
        """Parents recorded for this session or workshop, by client code."""
        self.ctx.require(Permission.CHILDREN_VIEW)
        with self.ctx.transaction() as s:
            _get_session(s, session_id)
            rows = s.execute(select(AdultAttendance, Client.code).join(Client, Client.id == AdultAttendance.client_id)
                             .where(AdultAttendance.session_id == session_id, AdultAttendance.voided_at.is_(None))
                             .order_by(Client.code))
            return [AdultRow(a.client_id, code, a.present) for a, code in rows]

    def save_adults(self, session_id: int, client_codes: Iterable[str], *, other_adults: int = 0) -> SessionInfo:
        """Record the parents present by client code, plus adults counted without a code."""
        self.ctx.require(Permission.CHILDREN_MANAGE)
        self.ctx.require(Permission.CLIENT_LOOKUP)
        other_adults = _check_count(other_adults, "other_adults")
        with self.ctx.transaction() as s:
            row = _get_session(s, session_id)
            self._open_for_attendance(row)
            wanted: set[int] = set()
            for code in client_codes:
                if (code or "").strip():
                    wanted.add(_resolve_code(s, code, "client_code").id)
            existing = {a.client_id: a for a in s.scalars(
                select(AdultAttendance).where(AdultAttendance.session_id == session_id))}
            _mark_present(s, existing, wanted,
                          lambda cid: AdultAttendance(session_id=session_id, client_id=cid, present=True))
            row.parents_present = other_adults
            row.status = STATUS_HELD
            s.flush()
            return _session_infos(s, [row])[0]

    def check_code(self, code: str) -> str:
        """Normalise a parent's code, or say clearly that it does not exist."""
        self.ctx.require(Permission.CLIENT_LOOKUP)
        with self.ctx.transaction() as s:
            return _resolve_code(s, code, "client_code").code
