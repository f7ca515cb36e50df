"""The chained audit log: intact over ordinary work, broken by any edit or deletion."""

from __future__ import annotations

import datetime as dt
import json
from itertools import pairwise

import pytest
from sqlalchemy import select

from dropin.models.clients import Client
from dropin.models.security import AuditEntry
from dropin.security.audit import GENESIS, entry_hash_v2, verify_chain
from dropin.security.roles import Role

pytestmark = pytest.mark.both_engines


@pytest.fixture
def worked(db, users, ctx_for):
    """Creates, a change, a void and a read by a front-desk user."""
    ctx = ctx_for(Role.FRONT_DESK)
    with ctx.transaction() as s:
        a, b = Client(code="AB-1990-01"), Client(code="CD-1985-07")
        s.add_all([a, b])
        s.flush()
        ids = (a.id, b.id)
    with ctx.transaction() as s:
        s.get(Client, ids[0]).nickname = "Sunny"
    with ctx.transaction() as s:
        ctx.void(s.get(Client, ids[1]), "Registered twice by mistake")
    with ctx.transaction() as s:
        ctx.audit_read(s, "clients", ids[0])
    return ids


def entries(db) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def verify(db):
    with db.engine.connect() as conn:
        return verify_chain(conn)


def raw(db, sql: str, params=()):
    with db.engine.begin() as conn:
        conn.exec_driver_sql(sql, params)


def test_chain_verifies_over_creates_changes_voids_and_reads(db, worked):
    rows = entries(db)
    report = verify(db)
    assert report.ok and report.entries == len(rows) and report.first_bad_id is None
    mine = [(e.action, e.entity) for e in rows if e.username == "front_desk"]
    assert mine == [
        ("create", "clients"),
        ("create", "clients"),
        ("change", "clients"),
        ("void", "clients"),
        ("read", "clients"),
    ]
    change = next(e for e in rows if e.action == "change")
    assert json.loads(change.detail) == {"fields": ["nickname"]}  # field names, never values
    void = next(e for e in rows if e.action == "void")
    assert json.loads(void.detail) == {"reason": "Registered twice by mistake"}
    # every entry links to the one before it
    assert rows[0].prev_hash == GENESIS
    for before, after in pairwise(rows):
        assert after.prev_hash == before.hash
    assert {e.action for e in rows} >= {"create", "change", "void", "read"}


@pytest.mark.file_only  # tampering with the file (the server refuses it: test_server_roles)
def test_edited_row_is_reported(db, worked):
    target = entries(db)[4]
    raw(db, "UPDATE audit_log SET username = 'someone_else' WHERE id = ?", (target.id,))
    report = verify(db)
    assert not report.ok
    assert (report.first_bad_id, report.problem) == (target.id, "the entry was changed after it was written")


@pytest.mark.file_only  # tampering with the file (the server refuses it: test_server_roles)
def test_edit_with_recomputed_hash_breaks_the_next_link(db, worked):
    rows = entries(db)
    target = rows[3]
    forged = entry_hash_v2(
        {
            **{c: getattr(target, c) for c in ("id", "at", "user_id", "username", "entity", "entity_id", "prev_hash")},
            "action": "read",
            "detail": None,
        }
    )
    raw(db, "UPDATE audit_log SET action = 'read', detail = NULL, hash = ? WHERE id = ?", (forged, target.id))
    report = verify(db)
    assert not report.ok
    assert (report.first_bad_id, report.problem) == (rows[4].id, "the link to the previous entry is broken")


@pytest.mark.file_only  # tampering with the file (the server refuses it: test_server_roles)
def test_deleted_middle_row_is_reported(db, worked):
    rows = entries(db)
    middle = rows[len(rows) // 2]
    raw(db, "DELETE FROM audit_log WHERE id = ?", (middle.id,))
    report = verify(db)
    assert not report.ok
    assert (report.first_bad_id, report.problem) == (middle.id + 1, "an entry is missing before this one")


HASHED = ("id", "prev_hash", "at", "user_id", "username", "action", "entity", "entity_id", "detail")


def _other(column: str, value):
    """A value for ``column`` that differs from ``value`` (None becomes a value, a value becomes another)."""
    if column == "at":
        return value + dt.timedelta(seconds=1)
    if column in ("id", "user_id"):
        return (value or 0) + 1
    return (value or "") + "x"


@pytest.mark.parametrize("version", [1, 2])
@pytest.mark.parametrize("column", HASHED)
def test_the_entry_hash_covers_each_column(column, version):
    """Dropping any one column (detail, entity_id, user_id, entity, ...) from the hash is caught."""
    if version == 1 and column == "id":
        pytest.skip("format 1 did not hash the id (format 2 was made to)")
    from dropin.security.audit import row_hash

    row = {
        "id": 7,
        "prev_hash": "ab" * 32,
        "at": dt.datetime(2026, 11, 23, 10, 0, 0, 250),
        "user_id": 3,
        "username": "front_desk",
        "action": "read",
        "entity": "clients",
        "entity_id": "12",
        "detail": '{"why": "check"}',
        "version": version,
    }
    changed = row | {column: _other(column, row[column])}
    assert changed[column] != row[column]
    assert row_hash(changed) != row_hash(row)


@pytest.mark.file_only  # tampering with the file (the server refuses it: test_server_roles)
@pytest.mark.parametrize("column", ["user_id", "username", "action", "entity", "entity_id", "detail", "prev_hash"])
def test_an_entry_edited_in_any_column_breaks_the_chain(db, worked, column):
    target = next(e for e in entries(db) if e.action == "void")
    assert target.user_id and target.entity_id and target.detail and target.entity
    raw(db, f"UPDATE audit_log SET {column} = ? WHERE id = ?", (_other(column, getattr(target, column)), target.id))
    report = verify(db)
    assert not report.ok and report.first_bad_id == target.id


@pytest.mark.file_only  # tampering with the file (the server refuses it: test_server_roles)
def test_an_entry_with_an_unknown_format_version_breaks_the_chain(db, worked):
    """Format 2's hash does not cover the version's value beyond 1 or 2: the version itself is checked."""
    target = next(e for e in entries(db) if e.action == "void")
    raw(db, "UPDATE audit_log SET version = 3 WHERE id = ?", (target.id,))
    report = verify(db)
    assert not report.ok and report.first_bad_id == target.id
