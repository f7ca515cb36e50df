"""The bench's raw-SQL baseline computes exactly the report's figures: checked number by number on demo data."""

from __future__ import annotations

import datetime as dt

import pytest

from dropin.clock import FixedClock
from dropin.context import ServiceContext, system_user
from dropin.demo import DEMO_ACCOUNTS, DEMO_PASSPHRASE, DEMO_PASSWORD, build_demo
from dropin.models.database import Database
from dropin.reports import baseline
from dropin.reports import periods as per
from dropin.reports.service import ReportService
from dropin.reports.weeks import Week
from dropin.security.auth import AuthService
from dropin.security.roles import Role
from dropin.settings import DEFAULTS, set_setting
from tests.conftest import TEST_KDF_ITER

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("baseline") / "demo.db"
    build_demo(path, weeks=16, seed=5, kdf_iter=TEST_KDF_ITER, today=TODAY)
    db = Database.open(path, DEMO_PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    AuthService(db).login(DEMO_ACCOUNTS[Role.MANAGER], DEMO_PASSWORD)  # the reports read every store
    yield db
    db.close()


def _nonzero(values: dict) -> dict:
    return {k: ({c: n for c, n in v.items() if n} if isinstance(v, dict) else v) for k, v in values.items()}


def differences(db, period, now: dt.datetime) -> tuple[list, int]:
    service = ReportService(ServiceContext(db, system_user(), FixedClock(now)))
    listed = baseline.report_periods(service, period)
    modules = {section.key: service._module(section) for section in service.sections}
    out, compared = [], 0
    with db.session() as session:
        got = baseline.figures(session, [bounds for _p, bounds in listed])
        trend = service._compute_trend(session, modules, [p for p, bounds in listed if not bounds[3]])
        for (p, bounds), theirs in zip(listed, got, strict=True):
            ours = service._compute(session, modules, p) if bounds[3] else trend[p]
            for section, values in ours.items():
                want, have = _nonzero(values or {}), _nonzero(theirs.get(section, {}))
                compared += sum(1 for v in want.values() if v)
                out += [
                    (p, key, want.get(key), have.get(key))
                    for key in set(want) | set(have)
                    if want.get(key) != have.get(key)
                ]
    return out, compared


@pytest.mark.parametrize(
    "period, now",
    [
        (Week.containing(TODAY).previous(), dt.datetime(2026, 11, 25, 12)),  # the bench's weekly report
        (per.Quarter(2026, 3), dt.datetime(2026, 11, 25, 12)),  # the bench's quarter report
        (Week.containing(TODAY), dt.datetime(2026, 11, 25, 12)),  # a week still running: nights up to today
        (per.Month(2026, 10), dt.datetime(2026, 11, 25, 12)),
    ],
)
def test_the_baseline_gives_the_reports_numbers(demo, period, now):
    diffs, compared = differences(demo, period, now)
    assert diffs == []
    assert compared > 100  # real numbers were compared, not empty sections


def test_the_baseline_follows_the_package_setting(demo):
    with demo.session() as s:
        set_setting(s, "prevention_package", {"service_groups": [], "hiv_test_offered": True})
    try:
        assert differences(demo, per.Month(2026, 10), dt.datetime(2026, 11, 25, 12))[0] == []
        with demo.session() as s:
            set_setting(s, "prevention_package", {"service_groups": [], "hiv_test_offered": False})
        assert differences(demo, per.Month(2026, 10), dt.datetime(2026, 11, 25, 12))[0] == []
    finally:
        with demo.session() as s:
            set_setting(s, "prevention_package", DEFAULTS["prevention_package"])
