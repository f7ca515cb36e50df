"""``dropin bench`` hooks for incidents: two incidents per shelter stay over the period, and the advocacy report.

Mostly consented, some hand-offs still waiting, a legal case with an outcome
for about a third. Core ``insert()`` in batches, one audit entry per table.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select

from dropin.incidents import choices as ch
from dropin.incidents.advocacy import AdvocacyService, year_range
from dropin.models.incidents import Incident, LegalCase
from dropin.security import audit
from dropin.security.roles import Role

if TYPE_CHECKING:
    from dropin.bench import BenchEnv

BATCH = 20_000
AREAS = ("Lenin district", "Oktyabr district", "Sverdlov district", "Pervomay district")


def build(env: BenchEnv) -> dict[str, int]:
    rng = env.rng
    legal = env.users[Role.LEGAL_ADVISOR].id
    stamp = {"created_by_id": legal, "changed_by_id": legal}
    with env.db.session() as s:
        next_id = (s.scalar(select(func.max(Incident.id))) or 0) + 1
    days = max(1, (env.end - env.start).days)
    clients = [c for c, _y in env.clients]
    perpetrators, violations, support = list(ch.PERPETRATORS), list(ch.VIOLATIONS), list(ch.SUPPORT)
    incidents, cases = [], []
    for k in range(env.sizes["stays"] * 2):
        day = env.start + dt.timedelta(days=rng.randrange(days))
        at = dt.datetime.combine(day, dt.time(15))
        waiting = rng.random() < 0.03
        consent = not waiting and rng.random() < 0.8
        incidents.append(
            {
                "id": next_id + k,
                "client_id": rng.choice(clients) if clients and rng.random() < 0.85 else None,
                "occurred_on": day,
                "date_precision": rng.choice(("day", "day", "day", "month")),
                "place_type": None if waiting else rng.choice(list(ch.PLACE_TYPES)),
                "area": None if waiting else rng.choice(AREAS),
                "perpetrator": None if waiting else rng.choice(perpetrators),
                "violations": None if waiting else ",".join(rng.sample(violations, rng.choice((1, 2, 3)))),
                "support": None if waiting else ",".join(rng.sample(support, rng.choice((1, 2)))),
                "account": None,
                "complained": None if waiting else rng.random() < 0.4,
                "complaint_to": None,
                "complaint_on": None,
                "consent_advocacy": consent,
                "consent_on": day if consent else None,
                "from_checkin": waiting or rng.random() < 0.3,
                "created_at": at,
                "changed_at": at,
                **stamp,
            }
        )
        if not waiting and rng.random() < 0.3:
            decided = day + dt.timedelta(days=rng.randint(20, 120))
            done = decided <= env.end
            cases.append(
                {
                    "incident_id": next_id + k,
                    "case_type": "administrative",
                    "opened_on": day,
                    "outcome": rng.choice(("won", "won", "lost", "withdrawn")) if done else "pending",
                    "decided_on": decided if done else None,
                    "created_at": at,
                    "changed_at": at,
                    **stamp,
                }
            )
    ctx = env.ctx(Role.LEGAL_ADVISOR)
    for model, rows in ((Incident, incidents), (LegalCase, cases)):
        for i in range(0, len(rows), BATCH):
            with ctx.transaction() as s:
                s.info["bulk"] = True
                s.execute(insert(model), rows[i : i + BATCH])
                audit.record(s, "bulk_write", model.__tablename__, None, {"rows": len(rows[i : i + BATCH])})
    return {"incidents": len(incidents), "legal_cases": len(cases)}


def actions(env: BenchEnv) -> dict[str, Any]:
    service = AdvocacyService(env.ctx(Role.MANAGER))
    year = env.end.year
    return {"advocacy_report": lambda: service.build(*year_range(year))}
