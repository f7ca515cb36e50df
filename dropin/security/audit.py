"""The tamper-evident audit log: every entry's hash covers the previous entry's hash.

Editing, inserting or deleting a row in the middle breaks the chain, which
:func:`verify_chain` reports with the first bad entry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, insert, select

from dropin.models.security import AuditEntry

GENESIS = "0" * 64
_table = AuditEntry.__table__


def entry_hash(prev_hash: str, at: dt.datetime, user_id, username, action, entity, entity_id, detail) -> str:
    payload = json.dumps(
        [prev_hash, at.isoformat(timespec="seconds"), user_id, username, action, entity, entity_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def last_entry(conn: Connection) -> tuple[int, str]:
    """Id and hash of the newest entry (0 and the genesis hash for an empty log)."""
    row = conn.execute(select(_table.c.id, _table.c.hash).order_by(_table.c.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def last_hash(conn: Connection) -> str:
    return last_entry(conn)[1]


def append_entries(conn: Connection, entries: Iterable[Mapping], info: Mapping, at: dt.datetime) -> None:
    """Append entries in order, chaining each to the last one in the table.

    Called inside the write transaction (``BEGIN IMMEDIATE``), so no other
    writer can slip an entry in between reading the last hash and inserting.
    """
    last_id, prev = last_entry(conn)
    user_id = info.get("user_id")
    username = info.get("username")
    rows = []
    for e in entries:
        h = entry_hash(prev, at, user_id, username, e["action"], e.get("entity"), e.get("entity_id"), e.get("detail"))
        rows.append(
            {
                "at": at,
                "user_id": user_id,
                "username": username,
                "action": e["action"],
                "entity": e.get("entity"),
                "entity_id": e.get("entity_id"),
                "detail": e.get("detail"),
                "prev_hash": prev,
                "hash": h,
            }
        )
        prev = h
    conn.execute(insert(_table), rows)
    # ids follow on (INTEGER PRIMARY KEY, and we hold the write lock): remember the new tail for the anchor
    if isinstance(info, dict):
        info["audit_tail"] = (last_id + len(rows), prev)


def record(session, action: str, entity: str | None = None, entity_id=None, detail: dict | None = None) -> None:
    """Append one entry for something that is not a row write (login, read, export, break-glass)."""
    from dropin.models.hooks import _now

    append_entries(
        session.connection(),
        [
            {
                "action": action,
                "entity": entity,
                "entity_id": None if entity_id is None else str(entity_id),
                "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None,
            }
        ],
        session.info,
        _now(session),
    )


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    problem: str | None = None
    anchored: bool = False  # the end of the log was checked against the anchor file


# ------------------------------------------------------------------ the anchor
# The chain alone cannot show that entries were cut from its END. After every write the
# database layer records the newest entry's id and hash in a small file beside the
# database, sealed with a key derived from the database passphrase; verification checks
# that the log still reaches that entry with that hash.

def _anchor_key(passphrase: str) -> bytes:
    return hashlib.sha256(b"dropin audit anchor\0" + passphrase.encode("utf-8")).digest()


def anchor_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".audit-anchor")


def write_anchor(db_path: Path, passphrase: str, entry_id: int, entry_hash_: str, *, force: bool = False) -> None:
    """Record the newest entry (never moving the anchor backwards unless ``force``)."""
    path = anchor_path(db_path)
    if not force:
        current = read_anchor(db_path, passphrase)
        if current is not None and current[0] >= entry_id:
            return
    seal = hmac.new(_anchor_key(passphrase), f"{entry_id}:{entry_hash_}".encode(), hashlib.sha256).hexdigest()
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"id": entry_id, "hash": entry_hash_, "seal": seal}), encoding="utf-8")
    os.replace(tmp, path)


def read_anchor(db_path: Path, passphrase: str) -> tuple[int, str] | None:
    """The anchored (id, hash), or ``None`` if there is no anchor or its seal does not match."""
    try:
        data = json.loads(anchor_path(db_path).read_text(encoding="utf-8"))
        entry_id, entry_hash_, seal = int(data["id"]), str(data["hash"]), str(data["seal"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    expected = hmac.new(_anchor_key(passphrase), f"{entry_id}:{entry_hash_}".encode(), hashlib.sha256).hexdigest()
    return (entry_id, entry_hash_) if hmac.compare_digest(seal, expected) else None


def verify_chain(conn: Connection, anchor: tuple[int, str] | None = None) -> ChainReport:
    """Check every link; with an ``anchor``, also that no entry was removed from the end."""
    report = _verify_links(conn)
    if not report.ok or anchor is None:
        return report
    entry_id, entry_hash_ = anchor
    row = conn.execute(select(_table.c.hash).where(_table.c.id == entry_id)).first()
    if row is None:
        return ChainReport(False, report.entries, entry_id, "entries at the end of the log were removed")
    if row[0] != entry_hash_:
        return ChainReport(False, report.entries, entry_id, "the last recorded entry was replaced")
    return ChainReport(True, report.entries, anchored=True)


def _verify_links(conn: Connection) -> ChainReport:
    prev = GENESIS
    count = 0
    expected_id = None
    for row in conn.execute(select(_table).order_by(_table.c.id)):
        count += 1
        if expected_id is not None and row.id != expected_id:
            return ChainReport(False, count, row.id, "an entry is missing before this one")
        expected_id = row.id + 1
        if row.prev_hash != prev:
            return ChainReport(False, count, row.id, "the link to the previous entry is broken")
        h = entry_hash(prev, row.at, row.user_id, row.username, row.action, row.entity, row.entity_id, row.detail)
        if h != row.hash:
            return ChainReport(False, count, row.id, "the entry was changed after it was written")
        prev = row.hash
    return ChainReport(True, count)
