"""The visits' summary rows (``dropin/models/rollups.py``) are always exactly what the records give.

They are kept by triggers: after visits, lines, voids, corrections of day, channel, client and band, added
services and back-dated entries, and a client's change of gender, each table must hold the rows a recount
from the records gives, and the report must print from them the figures it prints from the records.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from dropin.clients.service import ClientInput, ClientService
from dropin.clock import FixedClock
from dropin.context import ServiceContext
from dropin.models.clients import Client
from dropin.models.database import Database
from dropin.models.visits import Visit, VisitLine
from dropin.security.roles import Role
from dropin.visits import indicators
from dropin.visits.service import ServiceGiven, VisitInput, VisitService
from tests.conftest import PASSPHRASE, TEST_KDF_ITER

pytestmark = pytest.mark.both_engines

#: each summary table's rows as a recount from the records gives them (both engines)
RECOUNT = {
    "visit_day_services": """SELECT v.visit_date, l.service_id, count(*), sum(l.quantity) FROM visits v
        JOIN visit_services l ON l.visit_id = v.id AND l.voided_at IS NULL WHERE v.voided_at IS NULL
        GROUP BY v.visit_date, l.service_id""",
    "visit_day_channels": """SELECT visit_date, channel, count(*), sum(CASE WHEN client_id IS NULL THEN 1 ELSE 0 END)
        FROM visits WHERE voided_at IS NULL GROUP BY visit_date, channel""",
    "visit_client_years": """SELECT x.y, x.client_id, x.band, c.gender, x.first_on, x.n FROM (SELECT
        CAST(substr(CAST(visit_date AS TEXT), 1, 4) AS INTEGER) AS y, client_id, coalesce(age_band, '') AS band,
        min(visit_date) AS first_on, count(*) AS n FROM visits WHERE voided_at IS NULL AND client_id IS NOT NULL
        GROUP BY 1, 2, 3) x JOIN clients c ON c.id = x.client_id""",
    "visit_client_services": """SELECT CAST(substr(CAST(v.visit_date AS TEXT), 1, 4) AS INTEGER), v.client_id,
        l.service_id, min(v.visit_date), count(*) FROM visits v JOIN visit_services l ON l.visit_id = v.id
        AND l.voided_at IS NULL WHERE v.voided_at IS NULL AND v.client_id IS NOT NULL GROUP BY 1, 2, 3""",
}
KEPT = {
    "visit_day_services": "SELECT day, service_id, lines, quantity FROM visit_day_services",
    "visit_day_channels": "SELECT day, channel, visits, anonymous FROM visit_day_channels",
    "visit_client_years": "SELECT year, client_id, age_band, gender, first_on, visits FROM visit_client_years",
    "visit_client_services": "SELECT year, client_id, service_id, first_on, lines FROM visit_client_services",
}


def differences(db) -> dict[str, tuple[set, set]]:
    """Per table, the rows only the summary holds and the rows only the recount gives (empty when exact)."""
    out = {}
    with db.session() as s:
        for table, recount in RECOUNT.items():
            kept = {tuple(str(v) for v in row) for row in s.execute(text(KEPT[table]))}
            want = {tuple(str(v) for v in row) for row in s.execute(text(recount))}
            if kept != want:
                out[table] = (kept - want, want - kept)
    return out


def add_client(ctx, code: str, **values) -> int:
    with ctx.transaction() as s:
        client = Client(code=code, **values)
        s.add(client)
        s.flush()
        return client.id


def _busy_weeks(db, desk_user, clock) -> dict[str, int]:
    """Visits over two years: new ones, added services, voids, corrections and back-dated entries."""
    desk = ServiceContext(db, desk_user, clock)
    visits = VisitService(desk)
    a = add_client(desk, "ROLLA1990F", birth_year=1990, gender="female")
    b = add_client(desk, "ROLLB2001M", birth_year=2001, gender="male")
    c = add_client(desk, "ROLLC1985X", age_band="35-44")
    ids: dict[str, int] = {}
    for days_back, who, name in ((420, a, "last_year"), (30, a, "a_month_ago"), (9, b, "b_week"), (2, c, "c")):
        back = ServiceContext(db, desk_user, FixedClock(clock.now() - dt.timedelta(days=days_back)))
        ids[name] = (
            VisitService(back)
            .record(VisitInput(who, "walk_in", (ServiceGiven("male_condoms", 5), ServiceGiven("shower"))))
            .id
        )
    ids["today_a"] = visits.record(VisitInput(a, "phone", (ServiceGiven("male_condoms", 3),))).id
    ids["anon"] = visits.record(VisitInput(None, "walk_in", (ServiceGiven("shower"),), anonymous=True)).id
    visits.add_services(ids["today_a"], (ServiceGiven("male_condoms", 4), ServiceGiven("lubricant", 2)))
    ids["mistake"] = visits.record(VisitInput(b, "online", (ServiceGiven("male_condoms", 9),))).id
    VisitService(ServiceContext(db, desk_user, clock)).void(ids["mistake"], "Wrong person")
    return ids | {"a": a, "b": b, "c": c}


def test_the_summaries_follow_every_kind_of_write(db, users, clock):
    ids = _busy_weeks(db, users[Role.FRONT_DESK], clock)
    assert differences(db) == {}
    manager = ServiceContext(db, users[Role.MANAGER], clock)
    with manager.transaction() as s:  # corrections as a data fix would make them
        moved = s.get(Visit, ids["c"])
        moved.visit_date, moved.channel, moved.age_band = clock.today() - dt.timedelta(days=380), "phone", None
        s.get(Visit, ids["b_week"]).client_id = ids["a"]
        line = s.query(VisitLine).filter_by(visit_id=ids["a_month_ago"]).first()
        line.quantity += 7
        gone = s.query(VisitLine).filter_by(visit_id=ids["today_a"]).first()
        manager.void(gone, "Not given")
        first = s.get(Visit, ids["last_year"])
        manager.void(first, "Entered twice")  # the first visit of its year and band: the next one becomes first
    assert differences(db) == {}
    with manager.transaction() as s:  # a void undone; the first of two visits in a year and band voided
        s.get(Visit, ids["last_year"]).voided_at = None
        manager.void(s.get(Visit, ids["a_month_ago"]), "Another day")
    assert differences(db) == {}
    ClientService(manager).update(ids["a"], ClientInput("ROLLA1990F", birth_year=1990, gender="trans_woman"))
    assert differences(db) == {}


def test_the_check_notices_a_summary_left_behind(db, users, clock, engine):
    """The comparison can fail: with the triggers switched off, one new visit is enough."""
    ids = _busy_weeks(db, users[Role.FRONT_DESK], clock)
    with db.session() as s:
        if engine == "sqlite":
            names = s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%rollup%'"))
            for (name,) in list(names):
                s.execute(text(f"DROP TRIGGER {name}"))
        else:
            for table in ("visits", "visit_services", "clients"):
                s.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
    VisitService(ServiceContext(db, users[Role.FRONT_DESK], clock)).record(
        VisitInput(ids["b"], "walk_in", (ServiceGiven("shower"),))
    )
    assert set(differences(db)) == set(RECOUNT)


def test_a_year_to_date_from_the_summaries_is_the_year_to_date_from_the_visits(db, users, clock):
    _busy_weeks(db, users[Role.FRONT_DESK], clock)
    start, end = dt.date(clock.today().year, 1, 1), clock.today() + dt.timedelta(days=1)
    with db.session() as s:
        from_summaries = indicators.compute(s, start, end)
        in_week = indicators._in_week(start, end)
        people = list(indicators._people_of_visits(s, start, end, in_week, True))
        lines = s.execute(
            text(
                "SELECT count(*), sum(l.quantity) FROM visits v JOIN visit_services l ON l.visit_id = v.id "
                "AND l.voided_at IS NULL WHERE v.voided_at IS NULL AND v.visit_date >= :s AND v.visit_date < :e"
            ),
            {"s": start, "e": end},
        ).one()
    assert from_summaries["visits.people"] == sum(n for _g, _b, n, _new in people) == 3
    assert from_summaries["visits.new_people"] == sum(int(new or 0) for *_x, new in people) == 2
    assert sum(from_summaries["visits.services"].values()) == lines[0]
    assert from_summaries["visits.male_condoms"] == 5 + 5 + 5 + 3 + 4  # the voided visit's 9 are not counted
    assert lines[1] == 22 + 4 + 2  # and the showers and the lubricant
    assert from_summaries["visits.anonymous"] == 1


REVISION = "0011_weekfast_visit_rollups"


def _back_to_before(db, revision: str) -> None:
    """Take a new database back to the revision before ``revision`` (whatever other revisions follow it)."""
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = db._alembic_config()
    before = ScriptDirectory.from_config(cfg).get_revision(revision).down_revision
    with db.engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, str(before))
    assert db.current_revisions() == {before}


def test_upgrade_fills_the_summaries_from_the_records(tmp_path, engine):
    if engine != "sqlite":
        pytest.skip("the file's upgrade from the revision before; the server's revisions run at creation")
    path = tmp_path / "old.db"
    old = Database.create(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)  # holds every store until a login
    _back_to_before(old, REVISION)
    now = dt.datetime(2026, 11, 1, 10, 0)
    stamps = "created_at, changed_at"
    with old.session() as s:
        for code, gender in (("OLD1", "female"), ("OLD2", None)):
            s.execute(
                text(f"INSERT INTO clients (code, gender, {stamps}) VALUES (:c, :g, :t, :t)"),
                {"c": code, "g": gender, "t": now},
            )
        days = (
            ("OLD1", "2025-12-30", None, "18-24"),
            ("OLD1", "2026-10-05", None, "25-34"),
            ("OLD1", "2026-10-06", now, "25-34"),
            ("OLD2", "2026-10-07", None, None),
            (None, "2026-10-07", None, None),
        )
        for code, day, voided, band in days:
            s.execute(
                text(
                    f"INSERT INTO visits (client_id, visit_date, visited_at, channel, age_band, voided_at, {stamps}) "
                    "VALUES ((SELECT id FROM clients WHERE code = :code), :d, :t, 'walk_in', :b, :v, :t, :t)"
                ),
                {"code": code, "d": day, "t": now, "v": voided, "b": band},
            )
        s.execute(
            text(
                f"INSERT INTO visit_services (visit_id, service_id, quantity, voided_at, {stamps}) "
                "SELECT v.id, i.id, 2, CASE WHEN v.visit_date = '2026-10-07' AND i.code = 'shower' THEN :t END, :t, :t "
                "FROM visits v, service_items i WHERE i.code IN ('male_condoms', 'shower')"
            ),
            {"t": now},
        )
    old.close()

    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        assert differences(db) == {}
        with db.session() as s:
            assert s.execute(text("SELECT count(*) FROM visit_client_years")).scalar() == 3
            assert s.execute(text("SELECT sum(visits), sum(anonymous) FROM visit_day_channels")).one() == (4, 1)
            triggers = s.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).scalar()
            assert triggers >= 7
        with db.session() as s:  # and kept from then on
            s.execute(text("UPDATE visits SET voided_at = NULL WHERE visit_date = '2026-10-06'"))
        assert differences(db) == {}
    finally:
        db.close()


def test_every_trigger_is_there_at_the_head(db, engine):
    """A later revision that rebuilds one of the tables must create its triggers again."""
    with db.session() as s:
        if engine == "sqlite":
            found = s.execute(text("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")).all()
            tables = [table for table, name in found if "rollup" in name]
            assert sorted(tables) == ["clients"] + ["visit_services"] * 3 + ["visits"] * 3
        else:
            found = s.execute(text("SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname LIKE '%rollup%'"))
            assert sorted(row[0] for row in found) == ["clients", "visit_services", "visits"]


def test_on_demo_weeks_the_summaries_give_the_figures_of_the_records(tmp_path, engine, monkeypatch):
    """Every figure of a year to date and of a whole year read from the summaries, and again from the records."""
    if engine != "sqlite":
        pytest.skip("the demo centre is built on the file")
    from dropin.demo import DEMO_ACCOUNTS, DEMO_PASSPHRASE, DEMO_PASSWORD, build_demo
    from dropin.reports import reach
    from dropin.security.auth import AuthService

    today = dt.date(2026, 11, 25)
    build_demo(tmp_path / "demo.db", weeks=60, seed=8, kdf_iter=TEST_KDF_ITER, today=today)
    db = Database.open(tmp_path / "demo.db", DEMO_PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        AuthService(db).login(DEMO_ACCOUNTS[Role.MANAGER], DEMO_PASSWORD)  # people reached read the health store
        assert differences(db) == {}
        periods = [
            (dt.date(2026, 1, 1), dt.date(2026, 11, 23)),  # a year to date
            (dt.date(2025, 1, 1), dt.date(2026, 1, 1)),  # a year
            (dt.date(2026, 7, 1), dt.date(2026, 10, 1)),  # a quarter: genders from the clients' years
            (dt.date(2025, 12, 29), dt.date(2026, 1, 5)),  # a week across the new year: genders from the clients
        ]
        with db.session() as s:
            kept = [(indicators.compute(s, a, b), reach.compute(s, a, b)) for a, b in periods]
        monkeypatch.setattr(indicators, "from_new_year", lambda start, end: False)
        monkeypatch.setattr(reach, "from_new_year", lambda start, end: False)
        monkeypatch.setattr(indicators, "within_a_year", lambda start, end: False)
        with db.session() as s:
            recounted = [(indicators.compute(s, a, b), reach.compute(s, a, b)) for a, b in periods]
        assert kept == recounted
        assert all(v["visits.people"] > 5 for v, _r in kept)  # real figures were compared
        assert all(r["reach.package"] for _v, r in kept[:2])
    finally:
        db.close()
