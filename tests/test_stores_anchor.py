"""A store's audit log gets its anchor file with its first entry, even when the writer dies between the commit
and the anchor's move (as the crash tests kill it): the log is never left with entries and no anchor."""

from __future__ import annotations

from dropin.models.database import Database
from dropin.models.stores import STORES, store_path
from dropin.security import audit
from dropin.security.audit import anchor_path
from dropin.security.roles import Role
from tests.stores_helpers import fill


def test_a_stores_first_entry_committed_just_before_a_crash_keeps_the_log_anchored(db, users, ctx_for, monkeypatch):
    assert not any(anchor_path(store_path(db.path, store)).exists() for store in STORES)  # empty logs
    moved = Database._anchor

    def killed_after_the_commit(self, entry_id, entry_hash, force=False, may_create=False, chain=None, conn=None):
        if chain is not None and entry_id > 0:
            return  # the process died right after the commit: the anchor never moved to the new entry
        moved(self, entry_id, entry_hash, force=force, may_create=may_create, chain=chain, conn=conn)

    monkeypatch.setattr(Database, "_anchor", killed_after_the_commit)
    fill(ctx_for(Role.MANAGER))
    reports = db.verify_store_audits()
    assert set(reports) == set(STORES)
    for store, report in reports.items():
        assert report.entries > 0 and report.ok and report.anchored, (store, report)

    monkeypatch.setattr(Database, "_anchor", moved)  # the next write moves the anchor on as usual
    with ctx_for(Role.MANAGER).transaction() as s:
        for store in STORES:
            audit.record(s, "view", None, None, {"reason": "check"}, chain=store)
    for store, report in db.verify_store_audits().items():
        assert report.ok and report.anchored, (store, report)
        assert anchor_path(store_path(db.path, store)).read_text(encoding="utf-8").count('"id": 0') == 0


def test_the_anchor_key_is_read_through_the_writing_transactions_connection(db, users, ctx_for, monkeypatch):
    """A store log's first entry anchors the empty log inside the writing transaction: the anchor key is read
    through that transaction's connection, never one of its own (which would end the transaction)."""
    db._anchor_key = None  # not read yet, as in a new process
    read_through = []
    stored = audit.stored_anchor_key
    monkeypatch.setattr(audit, "stored_anchor_key", lambda conn: read_through.append(conn) or stored(conn))
    with ctx_for(Role.MANAGER).transaction() as s:
        audit.record(s, "view", None, None, {"reason": "check"}, chain=STORES[0])
        s.flush()
        writing = s.connection()
    assert read_through == [writing]
    assert db.anchor_key() is not None and len(read_through) == 1  # read once, then kept
    assert anchor_path(store_path(db.path, STORES[0])).exists()
