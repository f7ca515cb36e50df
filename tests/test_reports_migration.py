"""Revision 0009_figures_kp_modality records key population and modality, filled as the report derived them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text

from dropin.clock import FixedClock
from dropin.context import ServiceContext
from dropin.models.clients import Client
from dropin.models.database import Database
from dropin.models.testing import HivTest
from dropin.security.auth import AuthService
from dropin.testing import indicators
from tests.conftest import NOW, PASSPHRASE, PASSWORD, TEST_KDF_ITER

#: code, gender, channel of a visit on the day of the test (None: no visit that day)
PEOPLE = [
    ("FSW01", "female", "walk_in"),
    ("MSW01", "male", "outreach"),
    ("TGW01", "trans_woman", "accompanied"),
    ("TGM01", "trans_man", "phone"),
    ("NBI01", "non_binary", None),
    ("NONE1", None, "walk_in"),
]


def test_upgrade_fills_key_population_and_modality_as_they_were_derived(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path, PASSPHRASE, TEST_KDF_ITER)
    old.upgrade("0008_incidents_records")  # the revision before (today's models no longer fit it: plain SQL)
    stamp = "2026-10-01 09:00:00.000000"
    with old.session() as s:
        s.execute(
            text(
                "INSERT INTO hts_kit_lots (id, kit_name, lot_number, expiry_date, received_on, quantity_received,"
                " source, created_at, changed_at) VALUES (1, 'OraQuick', 'L1', '2027-12-31', '2026-09-01', 50,"
                " 'donation', :t, :t)"
            ),
            {"t": stamp},
        )
        for n, (code, gender, channel) in enumerate(PEOPLE, start=1):
            s.execute(
                text("INSERT INTO clients (id, code, gender, created_at, changed_at) VALUES (:id, :code, :g, :t, :t)"),
                {"id": n, "code": code, "g": gender, "t": stamp},
            )
            if channel:
                s.execute(
                    text(
                        "INSERT INTO visits (client_id, visit_date, visited_at, channel, created_at, changed_at)"
                        " VALUES (:id, '2026-10-05', '2026-10-05 09:00:00.000000', :ch, :t, :t)"
                    ),
                    {"id": n, "ch": channel, "t": stamp},
                )
            s.execute(
                text(
                    "INSERT INTO hts_counselling_sessions (id, client_id, session_at, pre_test_counselling,"
                    " consent_given, previous_self_test, on_prep, on_art, post_test_counselling,"
                    " peer_support_offered, created_at, changed_at)"
                    " VALUES (:id, :id, '2026-10-05 10:00:00.000000', 1, 1, 0, 0, 0, 1, 0, :t, :t)"
                ),
                {"id": n, "t": stamp},
            )
            s.execute(
                text(
                    "INSERT INTO hts_tests (client_id, session_id, lot_id, started_at, read_at, result,"
                    " result_given, retrospective, created_at, changed_at)"
                    " VALUES (:id, :id, 1, '2026-10-05 10:10:00.000000', '2026-10-05 10:35:00.000000',"
                    " 'nonreactive', 1, 0, :t, :t)"
                ),
                {"id": n, "t": stamp},
            )
    old.close()

    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)  # upgrades, after an encrypted copy
    try:
        assert db.current_revisions() == db.head_revisions()
        with db.session() as s:
            kp = dict(s.execute(select(Client.code, Client.kp_type)).all())
            query = (
                select(Client.code, HivTest.modality).select_from(HivTest).join(Client, Client.id == HivTest.client_id)
            )
            where = dict(s.execute(query).all())
            out = indicators.compute(s, dt.date(2026, 10, 1), dt.date(2026, 11, 1))
        assert kp == {"FSW01": "fsw", "MSW01": "msw", "TGW01": "tg", "TGM01": "tg", "NBI01": "other", "NONE1": None}
        assert where == {
            "FSW01": "drop_in",
            "MSW01": "outreach",
            "TGW01": "drop_in",
            "TGM01": "other_community",
            "NBI01": "other_community",
            "NONE1": "drop_in",
        }
        # the same figures as the report derived before the upgrade
        assert out["testing.hts_tst"] == 6
        assert out["testing.by_kp"] == {"fsw": 1, "msw": 1, "tg": 2, "other_kp": 2}
        assert out["testing.by_modality"] == {"drop_in": 3, "outreach": 1, "other_community": 2}
        # and the new columns take new records
        manager = AuthService(db, FixedClock(NOW)).create_first_manager("manager", PASSWORD, "Manager")
        from dropin.clients.service import ClientInput, ClientService

        ctx = ServiceContext(db, manager, FixedClock(NOW))
        info = ClientService(ctx).get(1)
        assert info.kp_type == "fsw"
        changed = ClientService(ctx).update(1, ClientInput(code=info.code, kp_type="other"))
        assert changed.kp_type == "other"
    finally:
        db.close()
    assert len(list(tmp_path.glob("old.before-upgrade-*"))) == 1
