"""A login or a logout changes the stores held while other threads read (the GUI thread opens its connection
while the login runs on a worker): no thread's connection is closed under it, and the process never crashes.

Run in a second process, because a connection closed under a reading thread crashes the interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dropin.models.database import Database
from tests.conftest import PASSPHRASE, TEST_KDF_ITER

READERS = r"""
import sys, threading
from pathlib import Path
from dropin.models.database import Database
from dropin.models.stores import STORES

db = Database.open(Path(sys.argv[1]), sys.argv[2], kdf_iter=int(sys.argv[3]))
keys = dict((pair.split("=")[0], bytes.fromhex(pair.split("=")[1])) for pair in sys.argv[4:])
assert sorted(keys) == sorted(STORES)
stop, errors, reads = threading.Event(), [], [0]

def read() -> None:
    while not stop.is_set():
        try:
            with db.engine.connect() as conn:
                for _ in range(20):
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
                    reads[0] += 1
        except Exception as error:
            errors.append(repr(error))

threads = [threading.Thread(target=read) for _ in range(3)]
for thread in threads:
    thread.start()
for turn in range(300):
    db.hold_stores({} if turn % 2 else keys)  # a login, then a logout
stop.set()
for thread in threads:
    thread.join()
print(reads[0], len(errors), errors[:3])
"""


def test_changing_the_stores_held_never_closes_a_connection_another_thread_is_reading(tmp_path: Path) -> None:
    db = Database.create(tmp_path / "centre.db", PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    keys = db.store_keys()
    db.close()
    args = [
        str(tmp_path / "centre.db"),
        PASSPHRASE,
        str(TEST_KDF_ITER),
        *(f"{store}={key.hex()}" for store, key in keys.items()),
    ]
    for _ in range(3):  # the race is lost within one or two runs when connections are closed under readers
        done = subprocess.run(
            [sys.executable, "-c", READERS, *args], capture_output=True, text=True, timeout=300, cwd=Path.cwd()
        )
        assert done.returncode == 0, done.stderr[-2000:]
        reads, failures, _examples = done.stdout.split(" ", 2)
        assert int(failures) == 0, done.stdout
        assert int(reads) > 0


HOLDERS = r"""
import sys, threading
from pathlib import Path
from dropin.models.database import Database

db = Database.open(Path(sys.argv[1]), sys.argv[2], kdf_iter=int(sys.argv[3]))
THREADS = 8
held, done, errors, turn = threading.Barrier(THREADS), threading.Barrier(THREADS), [], threading.Lock()

def hold() -> None:
    try:
        with turn:  # connect one after the other: the pool decides what to close when a thread connects
            raw = db.engine.raw_connection()
            raw.cursor().execute("BEGIN").close()
            raw.cursor().execute("SELECT count(*) FROM users").fetchone()
        held.wait(60)  # eight threads, each inside a transaction on a connection of its own
        with turn:
            raw.cursor().execute("SELECT count(*) FROM users").fetchone()
            raw.cursor().execute("COMMIT").close()
        done.wait(60)
        raw.close()
    except Exception as error:
        errors.append(repr(error))
        held.abort(); done.abort()

before = len(db.engine.pool._all_conns)  # the opening thread's
threads = [threading.Thread(target=hold) for _ in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
pool = db.engine.pool
while_held = len(pool._all_conns)
later = threading.Thread(target=lambda: db.engine.raw_connection().close())
later.start(); later.join()
print(len(errors), while_held - before, len(pool._all_conns) - before, errors[:2])
"""


def test_eight_threads_each_hold_a_transaction_and_only_ended_threads_lose_their_connection(tmp_path: Path) -> None:
    """A thread beyond the dialect's pool size never closes a connection another thread holds open; once
    those threads have ended, the next connection closes theirs."""
    Database.create(tmp_path / "centre.db", PASSPHRASE, kdf_iter=TEST_KDF_ITER).close()
    done = subprocess.run(
        [sys.executable, "-c", HOLDERS, str(tmp_path / "centre.db"), PASSPHRASE, str(TEST_KDF_ITER)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path.cwd(),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    failures, while_held, after, _examples = done.stdout.split(" ", 3)
    assert int(failures) == 0, done.stdout
    assert int(while_held) == 8  # the eight threads' connections beside the opening thread's, none closed
    assert int(after) == 1  # theirs closed once they ended: the new thread's is the only one added
