"""The covering-index revision upgrades a real database with visits in it, and the report's passes read only indexes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from dropin.models.database import Database
from tests.conftest import PASSPHRASE, TEST_KDF_ITER

PERIOD = "v.visit_date >= '2026-10-01' AND v.visit_date < '2026-11-01' AND v.voided_at IS NULL"
#: what the report reads of a period's visits and of their lines
VISITS = (
    f"SELECT v.channel, count(*), count(DISTINCT v.client_id), max(v.age_band) FROM visits v WHERE {PERIOD} GROUP BY 1"
)
LINES = (
    "SELECT l.service_id, count(*), sum(l.quantity) FROM visits v JOIN visit_services l ON l.visit_id = v.id "
    f"AND l.voided_at IS NULL WHERE {PERIOD} GROUP BY l.service_id"
)
EARLIER = (
    "SELECT count(*) FROM clients c WHERE EXISTS (SELECT 1 FROM visits y WHERE y.client_id = c.id "
    "AND y.voided_at IS NULL AND y.visit_date < '2026-10-01')"
)


def test_upgrade_from_0009_keeps_the_visits_and_the_report_reads_only_the_indexes(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path, PASSPHRASE, TEST_KDF_ITER)
    old.upgrade("0009_figures_kp_modality")  # the head before this revision (other revisions may follow it)
    now = dt.datetime(2026, 11, 1, 10, 0)
    stamps = "created_at, changed_at"
    with old.session() as s:
        for code in ("OLD1", "OLD2"):
            s.execute(text(f"INSERT INTO clients (code, {stamps}) VALUES (:c, :t, :t)"), {"c": code, "t": now})
        s.execute(
            text(
                "INSERT INTO service_items (code, label, category, has_quantity, needs_destination, sort_order, active, "
                f"{stamps}) VALUES ('test_item', 'Test item', 'support', 1, 0, 99, 1, :t, :t)"
            ),
            {"t": now},
        )
        for day, voided in (("2026-09-30", None), ("2026-10-05", None), ("2026-10-06", now), ("2026-10-07", None)):
            s.execute(
                text(
                    f"INSERT INTO visits (client_id, visit_date, visited_at, channel, age_band, voided_at, {stamps}) "
                    "SELECT id, :d, :t, 'walk_in', '25-34', :v, :t, :t FROM clients WHERE code = 'OLD1'"
                ),
                {"d": day, "t": now, "v": voided},
            )
        s.execute(
            text(
                f"INSERT INTO visit_services (visit_id, service_id, quantity, {stamps}) "
                "SELECT v.id, i.id, 2, :t, :t FROM visits v, service_items i WHERE i.code = 'test_item'"
            ),
            {"t": now},
        )
    old.close()

    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    db.optimize()
    try:
        assert "0010_reportspeed_visit_indexes" in db.current_revisions() or (
            db.current_revisions() == db.head_revisions()
        )
        with db.session() as s:
            assert s.execute(text("SELECT count(*) FROM visits")).scalar() == 4
            assert s.execute(text(VISITS)).all() == [("walk_in", 2, 1, "25-34")]
            item = s.execute(text("SELECT id FROM service_items WHERE code = 'test_item'")).scalar()
            assert s.execute(text(LINES)).all() == [(item, 2, 4)]
            assert s.execute(text(EARLIER)).scalar() == 1
            for query, index in (
                (VISITS, "ix_visits_visit_date"),
                (LINES, "ix_visit_services_visit_id"),
                (EARLIER, "ix_visits_client_live"),
            ):
                plan = " ".join(str(row[-1]) for row in s.execute(text("EXPLAIN QUERY PLAN " + query)))
                assert f"COVERING INDEX {index}" in plan, plan
                assert "USING INDEX" not in plan.replace("USING COVERING INDEX", ""), plan  # no table look-ups
    finally:
        db.close()
