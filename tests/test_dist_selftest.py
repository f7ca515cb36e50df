"""``dropin selftest``: a visit recorded through the real service and read back, never in a centre's data."""

from __future__ import annotations

import pytest

from dropin.cli import main
from dropin.context import ServiceContext
from dropin.models.database import Database
from dropin.security.auth import AuthService
from dropin.visits.service import VisitService

PASS = "selftest passphrase"
ADMIN_PW = "admin-password"
KDF = 4000


@pytest.fixture(autouse=True)
def env(monkeypatch):
    from argon2 import PasswordHasher

    monkeypatch.setattr(
        "dropin.security.passwords._hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASS)
    monkeypatch.setenv("DROPIN_ADMIN_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("DROPIN_USER_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(KDF))


@pytest.fixture
def made(tmp_path, capsys):
    path = tmp_path / "centre.db"
    assert main(["init", "--db", str(path), "--admin", "boss"]) == 0
    capsys.readouterr()
    return path


def visits_in(path):
    db = Database.open(path, PASS, kdf_iter=KDF)
    try:
        ctx = ServiceContext(db, AuthService(db).login("boss", ADMIN_PW))
        return VisitService(ctx).list_visits(0, 50, include_voided=True)
    finally:
        db.close()


def one_line_error(capsys) -> str:
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dropin: "), captured.err
    return lines[0]


def test_without_db_everything_happens_in_a_temporary_database(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    assert main(["selftest"]) == 0
    out = capsys.readouterr().out
    assert "Visit 1 recorded through the front-desk service and read back." in out
    assert "Weekly summary written in English and Russian." in out
    assert out.strip().endswith("Self-test passed.")
    assert list(tmp_path.iterdir()) == []  # the temporary database and PDFs are gone


def test_with_db_the_visit_is_recorded_by_the_named_account_and_kept(made, capsys):
    assert main(["selftest", "--db", str(made), "--user", "boss"]) == 0
    assert "boss is logged in" in capsys.readouterr().out
    rows = visits_in(made)
    assert len(rows) == 1
    assert rows[0].code is None and rows[0].recorded_by == "boss"  # an anonymous walk-in, no client made up


def test_a_database_with_records_is_refused_and_left_unchanged(made, capsys):
    assert main(["selftest", "--db", str(made), "--user", "boss"]) == 0
    capsys.readouterr()
    assert main(["selftest", "--db", str(made), "--user", "boss"]) == 2
    assert "already holds records" in one_line_error(capsys)
    assert len(visits_in(made)) == 1


def test_with_db_the_account_must_be_named_and_log_in(made, capsys, monkeypatch):
    assert main(["selftest", "--db", str(made)]) == 2
    assert "--user" in one_line_error(capsys)
    monkeypatch.setenv("DROPIN_USER_PASSWORD", "not-the-password")
    assert main(["selftest", "--db", str(made), "--user", "boss"]) == 2
    assert "Wrong user name or password." in one_line_error(capsys)
    assert visits_in(made) == []


def test_a_visit_that_cannot_be_read_back_fails_the_check(made, capsys, monkeypatch):
    monkeypatch.setattr(VisitService, "today", lambda self, day=None, include_voided=True: [])
    assert main(["selftest", "--db", str(made), "--user", "boss"]) == 2
    assert "could not be read back" in one_line_error(capsys)
