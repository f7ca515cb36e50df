"""``dropin bench`` hooks for the front desk: five years of visits and the check-in figure.

Visits and their service lines are written with Core ``insert()`` executemany
in batches (ids assigned here, one audit entry per batch), following the demo's
pattern: busier on weekdays and in winter, mostly returning clients, a few
anonymous walk-ins, about three services per visit.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Sequence
from random import Random
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, insert, select

from dropin.clients.codes import band_on
from dropin.clients.demo import CHANNELS, DESTINATIONS, SERVICE_PATTERN
from dropin.models.clients import ReferralDestination
from dropin.models.visits import ServiceItem, Visit, VisitLine
from dropin.security import audit
from dropin.security.roles import Role

if TYPE_CHECKING:
    from dropin.bench import BenchEnv

BATCH = 20_000


T = TypeVar("T")


def _pick(rng: Random, pairs: Sequence[tuple[T, float]]) -> T:
    x = rng.random() * sum(w for _v, w in pairs)
    for value, w in pairs:
        x -= w
        if x <= 0:
            return value
    return pairs[-1][0]


def _day_weights(start: dt.date, end: dt.date) -> list[tuple[dt.date, float]]:
    out = []
    day = start
    while day < end:
        season = 1 + 0.25 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365)
        out.append((day, season * (1.0, 1.1, 1.05, 1.1, 1.15, 0.6, 0.4)[day.weekday()]))
        day += dt.timedelta(days=1)
    return out


def build(env: BenchEnv) -> dict[str, int]:
    rng = env.rng
    desk = env.users[Role.FRONT_DESK].id
    ctx = env.ctx(Role.MANAGER)
    with ctx.transaction() as s:
        s.info["bulk"] = True
        have = set(s.scalars(select(ReferralDestination.name)))
        for name, kind, contact in DESTINATIONS:
            if name not in have:
                s.add(ReferralDestination(name=name, kind=kind, contact=contact, active=True))
        s.flush()
        env.shared["destinations"] = list(
            s.scalars(select(ReferralDestination.id).where(ReferralDestination.active.is_(True)))
        )
        env.shared["aids_centres"] = list(
            s.scalars(select(ReferralDestination.id).where(ReferralDestination.kind == "aids_centre"))
        )
        items = {
            r.code: (r.id, r.has_quantity, r.needs_destination)
            for r in s.scalars(select(ServiceItem).where(ServiceItem.active.is_(True)))
        }
        next_visit = (s.scalar(select(func.max(Visit.id))) or 0) + 1
        next_line = (s.scalar(select(func.max(VisitLine.id))) or 0) + 1
    dests = env.shared["destinations"]
    pattern = [(items[c], p, q) for c, p, q in SERVICE_PATTERN if c in items]
    rest = items.get("rest")

    # how many visits each day, proportional to the day's weight
    n_visits = env.sizes["visits"]
    days = _day_weights(env.start, env.end)
    total = sum(w for _d, w in days)
    per_day = [(d, int(n_visits * w / total)) for d, w in days]
    short = n_visits - sum(n for _d, n in per_day)
    for i in range(short):
        d, n = per_day[i % len(per_day)]
        per_day[i % len(per_day)] = (d, n + 1)

    # returning clients: a heavy-tailed "how often they come"
    clients = env.clients
    weights = list(itertools.accumulate(rng.paretovariate(1.5) for _ in clients))
    visits: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    counts = {"visits": 0, "visit services": 0}

    def flush() -> None:
        if not visits:
            return
        with ctx.transaction() as s:
            s.info["bulk"] = True
            s.execute(insert(Visit), visits)
            s.execute(insert(VisitLine), lines)
            audit.record(s, "bulk_write", "visits", None, {"rows": len(visits), "lines": len(lines)})
        counts["visits"] += len(visits)
        counts["visit services"] += len(lines)
        visits.clear()
        lines.clear()

    for day, n in per_day:
        chosen = rng.choices(clients, cum_weights=weights, k=n)
        minutes = sorted(rng.randint(10 * 60, 19 * 60) for _ in range(n))
        for (client_id, birth_year), minute in zip(chosen, minutes, strict=True):
            at = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
            anonymous = rng.random() < 0.07
            visits.append(
                {
                    "id": next_visit,
                    "client_id": None if anonymous else client_id,
                    "visit_date": day,
                    "visited_at": at,
                    "channel": _pick(rng, CHANNELS),
                    "age_band": None if anonymous else band_on(day, birth_year, None),
                    "note": None,
                    "created_at": at,
                    "changed_at": at,
                    "created_by_id": desk,
                    "changed_by_id": desk,
                }
            )
            given = 0
            for (item_id, has_qty, needs_dest), p, qty in pattern:
                if rng.random() < p:
                    lines.append(
                        {
                            "id": next_line,
                            "visit_id": next_visit,
                            "service_id": item_id,
                            "quantity": rng.randint(*qty) if (qty and has_qty) else 1,
                            "destination_id": rng.choice(dests) if needs_dest else None,
                            "created_at": at,
                            "changed_at": at,
                            "created_by_id": desk,
                            "changed_by_id": desk,
                        }
                    )
                    next_line += 1
                    given += 1
            if not given and rest is not None:
                lines.append(
                    {
                        "id": next_line,
                        "visit_id": next_visit,
                        "service_id": rest[0],
                        "quantity": 1,
                        "destination_id": None,
                        "created_at": at,
                        "changed_at": at,
                        "created_by_id": desk,
                        "changed_by_id": desk,
                    }
                )
                next_line += 1
            next_visit += 1
        if len(visits) >= BATCH:
            flush()
    flush()
    return counts


def actions(env: BenchEnv) -> dict[str, Any]:
    from dropin.visits.service import ServiceGiven, VisitInput, VisitService

    service = VisitService(env.ctx(Role.FRONT_DESK))
    clients = [c for c, _y in env.clients]
    rng = env.rng
    dest = (env.shared.get("destinations") or [None])[0]

    def checkin() -> object:
        client_id = rng.choice(clients)
        given = [ServiceGiven("male_condoms", rng.randint(5, 30)), ServiceGiven("lubricant", 4), ServiceGiven("meal")]
        if dest is not None and rng.random() < 0.3:
            given.append(ServiceGiven("referral", 1, dest))
        return service.record(VisitInput(client_id, "walk_in", tuple(given)))

    return {"checkin": checkin}
