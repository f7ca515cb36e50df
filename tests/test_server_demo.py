"""The demo on the centre's server: ``dropin demo --url`` fills a database that ``dropin server init`` made with
the same demo as the file's (the same records in every table for the same seed and day), and the demo accounts
log in to the server with their own logins."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from dropin.cli import main
from dropin.demo import DEMO_ACCOUNTS, DEMO_PASSPHRASE, DEMO_PASSWORD, build_demo, build_server_demo
from dropin.errors import DropinError
from dropin.models import Base
from dropin.models.database import Database
from dropin.models.server import ServerDatabase
from dropin.security.auth import AuthService
from dropin.security.roles import Role
from dropin.server.connect import staff_login
from dropin.visits.service import VisitService
from tests.conftest import TEST_KDF_ITER
from tests.test_server_roles import _drop_roles

DAY = dt.date(2026, 11, 20)
WEEKS, SEED = 3, 5


@pytest.fixture
def initialised(pg_cluster, capsys):
    """(owner's URL, staff URL) of a new database set up by ``dropin server init`` without accounts."""
    name = pg_cluster.new_database(template=None)
    try:
        assert main(["server", "init", "--url", pg_cluster.url(name)]) == 0
        capsys.readouterr()
        staff = f"postgresql:///{name}?host={pg_cluster.socket_dir}&port={pg_cluster.port}"
        yield pg_cluster.url(name), staff
    finally:
        pg_cluster.drop_database(name)
        _drop_roles(pg_cluster, name)


def _counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t.fullname: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }


def test_the_server_demo_has_the_files_records_in_every_table(initialised, tmp_path):
    url, staff = initialised
    on_server = build_server_demo(url, weeks=WEEKS, seed=SEED, today=DAY)
    on_file = build_demo(tmp_path / "demo.db", weeks=WEEKS, seed=SEED, kdf_iter=TEST_KDF_ITER, today=DAY)
    assert on_server == on_file.counts
    server = ServerDatabase.open(url)
    file = Database.open(tmp_path / "demo.db", DEMO_PASSPHRASE, TEST_KDF_ITER)
    AuthService(file).login(DEMO_ACCOUNTS[Role.MANAGER], DEMO_PASSWORD)  # the manager's login holds every store
    try:
        tables, there = _counts(file), _counts(server)
        tables["audit_log"] -= 1  # this check's own login to the file
        assert tables.pop("store_key_slots") > 0 and there.pop("store_key_slots") == 0  # keys only on the file
        assert there == tables
        assert sum(tables.values()) > 1000
        empty = sorted(name for name, count in tables.items() if not count)
        assert len(empty) < len(tables) // 4, empty  # the demo fills (nearly) every area's tables
        assert server.verify_audit().ok
    finally:
        server.close()
        file.close()
    # every demo account logs in with its own server login, and works there
    for role, username in DEMO_ACCOUNTS.items():
        db, user = staff_login(staff, username, DEMO_PASSWORD)
        try:
            assert user.role is role
            if role is Role.FRONT_DESK:
                from dropin.clock import FixedClock
                from dropin.context import ServiceContext

                ctx = ServiceContext(db, user, FixedClock(dt.datetime.combine(DAY, dt.time(19, 30))))
                assert VisitService(ctx).today(DAY)
        finally:
            db.close()


def test_demo_url_fills_the_server_once(initialised, pg_cluster, capsys):
    url, _ = initialised
    assert main(["demo", "--url", url, "--weeks", "1"]) == 0
    out = capsys.readouterr().out
    assert "Demo data written to the database" in out and "frontdesk (Front desk)" in out
    assert "visits: " in out and DEMO_PASSWORD in out and "throwaway" not in out  # no owner's password
    assert main(["demo", "--url", url, "--weeks", "1"]) == 2
    assert "already has accounts" in capsys.readouterr().err
    # a database without the server's roles is refused: its accounts could not log in
    bare = pg_cluster.new_database()
    try:
        with pytest.raises(DropinError, match="dropin server init"):
            build_server_demo(pg_cluster.url(bare), weeks=1)
    finally:
        pg_cluster.drop_database(bare)
