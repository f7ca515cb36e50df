"""The tamper-evident audit log: every entry's hash covers every column and the previous entry's hash.

Editing, inserting or deleting a row in the middle breaks the chain, which
:func:`verify_chain` reports with the first bad entry. Three further checks
hold the ends of the log:

* the **anchor**, a small file beside the database naming the newest entry,
  sealed (HMAC) with a random key kept inside the encrypted database, so
  entries cut from the end are seen and the file tells nothing about the
  passphrase. It is moved only forward by ordinary writes; a missing or
  invalid anchor is a failure, and only an explicit, audited re-anchor
  replaces it;
* the **seal** ``COUNT:HASH`` (entry count and the head entry's hash) that
  reports, backups and the command line print: ``verify --seal`` checks that
  the log's first COUNT entries still end in that hash, which catches a log
  rewritten with the passphrase or rolled back to an older copy.

Entry format versions: 1 (databases before the format column) hashed the
time to the second, the user, the action, the entity and the detail; 2 also
covers the entry's id and version. Old entries keep their version and keep
verifying.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import re
import threading
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, MetaData, Table, func, insert, select, text
from sqlalchemy.orm import Session

from dropin.i18n import translate
from dropin.models import sqlfunc
from dropin.models.security import AuditEntry

if TYPE_CHECKING:
    from dropin.models.database import Database

GENESIS = "0" * 64
VERSION = 2
#: the ``settings`` row holding the anchor's sealing key (made by migration 0008)
ANCHOR_KEY_SETTING = "audit_anchor_key"
#: hex digits of the head hash printed in a seal
SEAL_HASH_CHARS = 16
_table = cast("Table", AuditEntry.__table__)
_chain_tables: dict[str, Table] = {}


def chain_table(chain: str | None = None) -> Table:
    """The log of the main database (``None``) or the log kept inside a store (``"health"``, ``"casework"``).

    Entries about a store's records (which record, who read or changed it) are written to that store's own
    chain, so the main log, which anyone with the passphrase can read, names none of them.
    """
    if chain is None:
        return _table
    table = _chain_tables.get(chain)
    if table is None:
        table = _chain_tables[chain] = _table.to_metadata(
            MetaData(naming_convention=_table.metadata.naming_convention), schema=chain
        )
    return table


def chain_of(entity: str | None) -> str | None:
    """The chain an entry about ``entity`` (a table name) belongs to."""
    if not entity:
        return None
    from dropin.models.stores import store_of_name

    return store_of_name(entity)


def entry_hash(
    prev_hash: str,
    at: dt.datetime,
    user_id: int | None,
    username: str | None,
    action: str,
    entity: str | None,
    entity_id: str | None,
    detail: str | None,
) -> str:
    """Format version 1 (kept so that entries written before version 2 still verify)."""
    payload = json.dumps(
        [prev_hash, at.isoformat(timespec="seconds"), user_id, username, action, entity, entity_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def entry_hash_v2(row: Mapping[str, Any]) -> str:
    """Format version 2: every column of the entry except the hash itself."""
    payload = json.dumps(
        [
            "dropin-audit",
            2,
            row["id"],
            row["prev_hash"],
            row["at"].isoformat(timespec="microseconds"),
            row["user_id"],
            row["username"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["detail"],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def row_hash(row: Mapping[Any, Any]) -> str:
    """The hash an entry should carry, by its format version."""
    if (row.get("version") or 1) == 1:
        return entry_hash(
            row["prev_hash"],
            row["at"],
            row["user_id"],
            row["username"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["detail"],
        )
    return entry_hash_v2(row)


def last_entry(conn: Connection, chain: str | None = None) -> tuple[int, str]:
    """Id and hash of the newest entry (0 and the genesis hash for an empty log)."""
    table = chain_table(chain)
    row = conn.execute(select(table.c.id, table.c.hash).order_by(table.c.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, GENESIS)


#: the actions of the entries the session hooks write for a change of a record (reads and logins leave others)
WRITE_ACTIONS = ("create", "change", "void", "bulk_write")


def last_write_id(conn: Connection) -> int:
    """A number that grows whenever a record is changed: the newest change entry's id summed over the main log
    and the chains of the stores this connection holds (0 if none)."""
    from dropin.models.stores import attached

    newest = []
    for chain in (None, *attached(conn)):
        t = chain_table(chain)
        last = select(t.c.id).where(t.c.action.in_(WRITE_ACTIONS)).order_by(t.c.id.desc()).limit(1)
        newest.append(func.coalesce(last.scalar_subquery(), 0))
    return int(sum(conn.execute(select(*newest)).one()))  # one statement for every log


def append_entries(
    conn: Connection, entries: Iterable[Mapping[str, Any]], info: MutableMapping[str, Any], at: dt.datetime
) -> None:
    """Append entries in order, chaining each to the last one in the table.

    Called inside the write transaction (``BEGIN IMMEDIATE`` on SQLite, an advisory lock on the server),
    so no other writer can slip an entry in between reading the last hash and inserting.
    Entries about a store's tables go to that store's own chain (:func:`chain_table`).
    """
    sqlfunc.lock_audit(conn)
    groups: dict[str | None, list[Mapping[str, Any]]] = {}
    for entry in entries:
        groups.setdefault(entry.get("chain") or chain_of(entry.get("entity")), []).append(entry)
    for chain, group in groups.items():
        _append(conn, group, info, at, chain)


def _append(
    conn: Connection,
    entries: list[Mapping[str, Any]],
    info: MutableMapping[str, Any],
    at: dt.datetime,
    chain: str | None,
) -> None:
    last_id, prev = last_entry(conn, chain)
    anchor_empty = info.get("anchor_empty_log")
    if last_id == 0 and callable(anchor_empty):
        # the first entry of a log: its anchor file is made (naming the empty log) before the commit, so a crash
        # between the commit and the anchor's move cannot leave a log with entries and no anchor
        anchor_empty(conn, chain, prev)
    user_id = info.get("user_id")
    username = info.get("username")
    rows = []
    for number, e in enumerate(entries, start=last_id + 1):
        row = {
            "id": number,
            "at": at,
            "user_id": user_id,
            "username": username,
            "action": e["action"],
            "entity": e.get("entity"),
            "entity_id": e.get("entity_id"),
            "detail": e.get("detail"),
            "prev_hash": prev,
            "version": VERSION,
        }
        row["hash"] = prev = entry_hash_v2(row)
        rows.append(row)
    if not rows:
        return
    conn.execute(insert(chain_table(chain)), rows)
    # remember the new tail for the anchor, and where this transaction's entries began
    if isinstance(info, dict):
        if chain is None:
            info["audit_tail"] = (rows[-1]["id"], prev)
            info.setdefault("audit_from", last_id)
        else:
            info.setdefault("store_tails", {})[chain] = (rows[-1]["id"], prev)
            info.setdefault("store_from", {}).setdefault(chain, last_id)


def record(
    session: Session,
    action: str,
    entity: str | None = None,
    entity_id: object = None,
    detail: dict[str, Any] | None = None,
    chain: str | None = None,
) -> None:
    """Append one entry for something that is not a row write (login, read, export, break-glass).

    An entry about a store's table goes to that store's chain; ``chain`` names one explicitly."""
    from dropin.models.hooks import _now

    append_entries(
        session.connection(),
        [
            {
                "action": action,
                "entity": entity,
                "entity_id": None if entity_id is None else str(entity_id),
                "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None,
                "chain": chain,
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
    sealed: bool = False  # the log was checked against a seal given by the user


# ------------------------------------------------------------------ the seal
@dataclass(frozen=True)
class Seal:
    """The log's entry count and head hash at one moment, printed on reports and backups."""

    count: int
    head: str
    at: dt.datetime | None = None

    @property
    def short(self) -> str:
        return self.head[:SEAL_HASH_CHARS]

    @property
    def text(self) -> str:
        return f"{self.count}:{self.short}"


def current_seal(conn: Connection, chain: str | None = None) -> Seal:
    _table = chain_table(chain)
    count = conn.execute(select(func.count(_table.c.id))).scalar() or 0
    row = conn.execute(select(_table.c.hash, _table.c.at).order_by(_table.c.id.desc()).limit(1)).first()
    return Seal(count, row[0], row[1]) if row else Seal(0, GENESIS, None)


def parse_seal(text: str) -> tuple[int, str]:
    """``COUNT:HASH`` (HASH at least 8 hex digits, any case) or :class:`ValueError`."""
    match = re.fullmatch(r"\s*(\d+)\s*:\s*([0-9a-fA-F]{8,64})\s*", text or "")
    if not match:
        raise ValueError(
            translate(
                "Audit",
                "A seal looks like 1234:0123456789abcdef (the entry count, a colon and the start of the head hash).",
            )
        )
    return int(match.group(1)), match.group(2).lower()


def verify_chain(
    conn: Connection,
    anchor: tuple[int, str] | None = None,
    seal: tuple[int, str] | None = None,
    chain: str | None = None,
) -> ChainReport:
    """Check every link; with an ``anchor``, also that no entry was removed from the end;
    with a ``seal`` (count, hash prefix), that the first ``count`` entries still end in that hash."""
    _table = chain_table(chain)
    report, sealed_hash = _verify_links(conn, seal[0] if seal else None, chain)
    if not report.ok:
        return report
    if seal is not None:
        count, prefix = seal
        if sealed_hash is None:
            return ChainReport(
                False,
                report.entries,
                None,
                translate(
                    "Audit",
                    "the log holds fewer entries than the seal counts: it was cut or rolled back to an older copy",
                ),
            )
        if not sealed_hash.startswith(prefix):
            return ChainReport(
                False,
                report.entries,
                None,
                translate(
                    "Audit",
                    "the log's first {count} entries no longer produce this seal: the log was rewritten or "
                    "replaced by another copy",
                ).format(count=count),
            )
    if anchor is None:
        return ChainReport(True, report.entries, sealed=seal is not None)
    entry_id, entry_hash_ = anchor
    if entry_id == 0:  # anchored while empty; the entries since (if a crash kept the anchor there) are linked
        return ChainReport(True, report.entries, anchored=True, sealed=seal is not None)
    row = conn.execute(select(_table.c.hash).where(_table.c.id == entry_id)).first()
    if row is None:
        return ChainReport(
            False, report.entries, entry_id, translate("Audit", "entries at the end of the log were removed")
        )
    if row[0] != entry_hash_:
        return ChainReport(False, report.entries, entry_id, translate("Audit", "the last recorded entry was replaced"))
    return ChainReport(True, report.entries, anchored=True, sealed=seal is not None)


def _verify_links(
    conn: Connection, seal_count: int | None = None, chain: str | None = None
) -> tuple[ChainReport, str | None]:
    _table = chain_table(chain)
    prev = GENESIS
    count = 0
    expected_id = 1
    sealed_hash = GENESIS if seal_count == 0 else None
    for row in conn.execute(select(_table).order_by(_table.c.id)):
        count += 1
        if row.id != expected_id:
            return ChainReport(False, count, row.id, translate("Audit", "an entry is missing before this one")), None
        expected_id = row.id + 1
        if row.prev_hash != prev:
            return ChainReport(
                False, count, row.id, translate("Audit", "the link to the previous entry is broken")
            ), None
        if row.version not in (1, VERSION) or row_hash(row._mapping) != row.hash:
            return ChainReport(
                False, count, row.id, translate("Audit", "the entry was changed after it was written")
            ), None
        if count == seal_count:
            sealed_hash = row.hash
        prev = row.hash
    return ChainReport(True, count), sealed_hash


# ------------------------------------------------------------------ the anchor
# The chain alone cannot show that entries were cut from its END. After every write the
# database layer records the newest entry's id and hash in a small file beside the
# database, sealed with a random key stored inside the encrypted database.


def _legacy_anchor_key(passphrase: str) -> bytes:
    """How anchors were sealed before migration 0008 (read once, to convert them)."""
    return hashlib.sha256(b"dropin audit anchor\0" + passphrase.encode("utf-8")).digest()


def _mac(key: bytes, entry_id: int, entry_hash_: str) -> str:
    return hmac.new(key, f"dropin-anchor:2:{entry_id}:{entry_hash_}".encode(), hashlib.sha256).hexdigest()


def anchor_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".audit-anchor")


@dataclass(frozen=True)
class AnchorState:
    present: bool
    valid: bool
    entry_id: int | None = None
    entry_hash: str | None = None

    @property
    def anchor(self) -> tuple[int, str] | None:
        if not self.valid or self.entry_id is None or self.entry_hash is None:
            return None
        return (self.entry_id, self.entry_hash)

    def describe(self) -> dict[str, object]:
        if not self.present:
            return {"state": "missing"}
        if not self.valid:
            return {"state": "invalid"}
        return {"state": "valid", "id": self.entry_id, "hash": (self.entry_hash or "")[:SEAL_HASH_CHARS]}


def read_anchor_state(db_path: Path, key: bytes | None) -> AnchorState:
    path = anchor_path(db_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return AnchorState(False, False)
    except OSError:
        return AnchorState(True, False)
    try:
        data = json.loads(text)
        entry_id, entry_hash_, mac = int(data["id"]), str(data["hash"]), str(data["seal"])
    except (ValueError, KeyError, TypeError):
        return AnchorState(True, False)
    if key is None or data.get("v") != 2 or not hmac.compare_digest(mac, _mac(key, entry_id, entry_hash_)):
        return AnchorState(True, False, entry_id, entry_hash_)
    return AnchorState(True, True, entry_id, entry_hash_)


def read_anchor(db_path: Path, key: bytes | None) -> tuple[int, str] | None:
    """The anchored (id, hash), or ``None`` if there is no anchor or its seal does not match."""
    return read_anchor_state(db_path, key).anchor


def _write_anchor_file(path: Path, key: bytes, entry_id: int, entry_hash_: str) -> None:
    tmp = path.with_name(path.name + f".{os.getpid()}.{threading.get_ident()}.tmp")  # two desks in one process
    data = json.dumps({"v": 2, "id": entry_id, "hash": entry_hash_, "seal": _mac(key, entry_id, entry_hash_)})
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp, 0o600)  # also when the file was left over with other permissions
    os.replace(tmp, path)


def write_anchor(
    db_path: Path, key: bytes, entry_id: int, entry_hash_: str, *, force: bool = False, may_create: bool = False
) -> bool:
    """Move the anchor forward to the newest entry; returns whether the file was written.

    Without ``force`` it never moves backwards, never replaces an anchor whose seal does not match,
    and creates a missing one only when ``may_create`` (the log was empty before this write).
    """
    path = anchor_path(db_path)
    if not force:
        state = read_anchor_state(db_path, key)
        if not state.present and not may_create:
            return False
        if state.present and (state.anchor is None or state.anchor[0] >= entry_id):
            return False
    _write_anchor_file(path, key, entry_id, entry_hash_)
    return True


def convert_legacy_anchor(db_path: Path, passphrase: str, key: bytes) -> bool:
    """Reseal an anchor written before migration 0008 (sealed with the passphrase) with the stored key."""
    path = anchor_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("v") == 2:
            return False
        entry_id, entry_hash_, mac = int(data["id"]), str(data["hash"]), str(data["seal"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False
    legacy = hmac.new(_legacy_anchor_key(passphrase), f"{entry_id}:{entry_hash_}".encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, legacy):
        return False
    _write_anchor_file(path, key, entry_id, entry_hash_)
    return True


def verify_log(
    conn: Connection, db_path: Path, key: bytes | None, seal: tuple[int, str] | None = None, chain: str | None = None
) -> ChainReport:
    """The full check: links, the anchor beside the database (a missing or invalid one fails), a seal if given.

    For a store's chain ``db_path`` is the store's file (its anchor is beside it)."""
    state = read_anchor_state(db_path, key)
    report = verify_chain(conn, state.anchor, seal, chain)
    if not report.ok:
        return report
    if not state.present and report.entries:
        return ChainReport(
            False,
            report.entries,
            None,
            translate(
                "Audit", "the anchor file beside the database is missing, so entries cut from the end would not show"
            ),
            sealed=report.sealed,
        )
    if state.present and not state.valid:
        return ChainReport(
            False,
            report.entries,
            None,
            translate("Audit", "the anchor file beside the database does not belong to this log or was altered"),
            sealed=report.sealed,
        )
    return report


def stored_anchor_key(conn: Connection) -> bytes | None:
    """The anchor's sealing key from the ``settings`` table (``None`` before migration 0008)."""
    try:
        value = conn.execute(text("SELECT value FROM settings WHERE key = :key"), {"key": ANCHOR_KEY_SETTING}).scalar()
    except Exception:  # noqa: BLE001 - a database without the table: nothing to seal with
        return None
    return bytes.fromhex(json.loads(value)) if value else None


def reanchor(session: Session, db_path: Path, key: bytes, reason: str) -> tuple[int, str]:
    """Record an explicit re-anchoring (with its reason and the anchor it replaces) and move the anchor
    to that entry. The caller commits; the anchor file is written here, after the entry is in place."""
    state = read_anchor_state(db_path, key)
    record(session, "reanchor", "audit_log", None, {"reason": reason, "previous": state.describe()})
    tail: tuple[int, str] = session.info["audit_tail"]
    return tail


def session_seal(session: Session) -> Seal:
    """The seal of the log as this transaction sees it (including its own entries)."""
    return current_seal(session.connection())


def anchor_after_upgrade(db: Database, passphrase: str) -> None:
    """After an upgrade: reseal an older anchor with the stored key. A log that had no anchor yet gets one
    through a recorded re-anchoring (once, at the format upgrade), so an existing centre's log does not
    start failing."""
    key = db.anchor_key()
    if key is None or convert_legacy_anchor(db.path, passphrase, key) or anchor_path(db.path).exists():
        return
    with db.session({"audit_reanchor": True}) as s:
        if last_entry(s.connection())[0] == 0:
            return
        record(
            s,
            "reanchor",
            "audit_log",
            None,
            {"reason": "upgrade to audit format 2: the log had no anchor file", "previous": {"state": "missing"}},
        )
