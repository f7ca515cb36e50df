"""Session hooks: stamp who/when on every record, forbid hard deletes, audit every write.

Services put the acting user and the clock in ``session.info`` (see
:class:`dropin.context.ServiceContext`); these hooks then make the audit
trail impossible to forget.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from dropin.clock import Clock
from dropin.models.base import Tracked
from dropin.models.incidents import HandoffKey, IncidentHandoff
from dropin.models.security import AuditEntry, StoreKeySlot, User

#: not audited row by row: the log itself, wrapped keys (the acts that write them are audited) and sealed
#: hand-offs (audited in the legal store's chain when they are taken, with their time and author)
_UNAUDITED = (AuditEntry, StoreKeySlot, IncidentHandoff, HandoffKey)

# Columns whose changes are bookkeeping, not user edits (logins record their own entries).
_QUIET_USER_COLUMNS = {"failed_logins", "locked_until", "last_login_at", "changed_at", "changed_by_id"}
_STAMP_COLUMNS = {"changed_at", "changed_by_id", "created_at", "created_by_id"}


def _now(session: Session) -> dt.datetime:
    clock: Clock | None = session.info.get("clock")
    if clock is not None:
        return clock.now()
    return dt.datetime.now().replace(microsecond=0)


def _changed_columns(obj: object) -> list[str]:
    state = inspect(obj)
    names = []
    for attr in state.mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            names.append(attr.key)
    return names


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    now = _now(session)
    user_id = session.info.get("user_id")
    for obj in session.deleted:
        if isinstance(obj, Tracked):
            raise RuntimeError("Records are voided, never deleted.")
    for obj in session.new:
        if isinstance(obj, Tracked):
            obj.created_at = obj.created_at or now
            obj.changed_at = now
            obj.created_by_id = obj.created_by_id or user_id
            obj.changed_by_id = user_id
            if obj.voided_at is not None and obj.voided_by_id is None:
                obj.voided_by_id = user_id
    for obj in session.dirty:
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
            changed = set(_changed_columns(obj))
            if not changed - _STAMP_COLUMNS:
                continue
            if isinstance(obj, User) and not changed - _QUIET_USER_COLUMNS:
                continue
            obj.changed_at = now
            obj.changed_by_id = user_id
            if "voided_at" in changed and obj.voided_at is not None:
                obj.voided_by_id = user_id


@event.listens_for(Session, "after_flush")
def _audit_writes(session: Session, flush_context: UOWTransaction) -> None:
    from dropin.security.audit import append_entries

    entries: list[dict[str, Any]] = []
    if session.info.get("bulk"):
        # Bulk imports (demo data, benchmarks) log one entry per table and flush, not one per row.
        counts: dict[str, int] = {}
        for obj in list(session.new) + list(session.dirty):
            if not isinstance(obj, _UNAUDITED):
                name = inspect(obj).mapper.local_table.name
                counts[name] = counts.get(name, 0) + 1
        entries = [
            {"action": "bulk_write", "entity": name, "entity_id": None, "detail": json.dumps({"rows": n})}
            for name, n in sorted(counts.items())
        ]
        if entries:
            append_entries(session.connection(), entries, session.info, _now(session))
        return
    for obj in session.new:
        if isinstance(obj, _UNAUDITED):
            continue
        entries.append(_entry(obj, "create", None))
    for obj in session.dirty:
        if isinstance(obj, _UNAUDITED):
            continue
        changed = [c for c in _changed_columns(obj) if c not in _STAMP_COLUMNS]
        if not changed:
            continue
        if isinstance(obj, User) and not set(changed) - _QUIET_USER_COLUMNS:
            continue
        action = "void" if "voided_at" in changed and getattr(obj, "voided_at", None) is not None else "change"
        # Field names only: values may be sensitive and the audit log is not encrypted separately.
        entries.append(_entry(obj, action, {"fields": sorted(changed)}))
    if entries:
        append_entries(session.connection(), entries, session.info, _now(session))


def _entry(obj: object, action: str, detail: dict[str, Any] | None) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    pk = mapper.primary_key_from_instance(obj)
    entity_id = ",".join(str(v) for v in pk)
    if action == "void":
        detail = {"reason": getattr(obj, "void_reason", None)}
        if mapper.local_table.info.get("store") in (
            "casework",
            "legal",
        ):  # the reason may name the person: it stays in the record
            detail = None
    return {
        "action": action,
        "entity": mapper.local_table.name,
        "entity_id": entity_id,
        "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None,
    }
