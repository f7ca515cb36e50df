"""Revision 0008_shelterkids_stay_changes upgrades a shelter database with stays in it, losing nothing."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, text

from dropin.clock import FixedClock
from dropin.context import ServiceContext
from dropin.models.database import Database
from dropin.models.shelter import ShelterBed, ShelterBedNight, ShelterRoom, ShelterStay
from dropin.security.auth import AuthService
from dropin.shelter.corrections import CorrectionService
from tests.conftest import NOW, PASSPHRASE, PASSWORD, TEST_KDF_ITER


def test_upgrade_keeps_stays_and_adds_the_correction_tables(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path, PASSPHRASE, TEST_KDF_ITER)
    old.upgrade("0008_outreach_log")  # the revision before the correction tables
    stamp = dt.datetime(2026, 11, 1, 9)
    with old.session() as s:
        tracked = {"created_at": stamp, "changed_at": stamp}
        # the client table of that revision has fewer columns than today's model: plain SQL
        s.execute(text("INSERT INTO clients (code, created_at, changed_at) VALUES ('AA01', :t, :t)"), {"t": stamp})
        client_id = s.scalar(text("SELECT id FROM clients WHERE code = 'AA01'"))
        room = ShelterRoom(name="Room 1", capacity=2, **tracked)
        s.add(room)
        s.flush()
        bed = ShelterBed(room_id=room.id, label="A", available_from=dt.date(2026, 1, 1), **tracked)
        s.add(bed)
        s.flush()
        stay = ShelterStay(
            client_id=client_id,
            bed_id=bed.id,
            status="active",
            stay_type="crisis",
            admitted_on=dt.date(2026, 11, 20),
            planned_end=dt.date(2026, 11, 30),
            children_count=1,
            **tracked,
        )
        s.add(stay)
        s.flush()
        s.add_all(
            ShelterBedNight(
                stay_id=stay.id, bed_id=bed.id, client_id=client_id, night=dt.date(2026, 11, 20) + dt.timedelta(days=i)
            )
            for i in range(10)
        )
        tables = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'")))
        assert "shelter_children_changes" not in tables  # committed when the block ends
    old.close()

    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)  # upgrades, after an encrypted copy
    try:
        assert db.current_revisions() == db.head_revisions()  # through 0008_shelterkids_stay_changes and on
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(ShelterBedNight)) == 10
            stay_id = s.scalar(select(ShelterStay.id))
        manager = AuthService(db, FixedClock(NOW)).create_first_manager("manager", PASSWORD, "Manager")
        ctx = ServiceContext(db, manager, FixedClock(NOW))
        changed = CorrectionService(ctx).change_children(stay_id, dt.date(2026, 11, 22), 2, "3, 8")
        assert changed.children_count == 2
        assert [c.children_count for c in CorrectionService(ctx).children_changes(stay_id)] == [2]
        assert CorrectionService(ctx).shorten(stay_id, dt.date(2026, 11, 26), "Found a room.").planned_end == dt.date(
            2026, 11, 26
        )
    finally:
        db.close()
    assert len(list(tmp_path.glob("old.before-upgrade-*"))) == 1
