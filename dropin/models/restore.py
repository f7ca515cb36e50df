"""Checking a backup and putting it in place of a database without losing what the replaced file held.

The order of a restore, each step safe to be killed after:

1. check the backup (decrypts, every integrity check, a dropin database);
2. copy it to an owner-only temporary file beside the database;
3. fold the current database's write-ahead log in with *its own* passphrase
   (asked for when it differs from the backup's; refused, never swallowed, if
   the log cannot be folded in completely) and keep a copy ``*.replaced-<time>.db``;
4. write the restored log's audit anchor as a pending anchor;
5. rename the temporary file over the database (nobody has it open: the lock is held);
6. put the pending anchor in place (done at the next opening if killed before).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import sqlcipher3

from dropin.errors import DropinError, StorageError, WrongPassphrase
from dropin.i18n import translate
from dropin.models import files, stores
from dropin.models.cipher import CurrentPassphraseNeeded, classify, raw_connect, wrong_passphrase_message
from dropin.models.database import Database
from dropin.models.lock import DatabaseLock
from dropin.paths import make_private_folder, owner_only


def check_file(path: Path, passphrase: str, kdf_iter: int) -> None:
    """Refuse a file that cannot be decrypted, fails integrity checks or is not a dropin database."""
    from dropin.models.integrity import inspect

    path = Path(path)
    if not path.is_file():
        raise DropinError(translate("Database", "There is no file at {path}.").format(path=path))
    Database.verify_key(path, passphrase, kdf_iter)
    conn = raw_connect(path, passphrase, kdf_iter, read_only=True)
    try:
        report = inspect(conn)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlcipher3.DatabaseError:
            tables = set()
    finally:
        conn.close()
    if not report.ok:
        raise DropinError(
            translate("Database", "The backup file is damaged and cannot be restored. {damage}").format(
                damage=report.summary()
            )
        )
    if "alembic_version" not in tables:
        raise WrongPassphrase(wrong_passphrase_message())


def restore(
    source: Path, dest: Path, passphrase: str, kdf_iter: int, *, current_passphrase: str | None = None
) -> Path | None:
    """Replace the database at ``dest`` with a checked backup.

    Holds ``dest``'s lock throughout (refused while dropin has it open).
    The current file (if any) is first brought up to date, its write-ahead
    log folded in with *its own* passphrase (``current_passphrase`` when it
    differs from the backup's; :class:`CurrentPassphraseNeeded` asks for
    it), then kept beside it as ``*.replaced-<time>.db`` and its path
    returned, so a restore can itself be undone.
    """
    from dropin.security.audit import anchor_path

    source, dest = Path(source), Path(dest)
    check_file(source, passphrase, kdf_iter)
    make_private_folder(dest.parent)
    with DatabaseLock(dest):
        tmp = files.temp_for(dest, "restore")
        try:
            shutil.copyfile(source, tmp)  # into the 0600 file made for it
            files.fsync_file(tmp)
            packed = _unpack_stores(tmp, passphrase, kdf_iter)
            kept = _keep_replaced(
                dest,
                passphrase if current_passphrase is None else current_passphrase,
                kdf_iter,
                asked=current_passphrase is not None,
            )
            restored = Database(tmp, passphrase, kdf_iter)
            try:
                restored.path = dest  # the pending anchor is dest's
                restored._write_pending_anchor()
            finally:
                restored.engine.dispose()
            files.remove_with_sides_of_db(dest)
            for store in stores.STORES:  # the stores first (kept in the copy above); a backup from before
                target = stores.store_path(dest, store)  # the stores gets new ones at its upgrade
                files.remove_with_sides_of_db(target)
                if store in packed:
                    os.replace(stores.store_path(tmp, store), target)
                    if Path(f"{stores.store_path(tmp, store)}-wal").exists():
                        os.replace(f"{stores.store_path(tmp, store)}-wal", f"{target}-wal")
                elif target.exists():
                    target.unlink()
            os.replace(tmp, dest)  # nobody has dest open: we hold its lock
            files.sync_folder(dest.parent)
        finally:
            files.remove_with_sides(tmp)
            for store in stores.STORES:
                files.remove_with_sides(stores.store_path(tmp, store))
        if not files.install_pending_anchor(dest):
            try:
                anchor_path(dest).unlink()  # an empty log has no end to anchor
            except FileNotFoundError:
                pass
        _anchor_stores(dest, passphrase, kdf_iter, packed)
    return kept


def _anchor_stores(
    dest: Path, passphrase: str, kdf_iter: int, packed: dict[str, tuple[int, str] | bytes | None]
) -> None:
    """Point each restored store's audit anchor at the end its chain had in the backup."""
    from dropin.security.audit import anchor_path, write_anchor

    for store in stores.STORES:
        target = anchor_path(stores.store_path(dest, store))
        end = packed.get(store)
        if isinstance(end, tuple):
            conn = raw_connect(dest, passphrase, kdf_iter, read_only=True)
            try:
                value = conn.execute("SELECT value FROM settings WHERE key = 'audit_anchor_key'").fetchone()
            finally:
                conn.close()
            key = _anchor_key_of(value)
            if key is not None:
                with owner_only():
                    write_anchor(stores.store_path(dest, store), key, end[0], end[1], force=True)
                continue
        if isinstance(end, bytes):
            with owner_only():
                target.write_bytes(end)
        elif target.exists():
            target.unlink()


def _anchor_key_of(row: tuple[object, ...] | None) -> bytes | None:
    """The anchor key from its ``settings`` row (as :func:`dropin.security.audit.stored_anchor_key` reads it)."""
    import json

    return bytes.fromhex(json.loads(str(row[0]))) if row and row[0] else None


def _unpack_stores(tmp: Path, passphrase: str, kdf_iter: int) -> dict[str, tuple[int, str] | bytes | None]:
    """Take the stores out of the backup copy at ``tmp`` (beside it, still under their own keys)."""
    conn = raw_connect(tmp, passphrase, kdf_iter)
    try:
        written = stores.unpack(conn, tmp)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher3.DatabaseError as error:
        raise classify(error, True) from None
    finally:
        conn.close()
    files.remove_with_sides_of_db(tmp)
    return written


def _keep_replaced(dest: Path, passphrase: str, kdf_iter: int, asked: bool) -> Path | None:
    """Fold ``dest``'s write-ahead log in (with its own passphrase) and copy it aside; ``None`` if no file."""
    from dropin.security.audit import anchor_path

    if not dest.exists():
        return None
    try:
        Database.verify_key(dest, passphrase, kdf_iter)
    except WrongPassphrase:
        if asked:
            raise WrongPassphrase(
                translate(
                    "Database", "That is not the passphrase of the database being replaced, so nothing was restored."
                )
            ) from None
        raise CurrentPassphraseNeeded(
            translate(
                "Database",
                "The database being replaced has another passphrase than the backup. Give its "
                "passphrase too, so that its latest changes are kept in the copy.",
            )
        ) from None
    conn = raw_connect(dest, passphrase, kdf_iter)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        busy, frames, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlcipher3.DatabaseError as error:
        raise classify(error, True) from None
    finally:
        conn.close()
    wal = Path(f"{dest}-wal")
    if busy or frames != done or (wal.exists() and wal.stat().st_size > 0):
        raise StorageError(
            translate(
                "Database",
                "The database being replaced is still in use, so nothing was restored. Close dropin and try again.",
            )
        )
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = files.temp_for(dest, "replaced")
    try:
        shutil.copyfile(dest, copy)
        files.fsync_file(copy)
        for n in range(1, 1000):
            kept = dest.with_name(f"{dest.stem}.replaced-{stamp}{'' if n == 1 else f'-{n}'}{dest.suffix or '.db'}")
            try:
                files.publish_new(copy, kept)  # never over an earlier copy
                break
            except FileExistsError:
                continue
        if anchor_path(dest).exists():
            with owner_only():
                shutil.copyfile(anchor_path(dest), anchor_path(kept))
        for store in stores.STORES:  # the stores as they are on disk (their own keys), with their logs
            current = stores.store_path(dest, store)
            with owner_only():
                for suffix in ("", "-wal", ".audit-anchor"):
                    if Path(f"{current}{suffix}").exists():
                        shutil.copyfile(f"{current}{suffix}", f"{stores.store_path(kept, store)}{suffix}")
    finally:
        files.remove_with_sides(copy)
    return kept
