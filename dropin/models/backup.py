"""The encrypted database's backup: one owner-only SQLCipher file holding the database and its stores."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from dropin.errors import DropinError
from dropin.i18n import translate
from dropin.models import files, stores
from dropin.models.cipher import DatabaseDamaged, check_new_passphrase, classify, raw_connect
from dropin.models.lock import DatabaseInUse, DatabaseLock, lock_path
from dropin.paths import make_private_folder

if TYPE_CHECKING:
    from dropin.models.database import Database


def check_destination(dest: Path, *, force: bool) -> None:
    """Refuse a folder, and an existing file unless ``force`` (a file's backup and a server's alike)."""
    if dest.is_dir():
        raise DropinError(
            translate("Database", "{path} is a folder; give a file name for the backup.").format(path=dest)
        )
    if dest.exists() and not force:
        raise DropinError(
            translate(
                "Database", "{path} already exists. Choose another name, or allow replacing it (--force)."
            ).format(path=dest)
        )


def write_backup(db: Database, dest: Path, passphrase: str | None = None, *, force: bool = False) -> Path:
    """Write an encrypted copy to ``dest`` (same passphrase unless another is given).

    Uses ``sqlcipher_export`` into an owner-only temporary file beside
    ``dest``, moved into place only when complete. Refuses to write over the
    database or one of its side files, over a database another dropin
    process has open, and over an existing file unless ``force``.
    """
    dest = Path(dest)
    if files.is_own_file(db.path, dest):
        raise DropinError(
            translate(
                "Database",
                "A backup cannot be written over the database or one of the files kept beside it; choose another file.",
            )
        )
    check_destination(dest, force=force)
    if dest.exists() and lock_path(dest).exists():  # dest is a database dropin may have open
        try:
            with DatabaseLock(dest):
                pass
        except DatabaseInUse:
            raise DropinError(
                translate("Database", "{path} is a database open in dropin; a backup cannot replace it.").format(
                    path=dest
                )
            ) from None
    key = db._passphrase if passphrase is None else passphrase
    if not key:
        raise DropinError(translate("Database", "A backup needs a passphrase."))
    check_new_passphrase(key)
    make_private_folder(dest.parent)
    for stale in dest.parent.glob(f".{dest.name}.backup-*.tmp"):
        files.remove_with_sides(stale)  # left by a backup that was killed
    tmp = files.temp_for(dest, "backup")
    conn = raw_connect(db.path, db._passphrase, db.kdf_iter)
    try:
        conn.execute(f"PRAGMA cipher_default_kdf_iter = {db.kdf_iter}")
        conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(tmp), key))
        # The copy is a temporary file of ours, synced once below before it gets its name: no journal
        # and no sync per table (which made a backup take a second per hundred tables).
        conn.execute("PRAGMA backup.journal_mode = OFF")
        conn.execute("PRAGMA backup.synchronous = OFF")
        conn.execute("SELECT sqlcipher_export('backup')")
        stores.pack_into(conn, db.path, db._store_keys, tmp)  # the stores, still under their own keys
        conn.execute("DETACH DATABASE backup")
        files.fsync_file(tmp)
        os.replace(tmp, dest)  # a new file, or a backup no dropin process has open
        files.sync_folder(dest.parent)
    except sqlcipher3.DatabaseError as error:
        problem = classify(error, True)
        if isinstance(problem, DatabaseDamaged):
            from dropin.models.integrity import inspect

            report = inspect(conn)
            raise DatabaseDamaged(
                translate("Database", "No backup was written. {damage} Restore the latest good backup instead.").format(
                    damage=report.summary()
                )
            ) from None
        raise problem from None
    finally:
        conn.close()
        files.remove_with_sides(tmp)
    return dest
