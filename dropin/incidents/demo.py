"""Synthetic incidents for ``dropin demo``: about one a week, through the real services, day by day.

Mostly police extortion, detention and fines, clients and people posing as
clients, some controllers, partners and clinic staff; a few anonymous or with
only the month known; some hand-offs from check-in still waiting; complaints
only where the person chose to; legal cases with stages and outcomes; consent
for advocacy use given by most, refused or withdrawn by some. No evidence
files, only the log of what exists and who holds it.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from dropin.clock import FixedClock
from dropin.context import CurrentUser, ServiceContext
from dropin.incidents.records import IncidentInput
from dropin.incidents.service import IncidentService
from dropin.models.clients import Client
from dropin.security.roles import Role

AREAS = ("Lenin district", "Oktyabr district", "Sverdlov district", "Pervomay district", "Osh bazaar area")
#: (perpetrator, place, violations, weight)
PATTERNS = (
    ("police", "street", ("extortion", "detention"), 5),
    ("police", "police_station", ("detention", "fine", "psychological"), 3),
    ("police", "street", ("condoms", "fine"), 2),
    ("police", "police_station", ("forced_test", "outing"), 1),
    ("client", "client_place", ("physical", "sexual"), 3),
    ("client", "vehicle", ("economic", "physical"), 2),
    ("third_party", "workplace", ("economic", "psychological"), 2),
    ("partner_family", "home", ("physical", "psychological"), 2),
    ("staff", "health_service", ("outing", "psychological"), 1),
    ("public", "street", ("psychological", "outing"), 1),
    ("other", "home", ("eviction",), 1),
)
SUPPORT_BY_PERPETRATOR = {"police": ("legal",), "client": ("medical", "crisis_centre"), "partner_family": ("shelter",)}


def _ctx(ctx: ServiceContext, user: CurrentUser | None, day: dt.date) -> ServiceContext:
    return ServiceContext(ctx.db, user, FixedClock(dt.datetime.combine(day, dt.time(15, 0))))


def generate(
    ctx: ServiceContext, rng: random.Random, start: dt.date, end: dt.date, users: dict[Role, CurrentUser] | None = None
) -> dict[str, int]:
    users = users or {}
    legal_user = users.get(Role.LEGAL_ADVISOR)
    desk_user = users.get(Role.FRONT_DESK, ctx.user)
    if legal_user is None:
        return {}
    with ctx.transaction() as s:
        clients = list(s.scalars(select(Client.id).where(Client.voided_at.is_(None)).order_by(Client.id).limit(400)))
    if not clients:
        return {}
    with ctx.transaction() as s:
        codes = dict(s.execute(select(Client.id, Client.code).where(Client.id.in_(clients))).all())
    weights = [w for *_, w in PATTERNS]
    counts = {"incidents": 0, "incidents.waiting": 0, "incidents.cases": 0}
    day = start
    while day <= end:
        if rng.random() < 0.3:
            service = IncidentService(_ctx(ctx, legal_user, day))
            client_id = rng.choice(clients)
            recent = day >= end - dt.timedelta(days=6)
            if recent and rng.random() < 0.6:  # a hand-off from check-in, not yet seen by the legal advisor
                IncidentService(_ctx(ctx, desk_user, day)).hand_off(client_id, day)
                counts["incidents.waiting"] += 1
            else:
                perpetrator, place, violations, _ = rng.choices(PATTERNS, weights)[0]
                precision = rng.choices(("day", "month", "year"), (8, 2, 1))[0]
                occurred = day - dt.timedelta(days=rng.randint(0, 20))
                support = tuple(
                    dict.fromkeys(
                        ("legal",)
                        + SUPPORT_BY_PERPETRATOR.get(perpetrator, ())
                        + (("psychological",) if rng.random() < 0.4 else ())
                    )
                )
                complained = rng.choices((None, True, False), (2, 3, 4))[0]
                data = IncidentInput(
                    occurred,
                    precision,
                    None if rng.random() < 0.15 else codes[client_id],
                    place,
                    rng.choice(AREAS),
                    perpetrator,
                    violations,
                    support,
                    "Synthetic demo account: what the person described, in their words.",
                    complained,
                    rng.choice(("prosecutor", "police", "ombudsman")) if complained else None,
                    day if complained else None,
                )
                incident_id = service.create(data)
                counts["incidents"] += 1
                if rng.random() < 0.8:
                    service.set_consent(incident_id, True)
                elif rng.random() < 0.5:
                    service.set_consent(incident_id, False)
                if rng.random() < 0.4:
                    service.add_evidence(
                        incident_id,
                        rng.choice(("audio", "photo", "document", "medical", "witness")),
                        rng.choice(("legal_advisor", "person", "partner")),
                    )
                if complained and perpetrator == "police" and rng.random() < 0.7:
                    case_id = service.open_case(incident_id, "administrative")
                    service.add_stage(case_id, "filed")
                    counts["incidents.cases"] += 1
                    decided = day + dt.timedelta(days=rng.randint(14, 60))
                    if decided <= end:
                        later = IncidentService(_ctx(ctx, legal_user, decided))
                        later.add_stage(case_id, "hearing", decided)
                        later.set_outcome(case_id, rng.choices(("won", "lost", "withdrawn"), (6, 2, 1))[0], decided)
        day += dt.timedelta(days=1)
    return counts
