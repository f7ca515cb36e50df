"""The file's connection pool: one connection per live thread, closed only once its thread has ended.

SQLAlchemy's :class:`~sqlalchemy.pool.SingletonThreadPool` (the SQLite dialects' pool) keeps one connection per
thread too, but when more threads than its size have connected it closes connections at random, even one a
thread is in the middle of using (the GUI thread, a worker's login, the idle lock, a desk). This pool keeps a
connection for as long as the thread that made it is alive, and closes those of ended threads whenever another
connection is made: a connection is never closed under the thread it belongs to, and an ended worker's
connection (with its page caches) does not stay behind.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any

from sqlalchemy.pool import ConnectionPoolEntry, SingletonThreadPool


class ThreadConnectionPool(SingletonThreadPool):
    """:class:`SingletonThreadPool` without its size limit: a connection is closed when its thread has ended."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._threads: dict[ConnectionPoolEntry, weakref.ref[threading.Thread]] = {}

    def _do_get(self) -> ConnectionPoolEntry:
        mine: weakref.ref[ConnectionPoolEntry] | None = getattr(self._conn, "current", None)
        existing = mine() if mine is not None else None
        if existing is not None:
            return existing
        self._cleanup()
        entry = self._create_connection()
        self._conn.current = weakref.ref(entry)
        self._all_conns.add(entry)
        self._threads[entry] = weakref.ref(threading.current_thread())
        return entry

    def _cleanup(self) -> None:
        """Close the connections of ended threads (before a new connection is made)."""
        for entry in list(self._all_conns):
            thread = self._threads.get(entry)
            owner = thread() if thread is not None else None
            if owner is None or not owner.is_alive():
                self._all_conns.discard(entry)
                self._threads.pop(entry, None)
                entry.close()

    def dispose(self) -> None:
        super().dispose()
        self._threads.clear()
