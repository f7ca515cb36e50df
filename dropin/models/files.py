"""The files beside a database, and how they are replaced without losing any of them.

- ``names(db)``: the database and every file SQLite or dropin keeps beside it;
  a backup may never be written over one of them.
- Temporary files are named ``.<database name>.<what>-<random>.tmp`` in the
  database's folder, created owner-only; one left by a killed process is
  removed the next time the database is opened with its lock held.
- A *pending anchor* (``<database>.pending.audit-anchor``) is written before a
  restore or a passphrase change and put in place after it. If the process is
  killed in between, the next opening puts it in place when it matches the
  database as found (the change happened) and drops it otherwise, so the audit
  log is never reported broken because of the interruption.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from dropin.paths import private_temp

log = logging.getLogger(__name__)

SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock", ".audit-anchor", ".rotating")


def names(db_path: Path) -> set[Path]:
    """The database, its side files, its stores' files (``centre.db.health``) and their side files."""
    from dropin.models.stores import STORES

    db_path = Path(db_path)
    mains = [db_path, *(db_path.with_name(f"{db_path.name}.{store}") for store in STORES)]
    return set(mains) | {path.with_name(path.name + suffix) for path in mains for suffix in SIDE_SUFFIXES}


def is_own_file(db_path: Path, candidate: Path) -> bool:
    """Whether ``candidate`` is the database or one of its side files (also through links and ``..``)."""
    try:
        target = Path(candidate).resolve()
    except (OSError, RuntimeError):
        return False
    for own in names(Path(db_path).resolve()):
        if target == own:
            return True
        try:
            if target.exists() and own.exists() and os.path.samefile(target, own):
                return True
        except OSError:
            continue
    return False


def temp_for(db_path: Path, what: str) -> Path:
    """An empty owner-only temporary file beside ``db_path`` (SQLite accepts it as a new database)."""
    return private_temp(Path(db_path).parent, f".{Path(db_path).name}.{what}-")


def remove_with_sides(path: Path) -> None:
    """Remove a temporary file, its side files, and the store files made beside it (``<tmp>.health`` ...)."""
    from dropin.models.stores import STORES

    path = Path(path)
    for base in (path, *(path.with_name(f"{path.name}.{store}") for store in STORES)):
        for leftover in (base, *(base.with_name(base.name + s) for s in ("-wal", "-shm", "-journal", ".audit-anchor"))):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass


def remove_with_sides_of_db(db_path: Path) -> None:
    """Remove a database's ``-wal`` and ``-shm`` (only after its log was folded in, with its lock held)."""
    for suffix in ("-wal", "-shm"):
        try:
            Path(f"{db_path}{suffix}").unlink()
        except FileNotFoundError:
            pass


def remove_leftovers(db_path: Path) -> list[Path]:
    """Remove temporary files a killed create, restore or backup left beside ``db_path``.

    Only call with the database's lock held: then no such operation is running.
    """
    db_path = Path(db_path)
    removed = []
    for leftover in db_path.parent.glob(f".{db_path.name}.*.tmp"):
        remove_with_sides(leftover)
        removed.append(leftover)
    if removed:
        log.info("removed %d temporary file(s) left by an interrupted operation", len(removed))
    return removed


def narrow_modes(db_path: Path) -> None:
    """Make a database an older version left group- or world-readable the owner's only (POSIX)."""
    if os.name != "posix":
        return
    for path in names(db_path):
        try:
            if path.exists() and path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)
        except OSError:  # not ours to change: leave it
            continue


def pending_base(db_path: Path) -> Path:
    """The name the pending anchor is written under (``audit.write_anchor`` adds its suffix)."""
    return Path(db_path).with_name(Path(db_path).name + ".pending")


def install_pending_anchor(db_path: Path) -> bool:
    """Put the pending anchor in place; ``False`` if there is none."""
    from dropin.security.audit import anchor_path

    pending = anchor_path(pending_base(db_path))
    if not pending.exists():
        return False
    os.replace(pending, anchor_path(db_path))
    return True


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def publish_new(tmp: Path, dest: Path) -> None:
    """Give ``tmp`` the name ``dest`` only if no file has that name yet (never overwrites)."""
    try:
        os.link(tmp, dest)  # FileExistsError if dest appeared meanwhile
    except FileExistsError:
        raise
    except (OSError, AttributeError):  # no hard links here (FAT, Windows): check, then rename
        if os.path.lexists(dest):
            raise FileExistsError(dest) from None
        os.rename(tmp, dest)  # Windows refuses an existing target too
    else:
        os.unlink(tmp)
    sync_folder(dest.parent)


#: SQLCipher 4's defaults: 4096-byte pages, each ending in a 16-byte IV and a 64-byte HMAC-SHA512
_PAGE, _RESERVE, _IV, _MAC = 4096, 80, 16, 64


def passphrase_opens_pages(path: Path, passphrase: str, kdf_iter: int, pages: int = 4) -> bool:
    """Whether ``passphrase`` is the key of the pages after the first (SQLCipher 4's page seals).

    Tells a damaged first page from a wrong passphrase: SQLCipher derives the key from the
    passphrase and the salt in the file's first 16 bytes (PBKDF2-HMAC-SHA512, ``kdf_iter``
    rounds: the same cost as opening the file, so this gives no shortcut to guessing) and seals
    every page with an HMAC under a key derived from it.
    """
    import hashlib
    import hmac

    try:
        with open(path, "rb") as fh:
            head = fh.read(_PAGE * (pages + 1))
    except OSError:
        return False
    if len(head) < 2 * _PAGE:
        return False
    salt = head[:16]
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, kdf_iter, 32)
    mac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
    for number in range(2, len(head) // _PAGE + 1):
        page = head[(number - 1) * _PAGE : number * _PAGE]
        sealed, seal = page[: _PAGE - _RESERVE + _IV], page[_PAGE - _RESERVE + _IV : _PAGE - _RESERVE + _IV + _MAC]
        if hmac.compare_digest(hmac.new(mac_key, sealed + number.to_bytes(4, "little"), hashlib.sha512).digest(), seal):
            return True
    return False
