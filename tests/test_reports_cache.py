"""Figures shared between sections inside one report are the figures each section computes on its own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from dropin.clock import FixedClock
from dropin.context import ServiceContext, system_user
from dropin.demo import DEMO_ACCOUNTS, DEMO_PASSPHRASE, DEMO_PASSWORD, build_demo
from dropin.models.database import Database
from dropin.reports import cache
from dropin.reports import periods as per
from dropin.reports.service import ReportService
from dropin.reports.weeks import Week
from dropin.security.auth import AuthService
from dropin.security.roles import Role
from tests.conftest import TEST_KDF_ITER

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("cache") / "demo.db"
    build_demo(path, weeks=10, seed=6, kdf_iter=TEST_KDF_ITER, today=TODAY)
    db = Database.open(path, DEMO_PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    AuthService(db).login(DEMO_ACCOUNTS[Role.MANAGER], DEMO_PASSWORD)  # the reports read every store
    yield db
    db.close()


def _figures(db, service, period, shared: bool) -> tuple[list, int]:
    statements = []

    def count(*_args) -> None:
        statements.append(1)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.session() as session:
            if shared:
                with cache.kept(session):
                    return _all(service, session, period), len(statements)
            return _all(service, session, period), len(statements)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def _all(service, session, period) -> list:
    modules = {section.key: service._module(section) for section in service.sections}
    full = [period, period.previous()] + ([per.year_to_date(period)] if per.year_to_date(period) else [])
    trend = [p for p in per.trend_periods(period) if p not in full]
    return [service._compute(session, modules, p) for p in full] + [service._compute_trend(session, modules, trend)]


@pytest.mark.parametrize("period", [Week.containing(TODAY).previous(), per.Quarter(2026, 3), Week.containing(TODAY)])
def test_people_reached_start_from_the_visitors_counted_and_give_the_same_figures(demo, period):
    service = ReportService(ServiceContext(demo, system_user(), FixedClock(dt.datetime(2026, 11, 25, 12))))
    alone, asked_alone = _figures(demo, service, period, shared=False)
    shared, asked_shared = _figures(demo, service, period, shared=True)
    assert shared == alone
    assert alone[0]["reach"]["reach.people"] > 0 and alone[0]["visits"]["visits.people"] > 0
    assert asked_shared < asked_alone  # the visitors were not counted a second time


def test_the_cache_lives_only_inside_its_block(demo):
    with demo.session() as session:
        cache.put(session, cache.visitors(TODAY, TODAY), 5)
        assert cache.get(session, cache.visitors(TODAY, TODAY)) is None  # no report open: nothing kept
        with cache.kept(session):
            cache.put(session, cache.visitors(TODAY, TODAY), 5)
            assert cache.get(session, cache.visitors(TODAY, TODAY)) == 5
        assert cache.get(session, cache.visitors(TODAY, TODAY)) is None
