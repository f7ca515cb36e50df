"""``dropin bench`` hooks for the children's area: sessions over the period, the register and attendance.

Children's sessions fall on weekday afternoons with a parents' workshop once a
month (activity types as seeded by the migration); about 5 % are cancelled,
the rest held, with registered children ticked present (those with consent who
had joined by then), counted unregistered children and parents. Core
``insert()`` in batches, ids assigned here.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select

from dropin.children.demo import CANCEL_REASONS, MATERIALS, PLACES, PSEUDONYMS
from dropin.children.service import AGE_BANDS
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
)
from dropin.security import audit
from dropin.security.roles import Role

if TYPE_CHECKING:
    from dropin.bench import BenchEnv

BATCH = 20_000


def build(env: BenchEnv) -> dict[str, int]:
    rng = env.rng
    facilitator = env.users[Role.FACILITATOR].id
    stamp = {"created_by_id": facilitator, "changed_by_id": facilitator}
    with env.db.session() as s:
        kinds = s.execute(select(ActivityType.id, ActivityType.kind).where(ActivityType.active.is_(True))).all()
        next_session = (s.scalar(select(func.max(ActivitySession.id))) or 0) + 1
        next_child = (s.scalar(select(func.max(Child.id))) or 0) + 1
    child_types = [i for i, k in kinds if k == KIND_CHILDREN]
    workshop_types = [i for i, k in kinds if k == KIND_WORKSHOP] or child_types

    days = (env.end - env.start).days
    months = max(1, days // 30)
    n = env.sizes["sessions"]
    n_workshops = min(months, max(1, n // 20))
    weekdays = [
        env.start + dt.timedelta(days=i) for i in range(days) if (env.start + dt.timedelta(days=i)).weekday() < 5
    ]
    dates = sorted(rng.choice(weekdays) for _ in range(n - n_workshops))
    workshop_dates = sorted(
        env.start + dt.timedelta(days=int((k + 0.5) * days / n_workshops)) for k in range(n_workshops)
    )

    # the register: children of clients, joining over the period
    n_children = max(10, n // 8)
    parents = rng.sample([c for c, _y in env.clients], min(len(env.clients), max(5, n_children * 2 // 3)))
    children: list[dict[str, Any]] = []
    for k in range(n_children):
        age = rng.randint(3, 15)
        use_year = rng.random() < 0.7
        band = next(b for b in AGE_BANDS if int(b.split("-")[0]) <= age <= int(b.split("-")[1]))
        joined = env.start if k < n_children // 3 else env.start + dt.timedelta(days=rng.randint(0, days))
        at = dt.datetime.combine(joined, dt.time(16))
        children.append(
            {
                "id": next_child + k,
                "first_name": f"{rng.choice(PSEUDONYMS)} {k + 1}",
                "birth_year": env.end.year - age if use_year else None,
                "age_band": None if use_year else band,
                "parent_client_id": parents[k % len(parents)],
                "consent_participation": rng.random() < 0.93,
                "consent_photos": rng.random() < 0.3,
                "created_at": at,
                "changed_at": at,
                **stamp,
            }
        )
    joined_on = {c["id"]: c["created_at"].date() for c in children if c["consent_participation"]}

    sessions, marks, adults = [], [], []
    for day, workshop in sorted([(d, False) for d in dates] + [(d, True) for d in workshop_dates]):
        at = dt.datetime.combine(day, dt.time(16))
        row = {
            "id": next_session,
            "type_id": rng.choice(workshop_types if workshop else child_types),
            "schedule_id": None,
            "date": day,
            "start_time": dt.time(11 if workshop else 16),
            "duration_min": 120 if workshop else 90,
            "place": rng.choice(PLACES),
            "materials": rng.choice(MATERIALS),
            "note": None,
            "status": STATUS_HELD,
            "cancel_reason": None,
            "unregistered_children": 0,
            "parents_present": 0,
            "created_at": at,
            "changed_at": at,
            **stamp,
        }
        next_session += 1
        sessions.append(row)
        if rng.random() < 0.05:
            row.update(status=STATUS_CANCELLED, cancel_reason=rng.choice(CANCEL_REASONS))
            continue
        if workshop:
            for client_id in rng.sample(parents, min(len(parents), rng.randint(3, 8))):
                adults.append(
                    {
                        "session_id": row["id"],
                        "client_id": client_id,
                        "present": True,
                        "created_at": at,
                        "changed_at": at,
                        **stamp,
                    }
                )
            row["parents_present"] = rng.randint(0, 2)
            continue
        present = [cid for cid, joined in joined_on.items() if joined <= day]
        for child_id in rng.sample(present, min(len(present), rng.randint(3, 10))):
            marks.append(
                {
                    "session_id": row["id"],
                    "child_id": child_id,
                    "present": True,
                    "created_at": at,
                    "changed_at": at,
                    **stamp,
                }
            )
        row["unregistered_children"] = rng.choice((0, 0, 0, 1, 1, 2, 3))
        row["parents_present"] = rng.choice((0, 1, 1, 2, 2, 3, 4))

    ctx = env.ctx(Role.FACILITATOR)
    for model, data in (
        (Child, children),
        (ActivitySession, sessions),
        (ChildAttendance, marks),
        (AdultAttendance, adults),
    ):
        for i in range(0, len(data), BATCH):
            with ctx.transaction() as s:
                s.info["bulk"] = True
                s.execute(insert(model), data[i : i + BATCH])
                audit.record(s, "bulk_write", model.__tablename__, None, {"rows": len(data[i : i + BATCH])})
    return {
        "children": len(children),
        "children_sessions": len(sessions),
        "parents_workshops": n_workshops,
        "children_attendances": len(marks) + len(adults),
    }
