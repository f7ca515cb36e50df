"""SQLite keeps no foreign key across the stores' files: `dropin check`, with a login, checks every store it
holds (pages, structure, its audit chain) and names the rows of a store whose record in the main file is
missing."""

from __future__ import annotations

import pytest

from dropin.cli import main
from dropin.models.database import Database
from dropin.models.stores import cross_store_keys
from dropin.security.auth import AuthService
from dropin.security.roles import Role
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER
from tests.stores_helpers import fill


@pytest.fixture
def cli_env(monkeypatch):
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)
    monkeypatch.delenv("DROPIN_USER", raising=False)


@pytest.fixture
def filled(db, users, ctx_for):
    ids = fill(ctx_for(Role.SOCIAL_WORKER))
    db.close()
    return ids


def _check(db_path, *extra: str) -> int:
    return main(["check", "--db", str(db_path), *extra])


def test_every_key_from_a_store_to_the_main_file_is_checked():
    keys = {(t.fullname, fk.parent.name) for t, fk in cross_store_keys()}
    assert ("health.hts_tests", "client_id") in keys
    assert ("casework.shelter_case_notes", "stay_id") in keys
    assert ("casework.shelter_stay_cases", "stay_id") in keys
    assert ("legal.incidents", "client_id") in keys
    assert all(name.split(".")[0] in ("health", "casework", "legal") for name, _ in keys)


def test_check_with_a_login_checks_every_store_it_holds(filled, db_path, cli_env, capsys):
    assert _check(db_path, "--user", "manager") == 0
    out = capsys.readouterr().out
    assert "Health store: audit log intact" in out and "Case-work store: audit log intact" in out
    assert "Health store: pages, structure and links: no damage found." in out
    assert "sound" in out.splitlines()[-1]


def test_check_without_a_login_says_the_stores_were_not_checked(filled, db_path, cli_env, capsys):
    assert _check(db_path) == 0
    out = capsys.readouterr().out
    assert "stores were not checked" in out and "Health store" not in out


def test_a_login_checks_only_the_stores_it_holds(filled, db_path, cli_env, capsys):
    assert _check(db_path, "--user", "social_worker") == 0
    out = capsys.readouterr().out
    assert "Case-work store: audit log intact" in out
    assert "Not checked (this login does not hold them): Health store, Legal store." in out


def test_rows_whose_main_record_is_missing_are_named(filled, db_path, cli_env, capsys):
    db = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        AuthService(db).login("manager", PASSWORD)
        with db.engine.begin() as conn:  # nothing across the files stops this
            conn.exec_driver_sql("UPDATE health.hts_tests SET client_id = 9999")
            conn.exec_driver_sql("UPDATE casework.shelter_case_notes SET stay_id = 9999")
    finally:
        db.close()
    assert _check(db_path, "--user", "manager") == 1
    out = capsys.readouterr().out
    assert "health.hts_tests.client_id: 1 record pointing at a record that is missing." in out
    assert "casework.shelter_case_notes.stay_id" in out
    assert "damaged" in out.splitlines()[-1]
