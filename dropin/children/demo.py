"""Demo data for the children's area: children of existing clients, twice-weekly sessions, monthly workshops.

Runs after the clients demo and uses its clients as parents (creating a few
if there are none). Children carry playful pseudonyms, never real names.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from dropin.children.service import AGE_BANDS, ScheduleService, SessionService
from dropin.context import CurrentUser, ServiceContext
from dropin.models.children import (
    KIND_CHILDREN,
    KIND_WORKSHOP,
    STATUS_CANCELLED,
    STATUS_HELD,
    ActivitySession,
    ActivityType,
    AdultAttendance,
    Child,
    ChildAttendance,
    SessionFacilitator,
)
from dropin.models.clients import Client
from dropin.security.roles import Role

PSEUDONYMS = [
    "Acorn",
    "Bee",
    "Button",
    "Clover",
    "Comet",
    "Daisy",
    "Fox",
    "Juniper",
    "Kiwi",
    "Lark",
    "Mango",
    "Maple",
    "Nutmeg",
    "Otter",
    "Pebble",
    "Pepper",
    "Pixel",
    "Poppy",
    "Quill",
    "Ripple",
    "Robin",
    "Rowan",
    "Sparrow",
    "Sunny",
    "Tiger",
    "Willow",
    "Zigzag",
    "Berry",
]
PLACES = ["Activity room", "Activity room", "Activity room", "Kitchen table", "Park nearby"]
MATERIALS = ["Fruit and juice", "Crayons and paper", "Sandwiches", "Board games", "Exercise books", "Biscuits and tea"]
CANCEL_REASONS = ["Public holiday", "Facilitator ill", "Heating failure in the room"]
#: a demo child is at least this many years younger than the parent
PARENT_AT_LEAST = 16


def _parents(ctx: ServiceContext, rng: random.Random, wanted: int, year: int) -> list[tuple[int, int]]:
    """``(client id, age)`` of parents for the demo children: clients with children, old enough to be parents."""
    with ctx.transaction() as s:
        rows = list(
            s.execute(
                select(Client.id, Client.children_count, Client.birth_year)
                .where(Client.voided_at.is_(None))
                .order_by(Client.id)
            ).all()
        )
        if not rows:
            codes: set[str] = set()
            while len(codes) < wanted:
                codes.add(f"DM{rng.randint(1000, 9999)}")
            for code in sorted(codes):
                s.add(Client(code=code, children_count=rng.randint(1, 3), birth_year=year - rng.randint(22, 45)))
            s.flush()
            rows = list(
                s.execute(
                    select(Client.id, Client.children_count, Client.birth_year).where(Client.voided_at.is_(None))
                ).all()
            )
    grown = [(cid, n, year - born) for cid, n, born in rows if born and year - born >= PARENT_AT_LEAST + 3]
    with_children = [(cid, age) for cid, n, age in grown if n]
    pool = with_children if len(with_children) >= wanted else [(cid, age) for cid, _n, age in grown]
    if not pool:  # no ages known: assume young adults
        pool = [(cid, PARENT_AT_LEAST + 8) for cid, *_ in rows]
    return rng.sample(pool, min(wanted, len(pool)))


def generate(
    ctx: ServiceContext, rng: random.Random, start: dt.date, end: dt.date, users: dict[Role, CurrentUser] | None = None
) -> dict[str, int]:
    users = users or {}
    today = end
    facilitator = users.get(Role.FACILITATOR)
    facilitator_id = facilitator.id if facilitator else None
    helper_id = users[Role.SOCIAL_WORKER].id if Role.SOCIAL_WORKER in users else None

    sessions = SessionService(ctx)
    child_types = {t.code: t.id for t in sessions.activity_types(KIND_CHILDREN)}
    workshop_types = {t.code: t.id for t in sessions.activity_types(KIND_WORKSHOP)}

    # The recurring schedule and its sessions (through the real service, so idempotence is exercised).
    schedules = ScheduleService(ctx)
    schedules.save_schedule(
        child_types["homework"],
        [2, 4],
        dt.time(16, 0),
        90,
        place="Activity room",
        facilitator_id=facilitator_id,
        valid_from=start,
    )
    created = 0
    day = start
    horizon = today + dt.timedelta(weeks=4)
    while day <= horizon:
        chunk_end = min(horizon, day + dt.timedelta(days=300))
        created += schedules.generate(chunk_end, since=day)
        day = chunk_end + dt.timedelta(days=1)

    # A parents' workshop on the last Saturday of every month.
    workshops = 0
    month = dt.date(start.year, start.month, 1)
    topics = [workshop_types.get("parental_rights"), workshop_types.get("parenting_skills")]
    while month <= horizon:
        nxt = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
        saturday = last - dt.timedelta(days=(last.weekday() - 5) % 7)
        topic = topics[workshops % 2]
        if start <= saturday <= horizon and topic:
            sessions.create_session(
                topic,
                saturday,
                dt.time(11, 0),
                120,
                place="Meeting room",
                materials="Tea and a handout",
                facilitator_ids=[i for i in (facilitator_id, helper_id) if i],
            )
            workshops += 1
        month = nxt

    parents = _parents(ctx, rng, 10, today.year)
    n_children = 0
    attendances = 0
    with ctx.transaction() as s:
        s.info["bulk"] = True
        # Children: the group starts with a core and grows over the period.
        names = rng.sample(PSEUDONYMS, min(len(PSEUDONYMS), max(8, len(parents) * 2)))
        kids: list[tuple[Child, dt.date, float]] = []
        span = max(1, (today - start).days)
        for i, name in enumerate(names):
            parent, parent_age = parents[i % len(parents)]
            age = rng.randint(3, max(3, min(15, parent_age - PARENT_AT_LEAST)))
            band = next(b for b in AGE_BANDS if int(b.split("-")[0]) <= age <= int(b.split("-")[1]))
            # an age band only when even its oldest age keeps the parent that much older
            use_year = rng.random() < 0.7 or int(band.split("-")[1]) > parent_age - PARENT_AT_LEAST
            child = Child(
                first_name=name,
                parent_client_id=parent,
                birth_year=today.year - age if use_year else None,
                age_band=None if use_year else band,
                consent_participation=rng.random() < 0.93,
                consent_photos=rng.random() < 0.3,
            )
            s.add(child)
            joined = start if i < len(names) * 0.6 else start + dt.timedelta(days=rng.randint(0, span))
            kids.append((child, joined, rng.uniform(0.3, 0.85)))
        s.flush()
        n_children = len(kids)

        rows = list(
            s.execute(
                select(ActivitySession, ActivityType.kind)
                .join(ActivityType, ActivityType.id == ActivitySession.type_id)
                .where(ActivitySession.date < today, ActivitySession.voided_at.is_(None))
                .order_by(ActivitySession.date)
            ).all()
        )
        variety = [child_types[c] for c in ("homework", "homework", "games", "art", "art") if c in child_types]
        for row, kind in rows:
            if rng.random() < 0.05:
                row.status = STATUS_CANCELLED
                row.cancel_reason = rng.choice(CANCEL_REASONS)
                continue
            row.status = STATUS_HELD
            if kind == KIND_WORKSHOP:
                for client_id, _age in rng.sample(parents, rng.randint(min(4, len(parents)), len(parents))):
                    s.add(AdultAttendance(session_id=row.id, client_id=client_id, present=True))
                    attendances += 1
                row.parents_present = rng.randint(0, 2)
                continue
            if row.date.month in (6, 7, 8) and rng.random() < 0.3 and "outing" in child_types:
                row.type_id = child_types["outing"]
                row.place = "Park nearby"
            elif variety:
                row.type_id = rng.choice(variety)
            row.materials = rng.choice(MATERIALS)
            if helper_id and rng.random() < 0.2:
                s.add(SessionFacilitator(session_id=row.id, user_id=helper_id))
            for child, joined, propensity in kids:
                if child.consent_participation and row.date >= joined and rng.random() < propensity:
                    s.add(ChildAttendance(session_id=row.id, child_id=child.id, present=True))
                    attendances += 1
            row.unregistered_children = rng.choice([0, 0, 0, 1, 1, 2, 3])
            row.parents_present = rng.choice([0, 1, 1, 2, 2, 3, 4])
        s.flush()
    return {
        "children": n_children,
        "children_sessions": created,
        "parents_workshops": workshops,
        "children_attendances": attendances,
    }
