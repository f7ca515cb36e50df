"""Rotating the stores' keys after someone leaves: every store re-encrypted under a new key, the manager's slots
and a new recovery key wrapping it, every other account waiting for a one-time password; a process killed at
any step leaves the old keys or finishes the rotation at the next opening."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from dropin.context import ServiceContext, system_user
from dropin.errors import PermissionDenied, ValidationError
from dropin.models.database import Database
from dropin.models.security import StoreKeySlot
from dropin.models.stores import STORES, key_sql, store_path
from dropin.security import audit
from dropin.security.auth import AuthService, UserService
from dropin.security.roles import Role
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER
from tests.stores_helpers import MARKERS, fill

ROOT = Path(__file__).resolve().parent.parent


def _opens(path: Path, key: bytes) -> bool:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = {key_sql(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def _marked(db) -> set[str]:
    """The marker texts readable through this session (every store it holds)."""
    found = set()
    with db.engine.connect() as conn:
        for store in db.held_stores:
            for (name,) in conn.exec_driver_sql(f"SELECT name FROM {store}.sqlite_master WHERE type = 'table'"):
                for row in conn.exec_driver_sql(f'SELECT * FROM {store}."{name}"'):
                    found |= {m for m in MARKERS for value in row if isinstance(value, str) and m in value}
    return found


@pytest.fixture
def centre(db, users, ctx_for, db_path):
    """A database with health and case-work records, reopened by this program with its lock held."""
    fill(ctx_for(Role.SOCIAL_WORKER))
    db.close()
    opened = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER, exclusive=True)
    manager = AuthService(opened).login("manager", PASSWORD)
    yield opened, ServiceContext(opened, manager), users
    opened.close()


def test_rotation_re_encrypts_every_store_and_only_the_manager_keeps_a_key(centre, db_path):
    db, ctx, users = centre
    old = db.store_keys()
    before = _marked(db)
    assert before == set(MARKERS)
    result = UserService(ctx).rotate_store_keys(PASSWORD)
    new = db.store_keys()
    for store in STORES:
        assert new[store] != old[store]
        assert _opens(store_path(db_path, store), new[store])
        assert not _opens(store_path(db_path, store), old[store])  # a copy of an old key opens nothing now
        assert not Path(f"{store_path(db_path, store)}.rotating").exists()
    assert _marked(db) == before
    assert result.waiting >= 2  # the counsellor and the social worker held a store
    assert all(r.ok for r in db.verify_store_audits().values()) and db.verify_audit().ok
    waiting = {u.username for u in UserService(ctx).accounts_without_store_keys()}
    assert {Role.PEER_COUNSELLOR.value, Role.SOCIAL_WORKER.value} <= waiting and "manager" not in waiting
    with db.session() as s:
        kinds = {slot.kind for slot in s.scalars(select(StoreKeySlot))}
        assert kinds == {"account", "recovery"}
        entry = s.execute(
            select(audit.chain_table().c.action).where(audit.chain_table().c.action == "store_keys_rotated")
        )
        assert entry.first() is not None
    # the others get their keys back with a one-time password; the old recovery key opens nothing
    counsellor = users[Role.PEER_COUNSELLOR]
    assert AuthService(db).login(counsellor.username, PASSWORD) and db.held_stores == frozenset()
    AuthService(db).login("manager", PASSWORD)
    UserService(ctx).reset_password(counsellor.id, "one-time password 42")
    AuthService(db).login(counsellor.username, "one-time password 42")
    assert db.held_stores == {"health"}
    service = UserService(ServiceContext(db, system_user()))
    with pytest.raises(ValidationError):
        service.recover_stores(db.new_recovery_key or "AAAAA-AAAAA", "manager", "brand-new-password")
    assert service.recover_stores(result.recovery_key, "manager", "brand-new-password") == set(STORES)


def test_a_wrong_password_or_another_role_rotates_nothing(centre, db_path, ctx_for):
    db, ctx, users = centre
    old = db.store_keys()
    with pytest.raises(ValidationError):
        UserService(ctx).rotate_store_keys("not the password")
    with pytest.raises(PermissionDenied):
        UserService(ServiceContext(db, users[Role.SOCIAL_WORKER])).rotate_store_keys(PASSWORD)
    assert db.store_keys() == old
    assert all(_opens(store_path(db_path, s), old[s]) for s in STORES)


def test_a_new_recovery_key_replaces_the_old_one(centre):
    db, ctx, _users = centre
    first = UserService(ctx).new_recovery_key()
    second = UserService(ctx).new_recovery_key()
    service = UserService(ServiceContext(db, system_user()))
    with pytest.raises(ValidationError):
        service.recover_stores(first, "manager", "brand-new-password")
    assert service.recover_stores(second, "manager", "brand-new-password") == set(STORES)


#: a rotation in its own process, killed (SIGKILL) at one step: before its commit, or between the swaps
KILLED = r"""
import os, signal, sys
from dropin.context import ServiceContext
from dropin.models.database import Database
from dropin.security import keyslots
from dropin.security.auth import AuthService, UserService

path, passphrase, password, kdf_iter, step = sys.argv[1:6]
db = Database.open(path, passphrase, kdf_iter=int(kdf_iter), exclusive=True)
ctx = ServiceContext(db, AuthService(db).login("manager", password))
if step == "before-commit":
    keyslots.write_next = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
else:
    real = os.replace
    def replace(src, dst):
        real(src, dst)
        os.kill(os.getpid(), signal.SIGKILL)  # the first store swapped, the others not
    os.replace = replace
UserService(ctx).rotate_store_keys(password)
"""


@pytest.mark.parametrize("step", ["before-commit", "mid-swap"])
def test_a_rotation_killed_at_any_step_leaves_one_set_of_keys(centre, db_path, step):
    db, _ctx, _users = centre
    old = db.store_keys()
    before = _marked(db)
    db.close()
    run = subprocess.run(
        [sys.executable, "-c", KILLED, str(db_path), PASSPHRASE, PASSWORD, str(TEST_KDF_ITER), step],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        timeout=120,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr.decode()
    reopened = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER, exclusive=True)
    try:
        AuthService(reopened).login("manager", PASSWORD)
        keys = reopened.store_keys()
        assert set(keys) == set(STORES)
        if step == "before-commit":
            assert keys == old  # nothing changed
        else:
            assert all(keys[s] != old[s] for s in STORES)  # finished at this opening
        assert _marked(reopened) == before
        for store in STORES:
            assert not Path(f"{store_path(db_path, store)}.rotating").exists()
        with reopened.session() as s:
            assert {slot.kind for slot in s.scalars(select(StoreKeySlot))} <= {"account", "recovery"}
        assert all(r.ok for r in reopened.verify_store_audits().values())
    finally:
        reopened.close()
