"""Repeating schedules and the sessions planned from them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from dropin.children.common import (
    MAX_GENERATE_DAYS,
    ScheduleInfo,
    _check_duration,
    _get_type,
    _staff_label,
    type_label,
)
from dropin.context import ServiceContext
from dropin.errors import ValidationError
from dropin.i18n import translate
from dropin.models.base import get_live
from dropin.models.children import (
    STATUS_PLANNED,
    ActivitySchedule,
    ActivitySession,
    ActivityType,
    SessionFacilitator,
)
from dropin.models.security import User
from dropin.security.permissions import Permission
from dropin.validation import NAME_MAX, clean_text


def _weekdays(text: str) -> tuple[int, ...]:
    return tuple(sorted({int(p) for p in text.split(",") if p.strip()}))


class ScheduleService:
    """Recurring plans that create upcoming sessions, idempotently."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_schedules(self, *, include_inactive: bool = True) -> list[ScheduleInfo]:
        self.ctx.require(Permission.CHILDREN_VIEW)
        with self.ctx.transaction() as s:
            query = (
                select(ActivitySchedule, ActivityType, User)
                .join(ActivityType, ActivityType.id == ActivitySchedule.type_id)
                .outerjoin(User, User.id == ActivitySchedule.facilitator_id)
                .where(ActivitySchedule.voided_at.is_(None))
            )
            if not include_inactive:
                query = query.where(ActivitySchedule.active.is_(True))
            query = query.order_by(ActivitySchedule.active.desc(), ActivitySchedule.start_time, ActivitySchedule.id)
            return [self._info(sc, t, u) for sc, t, u in s.execute(query)]

    @staticmethod
    def _info(sc: ActivitySchedule, t: ActivityType, u: User | None) -> ScheduleInfo:
        return ScheduleInfo(
            sc.id,
            t.id,
            type_label(t.code, t.label),
            t.kind,
            _weekdays(sc.weekdays),
            sc.start_time,
            sc.duration_min,
            sc.place,
            sc.facilitator_id,
            _staff_label(u) if u else "",
            sc.valid_from,
            sc.valid_until,
            sc.active,
        )

    def save_schedule(
        self,
        type_id: int,
        weekdays: Iterable[int],
        start_time: dt.time,
        duration_min: int,
        *,
        place: str | None = None,
        facilitator_id: int | None = None,
        valid_from: dt.date | None = None,
        valid_until: dt.date | None = None,
        active: bool = True,
        schedule_id: int | None = None,
    ) -> ScheduleInfo:
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
                raise ValidationError(
                    translate("Children", "One of the chosen facilitators is not a staff account."), "facilitator"
                )
            if schedule_id is None:
                row = ActivitySchedule()
                s.add(row)
            else:
                row = get_live(
                    s, ActivitySchedule, schedule_id, translate("Children", "That schedule no longer exists.")
                )
            row.type_id = type_id
            row.weekdays = ",".join(str(d) for d in days)
            row.start_time = start_time.replace(second=0, microsecond=0)
            row.duration_min = duration_min
            row.place = clean_text(place, "place", NAME_MAX)
            row.facilitator_id = facilitator_id
            row.valid_from = valid_from
            row.valid_until = valid_until
            row.active = bool(active)
            s.flush()
            return self._info(
                row, s.get_one(ActivityType, row.type_id), s.get(User, facilitator_id) if facilitator_id else None
            )

    def void_schedule(self, schedule_id: int, reason: str) -> None:
        """Stop a schedule for good; sessions it already created stay as they are."""
        self.ctx.require(Permission.CHILDREN_MANAGE)
        with self.ctx.transaction() as s:
            self.ctx.void(
                get_live(s, ActivitySchedule, schedule_id, translate("Children", "That schedule no longer exists.")),
                reason,
            )

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
            raise ValidationError(
                translate("Children", "Sessions can be planned at most a year ahead at a time."), "until"
            )
        created = 0
        with self.ctx.transaction() as s:
            schedules = list(
                s.scalars(
                    select(ActivitySchedule).where(
                        ActivitySchedule.voided_at.is_(None), ActivitySchedule.active.is_(True)
                    )
                )
            )
            for sc in schedules:
                t = s.get(ActivityType, sc.type_id)
                if t is None or t.voided_at is not None:
                    continue
                first = max(since, sc.valid_from)
                last = min(until, sc.valid_until) if sc.valid_until else until
                if last < first:
                    continue
                taken = set(
                    s.scalars(
                        select(ActivitySession.date).where(
                            ActivitySession.schedule_id == sc.id,
                            ActivitySession.date >= first,
                            ActivitySession.date <= last,
                        )
                    )
                )
                days = set(_weekdays(sc.weekdays))
                day = first
                while day <= last:
                    if day.isoweekday() in days and day not in taken:
                        row = ActivitySession(
                            type_id=sc.type_id,
                            schedule_id=sc.id,
                            date=day,
                            start_time=sc.start_time,
                            duration_min=sc.duration_min,
                            place=sc.place,
                            status=STATUS_PLANNED,
                            unregistered_children=0,
                            parents_present=0,
                        )
                        s.add(row)
                        if sc.facilitator_id is not None:
                            s.flush()
                            s.add(SessionFacilitator(session_id=row.id, user_id=sc.facilitator_id))
                        created += 1
                    day += dt.timedelta(days=1)
            s.flush()
        return created


# ---------------------------------------------------------------------------------------------- attendance
