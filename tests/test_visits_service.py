"""Visits: recording, voiding, catalogue retirement, roles, weekly indicators, demo data."""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest
from sqlalchemy import func, select

from dropin.clients.referrals import ReferralService
from dropin.errors import PermissionDenied, ValidationError
from dropin.models.clients import Client
from dropin.models.security import AuditEntry
from dropin.models.visits import ServiceItem, Visit, VisitLine
from dropin.reports.definitions import VISITS
from dropin.security.roles import Role
from dropin.visits import indicators
from dropin.visits.service import CatalogueService, ServiceGiven, VisitInput, VisitService

pytestmark = pytest.mark.both_engines


def add_client(ctx, code, **values):
    with ctx.transaction() as s:
        client = Client(code=code, **values)
        s.add(client)
        s.flush()
        return client.id


def test_record_and_void_a_visit(ctx_for, db, clock):
    desk = ctx_for(Role.FRONT_DESK)
    cid = add_client(desk, "MAIV1990F", birth_year=1990)
    dest = ReferralService(ctx_for(Role.MANAGER)).add("AIDS centre", "aids_centre")
    service = VisitService(desk)
    row = service.record(
        VisitInput(
            cid,
            "walk_in",
            (ServiceGiven("shower"), ServiceGiven("male_condoms", 12), ServiceGiven("referral", 1, dest.id)),
            "note",
        )
    )
    assert row.code == "MAIV1990F"
    assert row.services == "Shower, Male condoms × 12, Referral: AIDS centre"
    anon = service.record(VisitInput(None, "phone", (ServiceGiven("legal_advice"),), anonymous=True))
    today = service.today()
    assert [r.id for r in today] == [anon.id, row.id]
    with db.session() as s:
        visit = s.get(Visit, row.id)
        assert (visit.visit_date, visit.age_band, visit.created_by_id) == (clock.today(), "35-44", desk.user.id)
        assert s.scalar(select(func.count(VisitLine.id)).where(VisitLine.visit_id == row.id)) == 3

    with pytest.raises(ValidationError):
        service.void(row.id, "  ")
    service.void(row.id, "Entered by mistake")
    with pytest.raises(ValidationError):
        service.void(row.id, "again")
    rows = {r.id: r for r in service.today()}
    assert rows[row.id].voided and rows[row.id].void_reason == "Entered by mistake"
    assert [r.id for r in service.today(include_voided=False)] == [anon.id]
    with db.session() as s:
        assert s.scalar(select(func.count(VisitLine.id)).where(VisitLine.voided_at.is_(None))) == 1
        assert s.scalar(select(func.count(Visit.id))) == 2  # nothing deleted
        voids = s.scalars(select(AuditEntry.entity).where(AuditEntry.action == "void")).all()
    assert sorted(voids) == ["visit_services"] * 3 + ["visits"]


def test_visit_validation(ctx_for):
    desk = ctx_for(Role.FRONT_DESK)
    cid = add_client(desk, "MAIV1990F")
    service = VisitService(desk)
    cases = [
        (VisitInput(None, "walk_in"), "code"),
        (VisitInput(cid, "walk_in", anonymous=True), "code"),
        (VisitInput(cid, "telepathy"), "channel"),
        (VisitInput(cid, "walk_in", (ServiceGiven("male_condoms", 0),)), "quantity"),
        (VisitInput(cid, "walk_in", (ServiceGiven("referral"),)), "destination"),
        (VisitInput(cid, "walk_in", (ServiceGiven("shower"), ServiceGiven("shower"))), "services"),
        (VisitInput(cid, "walk_in", (ServiceGiven("no_such"),)), "services"),
    ]
    for data, field in cases:
        with pytest.raises(ValidationError) as info:
            service.record(data)
        assert info.value.field == field, data
    assert service.today() == []


def test_catalogue_retirement_keeps_old_visits(ctx_for):
    manager = CatalogueService(ctx_for(Role.MANAGER))
    items = {i.code: i for i in manager.items()}
    assert len(items) == 18 and {"shower", "male_condoms", "referral", "violence_report"} <= set(items)
    desk_ctx = ctx_for(Role.FRONT_DESK)
    cid = add_client(desk_ctx, "MAIV1990F")
    visits = VisitService(desk_ctx)
    old = visits.record(VisitInput(cid, "walk_in", (ServiceGiven("internet"),)))
    manager.retire(items["internet"].id)
    assert "internet" not in {i.code for i in CatalogueService(desk_ctx).items()}
    assert {i.code: i.active for i in manager.items(include_retired=True)}["internet"] is False
    with pytest.raises(ValidationError):
        visits.record(VisitInput(cid, "walk_in", (ServiceGiven("internet"),)))
    assert visits.today()[0].services == "Internet" and visits.today()[0].id == old.id
    added = manager.add("hair_cut", "Hair cut", "basic")
    assert added.sort_order > items["referral"].sort_order
    with pytest.raises(ValidationError):
        manager.add("hair_cut", "Again", "basic")
    with pytest.raises(ValidationError):
        manager.add("Bad Code", "x", "basic")
    manager.edit(added.id, "Haircut", "basic", has_quantity=False, needs_destination=False)
    manager.set_active(items["internet"].id, True)
    assert {"hair_cut", "internet"} <= {i.code for i in CatalogueService(desk_ctx).items()}


def test_role_visibility(ctx_for):
    manager = ctx_for(Role.MANAGER)
    cid = add_client(manager, "MAIV1990F")
    row = VisitService(manager).record(VisitInput(cid, "walk_in"))
    facilitator = VisitService(ctx_for(Role.FACILITATOR))
    for call in (
        lambda: facilitator.record(VisitInput(cid, "walk_in")),
        facilitator.today,
        lambda: facilitator.void(row.id, "x"),
        lambda: facilitator.list_visits(0, 10),
        lambda: facilitator.client_history(cid),
    ):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(PermissionDenied):
        CatalogueService(ctx_for(Role.FACILITATOR)).items()
    desk_catalogue = CatalogueService(ctx_for(Role.FRONT_DESK))
    item = desk_catalogue.items()[0]
    for call in (
        lambda: desk_catalogue.add("x_y", "X", "basic"),
        lambda: desk_catalogue.retire(item.id),
        lambda: desk_catalogue.edit(item.id, "X", "basic", has_quantity=False, needs_destination=False),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_weekly_indicators_from_constructed_figures(ctx_for, db, clock):
    ctx = ctx_for(Role.FRONT_DESK)
    start = dt.date(2026, 11, 16)
    end = start + dt.timedelta(days=7)
    a = add_client(ctx, "AAAA1990F", gender="female", birth_year=1990)  # 36: 35-44
    b = add_client(ctx, "BBBB2000T", gender="trans_woman", birth_year=2000)  # 26: 25-34
    c = add_client(ctx, "CCCC0000X")  # no gender, no year
    d = add_client(ctx, "DDDD1960F", gender="female", age_band="55+")
    service = VisitService(ctx)

    def visit(day, client, channel="walk_in", services=(), void=False):
        clock.set(dt.datetime.combine(day, dt.time(11, 0)))
        row = service.record(VisitInput(client, channel, services, anonymous=client is None))
        if void:
            service.void(row.id, "mistake")

    visit(start - dt.timedelta(days=3), a)  # before the week: a is not new
    visit(start, a, services=(ServiceGiven("male_condoms", 10), ServiceGiven("shower")))
    visit(start + dt.timedelta(days=1), a, "phone", (ServiceGiven("male_condoms", 5), ServiceGiven("lubricant", 3)))
    visit(start + dt.timedelta(days=2), b, "outreach", (ServiceGiven("female_condoms", 2), ServiceGiven("shower")))
    visit(start + dt.timedelta(days=2), c, services=(ServiceGiven("meal"),))
    visit(start + dt.timedelta(days=3), None, "walk_in", (ServiceGiven("male_condoms", 20),))
    visit(start + dt.timedelta(days=3), None, "online")
    visit(start + dt.timedelta(days=4), d, services=(ServiceGiven("male_condoms", 100),), void=True)
    visit(end, d, services=(ServiceGiven("male_condoms", 7),))  # next week

    with db.session() as s:
        result = indicators.compute(s, start, end)
    assert set(result) == {i.key for i in VISITS.indicators}
    assert result["visits.contacts"] == 6
    assert result["visits.people"] == 3
    assert result["visits.new_people"] == 2  # b and c; a came earlier, d's only visit in the week is void
    assert result["visits.anonymous"] == 2
    assert result["visits.by_channel"] == {"walk_in": 3, "phone": 1, "online": 1, "outreach": 1, "accompanied": 0}
    assert result["visits.by_gender"] == {
        "female": 1,
        "male": 0,
        "trans_woman": 1,
        "trans_man": 0,
        "non_binary": 0,
        "other": 0,
        "not_stated": 1,
    }
    assert result["visits.by_age_band"] == {"18-24": 0, "25-34": 1, "35-44": 1, "45-54": 0, "55+": 0, "not_stated": 1}
    services = result["visits.services"]
    assert (
        services["male_condoms"],
        services["shower"],
        services["meal"],
        services["lubricant"],
        services["legal_advice"],
    ) == (3, 2, 1, 1, 0)
    assert (result["visits.male_condoms"], result["visits.female_condoms"], result["visits.lubricant"]) == (35, 2, 3)

    if db.kind == "server":
        return  # the query plan below is SQLite's
    with db.engine.connect() as conn:
        plan = " ".join(
            str(r[-1])
            for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM visits WHERE visit_date >= '2026-11-16' "
                "AND visit_date < '2026-11-23' AND voided_at IS NULL"
            )
        )
    assert "ix_visits_visit_date" in plan


def test_demo_generates_a_realistic_pattern(ctx_for, users, db, clock):
    from dropin.clients.demo import generate

    began = time.perf_counter()
    end = clock.today()
    counts = generate(ctx_for(Role.MANAGER), random.Random(3), end - dt.timedelta(weeks=4), end, users=users)
    elapsed = time.perf_counter() - began
    assert counts["visits"] > 28 * 8 and counts["clients"] > 100
    assert elapsed < 10
    with db.session() as s:
        per_day = s.execute(select(Visit.visit_date, func.count(Visit.id)).group_by(Visit.visit_date)).all()
        returning = s.scalar(
            select(func.count()).select_from(
                select(Visit.client_id)
                .where(Visit.client_id.is_not(None))
                .group_by(Visit.client_id)
                .having(func.count(Visit.id) > 1)
                .subquery()
            )
        )
        assert s.scalar(select(func.count(ServiceItem.id))) == 18
    weekday_counts = [n for day, n in per_day if day.weekday() < 5 and day < end]
    assert 6 <= sum(weekday_counts) / len(weekday_counts) <= 45
    assert returning > 50


def test_someone_whose_only_earlier_visit_was_voided_is_new(ctx_for, db, clock):
    ctx = ctx_for(Role.FRONT_DESK)
    start = dt.date(2026, 11, 16)
    service = VisitService(ctx)
    voided, kept = add_client(ctx, "EEEE1990F"), add_client(ctx, "FFFF1990F")
    for client in (voided, kept):
        clock.set(dt.datetime.combine(start - dt.timedelta(days=10), dt.time(11, 0)))
        earlier = service.record(VisitInput(client, "walk_in", ()))
        if client == voided:
            service.void(earlier.id, "Recorded for the wrong person")
        clock.set(dt.datetime.combine(start + dt.timedelta(days=1), dt.time(11, 0)))
        service.record(VisitInput(client, "walk_in", ()))
    with db.session() as s:
        result = indicators.compute(s, start, start + dt.timedelta(days=7))
    assert (result["visits.people"], result["visits.new_people"]) == (2, 1)
