"""The encrypted database: create, unlock, migrate, rekey, back up and restore (SQLCipher connections and
their messages: :mod:`dropin.models.cipher`).

One :class:`Database` holds one SQLAlchemy engine for one file, reused (with
its per-thread connections) for the whole session. The key is derived from
the passphrase once per unlock and handed to SQLCipher as raw key data, so a
thread's first connection costs no second derivation.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import URL, Connection, Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from dropin.errors import DropinError, StorageError, WrongPassphrase
from dropin.i18n import translate
from dropin.models import cipher, files, stores
from dropin.models.cipher import (
    DatabaseDamaged,
    check_new_passphrase,
    classify,
    derived_key,
    key_opens,
    quote,
    raw_connect,
    unusable_key,
    wrong_passphrase_message,
)
from dropin.models.lock import DatabaseLock
from dropin.models.migrating import MigrationsMixin
from dropin.models.pools import ThreadConnectionPool
from dropin.models.storedb import StoresMixin
from dropin.paths import make_private_folder, owner_only

if TYPE_CHECKING:
    from dropin.models.integrity import IntegrityReport
    from dropin.models.security import User
    from dropin.security.audit import ChainReport

log = logging.getLogger(__name__)

from dropin.config import DEFAULT_KDF_ITER as DEFAULT_KDF_ITER  # noqa: E402  (re-exported)

#: Smaller files cannot be a database (SQLite's smallest page); opening one would overwrite it.
MIN_DATABASE_SIZE = 512


class Database(MigrationsMixin, StoresMixin):
    """An unlocked, encrypted dropin database (its separately keyed stores: :class:`StoresMixin`;
    :class:`dropin.models.server.ServerDatabase`: on a server)."""

    kind = "file"

    def __init__(
        self,
        path: str | os.PathLike[str],
        passphrase: str,
        kdf_iter: int = DEFAULT_KDF_ITER,
        *,
        _key: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.kdf_iter = int(kdf_iter)
        self._passphrase = passphrase
        self._lock: DatabaseLock | None = None
        self._key_ok = False
        #: the keys of the stores this session holds (attached on every connection), see hold_stores()
        self._store_keys: dict[str, bytes] = {}
        #: shown once: the recovery key made with the database or at the upgrade that made its stores
        self.new_recovery_key: str | None = None
        self.engine = self._make_engine(_key or passphrase)  # the derived key: no derivation per connection
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    # ----------------------------------------------------------------- opening
    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        passphrase: str,
        kdf_iter: int = DEFAULT_KDF_ITER,
        *,
        setup: Callable[[Database], object] | None = None,
        exclusive: bool = False,
    ) -> Database:
        """Create a new encrypted database with every table (refuses an existing file).

        The file is built under a temporary name in the same folder (with
        ``setup``, e.g. the first account, run on it) and only then given its
        name, so a failure leaves no half-made database. ``exclusive`` keeps
        the database's lock (see :mod:`dropin.models.lock`) until ``close()``.
        """
        path = Path(path)
        cannot = translate(
            "Database", "A database cannot be created there: the folder cannot be made or the name is not allowed."
        )
        exists = translate("Database", "A file already exists at that place; choose another name.")
        try:
            occupied = path.exists() and (not path.is_file() or path.stat().st_size > 0)
        except (OSError, ValueError):  # a name too long for the file system
            raise StorageError(cannot) from None
        if occupied:
            raise DropinError(exists)
        check_new_passphrase(passphrase)
        if "\x00" in str(path):
            raise StorageError(cannot)
        try:
            make_private_folder(path.parent)
        except (OSError, ValueError):  # e.g. a file where a folder should be
            raise StorageError(cannot) from None
        lock = DatabaseLock(path).acquire()
        try:
            try:
                tmp = files.temp_for(path, "create")
            except OSError:
                raise StorageError(cannot) from None
            keys = {store: stores.new_key() for store in stores.STORES}
            published: list[Path] = []
            try:
                db = cls(tmp, passphrase, kdf_iter)
                try:
                    for store, key in keys.items():
                        stores.create_file(stores.store_path(tmp, store), key)
                    db._store_keys = dict(keys)
                    db._check_key()
                    db._upgrade()
                    recovery = db._write_recovery(keys)
                    if setup is not None:
                        setup(db)
                    db._fold_log()  # a full disk shows here, before the file gets its name
                finally:
                    db.engine.dispose()
                if path.exists() and path.stat().st_size == 0:
                    path.unlink()  # an empty placeholder (e.g. made by a file dialog)
                if not path.exists():  # store files without their main file (a create killed in between)
                    for store in stores.STORES:
                        files.remove_with_sides_of_db(stores.store_path(path, store))
                        stores.store_path(path, store).unlink(missing_ok=True)
                try:
                    for store in stores.STORES:  # the stores first: a main file never lacks its stores
                        files.publish_new(stores.store_path(tmp, store), stores.store_path(path, store))
                        published.append(stores.store_path(path, store))
                    files.publish_new(tmp, path)
                except FileExistsError:
                    for done in published:
                        files.remove_with_sides(done)
                    raise DropinError(exists) from None
                from dropin.security.audit import anchor_path

                if anchor_path(tmp).exists():
                    os.replace(anchor_path(tmp), anchor_path(path))
            finally:
                files.remove_with_sides(tmp)
                for store in stores.STORES:
                    files.remove_with_sides(stores.store_path(tmp, store))
            db = cls.open(path, passphrase, kdf_iter, migrate=False, _lock=lock if exclusive else None)
            db.hold_stores(keys)  # whoever creates the database holds every store until a login
            db.new_recovery_key = recovery
        except BaseException:
            lock.release()
            raise
        if not exclusive:
            lock.release()
        return db

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        passphrase: str,
        kdf_iter: int = DEFAULT_KDF_ITER,
        migrate: bool = True,
        *,
        exclusive: bool = False,
        _lock: DatabaseLock | None = None,
    ) -> Database:
        """Unlock an existing database; upgrade it (after an encrypted backup) if it is older.

        The passphrase is checked on a read-only connection first, so a wrong
        one never changes the file or a write-ahead log left by a crash.
        ``exclusive`` takes the database's lock (refused with a clear message
        while another dropin process holds it) and keeps it until ``close()``.
        """
        path = Path(path)
        try:
            size = path.stat().st_size if path.is_file() else None
        except (OSError, ValueError):  # a name the file system cannot hold
            size = None
        if size is None:
            raise DropinError(translate("Database", "There is no database at {path}.").format(path=path))
        if size < MIN_DATABASE_SIZE:
            # SQLite would take a tiny or empty file for a new database and write over it.
            raise WrongPassphrase(wrong_passphrase_message())
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            # SQLite would fail later with a vague I/O error (the write-ahead log needs the folder too).
            raise StorageError(
                translate(
                    "Database",
                    "The database file or its folder is read-only, so it cannot be opened. "
                    "Copy it to a folder you can write to, or ask for write access.",
                )
            )
        if unusable_key(passphrase):
            raise WrongPassphrase(wrong_passphrase_message())  # create() never accepts such a passphrase
        lock = _lock or (DatabaseLock(path).acquire() if exclusive else None)
        try:
            key = derived_key(path, passphrase, kdf_iter)  # the one key derivation of this unlock
            if key is None or not key_opens(path, key, kdf_iter):
                cls.verify_key(path, passphrase, kdf_iter)  # names a wrong passphrase or a damaged file
                key = None
            db = cls(path, passphrase, kdf_iter, _key=key)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        db._lock = lock
        try:
            db._check_key()
            if not db._is_dropin():
                raise WrongPassphrase(wrong_passphrase_message())
            if lock is not None:
                db._recover()
            if migrate and db.needs_upgrade():
                copy = db.backup(db._upgrade_backup_path())
                new_keys = db._make_missing_stores()
                try:
                    db._upgrade()
                    if new_keys:
                        db.new_recovery_key = db._write_recovery(new_keys, upgrade=True)
                except exc.SQLAlchemyError as error:
                    # the upgrade runs in one transaction: nothing of it was kept
                    log.error("upgrade failed: %s", error)
                    db._drop_new_stores(new_keys)
                    raise DropinError(
                        translate(
                            "Database",
                            "The database could not be upgraded to this version and was left as it was. "
                            "A copy was saved as {path}.",
                        ).format(path=copy)
                    ) from None
                from dropin.security.audit import anchor_after_upgrade

                anchor_after_upgrade(db, passphrase)  # anchors from before 0008 were sealed with the passphrase
        except Exception:
            db.close()
            raise
        return db

    @staticmethod
    def verify_key(path: str | os.PathLike[str], passphrase: str, kdf_iter: int = DEFAULT_KDF_ITER) -> None:
        """Raise unless ``passphrase`` decrypts ``path``; never writes to the file or its log.

        A file whose first page cannot be read although the passphrase is
        right (its other pages' seals match the key) is reported as damaged.
        """
        path = Path(path)
        try:
            conn = raw_connect(path, passphrase, kdf_iter, read_only=True)
        except sqlcipher3.DatabaseError as error:
            raise classify(error) from None
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlcipher3.DatabaseError as error:
            problem = classify(error)
            if isinstance(problem, WrongPassphrase):
                if files.passphrase_opens_pages(path, passphrase, kdf_iter):
                    raise DatabaseDamaged(
                        translate(
                            "Database",
                            "The database file is damaged at its start (the passphrase is right). "
                            "Restore the latest backup.",
                        )
                    ) from None
            raise problem from None
        finally:
            conn.close()

    def _recover(self) -> None:
        """Finish or undo what a killed restore or passphrase change left (the lock is held)."""
        from dropin.security.audit import anchor_path, last_entry, read_anchor

        files.remove_leftovers(self.path)
        files.narrow_modes(self.path)
        self._settle_rotation()
        base = files.pending_base(self.path)
        pending_file = anchor_path(base)
        if not pending_file.exists():
            return
        pending = read_anchor(base, self.anchor_key())
        with self.engine.connect() as conn:
            tail = last_entry(conn)
        if pending is not None and tuple(tail) == tuple(pending):
            os.replace(pending_file, anchor_path(self.path))  # the change happened: its anchor belongs here
            log.info("completed the audit anchor of an interrupted restore or passphrase change")
        else:
            pending_file.unlink()

    def _fold_log(self) -> None:
        """Write the whole write-ahead log into the file, or raise (a full disk, an I/O error)."""
        raw = self.engine.raw_connection()
        try:
            busy, frames, done = raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlcipher3.DatabaseError as error:
            raise classify(error, True) from None
        finally:
            raw.close()
        if busy or frames not in (done, -1):
            raise StorageError(translate("Database", "The database file could not be written. Nothing was saved."))

    def _make_engine(self, passphrase: str) -> Engine:
        url = URL.create(
            "sqlite+pysqlcipher",
            password=passphrase,
            database=str(self.path),
            query={"kdf_iter": str(self.kdf_iter)},
        )
        # one connection per live thread (a thread's nested connects share its transaction), see pools.py
        engine = create_engine(
            url,
            poolclass=ThreadConnectionPool,
            connect_args={"timeout": cipher.BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA cipher_log_level = NONE")
            cur.execute("SELECT count(*) FROM sqlite_master")  # fails here on a wrong key
            cur.execute(f"PRAGMA busy_timeout = {cipher.BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute(f"PRAGMA cache_size = -{cipher.PAGE_CACHE_KIB}")
            cur.close()
            keys = self._store_keys
            for store, key in keys.items():
                stores.attach(dbapi_conn, self.path, store, key)
            record.info["dropin_store_keys"] = keys

        @event.listens_for(engine, "checkout")
        def _on_checkout(dbapi_conn: Any, record: Any, proxy: object) -> None:
            # A login or logout changed the stores held (hold_stores): each thread replaces its own connection the
            # next time it takes it, never one another thread is using.
            if record.info.get("dropin_store_keys") is not self._store_keys:
                raise exc.DisconnectionError("the stores held have changed")

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            # Take the write lock up front: writes serialise, audit chains stay linear.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine

    def _check_key(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master")
        except exc.DBAPIError as error:
            raise classify(error) from None
        self._key_ok = True

    def _is_dropin(self) -> bool:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).scalar()
        return bool(row)

    # ---------------------------------------------------------------- sessions
    @contextmanager
    def session(self, info: dict[str, Any] | None = None) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        session = self.sessions()
        session.info["anchor_empty_log"] = self._anchor_empty_log
        if info:
            session.info.update(info)
        try:
            with session.begin():
                yield session
        except exc.OperationalError as error:
            raise self._error(error) from None
        except exc.DatabaseError as error:
            raise self._error(error) from None
        finally:
            session.close()
        tail = session.info.get("audit_tail")
        if tail is not None:
            # an ordinary write never re-creates a missing anchor, except for a log that was empty
            entry_id, entry_hash = tail
            self._anchor(
                entry_id,
                entry_hash,
                force=bool(session.info.get("audit_reanchor")),
                may_create=session.info.get("audit_from") == 0,
            )
        starts = session.info.get("store_from", {})
        for store, (entry_id, entry_hash) in session.info.get("store_tails", {}).items():
            self._anchor(entry_id, entry_hash, may_create=starts.get(store) == 0, chain=store)

    def _error(self, error: Exception) -> DropinError:
        """The message for an error the database reported (the server's engine has its own)."""
        return classify(error, self._key_ok)

    def account_changed(self, session: Session, user: User, password: str | None = None, own: bool = False) -> None:
        """A staff account was made or changed: nothing to do for a file (the server gives it a login)."""

    # ------------------------------------------------------------ audit anchor
    def _anchor(
        self,
        entry_id: int,
        entry_hash: str,
        force: bool = False,
        may_create: bool = False,
        chain: str | None = None,
        conn: Connection | None = None,
    ) -> None:
        from dropin.security.audit import write_anchor

        key = self.anchor_key(conn)
        if key is None:
            return
        path = self.path if chain is None else stores.store_path(self.path, chain)
        try:
            write_anchor(path, key, entry_id, entry_hash, force=force, may_create=may_create)
        except OSError as error:  # a read-only folder: the chain itself is still checked
            log.warning("could not write the audit anchor: %s", error)

    def _anchor_empty_log(self, conn: Connection, chain: str | None, genesis: str) -> None:
        """Before a log's first entry is committed: an anchor naming the empty log, if it has none. ``conn`` is the
        writing transaction's (a connection of its own would end that transaction)."""
        self._anchor(0, genesis, may_create=True, chain=chain, conn=conn)

    def anchor_key(self, conn: Connection | None = None) -> bytes | None:
        """The random key inside the database that seals the anchor file, read once (through ``conn`` when
        given: inside a writing transaction, a connection of its own would end that transaction)."""
        if getattr(self, "_anchor_key", None) is None:
            from dropin.security.audit import stored_anchor_key

            if conn is not None:
                self._anchor_key = stored_anchor_key(conn)
            else:
                with self.engine.connect() as own:
                    self._anchor_key = stored_anchor_key(own)
        return self._anchor_key

    def verify_audit(self, seal: tuple[int, str] | None = None) -> ChainReport:
        """Check the audit log's chain, that its end still matches the anchor, and a seal if given."""
        from dropin.security.audit import verify_log

        try:
            with self.engine.connect() as conn:
                return verify_log(conn, self.path, self.anchor_key(conn), seal)
        except exc.DBAPIError as error:
            raise classify(error, self._key_ok) from None

    # -------------------------------------------------------------- key, copies
    def _write_pending_anchor(self) -> None:
        """Anchor the log's current end, to be put in place after a restore (see :mod:`dropin.models.files`).

        Sealed with the key kept inside this database; a database from before that key has none
        and gets its anchor through the recorded re-anchoring of its upgrade.
        """
        from dropin.security.audit import last_entry, write_anchor

        key = self.anchor_key()
        if key is None:
            return
        with self.engine.connect() as c:
            entry_id, entry_hash = last_entry(c)
        if entry_id:
            with owner_only():
                write_anchor(files.pending_base(self.path), key, entry_id, entry_hash, force=True)

    def rekey(self, new_passphrase: str) -> None:
        """Change the database passphrase in place (``PRAGMA rekey``, one transaction).

        The audit anchor is sealed with a key kept inside the database, not with
        the passphrase, so it stays valid: a process killed at any moment leaves
        the old or the new passphrase and a matching anchor.
        """
        check_new_passphrase(new_passphrase)
        self.engine.dispose()
        conn = raw_connect(self.path, self._passphrase, self.kdf_iter)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute(f"PRAGMA rekey = {quote(new_passphrase)}")
        except sqlcipher3.DatabaseError as error:
            raise classify(error, True) from None
        finally:
            conn.close()
        self._passphrase = new_passphrase
        self.engine = self._make_engine(new_passphrase)
        self.sessions.configure(bind=self.engine)
        self._check_key()

    def backup(self, dest: str | os.PathLike[str], passphrase: str | None = None, *, force: bool = False) -> Path:
        """Write an encrypted copy to ``dest`` (see :func:`dropin.models.backup.write_backup`)."""
        from dropin.models.backup import write_backup

        return write_backup(self, Path(dest), passphrase, force=force)

    @staticmethod
    def check_file(path: str | os.PathLike[str], passphrase: str, kdf_iter: int = DEFAULT_KDF_ITER) -> None:
        """Refuse a file that cannot be decrypted, fails integrity checks or is not a dropin database."""
        from dropin.models.restore import check_file

        check_file(Path(path), passphrase, kdf_iter)

    @staticmethod
    def restore(
        source: str | os.PathLike[str],
        dest: str | os.PathLike[str],
        passphrase: str,
        kdf_iter: int = DEFAULT_KDF_ITER,
        *,
        current_passphrase: str | None = None,
    ) -> Path | None:
        """Replace the database at ``dest`` with a checked backup (see :func:`dropin.models.restore.restore`)."""
        from dropin.models.restore import restore

        return restore(Path(source), Path(dest), passphrase, kdf_iter, current_passphrase=current_passphrase)

    def inspect(self) -> IntegrityReport:
        """:class:`dropin.models.integrity.IntegrityReport` for this database (pages, structure, foreign keys)."""
        from dropin.models.integrity import inspect

        conn = raw_connect(self.path, self._passphrase, self.kdf_iter)
        try:
            # SQLCipher's page check reads the file itself, not the write-ahead log: fold the log in first,
            # or pages a crash left only in the log (e.g. during a passphrase change) look damaged.
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlcipher3.DatabaseError as error:
                log.info("checkpoint before the check failed: %s", error)
            return inspect(conn)
        finally:
            conn.close()

    def integrity_ok(self) -> bool:
        with self.engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"

    def optimize(self) -> None:
        """Refresh the query planner's statistics (quick, approximate; what SQLite advises on close)."""
        try:
            with self.engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
                conn.exec_driver_sql("PRAGMA optimize = 0x10002")
        except exc.DBAPIError as error:  # read-only file, busy elsewhere: statistics can wait
            log.info("optimize skipped: %s", error)

    def close(self) -> None:
        try:
            self.optimize()
            self.engine.dispose()
        finally:
            if self._lock is not None:
                self._lock.release()  # only now: SQLite has closed its files
                self._lock = None
