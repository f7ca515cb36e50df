"""Community events and groups: workshops, self-help groups, peer-education sessions, key dates.

Attendance is a count of people, plus client codes for those who agreed to be
recorded by code (found by the whole code only).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dropin.context import ServiceContext
from dropin.errors import ValidationError
from dropin.i18n import translate
from dropin.models.base import get_live
from dropin.models.clients import Client
from dropin.models.outreach import CommunityEvent, EventAttendee, EventFacilitator
from dropin.outreach.choices import EVENT_KINDS, KEY_DATES, MAX_COUNT, MAX_MINUTES
from dropin.outreach.common import (
    StaffMember,
    check_count,
    check_staff,
    clean_note,
    live_links,
    may_change,
    resolve_codes,
    split_codes,
    staff,
    staff_labels,
    sync_links,
)
from dropin.security.permissions import Permission


@dataclass(frozen=True)
class EventInput:
    event_date: dt.date
    kind: str
    topic: str
    facilitator_ids: tuple[int, ...] = ()
    start_time: dt.time | None = None
    duration_min: int = 0
    key_date: str | None = None
    attendance: int = 0  # people counted without a code
    codes: tuple[str, ...] | str = ()
    note: str | None = None


@dataclass(frozen=True)
class EventInfo:
    id: int
    event_date: dt.date
    start_time: dt.time | None
    duration_min: int
    kind: str
    key_date: str | None
    topic: str
    facilitator_ids: tuple[int, ...]
    facilitators: tuple[str, ...]
    attendance: int
    codes: tuple[str, ...]
    note: str | None
    codes_hidden: bool = False

    @property
    def total_attendance(self) -> int:
        return self.attendance + len(self.codes)


def key_date_for(day: dt.date) -> str | None:
    """The key date falling on ``day``, if any."""
    for code, (month, mday, _label) in KEY_DATES.items():
        if (day.month, day.day) == (month, mday):
            return code
    return None


class EventService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def staff(self) -> list[StaffMember]:
        """Staff who may be named as facilitators (names of staff only)."""
        self.ctx.require(Permission.EVENTS_RECORD)
        with self.ctx.transaction() as s:
            return staff(s)

    def record(self, data: EventInput) -> EventInfo:
        self.ctx.require(Permission.EVENTS_RECORD)
        with self.ctx.transaction() as s:
            values, facilitators, clients = self._validate(s, data)
            row = CommunityEvent(**values)
            s.add(row)
            s.flush()
            self._links(s, row.id, facilitators, clients)
            s.flush()
            return self._infos(s, [row])[0]

    def update(self, event_id: int, data: EventInput) -> EventInfo:
        self.ctx.require(Permission.EVENTS_RECORD)
        with self.ctx.transaction() as s:
            row = get_live(s, CommunityEvent, event_id, translate("Outreach", "This event does not exist."))
            self._may_change(s, row.id)
            values, facilitators, clients = self._validate(s, data)
            for key, value in values.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
            self._links(s, row.id, facilitators, clients)
            s.flush()
            return self._infos(s, [row])[0]

    def void(self, event_id: int, reason: str) -> None:
        self.ctx.require(Permission.EVENTS_RECORD)
        with self.ctx.transaction() as s:
            row = get_live(s, CommunityEvent, event_id, translate("Outreach", "This event does not exist."))
            self._may_change(s, row.id)
            self.ctx.void(row, reason)

    def list_events(self, offset: int = 0, limit: int = 200) -> list[EventInfo]:
        self.ctx.require(Permission.EVENTS_RECORD)
        with self.ctx.transaction() as s:
            rows = list(
                s.scalars(
                    select(CommunityEvent)
                    .where(CommunityEvent.voided_at.is_(None))
                    .order_by(CommunityEvent.event_date.desc(), CommunityEvent.id.desc())
                    .offset(offset)
                    .limit(limit)
                )
            )
            return self._infos(s, rows)

    def _may_change(self, s: Session, event_id: int) -> None:
        refusal = translate("Outreach", "Only the facilitators of an event, or a manager, may change it.")
        may_change(self.ctx, s, EventFacilitator, "event_id", event_id, refusal)

    def _infos(self, s: Session, rows: list[CommunityEvent]) -> list[EventInfo]:
        """Events as plain objects; attendees' codes only for the facilitators and roles that look codes up."""
        infos = _infos(s, rows)
        if self.ctx.can(Permission.CLIENT_LOOKUP):
            return infos
        me = self.ctx.acting.id
        return [
            e
            if me in e.facilitator_ids
            else replace(e, codes=(), attendance=e.total_attendance, codes_hidden=bool(e.codes))
            for e in infos
        ]

    def _validate(self, s: Session, data: EventInput) -> tuple[dict[str, Any], list[int], list[int]]:
        day = data.event_date
        if not isinstance(day, dt.date):
            raise ValidationError(translate("Outreach", "Please enter the date of the event."), "event_date")
        if day > self.ctx.today() + dt.timedelta(days=1):
            raise ValidationError(
                translate("Outreach", "Events are recorded once they have taken place."), "event_date"
            )
        if data.kind not in EVENT_KINDS:
            raise ValidationError(translate("Outreach", "Please choose the type of event."), "kind")
        key_date = data.key_date or None
        if data.kind == "key_date":
            key_date = key_date or key_date_for(day)
            if key_date not in KEY_DATES:
                raise ValidationError(
                    translate("Outreach", "Please choose which key date the event marks."), "key_date"
                )
        elif key_date is not None and key_date not in KEY_DATES:
            raise ValidationError(translate("Outreach", "Please choose which key date the event marks."), "key_date")
        topic = " ".join((data.topic or "").split())
        if not topic:
            raise ValidationError(translate("Outreach", "Please enter the topic."), "topic")
        if len(topic) > 200:
            raise ValidationError(translate("Outreach", "The topic can have at most 200 characters."), "topic")
        facilitators = check_staff(
            s, data.facilitator_ids, "facilitators", translate("Outreach", "Please choose at least one facilitator.")
        )
        clients = resolve_codes(s, split_codes(data.codes), "codes")
        values = {
            "event_date": day,
            "start_time": data.start_time,
            "kind": data.kind,
            "key_date": key_date,
            "topic": topic,
            "duration_min": check_count(data.duration_min, "duration_min", MAX_MINUTES),
            "attendance": check_count(data.attendance, "attendance", MAX_COUNT),
            "note": clean_note(data.note),
        }
        return values, facilitators, list(clients.values())

    def _links(self, s: Session, event_id: int, facilitators: list[int], clients: list[int]) -> None:
        now = self.ctx.now()
        sync_links(s, EventFacilitator, "event_id", event_id, "user_id", facilitators, now)
        sync_links(s, EventAttendee, "event_id", event_id, "client_id", clients, now)


def _infos(s: Session, rows: list[CommunityEvent]) -> list[EventInfo]:
    ids = [r.id for r in rows]
    facs = live_links(s, EventFacilitator, "event_id", ids, "user_id")
    atts = live_links(s, EventAttendee, "event_id", ids, "client_id")
    client_ids = {c for cs in atts.values() for c in cs}
    codes = dict(s.execute(select(Client.id, Client.code).where(Client.id.in_(client_ids))).all()) if client_ids else {}
    out = []
    for r in rows:
        out.append(
            EventInfo(
                r.id,
                r.event_date,
                r.start_time,
                r.duration_min,
                r.kind,
                r.key_date,
                r.topic,
                tuple(facs[r.id]),
                tuple(staff_labels(s, facs[r.id])),
                r.attendance,
                tuple(sorted(codes[c] for c in atts[r.id])),
                r.note,
            )
        )
    return out
