"""Areas compute their trend figures for all the older periods of a report at once: those must equal the full figures."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from dropin.demo import DEMO_ACCOUNTS, DEMO_PASSPHRASE, DEMO_PASSWORD, build_demo
from dropin.models.database import Database
from dropin.reports.definitions import SECTIONS
from dropin.security.auth import AuthService
from dropin.security.roles import Role
from tests.conftest import TEST_KDF_ITER

pytestmark = pytest.mark.both_engines


def test_compute_series_matches_compute_on_demo_periods(tmp_path):
    today = dt.date(2026, 11, 25)
    path = tmp_path / "demo.db"
    build_demo(path, weeks=6, seed=3, kdf_iter=TEST_KDF_ITER, today=today)
    db = Database.open(path, DEMO_PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    AuthService(db).login(DEMO_ACCOUNTS[Role.MANAGER], DEMO_PASSWORD)  # the reports read every store
    monday = today - dt.timedelta(days=today.weekday())
    # older weeks, a month, a range, and the week still running (nights from today on are not slept yet)
    bounds = [(monday - dt.timedelta(weeks=back), monday - dt.timedelta(weeks=back - 1)) for back in range(5, 0, -1)]
    bounds += [(dt.date(2026, 10, 1), dt.date(2026, 11, 1)), (dt.date(2026, 10, 12), dt.date(2026, 11, 20))]
    bounds += [(monday, today + dt.timedelta(days=1))]
    checked = 0
    try:
        with db.session() as session:
            for section in SECTIONS:
                module = importlib.import_module(section.module)
                trend_keys = {ind.key for ind in section.indicators if ind.trend}
                got = module.compute_series(session, bounds, as_of=today)
                assert len(got) == len(bounds), section.key
                for (start, end), partial in zip(bounds, got, strict=True):
                    full = module.compute(session, start, end, as_of=today if end > today else None)
                    assert set(partial) == trend_keys, section.key
                    assert partial == {key: full[key] for key in trend_keys}, (section.key, start, end)
                    checked += sum(1 for key in trend_keys if full[key])
    finally:
        db.close()
    assert checked > 20  # the demo periods had activity, so the comparison compared real numbers


def test_new_people_are_the_same_by_either_plan(tmp_path, monkeypatch):
    from dropin.visits import indicators

    today = dt.date(2026, 11, 25)
    path = tmp_path / "demo.db"
    build_demo(path, weeks=8, seed=4, kdf_iter=TEST_KDF_ITER, today=today)
    db = Database.open(path, DEMO_PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    AuthService(db).login(DEMO_ACCOUNTS[Role.MANAGER], DEMO_PASSWORD)  # the reports read every store
    periods = [(dt.date(2026, 10, 1), dt.date(2026, 11, 1)), (dt.date(2026, 11, 9), dt.date(2026, 11, 16))]
    try:
        with db.session() as session:
            figures = {}
            for days in (0, 10**6):  # a walk through the index for every period, then a look-up per person
                monkeypatch.setattr(indicators, "LONG_PERIOD_DAYS", days)
                figures[days] = [indicators.compute(session, a, b)["visits.new_people"] for a, b in periods]
    finally:
        db.close()
    assert figures[0] == figures[10**6] and all(figures[0])
