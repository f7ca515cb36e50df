"""SQLCipher connections of the encrypted file: passphrase rules, raw connections, the derived key, and the
messages the user sees for what SQLCipher reports."""

from __future__ import annotations

import logging
from pathlib import Path

import sqlcipher3
from sqlalchemy import exc

from dropin.errors import Conflict, DropinError, StorageError, WrongPassphrase
from dropin.i18n import translate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
#: each connection's cache of decrypted pages, per file (KiB; SQLite's default is 2 MiB): the weekly report reads
#: some 30 MiB of index pages of a busy five-year centre, and with the default every run decrypted them again.
#: The cache fills only as pages are read, and only while the connection is open.
PAGE_CACHE_KIB = 32 * 1024


class DatabaseDamaged(StorageError):
    """Pages of the file cannot be read although the passphrase is right."""


class CurrentPassphraseNeeded(WrongPassphrase):
    """A restore must also know the passphrase of the database it replaces."""


def wrong_passphrase_message() -> str:
    return translate("Database", "Wrong passphrase or not a dropin database.")


def quote(value: str) -> str:
    """Quote a passphrase for a PRAGMA (double quotes doubled, any unicode allowed)."""
    return '"' + value.replace('"', '""') + '"'


def unusable_key(passphrase: object) -> bool:
    """No database can have this passphrase: not text, a null character (SQLite cannot pass one in a
    PRAGMA), or a lone surrogate half (not UTF-8; an undecodable environment variable gives one)."""
    return (
        not isinstance(passphrase, str)
        or "\x00" in passphrase
        or not passphrase.isascii()
        and any("\ud800" <= ch <= "\udfff" for ch in passphrase)
    )


def check_new_passphrase(passphrase: object) -> None:
    """A passphrase we can store: not empty, and no null character or broken symbol."""
    if not passphrase or not isinstance(passphrase, str):
        raise DropinError(translate("Database", "The database passphrase cannot be empty."))
    if "\x00" in passphrase:
        raise DropinError(translate("Database", "The database passphrase cannot contain a null character."))
    if unusable_key(passphrase):
        raise DropinError(
            translate("Database", "The database passphrase contains a broken symbol. Please type it again.")
        )


def raw_connect(path: Path, passphrase: str, kdf_iter: int, read_only: bool = False) -> sqlcipher3.Connection:
    """A plain SQLCipher connection. ``read_only`` can neither recover nor checkpoint a left-over log."""
    if unusable_key(passphrase):
        raise WrongPassphrase(wrong_passphrase_message())  # no database can have such a passphrase
    if read_only:
        target, uri = Path(path).resolve().as_uri() + "?mode=ro", True
    else:
        target, uri = str(path), False
    conn = sqlcipher3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, uri=uri)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {quote(passphrase)}")
    conn.execute(f"PRAGMA kdf_iter = {int(kdf_iter)}")
    return conn


def derived_key(path: Path, passphrase: str, kdf_iter: int) -> str | None:
    """``passphrase`` as SQLCipher's raw key data for ``path`` (``x'…'``), or ``None`` if the file has no salt.

    Derived once, as SQLCipher derives it (PBKDF2-HMAC-SHA512 over the salt in the file's first 16
    bytes, ``kdf_iter`` rounds): every further connection (one per thread) then skips the derivation.
    """
    import hashlib

    try:
        with open(path, "rb") as fh:
            salt = fh.read(16)
    except OSError:
        return None
    if len(salt) < 16 or unusable_key(passphrase):
        return None
    return "x'" + hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, int(kdf_iter), 32).hex() + "'"


def key_opens(path: Path, key: str, kdf_iter: int) -> bool:
    """Whether ``key`` reads ``path`` (a read-only connection: nothing is written)."""
    try:
        conn = raw_connect(path, key, kdf_iter, read_only=True)
    except (sqlcipher3.DatabaseError, DropinError):
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def damaged_message() -> str:
    return translate(
        "Database",
        "The database file is damaged, so nothing was saved. The dropin check command "
        "shows what is affected; restore the latest backup.",
    )


def classify(error: Exception, key_ok: bool = False) -> DropinError:
    """A user-facing error for a database error; ``key_ok`` once the passphrase is known to be right."""
    log.info("database error: %s", getattr(error, "orig", error))
    msg = str(getattr(error, "orig", error)).lower()
    if isinstance(error, (exc.IntegrityError, sqlcipher3.IntegrityError)):
        return Conflict(translate("Database", "This would clash with a record already saved, so nothing was saved."))
    if "malformed" in msg or (key_ok and ("not a database" in msg or "encrypted" in msg)):
        return DatabaseDamaged(damaged_message())
    if "not a database" in msg or "encrypted" in msg:
        return WrongPassphrase(wrong_passphrase_message())
    if "readonly" in msg or "read-only" in msg:
        return StorageError(translate("Database", "The database file is read-only, so nothing could be saved."))
    if "disk is full" in msg or "disk full" in msg or "no space" in msg:
        return StorageError(
            translate("Database", "The disk is full, so nothing could be saved. Free some space and try again.")
        )
    if "locked" in msg or "busy" in msg:
        return StorageError(translate("Database", "The database is busy in another window. Try again in a moment."))
    if "disk i/o" in msg or "unable to open" in msg:
        return StorageError(translate("Database", "The database file could not be written. Nothing was saved."))
    return StorageError(translate("Database", "The database reported an error. Nothing was saved."))
