"""Areas may compute only their trend figures for the older weeks of the report: those must equal the full figures."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from dropin.demo import DEMO_PASSPHRASE, build_demo
from dropin.models.database import Database
from dropin.reports.definitions import SECTIONS
from tests.conftest import TEST_KDF_ITER

pytestmark = pytest.mark.both_engines


def test_compute_trend_matches_compute_on_demo_weeks(tmp_path):
    today = dt.date(2026, 11, 25)
    path = tmp_path / "demo.db"
    build_demo(path, weeks=4, seed=3, kdf_iter=TEST_KDF_ITER, today=today)
    db = Database.open(path, DEMO_PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    checked = 0
    try:
        with db.session() as session:
            for section in SECTIONS:
                module = importlib.import_module(section.module)
                if not hasattr(module, "compute_trend"):
                    continue
                trend_keys = {ind.key for ind in section.indicators if ind.trend}
                for back in range(1, 4):
                    monday = today - dt.timedelta(days=today.weekday(), weeks=back)
                    end = monday + dt.timedelta(days=7)
                    full = module.compute(session, monday, end)
                    partial = module.compute_trend(session, monday, end)
                    assert set(partial) == trend_keys, section.key
                    assert partial == {key: full[key] for key in trend_keys}, (section.key, monday)
                    checked += sum(1 for key in trend_keys if full[key])
    finally:
        db.close()
    assert checked > 0  # the demo weeks had activity, so the comparison compared real numbers
