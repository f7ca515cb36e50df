"""A server database's backup: pg_dump streamed into an encrypted file (no plain text on disk), restored into a
new database with every row and a verifying audit chain."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from dropin.cli import main
from dropin.clients.service import ClientInput, ClientService
from dropin.errors import WrongPassphrase
from dropin.models.clients import Client
from dropin.models.server import ServerDatabase
from dropin.security import custody
from dropin.security.roles import Role
from dropin.server import dump

pytestmark = pytest.mark.parametrize("engine", ["postgres"], indirect=True)
BACKUP_PASSPHRASE = "a backup passphrase of its own"


def test_a_server_backup_is_encrypted_and_restores(db, ctx_for, pg_cluster, tmp_path, monkeypatch, capsys):
    front = ctx_for(Role.FRONT_DESK)
    for code in ("SECRETCODE1990F", "OTHERCODE1985M"):
        ClientService(front).register(ClientInput(code=code, nickname="Nightingale"))
    out, seal = custody.backup(ctx_for(Role.MANAGER), tmp_path / "centre.backup", passphrase=BACKUP_PASSPHRASE)
    data = out.read_bytes()
    assert len(data) > 10_000
    for plain in (b"SECRETCODE", b"Nightingale", b"PGDMP", b"audit_log", b"SQLite format"):
        assert plain not in data
    assert not list(tmp_path.glob(".*tmp"))  # nothing left beside it
    with pytest.raises(WrongPassphrase):
        dump.read_meta(out, "not the passphrase")
    assert dump.read_meta(out, BACKUP_PASSPHRASE)["seal"] == seal.text

    name = pg_cluster.new_database(template=None)
    monkeypatch.setenv("DROPIN_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    try:
        assert main(["server", "restore", "--from", str(out), "--url", pg_cluster.url(name)]) == 0
        assert seal.text in capsys.readouterr().out
        restored = ServerDatabase.open(pg_cluster.url(name))
        try:
            with restored.session() as s:
                assert s.scalar(select(func.count(Client.id))) == 2
            report = restored.verify_audit((seal.count, seal.short))
            assert report.ok and report.sealed
        finally:
            restored.close()
        # restoring over a database that holds one is refused
        assert main(["server", "restore", "--from", str(out), "--url", pg_cluster.url(name)]) == 2
    finally:
        pg_cluster.drop_database(name)
        with pg_cluster.connect() as conn:
            for (role,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (name + "\\_%",)
            ).fetchall():
                conn.execute(f'DROP ROLE "{role}"')
