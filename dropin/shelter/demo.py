"""Synthetic shelter data for ``dropin demo``: 3 rooms, 8 beds, realistic stays over the period.

Runs after the clients demo and uses its clients (creates a few if there are
none). Stays go through the real services, day by day, with the clock set to
each day: crisis stays of up to about two weeks, long stays of three months
and more with extensions, accompanying children, life-plan goals and case
notes, one stay past its planned end and one reservation.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select

from dropin.clock import FixedClock
from dropin.context import CurrentUser, ServiceContext
from dropin.errors import DropinError
from dropin.models.clients import Client, ReferralDestination
from dropin.security.roles import Role
from dropin.shelter.beds import BedService
from dropin.shelter.board import BoardService
from dropin.shelter.casework import CaseService
from dropin.shelter.stays import StayService

ROOMS = (("Room 1", ("A", "B", "C")), ("Room 2", ("A", "B", "C")), ("Family room", ("A", "B")))
REASON_MIX = (
    ("homeless",),
    ("violence",),
    ("financial",),
    ("violence", "homeless"),
    ("pregnancy",),
    ("illness",),
    ("parental_rights", "financial"),
    ("other",),
)
GOALS = (
    ("documents", "Restore identity documents"),
    ("financial", "Open a bank account and plan a monthly budget"),
    ("legal", "Meet the lawyer about the custody hearing"),
    ("parental", "Keep the child's clinic appointments"),
    ("health", "Register with the clinic and keep appointments"),
    ("housing", "Find a room to rent"),
)
NOTES = (
    "Settled in. Discussed house rules and the childcare rota.",
    "Accompanied to the passport office; papers submitted.",
    "Talked through the budget plan; first savings set aside.",
    "Review with the team: goals on track, extension recommended.",
    "Visited two rooms for rent; one looks possible.",
)

#: a demo child is at least this many years younger than the parent
MOTHER_AT_LEAST = 16


def _ctx(ctx: ServiceContext, user: CurrentUser | None, day: dt.date, hour: int = 10) -> ServiceContext:
    return ServiceContext(ctx.db, user, FixedClock(dt.datetime.combine(day, dt.time(hour, 0))))


def generate(
    ctx: ServiceContext, rng: random.Random, start: dt.date, end: dt.date, users: dict[Role, CurrentUser] | None = None
) -> dict[str, int]:
    users = users or {}
    manager = users.get(Role.MANAGER, ctx.user)
    social = users.get(Role.SOCIAL_WORKER, manager)
    first = _ctx(ctx, manager, start)
    beds = BedService(first)
    for name, labels in ROOMS:
        room = beds.add_room(name, len(labels))
        for label in labels:
            beds.add_bed(room.id, label, available_from=start)

    with ctx.transaction() as s:
        born = dict(
            s.execute(
                select(Client.code, Client.birth_year).where(Client.voided_at.is_(None)).order_by(Client.id)
            ).all()
        )
        codes = list(born)
        if len(codes) < 12:
            for n in range(12 - len(codes)):
                new_code = f"SHD{n + 1:03d}"
                s.add(Client(code=new_code))
                codes.append(new_code)
        destinations = list(s.scalars(select(ReferralDestination.id).where(ReferralDestination.voided_at.is_(None))))
    rng.shuffle(codes)
    pool = codes[: max(12, min(len(codes), 80))]

    counts = {
        "shelter.stays": 0,
        "shelter.extensions": 0,
        "shelter.moves": 0,
        "shelter.goals": 0,
        "shelter.case_notes": 0,
    }
    active: dict[int, dict[str, Any]] = {}  # stay id -> plan
    staying_codes: set[str] = set()
    overstayer: int | None = None
    day = start
    while day <= end:
        sw = _ctx(ctx, social, day)
        stays, case = StayService(sw), CaseService(sw)
        # departures and extensions
        for stay_id, plan in list(active.items()):
            info = plan["info"]
            if plan.get("overstay"):
                continue
            if plan["leave_on"] == day:
                outcome = plan["outcome"]
                try:
                    stays.discharge(
                        stay_id,
                        day,
                        outcome,
                        referral_destination_id=rng.choice(destinations)
                        if outcome == "referred" and destinations
                        else None,
                    )
                except DropinError:
                    continue
                staying_codes.discard(info.client_code)
                del active[stay_id]
            elif info.planned_end - dt.timedelta(days=3) == day and plan["extend"] > 0:
                plan["extend"] -= 1
                new_end = info.planned_end + dt.timedelta(days=rng.choice((14, 30, 45)))
                try:
                    plan["info"] = stays.extend(
                        stay_id,
                        new_end,
                        "Life plan in progress; review by the team.",
                        review_on=new_end - dt.timedelta(days=7),
                    )
                    counts["shelter.extensions"] += 1
                    plan["leave_on"] = max(plan["leave_on"], new_end - dt.timedelta(days=rng.randint(0, 3)))
                except DropinError:
                    plan["leave_on"] = info.planned_end
        # one stay that runs past its planned end, chosen late in the period
        if overstayer is None and (end - day).days <= 12:
            for stay_id, plan in active.items():
                if plan["info"].planned_end < end - dt.timedelta(days=2):
                    plan["overstay"] = True
                    overstayer = stay_id
                    break
        # arrivals
        free_tonight = [b for b in BoardService(sw).board() if b.state == "free"]
        if free_tonight and rng.random() < 0.12:
            code = next((c for c in pool if c not in staying_codes), None)
            if code is not None:
                long_stay = rng.random() < 0.2
                stay_type = "long" if long_stay else "crisis"
                length = rng.randint(60, 120) if long_stay else rng.randint(4, 14)
                planned = 90 if long_stay else 14
                children = rng.choice((0, 0, 0, 1, 1, 2))
                oldest = min(14, max(0, day.year - (born.get(code) or day.year - 25) - MOTHER_AT_LEAST))
                ages = ", ".join(str(rng.randint(0, oldest)) for _ in range(children)) or None
                family = [b for b in free_tonight if b.room == "Family room"]
                bed = rng.choice(family if children and family else free_tonight)
                try:
                    info = stays.admit(
                        code,
                        bed.bed_id,
                        stay_type=stay_type,
                        planned_end=day + dt.timedelta(days=planned),
                        reasons=rng.choice(REASON_MIX),
                        children_count=children,
                        children_ages=ages,
                    )
                except DropinError:
                    info = None
                if info is not None:
                    counts["shelter.stays"] += 1
                    staying_codes.add(code)
                    outcome = rng.choices(
                        ("housed", "returned_home", "referred", "left", "other"), (35, 25, 20, 12, 8)
                    )[0]
                    leave = day + dt.timedelta(days=min(length, planned) if not long_stay else planned)
                    if outcome == "left":
                        leave = day + dt.timedelta(days=max(1, length // 2))
                    extend = rng.choice((0, 1, 1, 2)) if long_stay else rng.choice((0, 0, 1))
                    if counts["shelter.stays"] == 1:
                        extend = max(extend, 1)  # the first stay is always extended once
                    if extend:
                        leave = info.planned_end
                    active[info.id] = {"info": info, "leave_on": leave, "outcome": outcome, "extend": extend}
                    if long_stay or rng.random() < 0.3:
                        for area, text in rng.sample(GOALS, rng.randint(1, 3)):
                            case.add_goal(info.id, area, text, review_on=day + dt.timedelta(days=rng.randint(14, 45)))
                            counts["shelter.goals"] += 1
        # case notes and the odd move
        for stay_id, plan in list(active.items()):
            if plan["info"].stay_type == "long" and rng.random() < 0.08:
                case.add_note(stay_id, rng.choice(NOTES), noted_on=day)
                counts["shelter.case_notes"] += 1
            if rng.random() < 0.01:
                free_now = [
                    b for b in BoardService(sw).free_beds(day, plan["info"].planned_end) if b[0] != plan["info"].bed_id
                ]
                if free_now:
                    try:
                        plan["info"] = stays.move(
                            stay_id, rng.choice(free_now)[0], on=day, reason="Moved to a quieter room."
                        )
                        counts["shelter.moves"] += 1
                    except DropinError:
                        pass
        day += dt.timedelta(days=1)

    sw = _ctx(ctx, social, end)
    if overstayer is None:  # make sure the board shows one stay past its planned end
        code = next((c for c in pool if c not in staying_codes), None)
        free = BoardService(sw).free_beds(end - dt.timedelta(days=10), end + dt.timedelta(days=1))
        if code and free:
            try:
                StayService(sw).admit(
                    code,
                    free[0][0],
                    admitted_on=end - dt.timedelta(days=10),
                    stay_type="crisis",
                    planned_end=end - dt.timedelta(days=3),
                    reasons=("homeless",),
                )
                staying_codes.add(code)
                counts["shelter.stays"] += 1
            except DropinError:
                pass
    # one reservation for the coming days, by a mother old enough for her four-year-old
    old_enough = end.year - 4 - MOTHER_AT_LEAST
    code = next((c for c in pool if c not in staying_codes and (born.get(c) or old_enough) <= old_enough), None)
    free = BoardService(sw).free_beds(end + dt.timedelta(days=2), end + dt.timedelta(days=16))
    if code and free:
        try:
            StayService(sw).admit(
                code,
                free[0][0],
                admitted_on=end + dt.timedelta(days=2),
                stay_type="crisis",
                reasons=("violence",),
                children_count=1,
                children_ages="4",
                reserve=True,
            )
            counts["shelter.reservations"] = 1
        except DropinError:
            pass
    # a bed waiting for repair, if one is free
    free = BoardService(_ctx(ctx, manager, end)).free_beds(end, end + dt.timedelta(days=1))
    if len(free) > 1:
        BedService(_ctx(ctx, manager, end)).set_out_of_service(free[-1][0], "Broken bed frame, repair ordered.")
        counts["shelter.beds_out_of_service"] = 1
    return counts
