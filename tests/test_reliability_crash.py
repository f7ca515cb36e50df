"""Crash safety: a writer killed with SIGKILL at random moments never loses a committed record.

A child process (``python -m dropin.reliability.crash_child``) saves records
through the real service path and reports each one only after its commit
returned. After every kill the database must open, pass SQLite's and
SQLCipher's integrity checks and the audit chain check, and hold every
reported record, with no transaction saved in part.

Also killed during real service actions of every area, and during backup,
restore and passphrase changes; after each of those the database is opened
as the app opens it and the audit chain must also match its anchor.

Rounds: 20 by default, ``DROPIN_CRASH_ROUNDS=100`` for the longer run CI
makes (actions of every area: half of that, at least 10; backup, restore and
passphrase changes: a quarter, at least 5).
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from dropin import cli
from dropin.models.clients import Client
from dropin.models.database import Database
from dropin.security.audit import verify_chain
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("DROPIN_CRASH_ROUNDS", "20"))
CODE = re.compile(r"^R(\d+)-(\d+)-(\d+)-(\d+)$")


def child_env(db_path: Path, user_id: int, **extra) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(
        DROPIN_CRASH_DB=str(db_path),
        DROPIN_CRASH_PASSPHRASE=PASSPHRASE,
        DROPIN_CRASH_KDF_ITER=str(TEST_KDF_ITER),
        DROPIN_CRASH_USER_ID=str(user_id),
        DROPIN_CRASH_LOGIN=f"manager:{PASSWORD}",  # the manager's login holds every store
    )
    env.update({k: str(v) for k, v in extra.items()})
    return env


# The writer with the suite's cheap password hashing (tests/hashing.py): with the library's costly defaults
# each writer's login would hash the password again, and the next login would check that costly hash.
WRITER = (
    "from tests.hashing import use_cheap_hashing; use_cheap_hashing(); import runpy; "
    "runpy.run_module('dropin.reliability.crash_child', run_name='__main__', alter_sys=True)"
)


def start_writer(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def collect_after_kill(proc: subprocess.Popen) -> tuple[str, str]:
    """Everything a killed child printed. Read through ``proc.stdout`` itself: ``communicate()`` reads the
    pipe underneath and would miss lines an earlier ``readline()`` had already buffered."""
    proc.wait(timeout=30)
    return proc.stdout.read(), proc.stderr.read()


def random_moment(proc: subprocess.Popen, rng: random.Random, most: int) -> str:
    """Wait until a random moment of the writer's work and return the lines it printed meanwhile. The moment
    is counted in reported lines, not in seconds, which a busy machine (the suite runs in parallel) would
    stretch: at once, after a few lines or after up to ``most``; then a little longer, so that the kill also
    falls in the middle of an action."""
    seen = ""
    for _ in range(rng.choice([0, rng.randint(1, 3), rng.randint(4, most)])):
        line = proc.stdout.readline()
        if not line:
            break
        seen += line
    time.sleep(rng.uniform(0, 0.05))
    return seen


def committed_codes(output: str) -> list[str]:
    """Codes from complete report lines (a line cut short by the kill reports nothing)."""
    codes = []
    for line in output.splitlines(keepends=True):
        if not line.endswith("\n") or not line[0].isdigit():
            continue
        codes.extend(line.split()[1:])
    return codes


def check_database(db_path: Path, reported: set[str]) -> int:
    """Open after a crash and check everything; returns the number of saved clients."""
    db = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall() == []
            chain = verify_chain(conn)
            assert chain.ok, chain
        with db.session() as s:
            saved = set(s.scalars(select(Client.code)))
    finally:
        db.close()
    missing = reported - saved
    assert not missing, f"committed records lost after a crash: {sorted(missing)[:5]}"
    # No action saved in part: every transaction's records are all there or none are.
    sizes = Counter()
    for code in saved:
        match = CODE.match(code)
        if match:
            sizes[(match[1], match[2], int(match[4]))] += 1
    partial = {key: n for key, n in sizes.items() if n != key[2]}
    assert not partial, f"transactions saved in part: {partial}"
    return len(saved)


def audit_verify_cli(db_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    monkeypatch.setenv("DROPIN_USER", "manager")
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)
    assert cli.main(["audit", "verify", "--db", str(db_path)]) == 0
    assert "Audit log intact" in capsys.readouterr().out


def test_sigkill_never_loses_committed_records(db, db_path, users, monkeypatch, capsys):
    from dropin.security.roles import Role

    db.close()
    rng = random.Random(20261123)
    user_id = users[Role.MANAGER].id
    reported: set[str] = set()
    total_commits = 0
    for round_no in range(1, ROUNDS + 1):
        proc = start_writer(
            child_env(db_path, user_id, DROPIN_CRASH_PREFIX=f"R{round_no}-", DROPIN_CRASH_SEED=round_no)
        )
        try:
            first = proc.stdout.readline()
            assert first == "ready\n", first + proc.stderr.read()
            # Kill at a random moment: sometimes at once, sometimes after many commits.
            seen = random_moment(proc, rng, most=30)
            os.kill(proc.pid, signal.SIGKILL)
            output, errors = collect_after_kill(proc)
            output = seen + output
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == -signal.SIGKILL, errors
        assert "error" not in output, output
        codes = committed_codes(output)
        total_commits += len(codes)
        reported.update(codes)
        assert check_database(db_path, reported) >= len(reported)
    audit_verify_cli(db_path, monkeypatch, capsys)
    # The test only means something if the writer got records in before most kills.
    assert total_commits > ROUNDS


def test_writer_runs_to_completion_and_reports_each_commit(db, db_path, users):
    """The same child without a kill: the report protocol itself is right."""
    from dropin.security.roles import Role

    db.close()
    proc = start_writer(child_env(db_path, users[Role.MANAGER].id, DROPIN_CRASH_PREFIX="R0-", DROPIN_CRASH_COUNT=15))
    output, errors = proc.communicate(timeout=60)
    assert proc.returncode == 0, errors
    lines = output.splitlines()
    assert lines[0] == "ready" and lines[-1] == "done"
    assert [int(line.split()[0]) for line in lines[1:-1]] == list(range(1, 16))
    codes = set(committed_codes(output))
    assert check_database(db_path, codes) == len(codes)


def test_torn_write_ahead_log_is_recovered(db, db_path, users):
    """A crash in the middle of writing a log frame (simulated by cutting the log short) keeps the file sound."""
    from dropin.security.roles import Role

    with db.session() as s:
        s.add(Client(code="BEFORE"))
    db.close()
    proc = start_writer(child_env(db_path, users[Role.MANAGER].id, DROPIN_CRASH_PREFIX="R1-"))
    assert proc.stdout.readline() == "ready\n"
    while len(committed_codes(proc.stdout.readline())) == 0:
        pass
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    wal = Path(f"{db_path}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    data = wal.read_bytes()
    wal.write_bytes(data[: len(data) - 37])  # tear the last frame
    check_database(db_path, {"BEFORE"})


# ====================================================================== every area, and the file operations
# Each round: a writer doing real work is killed at a random moment; then the database is opened as the
# app opens it (holding its lock, which also finishes or undoes an interrupted restore or passphrase
# change) and must pass every check: pages, structure, the audit chain AND its anchor, every reported
# record present.
AREA_ROUNDS = max(20, ROUNDS // 2)  # four areas' services per child: a slower start
OP_ROUNDS = max(5, ROUNDS // 4)  # each round of these also copies the whole file
SECOND = "second passphrase ключ"


def kill_at_random(
    proc: subprocess.Popen, rng: random.Random, most: int = 10, after: str | None = None
) -> tuple[str, str]:
    """SIGKILL the writer at a random moment (:func:`random_moment`); with `after`, only once it has printed a
    line starting so."""
    line = proc.stdout.readline()
    assert line == "ready\n", line + proc.stderr.read()
    seen = ""
    while after is not None and line and not line.startswith(after):
        line = proc.stdout.readline()
        seen += line
    seen += random_moment(proc, rng, most)
    os.kill(proc.pid, signal.SIGKILL)
    output, errors = collect_after_kill(proc)
    output = seen + output
    assert proc.returncode == -signal.SIGKILL, errors
    assert "\nerror " not in "\n" + output, output
    return output, errors


def fully_sound(db_path: Path, passphrase: str) -> Database:
    """Open like the app (lock held, recovery run) and check pages, structure, audit chain and anchor."""
    db = Database.open(db_path, passphrase, kdf_iter=TEST_KDF_ITER, exclusive=True)
    try:
        report = db.inspect()
        assert report.ok, report
        audit = db.verify_audit()
        assert audit.ok and audit.anchored, audit
        from dropin.security.auth import AuthService

        AuthService(db).login("manager", PASSWORD)  # the manager's login holds every store: check those too
        for store, report in db.verify_store_audits().items():
            assert report.ok, (store, report)
        assert not list(db_path.parent.glob(f".{db_path.name}.*.tmp")), "a temporary copy was left behind"
    except BaseException:
        db.close()
        raise
    return db


def test_sigkill_during_service_actions_of_every_area(db, db_path, users):
    import json

    from dropin.context import ServiceContext
    from dropin.reliability.area_actions import AREAS, prepare
    from dropin.security.roles import Role

    setup = prepare({role: ServiceContext(db, user) for role, user in users.items()})
    db.close()
    rng = random.Random(20261201)
    env_users = json.dumps({role.value: user.id for role, user in users.items()})
    inserted: set[str] = set()
    discharged: set[int] = set()
    attendance: dict[int, set[str]] = {}  # session -> the states it may be in now
    areas = Counter()
    for round_no in range(1, AREA_ROUNDS + 1):
        proc = start_writer(
            child_env(
                db_path,
                users[Role.MANAGER].id,
                DROPIN_CRASH_MODE="areas",
                DROPIN_CRASH_SEED=round_no,
                DROPIN_CRASH_SETUP=json.dumps(setup),
                DROPIN_CRASH_USERS=env_users,
                DROPIN_CRASH_EXCLUSIVE=1,
            )
        )
        output, _ = kill_at_random(proc, rng, most=20)
        for line in output.splitlines(keepends=True):
            if not line.endswith("\n"):
                continue
            word, _, record = line.strip().partition(" ")
            table = record.split(":")[0]
            if word == "try":
                session = int(record.split(":")[1])
                attendance[session] = attendance.get(session, {"-"}) | {record.split(":")[2]}
                continue
            if not word.isdigit():
                continue
            areas[table] += 1
            if table == "children_attendance":
                attendance[int(record.split(":")[1])] = {record.split(":")[2]}
            elif record.endswith(":discharged"):
                discharged.add(int(record.split(":")[1]))
            else:
                inserted.add(record)
        sound = fully_sound(db_path, PASSPHRASE)
        try:
            with sound.engine.connect() as conn:
                for record in inserted:
                    table, ident = record.split(":")[:2]
                    assert conn.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE id = ?", (int(ident),)).scalar(), (
                        f"committed {record} lost after a crash"
                    )
                for stay in discharged:
                    assert (
                        conn.exec_driver_sql("SELECT discharged_on FROM shelter_stays WHERE id = ?", (stay,)).scalar()
                        is not None
                    )
                for session, states in attendance.items():
                    present = sorted(
                        r[0]
                        for r in conn.exec_driver_sql(
                            "SELECT child_id FROM children_attendance WHERE session_id = ? AND present = 1 "
                            "AND voided_at IS NULL",
                            (session,),
                        )
                    )
                    assert (",".join(map(str, present)) or "-") in states, (present, states, round_no, output[-3000:])
                    attendance[session] = {",".join(map(str, present)) or "-"}
        finally:
            sound.close()
    assert set(areas) == {"visits", "hts_tests", "shelter_stays", "children_attendance"}, areas
    assert len(AREAS) == 4


def test_sigkill_during_backup(db, db_path, users, tmp_path):
    from dropin.security.roles import Role

    db.close()
    out = tmp_path / "usb"
    out.mkdir()
    rng = random.Random(7)
    reported: set[str] = set()
    backups: set[str] = set()
    for round_no in range(1, OP_ROUNDS + 1):
        proc = start_writer(
            child_env(
                db_path,
                users[Role.MANAGER].id,
                DROPIN_CRASH_MODE="backup",
                DROPIN_CRASH_PREFIX=f"R{round_no}-",
                DROPIN_CRASH_OUT=out,
                DROPIN_CRASH_SEED=round_no,
                DROPIN_CRASH_EXCLUSIVE=1,
            )
        )
        # on a slow machine no backup may finish before a random kill: the last round then waits for one
        last_chance = round_no == OP_ROUNDS and not backups
        output, _ = kill_at_random(proc, rng, after="backup " if last_chance else None)
        reported.update(committed_codes(output))
        backups.update(
            line.split(" ", 1)[1]
            for line in output.splitlines(keepends=True)
            if line.startswith("backup ") and line.endswith("\n")
        )
        sound = fully_sound(db_path, PASSPHRASE)
        try:
            with sound.session() as s:
                assert reported <= set(s.scalars(select(Client.code)))
            sound.backup(out / "after.dropin", force=True)  # the next backup clears what a killed one left
        finally:
            sound.close()
        for name in backups:  # every backup that was reported written is whole
            Database.check_file(Path(name.strip()), PASSPHRASE, kdf_iter=TEST_KDF_ITER)
        assert sorted(p.name for p in out.iterdir() if p.name.startswith(".") and "after" in p.name) == []
    assert backups, "no backup finished before the kills: the test would prove nothing"


def _codes_of(path: Path, passphrase: str = PASSPHRASE) -> set[str]:
    copy = Database.open(path, passphrase, kdf_iter=TEST_KDF_ITER, migrate=False)
    try:
        with copy.session() as s:
            return set(s.scalars(select(Client.code)))
    finally:
        copy.close()


def test_sigkill_during_restore(db, db_path, users, tmp_path):
    from dropin.security.roles import Role

    with db.session() as s:
        s.add(Client(code="IN-BACKUP"))
    backup = db.backup(tmp_path / "b.dropin")
    db.close()
    in_backup = _codes_of(backup)
    rng = random.Random(11)
    restores = 0
    for round_no in range(1, OP_ROUNDS + 1):
        proc = start_writer(
            child_env(
                db_path,
                users[Role.MANAGER].id,
                DROPIN_CRASH_MODE="restore",
                DROPIN_CRASH_PREFIX=f"R{round_no}-",
                DROPIN_CRASH_BACKUP=backup,
                DROPIN_CRASH_SEED=round_no,
            )
        )
        last_chance = round_no == OP_ROUNDS and not restores  # see the backup test
        output, _ = kill_at_random(proc, rng, after="restored" if last_chance else None)
        lines = [line for line in output.splitlines(keepends=True) if line.endswith("\n")]
        restores += sum(line == "restored\n" for line in lines)
        last = max((i for i, line in enumerate(lines) if line == "restored\n"), default=-1)
        before = set(committed_codes("".join(lines[: last + 1])))
        since = set(committed_codes("".join(lines[last + 1 :])))
        sound = fully_sound(db_path, PASSPHRASE)
        try:
            with sound.session() as s:
                saved = set(s.scalars(select(Client.code)))
        finally:
            sound.close()
        assert in_backup <= saved
        added = saved - in_backup
        # the interrupted restore either took effect (nothing added since the backup) or not (all of it kept)
        assert not added or since <= added, (added, since)
        assert added.isdisjoint(before), "a finished restore left records of the file it replaced"
    assert restores, "no restore finished before the kills: the test would prove nothing"


def test_sigkill_during_rekey(db, db_path, users):
    from dropin.security.roles import Role

    db.close()
    rng = random.Random(13)
    now, other = PASSPHRASE, SECOND
    reported: set[str] = set()
    rekeys = 0
    for round_no in range(1, OP_ROUNDS + 1):
        proc = start_writer(
            child_env(
                db_path,
                users[Role.MANAGER].id,
                DROPIN_CRASH_MODE="rekey",
                DROPIN_CRASH_PREFIX=f"R{round_no}-",
                DROPIN_CRASH_PASSPHRASE=now,
                DROPIN_CRASH_PASSPHRASE2=other,
                DROPIN_CRASH_SEED=round_no,
            )
        )
        output, _ = kill_at_random(proc, rng)
        reported.update(committed_codes(output))
        rekeys += output.count("\nrekey ") + output.startswith("rekey ")
        # killed at any moment, also during a change: the file opens with exactly one of the two
        works = []
        for candidate in (now, other):
            try:
                Database.verify_key(db_path, candidate, TEST_KDF_ITER)
                works.append(candidate)
            except Exception:  # noqa: BLE001
                pass
        assert len(works) == 1, works
        now, other = works[0], (other if works[0] == now else now)
        sound = fully_sound(db_path, now)
        try:
            with sound.session() as s:
                assert reported <= set(s.scalars(select(Client.code)))
        finally:
            sound.close()
    assert rekeys, "no passphrase change finished before the kills: the test would prove nothing"
