"""The storage figures of ``dropin bench``: unlock, login, code search and what encryption costs."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dropin.bench import BENCH_PASSPHRASE, BenchEnv, Figure, median_time
from dropin.bench.centre import insert_clients
from dropin.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from contextlib import AbstractContextManager

    from sqlalchemy import Connection
    from sqlalchemy.orm import Session, sessionmaker


def measure_unlock(env: BenchEnv) -> list[Figure]:
    from dropin.models.cipher import raw_connect
    from dropin.models.database import DEFAULT_KDF_ITER, Database

    def unlock() -> None:
        Database.open(env.path, BENCH_PASSPHRASE, kdf_iter=DEFAULT_KDF_ITER).close()

    def derive_key() -> None:
        conn = raw_connect(env.path, BENCH_PASSPHRASE, DEFAULT_KDF_ITER)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()

    runs = max(3, env.runs)
    return [
        Figure(
            "unlock",
            translate("Bench", "Database unlock"),
            median_time(unlock, runs),
            target=0.3,
            note=translate("Bench", "kdf_iter {n}").format(n=DEFAULT_KDF_ITER),
        ).judge(),
        Figure("key_derivation", translate("Bench", "  of which key derivation"), median_time(derive_key, runs)),
        *measure_unlock_login(env, runs),
    ]


def measure_unlock_login(env: BenchEnv, runs: int) -> list[Figure]:
    """Unlock, then the manager's login (password check, unwrapping every store's key) and its first query
    with the stores attached: what a person waits for between the passphrase and the first screen."""
    from dropin.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
    from dropin.models.database import DEFAULT_KDF_ITER, Database
    from dropin.models.testing import HivTest
    from dropin.security.auth import AuthService
    from dropin.security.roles import Role

    def unlock_and_login() -> None:
        db = Database.open(env.path, BENCH_PASSPHRASE, kdf_iter=DEFAULT_KDF_ITER)
        try:
            AuthService(db, env.clock).login(DEMO_ACCOUNTS[Role.MANAGER], DEMO_PASSWORD)
            with db.session() as s:
                s.query(HivTest.id).limit(1).all()
        finally:
            db.close()

    return [
        Figure(
            "unlock_login",
            translate("Bench", "Unlock and login (every store)"),
            median_time(unlock_and_login, runs),
            target=1.0,
        ).judge()
    ]


def prefix_search(session: Session, prefix: str, limit: int = 20) -> Sequence[Any]:
    """The front desk's code search: an indexed range scan on the unique code index."""
    from sqlalchemy import select

    from dropin.models.clients import Client

    return session.execute(
        select(Client.id, Client.code)
        .where(Client.code >= prefix, Client.code < prefix + "\uffff", Client.voided_at.is_(None))
        .order_by(Client.code)
        .limit(limit)
    ).all()


def measure_search(env: BenchEnv) -> list[Figure]:
    rng = random.Random(7)
    prefixes = [code[: rng.randint(2, 5)] for code in rng.sample(env.client_codes, min(60, len(env.client_codes)))]
    times = []
    with env.db.session() as s:
        prefix_search(s, prefixes[0])
        for prefix in prefixes:
            t0 = time.perf_counter()
            rows = prefix_search(s, prefix)
            times.append(time.perf_counter() - t0)
            assert rows, prefix
    return [
        Figure(
            "search",
            translate("Bench", "Client-code search"),
            statistics.median(times),
            target=0.02,
            note=translate("Bench", "{n} clients").format(n=len(env.client_codes)),
        ).judge()
    ]


def _workload(
    session_factory: Callable[[], AbstractContextManager[Session]], rng: random.Random, n: int, when: dt.datetime
) -> None:
    """The same mixed work on either file: saves in batches, code searches, an aggregate."""
    from sqlalchemy import func, select

    from dropin.models.clients import Client

    codes = insert_clients(session_factory, rng, n, when, batch=max(1, n // 20))
    with session_factory() as s:
        for code in codes[:300]:
            prefix_search(s, code[:3])
        s.execute(select(Client.gender, func.count()).group_by(Client.gender)).all()
        s.execute(select(func.count()).select_from(Client).where(Client.birth_year < 1990)).scalar()


def measure_encryption_overhead(env: BenchEnv, folder: Path) -> list[Figure]:
    from contextlib import contextmanager

    from sqlalchemy import create_engine, event
    from sqlalchemy.orm import sessionmaker

    from dropin.models import Base
    from dropin.models.database import DEFAULT_KDF_ITER, Database
    from dropin.models.stores import STORES

    n = min(env.sizes["clients"], 20_000)
    when = dt.datetime.combine(env.start, dt.time(9))
    enc_times, plain_times = [], []
    for run in range(max(1, min(env.runs, 3))):
        enc_path, plain_path = folder / f"overhead-{run}.db", folder / f"plain-{run}.db"
        enc = Database.create(enc_path, BENCH_PASSPHRASE, kdf_iter=DEFAULT_KDF_ITER)
        plain = create_engine(f"sqlite:///{plain_path}")

        @event.listens_for(plain, "connect")
        def _pragmas(dbapi_conn: Any, record: object, plain_path: Path = plain_path) -> None:
            dbapi_conn.isolation_level = None
            for pragma in ("busy_timeout = 15000", "foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL"):
                dbapi_conn.execute(f"PRAGMA {pragma}")
            for store in STORES:  # the same layout: the stores as attached files
                dbapi_conn.execute(f"ATTACH DATABASE ? AS {store}", (f"{plain_path}.{store}",))

        @event.listens_for(plain, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        Base.metadata.create_all(plain)
        plain_sessions = sessionmaker(plain, expire_on_commit=False)

        @contextmanager
        def plain_tx(sessions: sessionmaker[Session] = plain_sessions) -> Iterator[Session]:
            with sessions() as s, s.begin():
                yield s

        try:
            with enc.session() as s:  # key derivation is the unlock figure, not part of this workload
                s.connection()
            t0 = time.perf_counter()
            _workload(enc.session, random.Random(run), n, when)
            enc_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            _workload(plain_tx, random.Random(run), n, when)
            plain_times.append(time.perf_counter() - t0)
        finally:
            enc.close()
            plain.dispose()
    ratio = statistics.median(enc_times) / statistics.median(plain_times)
    return [
        Figure(
            "encryption_overhead",
            translate("Bench", "Encryption overhead (same work, plain SQLite)"),
            ratio,
            unit="x",
            target=1.3,
            note=translate("Bench", "{n} saves, 300 searches").format(n=n),
        ).judge()
    ]
