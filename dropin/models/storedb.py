"""The separately keyed stores of a :class:`dropin.models.database.Database`: which are held, their keys,
the recovery and upgrade slots made with them, and the check of their audit chains."""

from __future__ import annotations

import datetime as dt
import os
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, exc
from sqlalchemy import inspect as inspect_db
from sqlalchemy.orm import Session

from dropin.models import files, stores

if TYPE_CHECKING:
    from dropin.models.integrity import IntegrityReport
    from dropin.security.audit import ChainReport


class StoresMixin:
    """Needs ``path``, ``engine``, ``_passphrase``, ``_store_keys``, ``session()`` and ``anchor_key()``."""

    path: Path
    engine: Engine
    _passphrase: str
    _store_keys: dict[str, bytes]
    _key_ok: bool

    if TYPE_CHECKING:

        def session(self, info: dict[str, Any] | None = None) -> AbstractContextManager[Session]: ...

        def anchor_key(self, conn: Connection | None = None) -> bytes | None: ...

    #: whether the stores are files under keys a login unwraps (the server's GRANTs need none)
    keyed_stores = True

    def hold_stores(self, keys: dict[str, bytes]) -> None:
        """Attach exactly these stores from now on (a login's unwrapped keys; ``{}`` after a logout).

        No connection made before serves the new session: each thread's is replaced the next time it is taken
        (closing them from here would close a connection another thread is using: the GUI thread's, during a login).
        """
        keys = {store: keys[store] for store in stores.STORES if store in keys}
        if keys == self._store_keys:
            return
        self._store_keys = keys

    @property
    def held_stores(self) -> frozenset[str]:
        return frozenset(self._store_keys)

    def store_keys(self) -> dict[str, bytes]:
        """The keys of the stores held now (to wrap them for an account, back them up or rotate them)."""
        return dict(self._store_keys)

    def store_files(self) -> dict[str, Path]:
        return stores.store_paths(self.path)

    def _write_recovery(self, keys: dict[str, bytes], upgrade: bool = False) -> str:
        """Recovery slots for ``keys`` (and, at an upgrade, temporary slots under the passphrase)."""
        from dropin.security import keyslots

        now = dt.datetime.now().replace(microsecond=0)
        with self.session() as s:
            recovery = keyslots.write_recovery(s, keys, now)
            if upgrade:
                keyslots.write_upgrade(s, keys, self._passphrase, now)
        return recovery

    def upgrade_keys(self, session: Session) -> dict[str, bytes]:
        """The store keys of the temporary upgrade slots (wrapped under this database's passphrase)."""
        from dropin.security import keyslots

        return keyslots.unlock_upgrade(session, self._passphrase)

    def _make_missing_stores(self) -> dict[str, bytes]:
        """Before the upgrade that creates the stores: new store files with new keys, attached."""
        missing = [store for store in stores.STORES if not stores.store_path(self.path, store).exists()]
        if not missing:
            return {}
        keys = {store: stores.new_key() for store in missing}
        for store, key in keys.items():
            stores.create_file(stores.store_path(self.path, store), key)
        self.hold_stores({**self._store_keys, **keys})
        return keys

    def _drop_new_stores(self, keys: dict[str, bytes]) -> None:
        if not keys:
            return
        self.hold_stores({})
        for store in keys:
            files.remove_with_sides(stores.store_path(self.path, store))

    # ---------------------------------------------------------------- rotation
    def rotating_path(self, store: str) -> Path:
        """The store's file re-encrypted under a new key, waiting for the rotation's commit."""
        path = stores.store_path(self.path, store)
        return path.with_name(path.name + ".rotating")

    def prepare_rotation(self, store: str) -> bytes:
        """A copy of the held ``store`` under a new random key beside it (``….rotating``, synced); returns the key.

        Nothing of the store changes yet: the rotation's commit (:func:`dropin.security.keyslots.write_next`)
        decides, and :meth:`swap_rotated` then puts the copy in place."""
        import sqlcipher3

        from dropin.paths import owner_only

        if store not in self._store_keys:
            raise KeyError(store)
        key = stores.new_key()
        target = self.rotating_path(store)
        files.remove_with_sides(target)
        with owner_only():
            src = sqlcipher3.connect(str(stores.store_path(self.path, store)), isolation_level=None)
            try:
                src.execute("PRAGMA cipher_log_level = NONE")
                src.execute(f"PRAGMA key = {stores.key_sql(self._store_keys[store])}")
                src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                src.execute(f"ATTACH DATABASE ? AS copy KEY {stores.key_sql(key)}", (str(target),))
                src.execute("SELECT sqlcipher_export('copy')")
                src.execute("DETACH DATABASE copy")
            finally:
                src.close()
        files.fsync_file(target)
        files.sync_folder(target.parent)
        return key

    def swap_rotated(self, names: list[str]) -> None:
        """Put the re-encrypted copies in place (after the rotation's commit; repeatable, needs no key)."""
        self.hold_stores({s: k for s, k in self._store_keys.items() if s not in names})  # no connection keeps one
        for store in names:
            waiting = self.rotating_path(store)
            if not waiting.exists():
                continue  # swapped already
            path = stores.store_path(self.path, store)
            for side in ("-wal", "-shm"):
                Path(f"{path}{side}").unlink(missing_ok=True)  # folded in before the copy was made
            os.replace(waiting, path)
        files.sync_folder(self.path.parent)

    def _settle_rotation(self) -> None:
        """At opening, with the lock held: finish a rotation a killed process committed, or drop its copies."""
        from dropin.security import keyslots

        waiting = [s for s in stores.STORES if self.rotating_path(s).exists()]
        with self.session() as s:
            if not inspect_db(s.connection()).has_table("store_key_slots"):
                return
            committed = keyslots.rotating(s)
        for store in waiting:
            if store not in committed:
                files.remove_with_sides(self.rotating_path(store))  # killed before its commit: nothing changed
        if committed:
            self.swap_rotated(sorted(committed, key=stores.STORES.index))
            with self.session() as s:
                for store in committed:
                    keyslots.promote(s, store)

    def inspect_stores(self) -> dict[str, IntegrityReport]:
        """The page, structure and key checks of every store file this session holds, and the rows in a store
        whose record in the main database (a client, a stay, an account) is missing."""
        import sqlcipher3

        from dropin.models.integrity import inspect

        reports: dict[str, IntegrityReport] = {}
        for store in sorted(self._store_keys, key=stores.STORES.index):
            conn = sqlcipher3.connect(str(stores.store_path(self.path, store)), isolation_level=None)
            try:
                conn.execute("PRAGMA cipher_log_level = NONE")
                conn.execute(f"PRAGMA key = {stores.key_sql(self._store_keys[store])}")
                try:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # as for the main file
                except sqlcipher3.DatabaseError:
                    pass
                reports[store] = inspect(conn)
            finally:
                conn.close()
        return reports

    def store_orphans(self) -> dict[str, int]:
        """``{"store.table.column": rows}`` pointing at a missing row of another file (see :func:`stores.orphans`)."""
        with self.engine.connect() as conn:
            return stores.orphans(conn)

    def verify_store_audits(self, seals: dict[str, tuple[int, str]] | None = None) -> dict[str, ChainReport]:
        """The same check of the audit chain inside every store this session holds: ``{store: report}``."""
        from dropin.security.audit import verify_log

        seals = seals or {}
        try:
            with self.engine.connect() as conn:
                return {
                    store: verify_log(
                        conn, stores.store_path(self.path, store), self.anchor_key(conn), seals.get(store), chain=store
                    )
                    for store in sorted(self._store_keys, key=stores.STORES.index)
                }
        except exc.DBAPIError as error:
            from dropin.models.cipher import classify

            raise classify(error, self._key_ok) from None
