"""The encrypted database: create, unlock, migrate, rekey, back up and restore.

One :class:`Database` holds one SQLAlchemy engine for one file; SQLCipher
derives the key once per connection, so the engine (and its per-thread
connection) is reused for the whole session.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from dropin.errors import Conflict, DropinError, StorageError, WrongPassphrase
from dropin.i18n import translate

log = logging.getLogger(__name__)

from dropin.config import DEFAULT_KDF_ITER  # noqa: E402  (re-exported)
BUSY_TIMEOUT_MS = 15_000
#: Smaller files cannot be a database (SQLite's smallest page); opening one would overwrite it.
MIN_DATABASE_SIZE = 512

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def wrong_passphrase_message() -> str:
    return translate("Database", "Wrong passphrase or not a dropin database.")


def _quote(value: str) -> str:
    """Quote a passphrase for a PRAGMA (double quotes doubled, any unicode allowed)."""
    return '"' + value.replace('"', '""') + '"'


def _check_new_passphrase(passphrase) -> None:
    """A passphrase we can store: not empty, and no null character (SQLite cannot pass one in a PRAGMA)."""
    if not passphrase or not isinstance(passphrase, str):
        raise DropinError(translate("Database", "The database passphrase cannot be empty."))
    if "\x00" in passphrase:
        raise DropinError(translate("Database", "The database passphrase cannot contain a null character."))


def _raw_connect(path: Path, passphrase: str, kdf_iter: int) -> sqlcipher3.Connection:
    if not isinstance(passphrase, str) or "\x00" in passphrase:
        raise WrongPassphrase(wrong_passphrase_message())  # no database can have such a passphrase
    conn = sqlcipher3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    conn.execute(f"PRAGMA kdf_iter = {int(kdf_iter)}")
    return conn


def _classify(error: Exception) -> DropinError:
    log.info("database error: %s", getattr(error, "orig", error))
    msg = str(getattr(error, "orig", error)).lower()
    if isinstance(error, (exc.IntegrityError, sqlcipher3.IntegrityError)):
        return Conflict(translate("Database", "This would clash with a record already saved, so nothing was saved."))
    if "not a database" in msg or "encrypted" in msg:
        return WrongPassphrase(wrong_passphrase_message())
    if "readonly" in msg or "read-only" in msg:
        return StorageError(translate("Database", "The database file is read-only, so nothing could be saved."))
    if "disk is full" in msg or "disk full" in msg or "no space" in msg:
        return StorageError(translate("Database", "The disk is full, so nothing could be saved. Free some space and try again."))
    if "locked" in msg or "busy" in msg:
        return StorageError(translate("Database", "The database is busy in another window. Try again in a moment."))
    if "disk i/o" in msg or "unable to open" in msg:
        return StorageError(translate("Database", "The database file could not be written. Nothing was saved."))
    return StorageError(translate("Database", "The database reported an error. Nothing was saved."))


class Database:
    """An unlocked, encrypted dropin database."""

    def __init__(self, path: str | os.PathLike, passphrase: str, kdf_iter: int = DEFAULT_KDF_ITER):
        self.path = Path(path)
        self.kdf_iter = int(kdf_iter)
        self._passphrase = passphrase
        self.engine = self._make_engine(passphrase)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    # ----------------------------------------------------------------- opening
    @classmethod
    def create(cls, path, passphrase: str, kdf_iter: int = DEFAULT_KDF_ITER) -> Database:
        """Create a new encrypted database with every table (refuses an existing file)."""
        path = Path(path)
        cannot = translate("Database", "A database cannot be created there: the folder cannot be made or the name is not allowed.")
        try:
            occupied = path.exists() and (not path.is_file() or path.stat().st_size > 0)
        except (OSError, ValueError):  # a name too long for the file system
            raise StorageError(cannot) from None
        if occupied:
            raise DropinError(translate("Database", "A file already exists at that place; choose another name."))
        _check_new_passphrase(passphrase)
        if "\x00" in str(path):
            raise StorageError(cannot)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except (OSError, ValueError):  # e.g. a file where a folder should be
            raise StorageError(cannot) from None
        db = cls(path, passphrase, kdf_iter)
        try:
            db._check_key()
            db._upgrade()
        except Exception:
            db.close()
            raise
        return db

    @classmethod
    def open(cls, path, passphrase: str, kdf_iter: int = DEFAULT_KDF_ITER, migrate: bool = True) -> Database:
        """Unlock an existing database; upgrade it (after an encrypted backup) if it is older."""
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
            raise StorageError(translate("Database", "The database file or its folder is read-only, so it cannot be opened. "
                                  "Copy it to a folder you can write to, or ask for write access."))
        if not isinstance(passphrase, str) or "\x00" in passphrase:
            raise WrongPassphrase(wrong_passphrase_message())  # create() never accepts such a passphrase
        db = cls(path, passphrase, kdf_iter)
        try:
            db._check_key()
            if not db._is_dropin():
                raise WrongPassphrase(wrong_passphrase_message())
            if migrate and db.needs_upgrade():
                copy = db.backup(db._upgrade_backup_path())
                try:
                    db._upgrade()
                except exc.SQLAlchemyError as error:
                    # the upgrade runs in one transaction: nothing of it was kept
                    log.error("upgrade failed: %s", error)
                    raise DropinError(translate(
                        "Database", "The database could not be upgraded to this version and was left as it was. "
                                    "A copy was saved as {path}.").format(path=copy)) from None
                from dropin.security.audit import anchor_after_upgrade

                anchor_after_upgrade(db, passphrase)  # anchors from before 0008 were sealed with the passphrase
        except Exception:
            db.close()
            raise
        return db

    def _make_engine(self, passphrase: str) -> Engine:
        url = URL.create(
            "sqlite+pysqlcipher",
            password=passphrase,
            database=str(self.path),
            query={"kdf_iter": str(self.kdf_iter)},
        )
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, record):
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA cipher_log_level = NONE")
            cur.execute("SELECT count(*) FROM sqlite_master")  # fails here on a wrong key
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            # Take the write lock up front: writes serialise, audit chains stay linear.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine

    def _check_key(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master")
        except exc.DBAPIError as error:
            raise _classify(error) from None

    def _is_dropin(self) -> bool:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).scalar()
        return bool(row)

    # -------------------------------------------------------------- migrations
    def _alembic_config(self):
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        return cfg

    def current_revisions(self) -> set[str]:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return set(MigrationContext.configure(conn).get_current_heads())

    def head_revisions(self) -> set[str]:
        from alembic.script import ScriptDirectory

        return set(ScriptDirectory.from_config(self._alembic_config()).get_heads())

    def needs_upgrade(self) -> bool:
        current = self.current_revisions()
        heads = self.head_revisions()
        if current == heads:
            return False
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(self._alembic_config())
        known = {rev.revision for rev in script.walk_revisions()}
        if not current <= known:
            raise DropinError(translate("Database", "This database was made by a newer version of dropin. Please update the program."))
        return True

    def upgrade(self, target: str = "heads") -> None:
        self._upgrade(target)

    def _upgrade(self, target: str = "heads") -> None:
        from alembic import command

        cfg = self._alembic_config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)

    def _upgrade_backup_path(self) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        return self.path.with_name(f"{self.path.stem}.before-upgrade-{stamp}{self.path.suffix or '.db'}")

    # ---------------------------------------------------------------- sessions
    @contextmanager
    def session(self, info: dict | None = None) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        session = self.sessions()
        if info:
            session.info.update(info)
        try:
            with session.begin():
                yield session
        except exc.OperationalError as error:
            raise _classify(error) from None
        except exc.DatabaseError as error:
            raise _classify(error) from None
        finally:
            session.close()
        tail = session.info.get("audit_tail")
        if tail is not None:
            # an ordinary write never re-creates a missing anchor, except for a log that was empty
            self._anchor(*tail, force=bool(session.info.get("audit_reanchor")),
                         may_create=session.info.get("audit_from") == 0)

    # ------------------------------------------------------------ audit anchor
    def _anchor(self, entry_id: int, entry_hash: str, force: bool = False, may_create: bool = False) -> None:
        from dropin.security.audit import write_anchor

        key = self.anchor_key()
        if key is None:
            return
        try:
            write_anchor(self.path, key, entry_id, entry_hash, force=force, may_create=may_create)
        except OSError as error:  # a read-only folder: the chain itself is still checked
            log.warning("could not write the audit anchor: %s", error)

    def anchor_key(self) -> bytes | None:
        """The random key inside the database that seals the anchor file."""
        if getattr(self, "_anchor_key", None) is None:
            from dropin.security.audit import stored_anchor_key

            with self.engine.connect() as conn:
                self._anchor_key = stored_anchor_key(conn)
        return self._anchor_key

    def verify_audit(self, seal: tuple[int, str] | None = None):
        """Check the audit log's chain, that its end still matches the anchor, and a seal if given."""
        from dropin.security.audit import verify_log

        with self.engine.connect() as conn:
            return verify_log(conn, self.path, self.anchor_key(), seal)

    # -------------------------------------------------------------- key, copies
    def rekey(self, new_passphrase: str) -> None:
        """Change the database passphrase in place (``PRAGMA rekey``)."""
        _check_new_passphrase(new_passphrase)
        self.engine.dispose()
        conn = _raw_connect(self.path, self._passphrase, self.kdf_iter)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute(f"PRAGMA rekey = {_quote(new_passphrase)}")
        except sqlcipher3.DatabaseError as error:
            raise _classify(error) from None
        finally:
            conn.close()
        self._passphrase = new_passphrase
        self.engine = self._make_engine(new_passphrase)
        self.sessions.configure(bind=self.engine)
        self._check_key()

    def backup(self, dest, passphrase: str | None = None) -> Path:
        """Write an encrypted copy to ``dest`` (same passphrase unless another is given).

        Uses ``sqlcipher_export`` into an attached encrypted file, written to a
        temporary name and moved into place, so a failed backup leaves nothing
        half-written.
        """
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        key = self._passphrase if passphrase is None else passphrase
        if not key:
            raise DropinError(translate("Database", "A backup needs a passphrase."))
        _check_new_passphrase(key)
        fd, tmp_name = tempfile.mkstemp(prefix=".dropin-backup-", dir=dest.parent)
        os.close(fd)
        os.unlink(tmp_name)
        tmp = Path(tmp_name)
        conn = _raw_connect(self.path, self._passphrase, self.kdf_iter)
        try:
            conn.execute(f"PRAGMA cipher_default_kdf_iter = {self.kdf_iter}")
            conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(tmp), key))
            conn.execute("SELECT sqlcipher_export('backup')")
            conn.execute("DETACH DATABASE backup")
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, dest)
        except sqlcipher3.DatabaseError as error:
            raise _classify(error) from None
        finally:
            conn.close()
            for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal")):
                if leftover.exists():
                    leftover.unlink()
        return dest

    @staticmethod
    def check_file(path, passphrase: str, kdf_iter: int = DEFAULT_KDF_ITER) -> None:
        """Refuse a file that cannot be decrypted, fails integrity checks or is not a dropin database."""
        path = Path(path)
        if not path.is_file():
            raise DropinError(translate("Database", "There is no file at {path}.").format(path=path))
        conn = _raw_connect(path, passphrase, kdf_iter)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master")
            cipher_problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            result = conn.execute("PRAGMA integrity_check").fetchall()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlcipher3.DatabaseError as error:
            problem = _classify(error)
            if isinstance(problem, WrongPassphrase):
                raise problem from None
            raise DropinError(translate("Database", "The backup file is damaged and cannot be restored.")) from None
        finally:
            conn.close()
        if cipher_problems or result != [("ok",)]:
            raise DropinError(translate("Database", "The backup file is damaged and cannot be restored."))
        if "alembic_version" not in tables:
            raise WrongPassphrase(wrong_passphrase_message())

    @classmethod
    def restore(cls, source, dest, passphrase: str, kdf_iter: int = DEFAULT_KDF_ITER) -> Path | None:
        """Replace the database at ``dest`` with a checked backup.

        The current file (if any) is kept beside it as ``*.replaced-<time>.db``
        and its path returned, so a restore can itself be undone.
        """
        source, dest = Path(source), Path(dest)
        cls.check_file(source, passphrase, kdf_iter)
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".dropin-restore-", dir=dest.parent)
        os.close(fd)
        shutil.copyfile(source, tmp_name)
        with open(tmp_name, "rb+") as fh:
            os.fsync(fh.fileno())
        kept = None
        if dest.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = dest.with_name(f"{dest.stem}.replaced-{stamp}{dest.suffix or '.db'}")
            # Fold the write-ahead log into the old file before keeping it.
            try:
                conn = _raw_connect(dest, passphrase, kdf_iter)
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
            except sqlcipher3.DatabaseError:
                pass
            shutil.copyfile(dest, kept)
            from dropin.security.audit import anchor_path

            if anchor_path(dest).exists():
                shutil.copyfile(anchor_path(dest), anchor_path(kept))
        for side in (Path(f"{dest}-wal"), Path(f"{dest}-shm")):
            if side.exists():
                side.unlink()
        os.replace(tmp_name, dest)
        return kept

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
        self.optimize()
        self.engine.dispose()
