"""Activity types and sessions (children's sessions and parents' workshops)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dropin.children.common import (
    KINDS,
    ActivityTypeInfo,
    SessionInfo,
    StaffInfo,
    _assign,
    _check_duration,
    _get_session,
    _get_type,
    _session_infos,
    _set_facilitators,
    _staff_label,
    _type_info,
    type_label,
)
from dropin.context import ServiceContext
from dropin.errors import Conflict, ValidationError
from dropin.i18n import format_date, translate
from dropin.models.children import (
    KIND_CHILDREN,
    STATUS_CANCELLED,
    STATUS_HELD,
    STATUS_PLANNED,
    ActivitySession,
    ActivityType,
)
from dropin.models.security import User
from dropin.security.permissions import Permission
from dropin.validation import LONG_MAX, NAME_MAX, SHORT_MAX, clean_text


class SessionService:
    """Children's sessions and parents' workshops (the same mechanism, told apart by the type's kind)."""

    def __init__(self, ctx: ServiceContext) -> None:
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
        label = clean_text(label, "label", SHORT_MAX) or ""
        if not label:
            raise ValidationError(translate("Children", "Please enter a name for the session type."), "label")
        if kind not in KINDS:
            raise ValidationError(
                translate("Children", "Please choose whether this type is for children or for parents."), "kind"
            )
        base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:24] or "type"
        with self.ctx.transaction() as s:
            rows = list(s.scalars(select(ActivityType).where(ActivityType.voided_at.is_(None))))
            if any(
                type_label(t.code, t.label).lower() == label.lower() or t.label.lower() == label.lower()
                for t in rows
                if t.kind == kind
            ):
                raise Conflict(
                    translate("Children", "There is already a session type called {label}.").format(label=label)
                )
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
                label = clean_text(label, "label", SHORT_MAX) or ""
                if not label:
                    raise ValidationError(translate("Children", "Please enter a name for the session type."), "label")
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
            users = s.scalars(
                select(User)
                .where(User.active.is_(True), User.voided_at.is_(None))
                .order_by(func.lower(func.coalesce(User.display_name, User.username)))
            )
            return [StaffInfo(u.id, _staff_label(u)) for u in users]

    # --------------------------------------------------------------- listing
    def list_sessions(
        self,
        *,
        kind: str | None = None,
        when: str = "all",
        start: dt.date | None = None,
        end: dt.date | None = None,
        include_cancelled: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[SessionInfo]:
        """``when`` is ``"upcoming"`` (today onwards, soonest first), ``"past"`` (latest first) or ``"all"``."""
        self.ctx.require(Permission.CHILDREN_VIEW)
        today = self.ctx.today()
        query = (
            select(ActivitySession)
            .join(ActivityType, ActivityType.id == ActivitySession.type_id)
            .where(ActivitySession.voided_at.is_(None))
        )
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
                ActivitySession.date, ActivitySession.start_time, ActivitySession.id
            )
        elif when == "past":
            query = query.where(ActivitySession.date < today).order_by(
                ActivitySession.date.desc(), ActivitySession.start_time.desc(), ActivitySession.id.desc()
            )
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
            query = (
                select(ActivitySession)
                .join(ActivityType, ActivityType.id == ActivitySession.type_id)
                .where(ActivitySession.voided_at.is_(None), ActivitySession.status != STATUS_CANCELLED)
            )
            if kind is not None:
                query = query.where(ActivityType.kind == kind)
            row = s.scalar(query.where(ActivitySession.date == today).order_by(ActivitySession.start_time))
            if row is None:
                row = s.scalar(
                    query.where(ActivitySession.date < today).order_by(
                        ActivitySession.date.desc(), ActivitySession.start_time.desc()
                    )
                )
            return _session_infos(s, [row])[0] if row is not None else None

    # ---------------------------------------------------------------- writes
    def _validate(
        self,
        s: Session,
        type_id: int,
        date: dt.date,
        start_time: dt.time,
        duration_min: int,
        place: str | None,
        materials: str | None,
        note: str | None,
    ) -> tuple[ActivityType, dict[str, Any]]:
        """The session's type and its checked fields (a new session's or a changed one's)."""
        kind_type = _get_type(s, type_id)
        if not isinstance(date, dt.date):
            raise ValidationError(translate("Children", "Please enter the date of the session."), "date")
        if not isinstance(start_time, dt.time):
            raise ValidationError(translate("Children", "Please enter the start time of the session."), "start_time")
        return kind_type, {
            "type_id": type_id,
            "date": date,
            "start_time": start_time.replace(second=0, microsecond=0),
            "duration_min": _check_duration(duration_min),
            "place": clean_text(place, "place", NAME_MAX),
            "materials": clean_text(materials, "materials", LONG_MAX),
            "note": clean_text(note, "note", LONG_MAX),
        }

    def create_session(
        self,
        type_id: int,
        date: dt.date,
        start_time: dt.time,
        duration_min: int,
        *,
        place: str | None = None,
        materials: str | None = None,
        note: str | None = None,
        facilitator_ids: Iterable[int] = (),
    ) -> SessionInfo:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        with self.ctx.transaction() as s:
            _, values = self._validate(s, type_id, date, start_time, duration_min, place, materials, note)
            row = ActivitySession(**values, status=STATUS_PLANNED, unregistered_children=0, parents_present=0)
            s.add(row)
            s.flush()
            _set_facilitators(s, row, facilitator_ids, self.ctx.now())
            s.flush()
            return _session_infos(s, [row])[0]

    def update_session(
        self,
        session_id: int,
        type_id: int,
        date: dt.date,
        start_time: dt.time,
        duration_min: int,
        *,
        place: str | None = None,
        materials: str | None = None,
        note: str | None = None,
        facilitator_ids: Iterable[int] = (),
    ) -> SessionInfo:
        self.ctx.require(Permission.CHILDREN_MANAGE)
        with self.ctx.transaction() as s:
            row = _get_session(s, session_id)
            new_type, values = self._validate(s, type_id, date, start_time, duration_min, place, materials, note)
            old_type = s.get_one(ActivityType, row.type_id)
            if new_type.kind != old_type.kind and row.status == STATUS_HELD:
                raise ValidationError(
                    translate(
                        "Children",
                        "A held session cannot be changed between a children's session and a parents' workshop.",
                    ),
                    "type",
                )
            if row.status == STATUS_HELD and date > self.ctx.today():
                raise ValidationError(
                    translate("Children", "A session that was held cannot be moved to a future date."), "date"
                )
            if row.schedule_id is not None and date != row.date:
                clash = s.scalar(
                    select(ActivitySession.id).where(
                        ActivitySession.schedule_id == row.schedule_id, ActivitySession.date == date
                    )
                )
                if clash is not None:
                    raise Conflict(
                        translate("Children", "This schedule already has a session on {date}.").format(
                            date=format_date(date)
                        )
                    )
            _assign(row, values)
            _set_facilitators(s, row, facilitator_ids, self.ctx.now())
            s.flush()
            return _session_infos(s, [row])[0]

    def cancel_session(self, session_id: int, reason: str) -> SessionInfo:
        """Cancel a planned session; it stays listed as cancelled and the schedule never recreates it."""
        self.ctx.require(Permission.CHILDREN_MANAGE)
        reason = clean_text(reason, "reason", LONG_MAX) or ""
        if not reason:
            raise ValidationError(translate("Children", "Please say why the session is cancelled."), "reason")
        with self.ctx.transaction() as s:
            row = _get_session(s, session_id)
            if row.status == STATUS_HELD:
                raise Conflict(
                    translate("Children", "This session already has attendance recorded, so it cannot be cancelled.")
                )
            if row.status == STATUS_CANCELLED:
                raise Conflict(translate("Children", "This session is already cancelled."))
            row.status = STATUS_CANCELLED
            row.cancel_reason = reason
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
