"""The kit-stock index revision upgrades a real database with tests in it, and the stock count reads only the index."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from dropin.models.database import Database
from tests.conftest import PASSPHRASE, TEST_KDF_ITER

STOCK_COUNT = "SELECT lot_id, result, count(*) FROM hts_tests WHERE voided_at IS NULL GROUP BY lot_id, result"


def test_upgrade_from_0008_keeps_the_tests_and_counts_the_stock_from_the_index(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path, PASSPHRASE, TEST_KDF_ITER)
    old.upgrade("0008_incidents_records")  # the head before this revision (other revisions may follow it)
    now = dt.datetime(2026, 11, 1, 10, 0)
    stamps = "created_at, changed_at"
    with old.session() as s:
        s.execute(text(f"INSERT INTO clients (code, {stamps}) VALUES ('OLD1', :t, :t)"), {"t": now})
        s.execute(
            text(
                "INSERT INTO hts_kit_lots (kit_name, lot_number, expiry_date, received_on, quantity_received, source, "
                f"{stamps}) VALUES ('OraQuick', 'L1', '2027-01-31', '2026-10-01', 50, 'purchase', :t, :t)"
            ),
            {"t": now},
        )
        s.execute(
            text(
                "INSERT INTO hts_counselling_sessions (client_id, session_at, pre_test_counselling, consent_given, "
                "previous_self_test, on_prep, on_art, post_test_counselling, peer_support_offered, "
                f"{stamps}) SELECT id, :t, 1, 1, 0, 0, 0, 1, 1, :t, :t FROM clients"
            ),
            {"t": now},
        )
        for result in ("non_reactive", "non_reactive", "invalid"):
            s.execute(
                text(
                    "INSERT INTO hts_tests (client_id, session_id, lot_id, started_at, result, result_given, "
                    f"retrospective, {stamps}) SELECT c.id, h.id, l.id, :t, :r, 1, 0, :t, :t "
                    "FROM clients c, hts_counselling_sessions h, hts_kit_lots l"
                ),
                {"t": now, "r": result},
            )
    old.close()

    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    db.optimize()  # the planner's statistics, as every close refreshes them
    try:
        assert "0009_guispeed_stock_index" not in db.head_revisions() or db.current_revisions() == db.head_revisions()
        with db.session() as s:
            indexes = (
                s.execute(text("SELECT name FROM health.sqlite_master WHERE tbl_name = 'hts_tests'")).scalars().all()
            )
            assert "ix_hts_tests_lot_result" in indexes and "ix_hts_tests_lot_id" not in indexes  # it serves both
            counts = sorted(s.execute(text(STOCK_COUNT)).all())
            assert [(result, n) for _lot, result, n in counts] == [("invalid", 1), ("non_reactive", 2)]
            plan = " ".join(str(row[-1]) for row in s.execute(text("EXPLAIN QUERY PLAN " + STOCK_COUNT)))
            assert "COVERING INDEX ix_hts_tests_lot_result" in plan and "TEMP B-TREE" not in plan
    finally:
        db.close()
