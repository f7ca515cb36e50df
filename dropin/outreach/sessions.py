"""Outreach sessions: record, change and void a session; list them; coverage by area.

Outreach workers hold only ``OUTREACH_RECORD``: they reach client records only
through :func:`dropin.outreach.common.resolve_codes` (the whole code), never a
list or a search. Create, change and void are audited by the session hooks.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dropin.context import ServiceContext
from dropin.errors import ValidationError
from dropin.i18n import translate
from dropin.models.base import get_live
from dropin.models.clients import Client, ReferralDestination
from dropin.models.outreach import OutreachArea, OutreachContact, OutreachReferral, OutreachSession, OutreachWorker
from dropin.outreach.choices import COMMODITIES, MAX_COUNT, MAX_MINUTES, MODES, SETTINGS, TOPICS
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

COUNT_FIELDS = ("contacts_new", "contacts_returning", *COMMODITIES, "gatekeepers")
MAX_DAYS_BACK = 366


@dataclass(frozen=True)
class ReferralEntry:
    destination_id: int
    accompanied: bool = False
    destination: str = ""


@dataclass(frozen=True)
class SessionInput:
    session_date: dt.date
    mode: str
    setting: str
    area_id: int | None
    worker_ids: tuple[int, ...] = ()
    start_time: dt.time | None = None
    duration_min: int = 0
    contacts_new: int = 0
    contacts_returning: int = 0
    male_condoms: int = 0
    female_condoms: int = 0
    lubricant: int = 0
    leaflets: int = 0
    gatekeepers: int = 0
    minisession_minutes: int = 0
    topics: tuple[str, ...] = ()
    codes: tuple[str, ...] | str = ()
    referrals: tuple[ReferralEntry, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class SessionInfo:
    id: int
    session_date: dt.date
    start_time: dt.time | None
    duration_min: int
    mode: str
    setting: str
    area_id: int
    area: str
    worker_ids: tuple[int, ...]
    workers: tuple[str, ...]
    contacts_new: int
    contacts_returning: int
    male_condoms: int
    female_condoms: int
    lubricant: int
    leaflets: int
    gatekeepers: int
    minisession_minutes: int
    topics: tuple[str, ...]
    codes: tuple[str, ...]
    referrals: tuple[ReferralEntry, ...]
    note: str | None
    voided: bool = False
    void_reason: str | None = None
    #: the session has coded contacts this user may not see (not one of its workers)
    codes_hidden: bool = False

    @property
    def contacts(self) -> int:
        return self.contacts_new + self.contacts_returning

    @property
    def commodities(self) -> int:
        return sum(getattr(self, c) for c in COMMODITIES)


@dataclass(frozen=True)
class AreaCoverage:
    area_id: int
    area: str
    active: bool
    per_week: tuple[int, ...]  # contacts in each week of :attr:`Coverage.weeks`
    sessions: int
    last_visit: dt.date | None
    not_visited: bool  # no session for ``stale_weeks`` weeks (or never)


@dataclass(frozen=True)
class Coverage:
    weeks: tuple[dt.date, ...]  # the Mondays, oldest first
    stale_weeks: int
    areas: tuple[AreaCoverage, ...] = field(default_factory=tuple)

    @property
    def not_visited(self) -> tuple[AreaCoverage, ...]:
        return tuple(a for a in self.areas if a.not_visited and a.active)


class OutreachService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------ staff
    def staff(self) -> list[StaffMember]:
        """Staff who may be named as workers on a session (names of staff only)."""
        self.ctx.require(Permission.OUTREACH_RECORD)
        with self.ctx.transaction() as s:
            return staff(s)

    # ------------------------------------------------------------ write
    def record(self, data: SessionInput) -> SessionInfo:
        self.ctx.require(Permission.OUTREACH_RECORD)
        with self.ctx.transaction() as s:
            values, workers, clients, referrals = self._validate(s, data, None)
            row = OutreachSession(**values)
            s.add(row)
            s.flush()
            self._write_links(s, row.id, workers, clients, referrals)
            s.flush()
            return self._infos(s, [row])[0]

    def update(self, session_id: int, data: SessionInput) -> SessionInfo:
        self.ctx.require(Permission.OUTREACH_RECORD)
        with self.ctx.transaction() as s:
            row = get_live(
                s, OutreachSession, session_id, translate("Outreach", "This outreach session does not exist.")
            )
            self._may_change(s, row.id)
            values, workers, clients, referrals = self._validate(s, data, row)
            for key, value in values.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
            self._write_links(s, row.id, workers, clients, referrals)
            s.flush()
            return self._infos(s, [row])[0]

    def void(self, session_id: int, reason: str) -> None:
        self.ctx.require(Permission.OUTREACH_RECORD)
        with self.ctx.transaction() as s:
            row = get_live(
                s, OutreachSession, session_id, translate("Outreach", "This outreach session does not exist.")
            )
            self._may_change(s, row.id)
            self.ctx.void(row, reason)

    # ------------------------------------------------------------- read
    def get(self, session_id: int) -> SessionInfo:
        self.ctx.require(Permission.OUTREACH_RECORD)
        with self.ctx.transaction() as s:
            row = get_live(
                s, OutreachSession, session_id, translate("Outreach", "This outreach session does not exist.")
            )
            return self._infos(s, [row])[0]

    def list_sessions(self, offset: int = 0, limit: int = 200, include_void: bool = False) -> list[SessionInfo]:
        """One page of sessions, newest first (for lazy lists)."""
        self.ctx.require(Permission.OUTREACH_RECORD)
        query = select(OutreachSession)
        if not include_void:
            query = query.where(OutreachSession.voided_at.is_(None))
        query = (
            query.order_by(OutreachSession.session_date.desc(), OutreachSession.id.desc()).offset(offset).limit(limit)
        )
        with self.ctx.transaction() as s:
            return self._infos(s, list(s.scalars(query)))

    def coverage(self, weeks: int = 8, stale_weeks: int = 4) -> Coverage:
        """Contacts per area in each of the last ``weeks`` weeks (this week included) and the areas
        without a session for ``stale_weeks`` weeks."""
        self.ctx.require(Permission.OUTREACH_RECORD)
        weeks = check_count(weeks, "weeks", 104) or 1
        stale_weeks = check_count(stale_weeks, "stale_weeks", 104) or 1
        today = self.ctx.today()
        this_monday = today - dt.timedelta(days=today.weekday())
        mondays = tuple(this_monday - dt.timedelta(weeks=k) for k in range(weeks - 1, -1, -1))
        stale_since = today - dt.timedelta(weeks=stale_weeks)
        live = (OutreachSession.voided_at.is_(None), OutreachSession.session_date <= today)
        with self.ctx.transaction() as s:
            areas = s.execute(
                select(OutreachArea.id, OutreachArea.name, OutreachArea.active)
                .where(OutreachArea.voided_at.is_(None))
                .order_by(OutreachArea.active.desc(), func.lower(OutreachArea.name))
            ).all()
            last = dict(
                s.execute(
                    select(OutreachSession.area_id, func.max(OutreachSession.session_date))
                    .where(*live)
                    .group_by(OutreachSession.area_id)
                ).all()
            )
            per: dict[tuple[int, dt.date], int] = {}
            sessions: Counter[int] = Counter()
            rows = s.execute(
                select(
                    OutreachSession.area_id,
                    OutreachSession.session_date,
                    OutreachSession.contacts_new + OutreachSession.contacts_returning,
                ).where(*live, OutreachSession.session_date >= mondays[0])
            )
            for area_id, day, contacts in rows:
                monday = day - dt.timedelta(days=day.weekday())
                per[(area_id, monday)] = per.get((area_id, monday), 0) + int(contacts)
                sessions[area_id] += 1
        out = []
        for area_id, name, active in areas:
            seen = last.get(area_id)
            out.append(
                AreaCoverage(
                    area_id,
                    name,
                    bool(active),
                    tuple(per.get((area_id, m), 0) for m in mondays),
                    sessions[area_id],
                    seen,
                    seen is None or seen <= stale_since,
                )
            )
        return Coverage(mondays, stale_weeks, tuple(out))

    # --------------------------------------------------------- helpers
    def _may_change(self, s: Session, session_id: int) -> None:
        """A session is changed or voided by a worker who was on it, or by a manager of the outreach areas."""
        refusal = translate("Outreach", "Only the workers on a session, or a manager, may change it.")
        may_change(self.ctx, s, OutreachWorker, "session_id", session_id, refusal)

    def _infos(self, s: Session, rows: list[OutreachSession]) -> list[SessionInfo]:
        """Sessions as plain objects; client codes only for the workers on the session and roles that look codes up."""
        infos = _infos(s, rows)
        if self.ctx.can(Permission.CLIENT_LOOKUP):
            return infos
        me = self.ctx.acting.id
        return [
            info if me in info.worker_ids else replace(info, codes=(), codes_hidden=bool(info.codes)) for info in infos
        ]

    def _validate(
        self, s: Session, data: SessionInput, row: OutreachSession | None
    ) -> tuple[dict[str, Any], list[int], list[int], list[ReferralEntry]]:
        today = self.ctx.today()
        day = data.session_date
        if not isinstance(day, dt.date):
            raise ValidationError(translate("Outreach", "Please enter the date of the session."), "session_date")
        if day > today:
            raise ValidationError(translate("Outreach", "The session date cannot be in the future."), "session_date")
        if (today - day).days > MAX_DAYS_BACK:
            raise ValidationError(
                translate("Outreach", "The session date is more than a year ago. Please check it."), "session_date"
            )
        if data.mode not in MODES:
            raise ValidationError(translate("Outreach", "Please choose how the outreach was done."), "mode")
        if data.setting not in SETTINGS:
            raise ValidationError(translate("Outreach", "Please choose the type of setting."), "setting")
        if data.area_id is None:
            raise ValidationError(translate("Outreach", "Please choose the area."), "area")
        area = s.get(OutreachArea, data.area_id)
        if area is None or area.voided_at is not None:
            raise ValidationError(translate("Outreach", "This area does not exist."), "area")
        if not area.active and (row is None or row.area_id != area.id):
            raise ValidationError(
                translate("Outreach", "The area {name} is retired. Please choose another area.").format(name=area.name),
                "area",
            )
        values: dict[str, Any] = {
            "session_date": day,
            "start_time": data.start_time,
            "mode": data.mode,
            "setting": data.setting,
            "area_id": area.id,
            "duration_min": check_count(data.duration_min, "duration_min", MAX_MINUTES),
            "minisession_minutes": check_count(data.minisession_minutes, "minisession_minutes", MAX_MINUTES),
        }
        for name in COUNT_FIELDS:
            values[name] = check_count(getattr(data, name), name, MAX_COUNT)
        topics = list(dict.fromkeys(data.topics or ()))
        unknown = [t for t in topics if t not in TOPICS]
        if unknown:
            raise ValidationError(translate("Outreach", "Please choose topics from the list."), "topics")
        if values["minisession_minutes"] and not topics:
            raise ValidationError(translate("Outreach", "Please tick the topics of the mini-sessions."), "topics")
        values["topics"] = ",".join(t for t in TOPICS if t in topics) or None
        values["note"] = clean_note(data.note)
        workers = check_staff(
            s, data.worker_ids, "workers", translate("Outreach", "Please choose at least one worker.")
        )
        clients = resolve_codes(s, split_codes(data.codes), "codes")
        contacts = values["contacts_new"] + values["contacts_returning"]
        if len(clients) > contacts:
            raise ValidationError(
                translate(
                    "Outreach",
                    "%n client code(s) were given but fewer contacts were counted. "
                    "Please count every coded person as a contact.",
                    None,
                    len(clients),
                ),
                "contacts_new",
            )
        referrals = list(data.referrals or ())
        if referrals:
            ids = {r.destination_id for r in referrals}
            known = dict(
                s.execute(
                    select(ReferralDestination.id, ReferralDestination.active).where(
                        ReferralDestination.id.in_(ids), ReferralDestination.voided_at.is_(None)
                    )
                ).all()
            )
            if ids - set(known):
                raise ValidationError(
                    translate("Outreach", "One of the referral destinations does not exist."), "referrals"
                )
        return values, workers, list(clients.values()), referrals

    def _write_links(
        self, s: Session, session_id: int, workers: list[int], clients: list[int], referrals: list[ReferralEntry]
    ) -> None:
        now = self.ctx.now()
        sync_links(s, OutreachWorker, "session_id", session_id, "user_id", workers, now)
        sync_links(s, OutreachContact, "session_id", session_id, "client_id", clients, now)
        # referrals: keep as many live rows per (destination, accompanied) as wanted, void the rest
        wanted = Counter((r.destination_id, bool(r.accompanied)) for r in referrals)
        for row in s.scalars(
            select(OutreachReferral)
            .where(OutreachReferral.session_id == session_id, OutreachReferral.voided_at.is_(None))
            .order_by(OutreachReferral.id)
        ):
            key = (row.destination_id, bool(row.accompanied))
            if wanted[key] > 0:
                wanted[key] -= 1
            else:
                row.void("removed", now)
        for (destination_id, accompanied), n in wanted.items():
            for _ in range(n):
                s.add(OutreachReferral(session_id=session_id, destination_id=destination_id, accompanied=accompanied))


def _infos(s: Session, rows: list[OutreachSession]) -> list[SessionInfo]:
    ids = [r.id for r in rows]
    workers = live_links(s, OutreachWorker, "session_id", ids, "user_id")
    contacts = live_links(s, OutreachContact, "session_id", ids, "client_id")
    client_ids = {c for cs in contacts.values() for c in cs}
    codes = dict(s.execute(select(Client.id, Client.code).where(Client.id.in_(client_ids))).all()) if client_ids else {}
    areas = (
        dict(
            s.execute(
                select(OutreachArea.id, OutreachArea.name).where(OutreachArea.id.in_({r.area_id for r in rows}))
            ).all()
        )
        if rows
        else {}
    )
    refs: dict[int, list[ReferralEntry]] = {i: [] for i in ids}
    if ids:
        for sid, dest, acc, name in s.execute(
            select(
                OutreachReferral.session_id,
                OutreachReferral.destination_id,
                OutreachReferral.accompanied,
                ReferralDestination.name,
            )
            .join(ReferralDestination, ReferralDestination.id == OutreachReferral.destination_id)
            .where(OutreachReferral.session_id.in_(ids), OutreachReferral.voided_at.is_(None))
            .order_by(OutreachReferral.id)
        ):
            refs[sid].append(ReferralEntry(dest, bool(acc), name))
    names = {}
    all_workers = sorted({w for ws in workers.values() for w in ws})
    for uid, label in zip(all_workers, staff_labels(s, all_workers), strict=True):
        names[uid] = label
    return [
        SessionInfo(
            r.id,
            r.session_date,
            r.start_time,
            r.duration_min,
            r.mode,
            r.setting,
            r.area_id,
            areas.get(r.area_id, ""),
            tuple(workers[r.id]),
            tuple(names[w] for w in workers[r.id]),
            r.contacts_new,
            r.contacts_returning,
            r.male_condoms,
            r.female_condoms,
            r.lubricant,
            r.leaflets,
            r.gatekeepers,
            r.minisession_minutes,
            tuple((r.topics or "").split(",")) if r.topics else (),
            tuple(sorted(codes[c] for c in contacts[r.id])),
            tuple(refs[r.id]),
            r.note,
            r.voided_at is not None,
            r.void_reason,
        )
        for r in rows
    ]
