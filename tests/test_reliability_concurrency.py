"""Two app instances on one database file: writes queue up, none is lost, nobody sees "database is locked".

Writes take the lock up front (``BEGIN IMMEDIATE``) and wait up to the busy
timeout, so a second window or a second computer on a shared folder simply
waits its turn; the audit chain stays one straight line.
"""

from __future__ import annotations

import random
import threading

import pytest
from sqlalchemy import func, select

from dropin.context import ServiceContext
from dropin.errors import StorageError
from dropin.models import cipher
from dropin.models.clients import Client
from dropin.models.database import Database
from dropin.models.security import AuditEntry
from dropin.security.audit import verify_chain
from dropin.security.roles import Role
from tests.conftest import PASSPHRASE, TEST_KDF_ITER
from tests.test_reliability_crash import child_env, committed_codes, start_writer


def write_clients(ctx: ServiceContext, prefix: str, actions: int, seed: int, errors: list) -> list[str]:
    rng = random.Random(seed)
    saved: list[str] = []
    try:
        for n in range(actions):
            codes = [f"{prefix}{n}-{i}" for i in range(rng.randint(1, 3))]
            with ctx.transaction() as s:
                for code in codes:
                    s.add(Client(code=code))
                # read something in the same action, as real services do
                s.scalar(select(func.count(Client.id)))
            saved.extend(codes)
            if rng.random() < 0.3:
                with ctx.transaction() as s:  # a read-only action between writes
                    s.scalar(select(Client.id).where(Client.code == codes[0]))
    except BaseException as error:  # noqa: BLE001 - the test reports anything that reaches the caller
        errors.append(error)
    return saved


def chain_and_counts(db: Database) -> tuple[bool, int, int]:
    with db.engine.connect() as conn:
        ok = verify_chain(conn).ok
    with db.session() as s:
        clients = s.scalar(select(func.count(Client.id)))
        creates = s.scalar(
            select(func.count(AuditEntry.id)).where(AuditEntry.action == "create", AuditEntry.entity == "clients")
        )
    return ok, clients, creates


def test_two_instances_in_threads_write_concurrently(db, db_path, users, clock):
    manager = users[Role.MANAGER]
    second = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        contexts = [ServiceContext(db, manager, clock), ServiceContext(second, manager, clock)]
        errors: list[BaseException] = []
        results: dict[int, list[str]] = {}

        def run(i):
            results[i] = write_clients(contexts[i % 2], f"T{i}-", 40, i, errors)

        threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors, errors
        expected = {code for codes in results.values() for code in codes}
        assert len(expected) >= 160
        for instance in (db, second):
            with instance.session() as s:
                assert set(s.scalars(select(Client.code))) == expected
        ok, clients, creates = chain_and_counts(second)
        assert ok
        assert clients == creates == len(expected)
        assert db.integrity_ok()
    finally:
        second.close()


def test_two_instances_in_processes_write_concurrently(db, db_path, users):
    """Two separate programs (as on two office computers sharing the file) plus this one."""
    manager = users[Role.MANAGER]
    writers = [
        start_writer(
            child_env(db_path, manager.id, DROPIN_CRASH_PREFIX=f"P{i}-", DROPIN_CRASH_COUNT=30, DROPIN_CRASH_SEED=i)
        )
        for i in (1, 2)
    ]
    errors: list[BaseException] = []
    here = write_clients(ServiceContext(db, manager), "H-", 30, 7, errors)
    reported = set(here)
    for proc in writers:
        output, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr
        assert "locked" not in output + stderr and "error" not in output
        assert output.splitlines()[-1] == "done"
        reported.update(committed_codes(output))
    assert not errors, errors
    with db.session() as s:
        saved = set(s.scalars(select(Client.code)))
    assert reported <= saved and len(reported) >= 90
    ok, clients, creates = chain_and_counts(db)
    assert ok and clients == creates


def test_waiting_writer_goes_through_once_the_other_commits(db, db_path, users, clock):
    manager = users[Role.MANAGER]
    other = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    holding = threading.Event()
    release = threading.Event()
    errors: list[BaseException] = []

    def long_action():
        try:
            with ServiceContext(other, manager, clock).transaction() as s:
                s.add(Client(code="SLOW"))
                s.flush()
                holding.set()
                release.wait(10)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    t = threading.Thread(target=long_action)
    t.start()
    try:
        assert holding.wait(10)
        timer = threading.Timer(0.3, release.set)
        timer.start()
        with ServiceContext(db, manager, clock).transaction() as s:  # waits for the lock, then saves
            s.add(Client(code="QUICK"))
        t.join(10)
        assert not errors
        with db.session() as s:
            assert set(s.scalars(select(Client.code))) == {"SLOW", "QUICK"}
    finally:
        release.set()
        t.join(10)
        other.close()


def test_lock_held_past_the_busy_timeout_is_a_clear_message(db, db_path, users, clock, monkeypatch):
    """If the other instance never lets go, the user is told the database is busy; nothing is half-saved."""
    manager = users[Role.MANAGER]
    monkeypatch.setattr(cipher, "BUSY_TIMEOUT_MS", 200)
    impatient = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    holding = threading.Event()
    release = threading.Event()

    def hold_lock():
        with ServiceContext(db, manager, clock).transaction() as s:
            s.add(Client(code="HOLDER"))
            s.flush()
            holding.set()
            release.wait(10)

    t = threading.Thread(target=hold_lock)
    t.start()
    try:
        assert holding.wait(10)
        with pytest.raises(StorageError) as info:
            with ServiceContext(impatient, manager, clock).transaction() as s:
                s.add(Client(code="WAITER"))
        assert "busy" in info.value.message.lower()
        assert "locked" not in info.value.message.lower()
    finally:
        release.set()
        t.join(10)
    with impatient.session() as s:
        assert set(s.scalars(select(Client.code))) == {"HOLDER"}
    with impatient.engine.connect() as conn:
        assert verify_chain(conn).ok
    impatient.close()
