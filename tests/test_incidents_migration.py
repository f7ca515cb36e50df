"""The incidents revision upgrades a real database with data and leaves what was there untouched."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, text

from dropin.models.base import Base
from dropin.models.database import Database
from tests.conftest import PASSPHRASE, TEST_KDF_ITER


def test_upgrade_from_0007_keeps_data_and_adds_the_casework_tables(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path, PASSPHRASE, TEST_KDF_ITER)
    old.upgrade("0007_live_visit_index")
    now = dt.datetime(2026, 11, 1, 10, 0)
    with old.session() as s:
        s.execute(text("INSERT INTO clients (code, created_at, changed_at) VALUES ('OLD1', :t, :t)"), {"t": now})
        s.execute(
            text(
                "INSERT INTO visits (client_id, visited_at, visit_date, channel, created_at, changed_at) "
                "SELECT id, :t, :d, 'walk_in', :t, :t FROM clients"
            ),
            {"t": now, "d": now.date()},
        )
    old.close()

    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    assert db.current_revisions() == db.head_revisions()
    with db.session() as s:
        assert s.execute(text("SELECT code FROM clients")).scalars().all() == ["OLD1"]
        assert s.execute(text("SELECT count(*) FROM visits")).scalar() == 1
        s.execute(
            text(
                "INSERT INTO legal.incidents (client_id, occurred_on, date_precision, consent_advocacy, "
                "from_checkin, created_at, changed_at) SELECT id, :d, 'month', 0, 1, :t, :t FROM clients"
            ),
            {"t": now, "d": now.date()},
        )
        tables = set(inspect(s.connection()).get_table_names("legal"))
        main = set(inspect(s.connection()).get_table_names())
    assert {"incidents", "incident_consents", "incident_evidence", "legal_cases", "legal_case_stages"} <= tables
    assert (
        not (tables - {"audit_log"}) & main and "incident_handoffs" in main
    )  # only sealed hand-offs wait in the main file
    db.close()


def test_every_incident_table_is_in_the_legal_store():
    incident_tables = [t for t in Base.metadata.tables.values() if t.name.startswith(("incident", "legal_case"))]
    assert len(incident_tables) == 6
    stored = [t for t in incident_tables if t.name != "incident_handoffs"]
    assert all(t.schema == "legal" and t.info.get("store") == "legal" for t in stored)
    assert Base.metadata.tables["incident_handoffs"].schema is None  # sealed boxes only
