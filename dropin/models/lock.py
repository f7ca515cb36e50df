"""One process per database: an OS lock on ``<database>.lock`` beside the file.

SQLite's own POSIX locks vanish when *any* descriptor of the database file
is closed in the process, so they cannot keep a second program away. This lock
is an ``flock`` (Windows: ``LockFileEx``) through ``filelock``: it belongs to the
open file description, so no unrelated ``close()`` releases it, and the OS
drops it when the process dies (a SIGKILL leaves no stale lock).

The app and every command that opens a database hold it while they work. The
file records only the holder's process id and since when it holds the lock.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from filelock import FileLock, Timeout

from dropin.errors import DropinError
from dropin.i18n import translate
from dropin.paths import PRIVATE_FILE


class DatabaseInUse(DropinError):
    """The database is open in another dropin window or command."""


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def in_use_message(since: dt.datetime | None) -> str:
    if since is None:
        return translate(
            "Database", "This database is open in dropin on this computer. Close it first, or use Admin → Back up now."
        )
    shown = f"{since:%H:%M}" if since.date() == dt.datetime.now().date() else f"{since:%Y-%m-%d %H:%M}"
    return translate(
        "Database",
        "This database is open in dropin on this computer (since {time}). Close it first, or use Admin → Back up now.",
    ).format(time=shown)


def holder_since(db_path: Path) -> dt.datetime | None:
    """When the current holder took the lock, as it wrote (``None`` if unreadable)."""
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        return dt.datetime.fromisoformat(str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class DatabaseLock:
    """``acquire()`` or raise :class:`DatabaseInUse`; ``release()`` (also safe when not held)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        # thread_local=False: the app takes the lock on a worker thread and releases it on the GUI thread.
        self._lock = FileLock(str(self.path), timeout=0, mode=PRIVATE_FILE, thread_local=False)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> DatabaseLock:
        if self.held:
            return self
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise DatabaseInUse(in_use_message(holder_since(self.db_path))) from None
        except OSError as error:  # a folder we cannot write to: SQLite would fail as well
            from dropin.errors import StorageError

            raise StorageError(
                translate("Database", "The database folder cannot be written to, so the database cannot be opened.")
            ) from error
        try:
            # Another descriptor on the same file: writing and closing it leaves the flock alone.
            with open(self.path, "r+", encoding="utf-8") as fh:
                fh.truncate(0)
                fh.write(json.dumps({"pid": os.getpid(), "since": dt.datetime.now().isoformat(timespec="seconds")}))
        except OSError:  # Windows keeps a locked file closed to others; the lock itself holds
            pass
        return self

    def release(self) -> None:
        if self.held:
            self._lock.release(force=True)

    def __enter__(self) -> DatabaseLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
