"""``dropin bench`` hooks for outreach: districts, years of sessions with coded contacts and referrals, events.

Sessions fall on most days (one to three a day, as a team of about ten
workers logs them), with contacts, commodities and mini-session minutes in
the ranges of the demo; about one contact in six carries a client code. Core
``insert()`` in batches, ids assigned here. The section's raw-SQL baseline is in
``dropin/reports/baseline.py`` with the other sections'.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select

from dropin.models.outreach import (
    CommunityEvent,
    OutreachArea,
    OutreachContact,
    OutreachReferral,
    OutreachSession,
    OutreachWorker,
)
from dropin.outreach.choices import TOPICS
from dropin.outreach.demo import AREAS, PATTERNS
from dropin.security import audit
from dropin.security.roles import Role

if TYPE_CHECKING:
    from dropin.bench import BenchEnv

BATCH = 20_000


def build(env: BenchEnv) -> dict[str, int]:
    rng = env.rng
    worker = env.users[Role.OUTREACH_WORKER].id
    partners = [env.users[r].id for r in (Role.PEER_COUNSELLOR, Role.SOCIAL_WORKER) if r in env.users]
    stamp = {"created_by_id": worker, "changed_by_id": worker}
    n = env.sizes.get("outreach", max(20, env.sizes["sessions"] * 6))
    days = max(1, (env.end - env.start).days)
    with env.db.session() as s:
        next_session = (s.scalar(select(func.max(OutreachSession.id))) or 0) + 1
    from dropin.clients.referrals import ReferralService

    destinations = [d.id for d in ReferralService(env.ctx(Role.MANAGER)).list_active()]
    at = dt.datetime.combine(env.start, dt.time(9))
    areas = [
        {"id": i + 1, "name": name, "active": True, "created_at": at, "changed_at": at, **stamp}
        for i, name in enumerate(AREAS)
    ]
    weights = [p[2] for p in PATTERNS]
    topics = list(TOPICS)
    sessions, workers, contacts, referrals = [], [], [], []
    client_ids = [c for c, _y in env.clients]
    for k in range(n):
        day = env.start + dt.timedelta(days=int(k * days / n))
        mode, setting, _w, typical, minutes = rng.choices(PATTERNS, weights)[0]
        met = max(0, int(rng.gauss(typical, typical / 3)))
        new = rng.randint(0, met // 3)
        when = dt.datetime.combine(day, dt.time(22))
        sid = next_session + k
        sessions.append(
            {
                "id": sid,
                "session_date": day,
                "start_time": dt.time(rng.choice((11, 14, 18, 20))),
                "duration_min": 120,
                "mode": mode,
                "setting": setting,
                "area_id": rng.randint(1, len(AREAS)),
                "contacts_new": new,
                "contacts_returning": met - new,
                "male_condoms": met * 5,
                "female_condoms": rng.randint(0, 2),
                "lubricant": met * 2,
                "leaflets": rng.randint(0, met),
                "gatekeepers": rng.choice((0, 0, 1)),
                "minisession_minutes": minutes * max(1, met // 4) if minutes else 0,
                "topics": ",".join(rng.sample(topics, 2)) if minutes else None,
                "note": None,
                "created_at": when,
                "changed_at": when,
                **stamp,
            }
        )
        workers.append({"session_id": sid, "user_id": worker, "created_at": when, "changed_at": when, **stamp})
        if partners and rng.random() < 0.4:
            workers.append(
                {"session_id": sid, "user_id": rng.choice(partners), "created_at": when, "changed_at": when, **stamp}
            )
        if client_ids:
            for client_id in set(rng.sample(client_ids, min(len(client_ids), met // 6))):
                contacts.append(
                    {"session_id": sid, "client_id": client_id, "created_at": when, "changed_at": when, **stamp}
                )
        if destinations and rng.random() < 0.3:
            referrals.append(
                {
                    "session_id": sid,
                    "destination_id": rng.choice(destinations),
                    "accompanied": rng.random() < 0.4,
                    "created_at": when,
                    "changed_at": when,
                    **stamp,
                }
            )
    events = []
    for k in range(max(1, days // 7)):
        day = env.start + dt.timedelta(days=7 * k + 2)
        when = dt.datetime.combine(day, dt.time(17))
        events.append(
            {
                "event_date": day,
                "start_time": dt.time(17),
                "duration_min": 90,
                "kind": "self_help" if k % 4 else "workshop",
                "key_date": None,
                "topic": "Weekly meeting",
                "attendance": rng.randint(4, 12),
                "note": None,
                "created_at": when,
                "changed_at": when,
                **stamp,
            }
        )

    ctx = env.ctx(Role.OUTREACH_WORKER)
    for model, data in (
        (OutreachArea, areas),
        (OutreachSession, sessions),
        (OutreachWorker, workers),
        (OutreachContact, contacts),
        (OutreachReferral, referrals),
        (CommunityEvent, events),
    ):
        for i in range(0, len(data), BATCH):
            with ctx.transaction() as s:
                s.info["bulk"] = True
                s.execute(insert(model), data[i : i + BATCH])
                audit.record(s, "bulk_write", model.__tablename__, None, {"rows": len(data[i : i + BATCH])})
    return {
        "outreach_sessions": len(sessions),
        "outreach_coded_contacts": len(contacts),
        "community_events": len(events),
    }


def actions(env: BenchEnv) -> dict[str, Any]:
    from dropin.outreach.sessions import OutreachService, SessionInput

    ctx = env.ctx(Role.OUTREACH_WORKER)
    service = OutreachService(ctx)
    day = env.end - dt.timedelta(days=1)
    codes = env.client_codes[:2]
    data = SessionInput(
        session_date=day,
        mode="on_foot",
        setting="street",
        area_id=1,
        worker_ids=(env.users[Role.OUTREACH_WORKER].id,),
        duration_min=120,
        contacts_new=3,
        contacts_returning=9,
        male_condoms=60,
        lubricant=24,
        minisession_minutes=40,
        topics=("hiv", "rights"),
        codes=tuple(codes),
    )

    return {
        "outreach_save": lambda: service.record(data),
        "outreach_coverage": lambda: service.coverage(weeks=8, stale_weeks=4),
    }
