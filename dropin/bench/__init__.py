"""``dropin bench``: build a synthetic busy centre in an encrypted database and time what staff wait for.

Figures (median of several runs), each printed on one line with its target and
PASS/MISS, or as JSON with ``--json``:

- database unlock (key derivation at the production ``kdf_iter``), client-code
  search, bulk build time, encryption overhead (the same workload on a plain
  SQLite file), peak memory (the bench process's peak resident size over the whole run, the build
  included), cold start of the GUI to the unlock screen;
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

This module holds what the bench's parts and the areas' ``bench`` modules share (:class:`BenchEnv`,
:class:`Figure`, the scales); :mod:`.centre` builds the synthetic centre, :mod:`.storage`, :mod:`.actions`
and :mod:`.program` take the figures, :mod:`.command` is the ``dropin bench`` command.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dropin import areas as registry
from dropin.i18n import translate

if TYPE_CHECKING:
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
        value = format_value(self.value, self.unit)
        target = f"target < {format_value(self.target, self.unit)}" if self.target is not None else ""
        text = f"{self.label:<44} {value:>12}  {target:<18} {self.status if self.target is not None else ''}"
        return (text.rstrip() + (f"  ({self.note})" if self.note else "")).rstrip()


def format_value(value: float | None, unit: str) -> str:
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
