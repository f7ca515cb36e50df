"""The tamper-evident audit log: every entry's hash covers the previous entry's hash.

Editing, inserting or deleting a row in the middle breaks the chain, which
:func:`verify_chain` reports with the first bad entry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

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


def last_hash(conn: Connection) -> str:
    row = conn.execute(select(_table.c.hash).order_by(_table.c.id.desc()).limit(1)).first()
    return row[0] if row else GENESIS


def append_entries(conn: Connection, entries: Iterable[Mapping], info: Mapping, at: dt.datetime) -> None:
    """Append entries in order, chaining each to the last one in the table.

    Called inside the write transaction (``BEGIN IMMEDIATE``), so no other
    writer can slip an entry in between reading the last hash and inserting.
    """
    prev = last_hash(conn)
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


def verify_chain(conn: Connection) -> ChainReport:
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
