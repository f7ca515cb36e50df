"""The synthetic centre ``dropin bench`` times: clients in bulk, then each area's builder (or its demo)."""

from __future__ import annotations

import datetime as dt
import random
import string
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from dropin import areas as registry
from dropin.bench import AREAS, BENCH_PASSPHRASE, RUNS, SCALES, BenchEnv
from dropin.i18n import translate

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy.orm import Session


def new_codes(rng: random.Random, n: int) -> list[str]:
    """Anonymous client codes in the usual shape (two letters, six digits, a check letter)."""
    seen: set[str] = set()
    letters = string.ascii_uppercase
    while len(seen) < n:
        seen.add(f"{rng.choice(letters)}{rng.choice(letters)}{rng.randrange(10**6):06d}{rng.choice(letters)}")
    return sorted(seen, key=lambda _: rng.random())


def insert_clients(
    session_factory: Callable[[], AbstractContextManager[Session]],
    rng: random.Random,
    n: int,
    when: dt.datetime,
    user_id: int | None = None,
    batch: int = 5_000,
) -> list[str]:
    """Bulk-insert ``n`` clients in batches (one transaction each); returns their codes."""
    from sqlalchemy import insert

    from dropin.clients.demo import KP_OF_GENDER
    from dropin.models.clients import Client

    codes = new_codes(rng, n)
    genders = ["female"] * 7 + ["trans_woman", "male", "non_binary", None]
    settings_ = ["street", "bar_club", "sauna_massage", "apartment", "hotel", "online", None]
    for i in range(0, n, batch):
        rows = [
            {
                "code": code,
                "birth_year": rng.randint(1960, 2006),
                "gender": rng.choice(genders),
                "work_setting": rng.choice(settings_),
                "preferred_language": rng.choice(["ru", "ru", "ky", "uz"]),
                "children_count": rng.randint(0, 3),
                "created_at": when,
                "changed_at": when,
                "created_by_id": user_id,
                "changed_by_id": user_id,
            }
            for code in codes[i : i + batch]
        ]
        for row in rows:  # the key-population type people state, as the demo's clients do
            gender = row["gender"]
            row["kp_type"] = KP_OF_GENDER.get(gender, "other") if isinstance(gender, str) and gender else None
        with session_factory() as s:
            s.execute(insert(Client), rows)
            _bulk_audit(s, "clients", len(rows), when)
    return codes


def _bulk_audit(session: Session, table: str, rows: int, when: dt.datetime) -> None:
    """One audit entry per batch, as bulk imports do (the plain baseline writes the same)."""
    from dropin.security import audit

    audit.record(session, "bulk_write", table, None, {"rows": rows})


def build_clients(env: BenchEnv) -> dict[str, int]:
    from dropin.security.roles import Role

    ctx = env.ctx()
    when = dt.datetime.combine(env.start, dt.time(9))
    env.client_codes = insert_clients(
        ctx.transaction, env.rng, env.sizes["clients"], when, user_id=env.users[Role.MANAGER].id
    )
    from sqlalchemy import select

    from dropin.models.clients import Client

    with env.db.session() as s:
        env.clients = [(i, y) for i, y in s.execute(select(Client.id, Client.birth_year).order_by(Client.id))]
    return {"clients": len(env.client_codes)}


def build_area(env: BenchEnv, area: str) -> dict[str, int] | None:
    """Run an area's bench builder, or its demo generator as a fallback; ``None`` if the area is absent."""
    hooks = registry.installed(registry.area(area).bench)
    if hooks is not None and hasattr(hooks, "build"):
        counts = hooks.build(env) or {}
        if hasattr(hooks, "actions"):
            env.actions.update(hooks.actions(env) or {})
        return counts
    demo = registry.installed(registry.area(area).demo)
    if demo is not None and hasattr(demo, "generate"):
        env.notes[area] = translate("Bench", "filled by the demo generator, not at bench scale")
        return demo.generate(env.ctx(), env.rng, env.start, env.end, users=env.users) or {}
    if hooks is not None and hasattr(hooks, "actions"):
        env.actions.update(hooks.actions(env) or {})
        return {}
    return None


def build_centre(path: Path, scale: str, seed: int = 1) -> tuple[BenchEnv, float]:
    from dropin.clock import FixedClock
    from dropin.demo import create_accounts
    from dropin.models.database import DEFAULT_KDF_ITER, Database

    sizes = SCALES[scale]
    end = dt.date(2026, 11, 23)
    start = end - dt.timedelta(days=365 * sizes["years"])
    clock = FixedClock(dt.datetime.combine(end, dt.time(10)))
    t0 = time.perf_counter()
    db = Database.create(path, BENCH_PASSPHRASE, kdf_iter=DEFAULT_KDF_ITER)
    users = create_accounts(db, clock)
    env = BenchEnv(scale, dict(sizes), path, db, users, clock, random.Random(seed), start, end, RUNS[scale])
    env.counts.update(build_clients(env))
    for area in AREAS:
        counts = build_area(env, area)
        if counts is None:
            env.notes[area] = translate("Bench", "skipped (area not installed)")
        else:
            env.counts.update(counts)
    # the build's connection holds the page cache of every file it wrote, full of the build's pages: a centre's
    # program starts without them, so the figures that follow start from a fresh connection too
    db.engine.dispose()
    return env, time.perf_counter() - t0


def reuse_centre(path: Path, scale: str, seed: int = 1) -> BenchEnv:
    """A centre built before with ``--keep``, opened as built (same accounts and clock), with the reports' actions."""
    from sqlalchemy import select

    from dropin.clock import FixedClock
    from dropin.context import CurrentUser
    from dropin.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
    from dropin.models.database import DEFAULT_KDF_ITER, Database
    from dropin.models.security import User
    from dropin.security.auth import AuthService
    from dropin.security.roles import Role

    sizes = SCALES[scale]
    end = dt.date(2026, 11, 23)
    start = end - dt.timedelta(days=365 * sizes["years"])
    db = Database.open(path, BENCH_PASSPHRASE, kdf_iter=DEFAULT_KDF_ITER, exclusive=True)
    AuthService(db).login(DEMO_ACCOUNTS[Role.MANAGER], DEMO_PASSWORD)  # the reports read every store
    with db.session() as s:
        found = s.execute(select(User).where(User.username.in_(list(DEMO_ACCOUNTS.values())))).scalars().all()
        users = {Role(u.role): CurrentUser(u.id, u.username, Role(u.role), u.display_name, u.language) for u in found}
    clock = FixedClock(dt.datetime.combine(end, dt.time(10)))
    env = BenchEnv(scale, dict(sizes), path, db, users, clock, random.Random(seed), start, end, RUNS[scale])
    hooks = registry.installed(registry.area("reports").bench)
    if hooks is not None and hasattr(hooks, "actions"):
        env.actions.update(hooks.actions(env) or {})
    return env
