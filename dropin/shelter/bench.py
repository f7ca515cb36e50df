"""``dropin bench`` hooks for the shelter: rooms and beds, five years of stays with their bed-nights.

Rooms and beds are added through the real bed service. Stays are laid out bed
by bed, one after another with gaps, so that no bed and no person ever holds
two stays on one night (the ``shelter_bed_nights`` constraints would refuse it
anyway). Each past stay holds one bed-night row per night from admission up to
its discharge; a stay still open at the end of the period holds its nights up
to its planned end, as the stay service does. Long stays that ran past their
first planned end carry an extension row. Core ``insert()`` in batches.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select

from dropin.models.shelter import ShelterBedNight, ShelterExtension, ShelterStay
from dropin.security import audit
from dropin.security.roles import Role
from dropin.shelter.beds import BedService
from dropin.shelter.choices import OUTCOMES, REASONS

if TYPE_CHECKING:
    from dropin.bench import BenchEnv

ROOMS = 10
BEDS_PER_ROOM = 4
BATCH = 20_000
DAY = dt.timedelta(days=1)


def build(env: BenchEnv) -> dict[str, int]:
    rng = env.rng
    manager = env.ctx(Role.MANAGER)
    social = env.users[Role.SOCIAL_WORKER].id
    stamp = {"created_by_id": social, "changed_by_id": social}
    beds = BedService(manager)
    bed_ids = []
    for r in range(ROOMS):
        room = beds.add_room("Family room" if r == ROOMS - 1 else f"Room {r + 1}", BEDS_PER_ROOM)
        for label in "ABCD"[:BEDS_PER_ROOM]:
            bed_ids.append(beds.add_bed(room.id, label, available_from=env.start).id)
    with env.db.session() as s:
        next_stay = (s.scalar(select(func.max(ShelterStay.id))) or 0) + 1

    days = (env.end - env.start).days
    target = env.sizes["stays"]
    cycle = days * len(bed_ids) / max(1, target)  # days per stay per bed, gap included
    mean_length = max(2.0, cycle * 0.8)
    mean_gap = max(0.5, cycle - mean_length)
    clients = [c for c, _y in env.clients]
    rng.shuffle(clients)
    reasons, outcomes = list(REASONS), list(OUTCOMES)
    stays: list[dict[str, Any]] = []
    nights: list[dict[str, Any]] = []
    extensions: list[dict[str, Any]] = []
    for bed_id in bed_ids:
        day = env.start + dt.timedelta(days=int(rng.expovariate(1 / mean_gap)))
        while day < env.end and len(stays) < target:
            length = max(1, min(180, int(rng.expovariate(1 / mean_length)) + 1))
            long_stay = length > 30
            planned = 90 if long_stay else 14
            planned_end = day + dt.timedelta(days=planned)
            leave = day + dt.timedelta(days=length)
            client_id = clients[len(stays) % len(clients)]
            children = rng.choice((0, 0, 0, 1, 1, 2))
            open_stay = leave >= env.end
            at = dt.datetime.combine(day, dt.time(11))
            stay = {
                "id": next_stay,
                "client_id": client_id,
                "bed_id": bed_id,
                "status": "active" if open_stay else "discharged",
                "stay_type": "long" if long_stay else "crisis",
                "admitted_on": day,
                "planned_end": planned_end,
                "discharged_on": None,
                "outcome": None,
                "outcome_note": None,
                "referral_destination_id": None,
                "reasons": ",".join(rng.sample(reasons, rng.choice((1, 1, 2)))),
                "reason_note": None,
                "children_count": children,
                "children_ages": ", ".join(str(rng.randint(0, 14)) for _ in range(children)) or None,
                "approved_by_id": None,
                "created_at": at,
                "changed_at": at,
                **stamp,
            }
            if leave > planned_end:  # ran past the first planned end: extended a few days before it
                new_end = leave + dt.timedelta(days=rng.randint(0, 5))
                extensions.append(
                    {
                        "stay_id": next_stay,
                        "extended_on": planned_end - 3 * DAY,
                        "previous_end": planned_end,
                        "new_end": new_end,
                        "reason": "Life plan in progress; review by the team.",
                        "review_on": new_end - 7 * DAY,
                        "approved_by_id": None,
                        "created_at": at,
                        "changed_at": at,
                        **stamp,
                    }
                )
                planned_end = stay["planned_end"] = new_end
            if open_stay:
                planned_end = stay["planned_end"] = max(planned_end, env.end + dt.timedelta(days=rng.randint(1, 14)))
                last = planned_end
            else:
                stay.update(discharged_on=leave, outcome=rng.choice(outcomes))
                stay["changed_at"] = dt.datetime.combine(leave, dt.time(10))
                last = leave
            night = day
            while night < last:
                nights.append({"stay_id": next_stay, "bed_id": bed_id, "client_id": client_id, "night": night})
                night += DAY
            stays.append(stay)
            next_stay += 1
            if open_stay:
                break
            day = last + dt.timedelta(days=int(rng.expovariate(1 / mean_gap)))

    ctx = env.ctx(Role.SOCIAL_WORKER)
    for model, data in ((ShelterStay, stays), (ShelterExtension, extensions), (ShelterBedNight, nights)):
        for i in range(0, len(data), BATCH):
            with ctx.transaction() as s:
                s.info["bulk"] = True
                s.execute(insert(model), data[i : i + BATCH])
                audit.record(s, "bulk_write", model.__tablename__, None, {"rows": len(data[i : i + BATCH])})
    return {
        "shelter_beds": len(bed_ids),
        "shelter_stays": len(stays),
        "shelter_extensions": len(extensions),
        "shelter_bed_nights": len(nights),
    }


def actions(env: BenchEnv) -> dict[str, Any]:
    from dropin.shelter.board import BoardService

    return {"bed_board": BoardService(env.ctx(Role.FRONT_DESK)).board}
