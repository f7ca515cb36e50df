"""Moving a single computer's database to the server: every row of every table with its id, sequences set,
a verifiable audit chain; then the staff carry on there."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from dropin.cli import main
from dropin.clients.service import ClientInput, ClientService
from dropin.context import ServiceContext
from dropin.demo import DEMO_ACCOUNTS, DEMO_PASSPHRASE, DEMO_PASSWORD, build_demo
from dropin.errors import LoginFailed
from dropin.models import Base
from dropin.models.database import Database
from dropin.models.server import ServerDatabase
from dropin.models.stores import STORES
from dropin.security.audit import chain_table
from dropin.security.auth import AuthService
from dropin.security.roles import Role
from dropin.server.connect import staff_login
from tests.conftest import TEST_KDF_ITER


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("move") / "centre.db"
    build_demo(path, weeks=3, kdf_iter=TEST_KDF_ITER)
    return path


def _rows(db) -> dict[str, list[tuple]]:
    """Every row of every table and of every store's audit chain (an account's last login aside: the check
    logs in to the file after the move)."""
    tables = [*Base.metadata.sorted_tables, *(chain_table(store) for store in STORES)]
    with db.engine.connect() as conn:
        return {
            t.fullname: sorted(
                tuple(r)
                for r in conn.execute(
                    select(*(c for c in t.c if c.name != "last_login_at")).order_by(*t.primary_key.columns)
                )
            )
            for t in tables
        }


def test_server_import_moves_every_row_and_the_chain(pg_cluster, demo_file, monkeypatch, capsys, tmp_path):
    name = pg_cluster.new_database(template=None)
    manager = DEMO_ACCOUNTS[Role.MANAGER]
    monkeypatch.setenv("DROPIN_PASSPHRASE", DEMO_PASSPHRASE)
    monkeypatch.setenv("DROPIN_ADMIN_PASSWORD", DEMO_PASSWORD)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    try:
        code = main(["server", "import", "--from", str(demo_file), "--url", pg_cluster.url(name), "--manager", manager])
        out = capsys.readouterr()
        assert code == 0, out.err
        moved = tmp_path / "moved"  # the file as it was moved; this check's own login changes only the copy
        moved.mkdir()
        for part in demo_file.parent.glob(demo_file.name + "*"):
            shutil.copy2(part, moved / part.name)
        source = Database.open(moved / demo_file.name, DEMO_PASSPHRASE, TEST_KDF_ITER)
        AuthService(source).login(manager, DEMO_PASSWORD)  # every store of the file
        target = ServerDatabase.open(pg_cluster.url(name))
        try:
            before, after = _rows(source), _rows(target)
            assert before["audit_log"][-1][4] == "login"  # the copy's login, after the move
            before["audit_log"].pop()
            assert sum(map(len, before.values())) > 1000
            for table in before:
                assert after[table] == before[table], table
            assert len(before["health.hts_tests"]) > 10 and len(before["casework.audit_log"]) > 0
            assert target.verify_audit().ok
            assert all(report.ok for report in target.verify_store_audits().values())
            assert f"{len(before['audit_log'])}:" in out.out
        finally:
            source.close()
            target.close()
        # the manager logs in with the same password; the others wait for a reset
        db, user = staff_login(pg_cluster.url(name), manager, DEMO_PASSWORD)
        try:
            with pytest.raises(LoginFailed):
                staff_login(pg_cluster.url(name), DEMO_ACCOUNTS[Role.FRONT_DESK], DEMO_PASSWORD)
            assert DEMO_ACCOUNTS[Role.FRONT_DESK] in out.out
            highest = max(r[0] for r in before["clients"])
            new = ClientService(ServiceContext(db, user)).register(ClientInput(code="QQQQ1999F"))
            assert new.id == highest + 1  # the sequence continues after the imported ids
            assert db.verify_audit().ok
        finally:
            db.close()
        # a second import into the same database is refused, and changes nothing
        again = ["server", "import", "--from", str(demo_file), "--url", pg_cluster.url(name)]
        assert main(again) == 2
        assert "--manager" in capsys.readouterr().err  # only a manager's login opens every store
        assert main([*again, "--manager", manager]) == 2
        assert "already holds" in capsys.readouterr().err
    finally:
        pg_cluster.drop_database(name)
        with pg_cluster.connect() as conn:
            for (role,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (name + "\\_%",)
            ).fetchall():
                conn.execute(f'DROP ROLE "{role}"')
