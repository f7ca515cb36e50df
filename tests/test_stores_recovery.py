"""The recovery key: shown once at creation, and with it a manager account gets a new password and every store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dropin.context import ServiceContext, system_user
from dropin.errors import ValidationError
from dropin.models.database import Database
from dropin.models.stores import STORES
from dropin.security.auth import AuthService, UserService
from dropin.security.keyslots import new_recovery_key, normalise_recovery_key
from dropin.security.roles import Role
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER
from tests.stores_helpers import fill

ROOT = Path(__file__).resolve().parent.parent


def test_recovery_key_is_groups_a_person_can_copy():
    key = new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    assert not set(key) & set("01IO")  # nothing to confuse on paper
    assert normalise_recovery_key(key.lower().replace("-", " ")) == key


def test_the_recovery_key_gives_a_manager_back_every_store(db, users, ctx_for, db_path):
    recovery = db.new_recovery_key
    assert recovery
    fill(ctx_for(Role.SOCIAL_WORKER))
    db.close()
    db = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        service = UserService(ServiceContext(db, system_user()))
        with pytest.raises(ValidationError):
            service.recover_stores(new_recovery_key(), "manager", "brand-new-password")
        with pytest.raises(ValidationError):
            service.recover_stores(recovery, Role.FRONT_DESK.value, "brand-new-password")
        assert service.recover_stores(recovery.lower(), "manager", "brand-new-password") == set(STORES)
        AuthService(db).login("manager", "brand-new-password")
        assert db.held_stores == set(STORES)
    finally:
        db.close()


def test_init_shows_the_recovery_key_and_users_recover_uses_it(tmp_path):
    path = tmp_path / "centre.db"
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        DROPIN_PASSPHRASE="a long and unusual passphrase 7",
        DROPIN_ADMIN_PASSWORD=PASSWORD,
        DROPIN_KDF_ITER=str(TEST_KDF_ITER),
    )
    out = subprocess.run(
        [sys.executable, "-m", "dropin", "init", "--db", str(path), "--admin", "boss"],
        env=env, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    line = next(x for x in out.stdout.splitlines() if x.startswith("Recovery key: "))
    key = line.removeprefix("Recovery key: ")
    assert len(key) == 47 and "lock it away" in out.stdout
    env.update(DROPIN_RECOVERY_KEY=key, DROPIN_NEW_PASSWORD="a-new-password-9")
    done = subprocess.run(
        [sys.executable, "-m", "dropin", "users", "recover", "--db", str(path), "--user", "boss"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    db = Database.open(path, env["DROPIN_PASSPHRASE"], kdf_iter=TEST_KDF_ITER)
    try:
        AuthService(db).login("boss", "a-new-password-9")
        assert db.held_stores == set(STORES)
    finally:
        db.close()
