"""``dropin bench``: build a synthetic busy centre in an encrypted database and time what staff wait for.

Figures (median of several runs), each printed on one line with its target and
PASS/MISS, or as JSON with ``--json``:

- database unlock (key derivation at the production ``kdf_iter``), client-code
  search, bulk build time, encryption overhead (the same workload on a plain
  SQLite file), peak memory, cold start of the GUI to the unlock screen;
- check-in save, overdue list, bed board and weekly report (with its raw-SQL
  baseline), which need the areas' code: they read "skipped (area not
  available)" until those areas are installed.

Areas plug in with the ``bench`` module they declare in :mod:`dropin.areas` (e.g. ``dropin/<area>/bench.py``):

    def build(env: BenchEnv) -> dict[str, int]
        # add the area's synthetic rows for env.sizes (one transaction per batch,
        # session.info["bulk"] = True), return counts by name
    def actions(env: BenchEnv) -> dict[str, Callable[[], object]]
        # zero-argument callables the bench times, by figure key:
        # "checkin", "overdue_list", "bed_board", "weekly_report", "weekly_report_raw_sql"

Without a ``bench`` module an area's ``demo.generate`` (if present) fills it
instead, at demo volume, and the weekly report falls back to each section's
``indicators.compute`` from :mod:`dropin.reports.definitions`.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import random
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import time
from argparse import Namespace
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dropin import areas as registry
from dropin.i18n import translate

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator, Sequence
    from contextlib import AbstractContextManager
    from types import ModuleType

    from sqlalchemy import Connection
    from sqlalchemy.orm import Session, sessionmaker

    from dropin.cli import AddCommand, Subparsers
    from dropin.context import CurrentUser, ServiceContext
    from dropin.security.roles import Role

#: how much of a five-year centre to build
SCALES: dict[str, dict[str, int]] = {
    "full": {
        "clients": 50_000,
        "visits": 500_000,
        "tests": 30_000,
        "stays": 5_000,
        "sessions": 2_000,
        "years": 5,
        "outreach": 15_000,
    },
    "small": {
        "clients": 2_000,
        "visits": 20_000,
        "tests": 1_200,
        "stays": 200,
        "sessions": 80,
        "years": 1,
        "outreach": 600,
    },
    # hidden, for the test suite: checks the machinery, not the timings
    "tiny": {"clients": 200, "visits": 1_000, "tests": 60, "stays": 10, "sessions": 5, "years": 1, "outreach": 30},
}
RUNS = {"full": 7, "small": 5, "tiny": 2}
# the areas (:mod:`dropin.areas`) with a ``bench`` builder or ``demo`` generator, built in this order after the clients
AREAS: tuple[str, ...] = tuple(item.key for item in registry.AREAS if item.bench or item.demo)
BENCH_PASSPHRASE = "bench passphrase: not a secret"
BENCH_PASSWORD = "bench-password"


@dataclass
class Figure:
    key: str
    label: str
    value: float | None = None
    unit: str = "s"
    #: the figure must be below this (``None``: shown for information)
    target: float | None = None
    status: str = "info"  # PASS, MISS, info, skipped
    note: str = ""

    def judge(self) -> Figure:
        if self.value is not None and self.target is not None:
            self.status = "PASS" if self.value < self.target else "MISS"
        return self

    def line(self) -> str:
        if self.status == "skipped":
            return f"{self.label:<44} {self.note}"
        value = _fmt(self.value, self.unit)
        target = f"target < {_fmt(self.target, self.unit)}" if self.target is not None else ""
        text = f"{self.label:<44} {value:>12}  {target:<18} {self.status if self.target is not None else ''}"
        return (text.rstrip() + (f"  ({self.note})" if self.note else "")).rstrip()


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:g} {unit}"


def working_copy(env: BenchEnv, folder: Path) -> Path:
    """The bench centre restored from a backup into ``folder``, with its stores: for a separate program."""
    from dropin.models.database import Database

    backup = env.db.backup(folder / "backup.db")
    copy = folder / "centre.db"
    Database.restore(backup, copy, BENCH_PASSPHRASE, kdf_iter=env.db.kdf_iter)
    backup.unlink()
    return copy


def skipped(key: str, label: str, note: str | None = None) -> Figure:
    return Figure(key, label, status="skipped", note=note or translate("Bench", "skipped (area not available)"))


@dataclass
class BenchEnv:
    """What builders and measurements share: the database, accounts, sizes and a random source."""

    scale: str
    sizes: dict[str, int]
    path: Path
    db: Any  # dropin.models.database.Database
    users: dict[Role, CurrentUser]
    clock: Any
    rng: random.Random
    start: dt.date
    end: dt.date
    runs: int
    counts: dict[str, int] = field(default_factory=dict)
    actions: dict[str, Callable[[], Any]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    client_codes: list[str] = field(default_factory=list)
    #: (id, birth year) of every client, in insertion order
    clients: list[tuple[int, int | None]] = field(default_factory=list)
    #: shared between area builders (e.g. referral destination ids)
    shared: dict[str, Any] = field(default_factory=dict)

    def ctx(self, role: Role | None = None) -> ServiceContext:
        from dropin.context import ServiceContext
        from dropin.security.roles import Role

        return ServiceContext(self.db, self.users[role or Role.MANAGER], self.clock)


def median_time(action: Callable[[], Any], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    times = []
    for _ in range(max(1, runs)):
        t0 = time.perf_counter()
        action()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _area_module(full: str | None) -> ModuleType | None:
    """Import a module an area declares (:mod:`dropin.areas`) if it is installed, else ``None``."""
    if full is None:
        return None
    try:
        return importlib.import_module(full)
    except ModuleNotFoundError as error:
        if error.name and (full == error.name or full.startswith(error.name + ".")):
            return None
        raise


# ------------------------------------------------------------------ building
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
    hooks = _area_module(registry.area(area).bench)
    if hooks is not None and hasattr(hooks, "build"):
        counts = hooks.build(env) or {}
        if hasattr(hooks, "actions"):
            env.actions.update(hooks.actions(env) or {})
        return counts
    demo = _area_module(registry.area(area).demo)
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
    hooks = _area_module(registry.area("reports").bench)
    if hooks is not None and hasattr(hooks, "actions"):
        env.actions.update(hooks.actions(env) or {})
    return env


# -------------------------------------------------------------- measurements
def measure_unlock(env: BenchEnv) -> list[Figure]:
    from dropin.models.database import DEFAULT_KDF_ITER, Database, _raw_connect

    def unlock() -> None:
        Database.open(env.path, BENCH_PASSPHRASE, kdf_iter=DEFAULT_KDF_ITER).close()

    def derive_key() -> None:
        conn = _raw_connect(env.path, BENCH_PASSPHRASE, DEFAULT_KDF_ITER)
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


#: figures that need an area's code, by the action key an area's ``bench.actions`` provides
AREA_FIGURES = [
    ("checkin", "Check-in save", 0.05, "frontdesk"),
    ("overdue_list", "Overdue-referral list", None, "testing"),
    ("bed_board", "Bed board", None, "shelter"),
    ("outreach_save", "Outreach session save", 0.05, "outreach"),
    ("outreach_coverage", "Outreach coverage (8 weeks, all areas)", None, "outreach"),
    ("weekly_report_pdf", "Weekly report PDF", None, "reports"),
]
AREA_FIGURES.append(("advocacy_report", "Advocacy report (a year)", None, "incidents"))
for _figure in AREA_FIGURES:
    registry.area(_figure[3])  # an unknown area id fails here, at import


def measure_area_actions(env: BenchEnv) -> list[Figure]:
    figures = []
    for key, label, target, _area in AREA_FIGURES:
        action = env.actions.get(key)
        if action is None:
            figures.append(skipped(key, translate("Bench", label)))
            continue
        figures.append(
            Figure(key, translate("Bench", label), median_time(action, max(5, env.runs * 3)), target=target).judge()
        )
    return figures


def _indicator_fallback(env: BenchEnv) -> Callable[[], Any] | None:
    """The weekly figures straight from each section's ``indicators.compute`` (the report's own queries)."""
    from dropin.reports.definitions import SECTIONS

    computes = []
    for section in SECTIONS:
        module = _area_module(section.module)
        if module is not None and hasattr(module, "compute"):
            computes.append(module.compute)
    if not computes:
        return None
    week_end = env.end - dt.timedelta(days=env.end.weekday())
    week_start = week_end - dt.timedelta(days=7)

    def run() -> list[dict[str, Any]]:
        with env.db.session() as s:
            return [compute(s, week_start, week_end) for compute in computes]

    return run


def measure_weekly_report(env: BenchEnv) -> list[Figure]:
    report = env.actions.get("weekly_report")
    note = ""
    if report is None:
        report = _indicator_fallback(env)
        note = translate("Bench", "section indicators only")
    if report is None:
        return [
            skipped("weekly_report", translate("Bench", "Weekly report")),
            skipped("weekly_report_ratio", translate("Bench", "  against raw SQL")),
        ]
    runs = max(3, env.runs)
    seconds = median_time(report, runs)
    figures = [Figure("weekly_report", translate("Bench", "Weekly report"), seconds, target=0.3, note=note).judge()]
    raw = env.actions.get("weekly_report_raw_sql")
    if raw is None:
        figures.append(
            skipped(
                "weekly_report_ratio",
                translate("Bench", "  against raw SQL"),
                translate("Bench", "skipped (no raw-SQL baseline from the areas)"),
            )
        )
    else:
        figures.append(_ratio("weekly_report_ratio", seconds, raw, runs))
    quarter = env.actions.get("quarter_report")
    if quarter is not None:
        quarter_seconds = median_time(quarter, runs)
        figures.append(
            Figure("quarter_report", translate("Bench", "Quarter report"), quarter_seconds, target=1.0).judge()
        )
        if env.actions.get("quarter_report_raw_sql") is not None:
            figures.append(_ratio("quarter_report_ratio", quarter_seconds, env.actions["quarter_report_raw_sql"], runs))
    return figures


def _ratio(key: str, seconds: float, raw: Callable[[], Any], runs: int) -> Figure:
    """The report's time against hand-written SQL for exactly the same figures (both measured here)."""
    baseline = median_time(raw, runs)
    return Figure(
        key,
        translate("Bench", "  against raw SQL"),
        seconds / baseline,
        unit="x",
        target=3.0,
        note=translate("Bench", "raw SQL {t}").format(t=_fmt(baseline, "s")),
    ).judge()


COLD_START = r"""
import time
t0 = time.perf_counter()
import json, os, sys
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from dropin.ui.app import init_application, install_excepthook
from dropin.config import DEFAULT_KDF_ITER
app = init_application()
install_excepthook()
from dropin.ui.shell.controller import ShellController
controller = ShellController(Path(sys.argv[1]), DEFAULT_KDF_ITER)
controller.start()
app.processEvents()
screen = controller.unlock_screen
shown = controller.screen == "unlock" and screen is not None and screen.isVisible()
print(json.dumps({"shown": shown, "what": type(screen).__name__, "inside": time.perf_counter() - t0}), flush=True)
os._exit(0)
"""


def measure_cold_start(env: BenchEnv) -> list[Figure]:
    """Process start to the real unlock screen shown (offscreen), in a fresh interpreter each run."""
    root = Path(__file__).resolve().parent.parent
    proc_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), proc_env.get("PYTHONPATH")]))
    label = translate("Bench", "GUI cold start to unlock screen")
    times = []
    for _ in range(max(3, min(env.runs, 5))):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", COLD_START, str(env.path)],
            env=proc_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            line = proc.stdout.readline() if proc.stdout else ""
            elapsed = time.perf_counter() - t0
            proc.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            line = ""
        try:
            data = json.loads(line)
        except ValueError:
            data = {}
        if not data.get("shown"):
            return [skipped("cold_start", label, translate("Bench", "skipped (the GUI could not start here)"))]
        times.append(elapsed)
    return [
        Figure(
            "cold_start",
            label,
            statistics.median(times),
            target=1.0,
            note=translate("Bench", "process start to {screen} shown").format(screen=data["what"]),
        ).judge()
    ]


def measure_gui(env: BenchEnv) -> list[Figure]:
    from dropin.ui.bench import measure_gui as gui_figures

    return gui_figures(env)


def measure_memory() -> Figure:
    label = translate("Bench", "Peak memory")
    try:
        import resource  # Unix only
    except ImportError:
        return skipped("peak_memory", label, translate("Bench", "skipped (not measurable on this system)"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    return Figure("peak_memory", label, mb, unit="MB", target=250).judge()


# ------------------------------------------------------------------- running
def run_bench(
    scale: str = "small", keep: Path | None = None, seed: int = 1, reuse: Path | None = None
) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="dropin-bench-"))
    path = keep if keep is not None else folder / "centre.db"
    env = None
    try:
        if reuse is not None:  # only the reports, on a centre kept from an earlier run: no build
            env = reuse_centre(reuse, scale, seed)
            figures = measure_area_actions(env) + measure_weekly_report(env)
            return {
                "scale": scale,
                "sizes": env.sizes,
                "counts": {},
                "areas": {},
                "kept": str(reuse),
                "figures": [asdict(f) for f in figures if f.status != "skipped"],
            }
        env, build_seconds = build_centre(path, scale, seed)
        figures = [
            Figure(
                "build",
                translate("Bench", "Bulk build of the synthetic centre"),
                build_seconds,
                note=", ".join(f"{k} {v}" for k, v in sorted(env.counts.items())),
            )
        ]
        figures += measure_unlock(env)
        figures += measure_search(env)
        figures += measure_area_actions(env)
        figures += measure_weekly_report(env)
        figures += measure_encryption_overhead(env, folder)
        from dropin.server.bench import measure_desks  # the file beside the server, four desks at once

        figures += measure_desks(env)
        figures += measure_cold_start(env)
        figures += measure_gui(env)
        figures.append(measure_memory())
        return {
            "scale": scale,
            "sizes": env.sizes,
            "counts": env.counts,
            "areas": {area: env.notes.get(area, "built") for area in AREAS},
            "kept": str(keep) if keep else None,
            "figures": [asdict(f) for f in figures],
        }
    finally:
        if env is not None:
            env.db.close()
        shutil.rmtree(folder, ignore_errors=True)


def cmd_bench(args: Namespace) -> int:
    if getattr(args, "db", None):  # ``dropin --db PATH bench``: the bench never touches a real database
        from dropin.cli import UserError

        raise UserError(
            translate(
                "Bench",
                "dropin bench builds its own synthetic database and does not take --db; use --keep PATH to keep it.",
            )
        )
    keep = Path(args.keep).expanduser() if args.keep else None
    reuse = Path(args.reuse).expanduser() if args.reuse else None
    if reuse is not None and (keep is not None or not reuse.is_file()):
        from dropin.cli import UserError

        raise UserError(
            translate("Bench", "--reuse needs a database file kept by an earlier run with --keep, and no --keep.")
        )
    result = run_bench(args.scale, keep, reuse=reuse)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(
        translate("Bench", "dropin bench, scale {scale}: {sizes}").format(
            scale=result["scale"], sizes=", ".join(f"{k} {v}" for k, v in result["sizes"].items())
        )
    )
    for area, note in result["areas"].items():
        if note != "built":
            print(f"  {area}: {note}")
    for data in result["figures"]:
        print(Figure(**data).line())
    if keep:
        print(
            translate("Bench", "The database was kept at {path} (passphrase: {p}).").format(
                path=keep, p=BENCH_PASSPHRASE
            )
        )
    return 0


class _Offered(tuple[str, ...]):
    """The scales offered on the command line; any of :data:`SCALES` is accepted."""

    def __contains__(self, value: object) -> bool:
        return value in SCALES


def register(subparsers: Subparsers[argparse.ArgumentParser], command: AddCommand) -> None:
    # not ``command(...)``: that adds --db, which the bench would ignore
    p = subparsers.add_parser(
        "bench", help=translate("Bench", "time the database and screens on a synthetic busy centre")
    )
    p.set_defaults(func=cmd_bench)
    # "tiny" is accepted but never listed (help or error): it only exists for the test suite
    p.add_argument(
        "--scale",
        choices=_Offered(("small", "full")),
        default="small",
        metavar="{small,full}",
        help=translate("Bench", "small (about a minute) or full (five busy years)"),
    )
    p.add_argument("--json", action="store_true", help=translate("Bench", "print the figures as JSON"))
    p.add_argument("--keep", metavar="PATH", help=translate("Bench", "build the database at PATH and keep it"))
    p.add_argument(
        "--reuse",
        metavar="PATH",
        help=translate("Bench", "time only the reports, on a database kept by an earlier run with --keep"),
    )
