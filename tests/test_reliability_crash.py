"""Crash safety: a writer killed with SIGKILL at random moments never loses a committed record.

A child process (``python -m dropin.reliability.crash_child``) saves records
through the real service path and reports each one only after its commit
returned. After every kill the database must open, pass SQLite's and
SQLCipher's integrity checks and the audit chain check, and hold every
reported record, with no transaction saved in part.

Rounds: 20 by default, ``DROPIN_CRASH_ROUNDS=100`` for a longer run.
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
    )
    env.update({k: str(v) for k, v in extra.items()})
    return env


def start_writer(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "dropin.reliability.crash_child"],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


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
        proc = start_writer(child_env(db_path, user_id, DROPIN_CRASH_PREFIX=f"R{round_no}-",
                                      DROPIN_CRASH_SEED=round_no))
        try:
            first = proc.stdout.readline()
            assert first == "ready\n", first + proc.stderr.read()
            # Kill at a random moment: sometimes at once, sometimes after many commits.
            time.sleep(rng.choice([0.0, rng.uniform(0, 0.05), rng.uniform(0.05, 0.3)]))
            os.kill(proc.pid, signal.SIGKILL)
            output, errors = proc.communicate(timeout=30)
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
    proc = start_writer(child_env(db_path, users[Role.MANAGER].id, DROPIN_CRASH_PREFIX="R0-",
                                  DROPIN_CRASH_COUNT=15))
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
