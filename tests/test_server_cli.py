"""The server from the command line: a missing server fails CI instead of skipping, the commands log in as the
staff member's own server login, and the server's connection rules."""

from __future__ import annotations

import pytest

from dropin.cli import main
from dropin.errors import DropinError
from dropin.models.server import server_url
from dropin.server import dump
from tests import pg
from tests.conftest import PASSWORD
from tests.test_server_roles import centre  # noqa: F401


def test_without_postgresql_the_tests_skip_unless_required(monkeypatch):
    monkeypatch.setattr(dump, "program_folders", lambda: [])
    monkeypatch.delenv("DROPIN_REQUIRE_POSTGRES", raising=False)
    with pytest.raises(pytest.skip.Exception):
        pg.cluster_or_skip()
    monkeypatch.setenv("DROPIN_REQUIRE_POSTGRES", "1")
    with pytest.raises(RuntimeError, match="DROPIN_REQUIRE_POSTGRES"):
        pg.cluster_or_skip()


def test_a_server_on_another_computer_needs_its_certificate_checked():
    with pytest.raises(DropinError, match="CA certificate"):
        server_url("postgresql://records.centre.example/dropin")
    with pytest.raises(DropinError, match="verify-full"):
        server_url("postgresql://records.centre.example/dropin?sslmode=require", ca_file="ca.crt")
    remote = server_url("postgresql://records.centre.example/dropin", ca_file="ca.crt")
    assert remote.query["sslmode"] == "verify-full" and remote.query["sslrootcert"] == "ca.crt"
    for local in (
        "postgresql://localhost/dropin",
        "postgresql://127.0.0.1/dropin",
        "postgresql:///dropin?host=/run/pg",
    ):
        assert "sslmode" not in server_url(local).query
    assert server_url("postgres://x@localhost/dropin").drivername == "postgresql+psycopg"


def _staff_url(centre) -> str:  # noqa: F811
    return f"postgresql:///{centre.name}?host={centre.cluster.socket_dir}&port={centre.cluster.port}"


def test_commands_log_in_as_the_staff_members_own_server_login(centre, monkeypatch, capsys, tmp_path):  # noqa: F811
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)
    assert main(["audit", "verify", "--db", _staff_url(centre), "--user", "manager"]) == 0
    assert "Audit log intact" in capsys.readouterr().out
    monkeypatch.setenv("DROPIN_USER_PASSWORD", "not-the-password")
    assert main(["audit", "verify", "--db", _staff_url(centre), "--user", "manager"]) == 2
    assert "Wrong user name or password" in capsys.readouterr().err
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)
    monkeypatch.setenv("DROPIN_BACKUP_PASSPHRASE", "the backup's own passphrase")
    out = tmp_path / "centre.backup"
    assert main(["backup", "--db", _staff_url(centre), "--user", "manager", "--out", str(out)]) == 0
    assert "Audit seal of the backup" in capsys.readouterr().out
    assert dump.read_meta(out, "the backup's own passphrase")["database"] == centre.name
    # the front desk may not back up: the app refuses (and the server would refuse the dump)
    assert main(["backup", "--db", _staff_url(centre), "--user", "front_desk", "--out", str(tmp_path / "x")]) == 2
    assert not (tmp_path / "x").exists()


def test_server_init_makes_the_first_manager_once(pg_cluster, monkeypatch, capsys):
    """``server init --manager`` on a new database makes the manager, who then logs in with their own server
    login; run again (the database has accounts now) it makes no second one and still succeeds."""
    from dropin.server.connect import staff_login
    from tests.test_server_roles import _drop_roles

    name = pg_cluster.new_database(template=None)
    monkeypatch.setenv("DROPIN_ADMIN_PASSWORD", PASSWORD)
    try:
        assert main(["server", "init", "--url", pg_cluster.url(name), "--manager", "boss"]) == 0
        assert "Created the manager account boss." in capsys.readouterr().out
        db, user = staff_login(
            f"postgresql:///{name}?host={pg_cluster.socket_dir}&port={pg_cluster.port}", "boss", PASSWORD
        )
        db.close()
        assert user.username == "boss" and user.role.value == "manager"
        assert main(["server", "init", "--url", pg_cluster.url(name), "--manager", "another"]) == 0
        out = capsys.readouterr().out
        assert "Created the manager account" not in out and "is ready" in out
    finally:
        pg_cluster.drop_database(name)
        _drop_roles(pg_cluster, name)
