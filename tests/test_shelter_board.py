"""Bed board, bed configuration, case work visibility, indicators, profile, migration, demo."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from dropin.errors import Conflict, PermissionDenied, ValidationError
from dropin.reports.definitions import SHELTER
from dropin.security.roles import Role
from dropin.shelter import demo, indicators, profile
from dropin.shelter.beds import BedService
from dropin.shelter.board import BoardService
from dropin.shelter.casework import CaseService
from dropin.shelter.stays import StayService
from tests.shelter_helpers import D, add_clients, db, setup_beds, shelter_template, users  # noqa: F401,F811

pytestmark = pytest.mark.both_engines


TODAY = D(2026, 11, 23)


@pytest.fixture
def world(ctx_for):
    beds = setup_beds(ctx_for)
    sw = ctx_for(Role.SOCIAL_WORKER)
    ids = add_clients(sw, "AA01", "BB02", "CC03")
    service = StayService(sw)
    over = service.admit(
        "AA01",
        beds["R1A"],
        admitted_on=D(2026, 11, 1),
        planned_end=D(2026, 11, 20),
        reasons=["violence"],
        reason_note="Secret detail",
        children_count=1,
        children_ages="5",
    )
    res = service.admit("BB02", beds["R1B"], admitted_on=TODAY, reserve=True)
    BedService(ctx_for(Role.MANAGER)).set_out_of_service(beds["R2A"], "Leaking roof")
    return {"beds": beds, "over": over, "res": res, "ids": ids}


def test_board_states_and_front_desk_sees_no_case_data(ctx_for, world):
    tiles = {t.bed_id: t for t in BoardService(ctx_for(Role.FRONT_DESK)).board()}
    beds = world["beds"]
    assert tiles[beds["R1A"]].state == "occupied"
    assert tiles[beds["R1A"]].client_code is None and tiles[beds["R1A"]].nights is None  # codes off by default
    assert {t.bed_id: t for t in BoardService(ctx_for(Role.SOCIAL_WORKER)).board()}[beds["R1A"]].nights == 22
    assert tiles[beds["R1A"]].overstay is True
    assert tiles[beds["R1A"]].children is None  # front desk: no children details
    assert tiles[beds["R1B"]].state == "reserved"
    assert tiles[beds["R2A"]].state == "out_of_service"
    assert tiles[beds["R2A"]].out_of_service_reason == "Leaking roof"
    for tile in tiles.values():
        assert not hasattr(tile, "reasons") and not hasattr(tile, "notes")
        assert "Secret" not in repr(tile)
    assert BoardService(ctx_for(Role.SOCIAL_WORKER)).board()[0].children == 1
    with pytest.raises(PermissionDenied):
        BoardService(ctx_for(Role.FACILITATOR)).board()


def test_free_bed_and_next_reservation(ctx_for, world):
    sw = ctx_for(Role.SOCIAL_WORKER)
    StayService(sw).discharge(world["over"].id, TODAY, "housed")
    StayService(sw).admit("CC03", world["beds"]["R1A"], admitted_on=TODAY + dt.timedelta(days=4), reserve=True)
    tile = next(t for t in BoardService(ctx_for(Role.FRONT_DESK)).board() if t.bed_id == world["beds"]["R1A"])
    assert tile.state == "free" and tile.next_reservation == TODAY + dt.timedelta(days=4)


def test_bed_configuration_is_for_managers(ctx_for, world):
    with pytest.raises(PermissionDenied):
        BedService(ctx_for(Role.SOCIAL_WORKER)).add_room("Room 9", 2)
    manager = BedService(ctx_for(Role.MANAGER))
    with pytest.raises(Conflict):
        manager.add_room("room 1", 2)
    with pytest.raises(ValidationError):
        manager.add_bed(manager.rooms()[0].id, "C")  # Room 1 holds 2 beds
    with pytest.raises(Conflict):  # booked tonight
        manager.set_out_of_service(world["beds"]["R1A"], "Paint")
    with pytest.raises(Conflict):  # admitting into an out-of-service bed
        StayService(ctx_for(Role.SOCIAL_WORKER)).admit("CC03", world["beds"]["R2A"])
    back = manager.return_to_service(world["beds"]["R2A"])
    assert back.out_of_service is False
    StayService(ctx_for(Role.SOCIAL_WORKER)).admit("CC03", world["beds"]["R2A"])


def test_case_work_only_for_social_workers_and_reads_audited(ctx_for, world):
    stay_id = world["over"].id
    for role in (Role.FRONT_DESK, Role.MANAGER, Role.PEER_COUNSELLOR):
        with pytest.raises(PermissionDenied):
            CaseService(ctx_for(role)).case_file(stay_id)
    sw = ctx_for(Role.SOCIAL_WORKER)
    case = CaseService(sw)
    goal = case.add_goal(stay_id, "documents", "Restore passport", review_on=D(2026, 11, 21))
    assert goal.overdue is True
    note = case.add_note(stay_id, "Accompanied to the passport office.")
    with pytest.raises(ValidationError):
        case.add_note(stay_id, "Future", noted_on=TODAY + dt.timedelta(days=1))
    with pytest.raises(ValidationError):
        case.add_goal(stay_id, "astrology", "x")
    file = case.case_file(stay_id)
    assert file.stay.reasons == ("violence",) and file.stay.reason_note == "Secret detail"
    assert [g.description for g in file.goals] == ["Restore passport"]
    assert [n.text for n in file.notes] == ["Accompanied to the passport office."]
    assert file.notes[0].author == "social_worker"
    from tests.conftest import every_log

    with sw.transaction() as s:
        reads = [(e.entity, e.entity_id) for e in every_log(s, lambda t: t.c.action == "read")]
    assert ("shelter_case_notes", str(note.id)) in reads and ("shelter_stay_cases", str(stay_id)) in reads
    case.update_goal(goal.id, status="achieved")
    assert case.reviews_due() == []


def test_profile_summary_by_role(ctx_for, world):
    client_id = world["over"].client_id
    assert profile.summary(ctx_for(Role.FRONT_DESK), client_id) == []
    manager_lines = profile.summary(ctx_for(Role.MANAGER), client_id)
    assert manager_lines and "1 Nov 2026" in manager_lines[0][1]
    assert "past the planned end" in manager_lines[0][1]
    assert not any("Fleeing" in text for _, text in manager_lines)
    sw_lines = profile.summary(ctx_for(Role.SOCIAL_WORKER), client_id)
    assert ("Admission reasons", "Fleeing violence") in sw_lines


def test_indicators_count_boundaries(ctx_for, world):
    sw = ctx_for(Role.SOCIAL_WORKER)
    service = StayService(sw)
    # a stay from Wed 18 to Sat 21 Nov: 3 nights (18, 19, 20) in the week 16..23 Nov
    BedService(ctx_for(Role.MANAGER)).return_to_service(world["beds"]["R2A"])
    stay = service.admit(
        "CC03", world["beds"]["R2A"], admitted_on=D(2026, 11, 18), planned_end=D(2026, 11, 30), children_count=2
    )
    service.discharge(stay.id, D(2026, 11, 21), "referred")
    service.extend(world["over"].id, D(2026, 11, 30), "Waiting for a room.", review_on=D(2026, 11, 27))
    with sw.transaction() as s:
        week = indicators.compute(s, D(2026, 11, 16), D(2026, 11, 23))
        later = indicators.compute(s, D(2026, 11, 23), D(2026, 11, 30))
    assert set(week) >= {ind.key for ind in SHELTER.indicators}
    assert week["shelter.bed_nights"] == 7 + 3
    assert week["shelter.beds"] == 3
    # bed R2A was out of service from 23 Nov (today) to today: no nights lost in the week
    assert week["shelter.bed_nights_available"] == 21
    assert week["shelter.occupancy"] == round(100 * 10 / 21, 1)
    assert week["shelter.admissions"] == 1
    assert week["shelter.discharges"]["referred"] == 1 and sum(week["shelter.discharges"].values()) == 1
    # the extension was made on 23 Nov: at the end of the week the stay was past its planned end (20 Nov)
    assert week["shelter.overstays"] == 1
    assert week["shelter.extensions"] == 0 and later["shelter.extensions"] == 1
    assert later["shelter.overstays"] == 0
    assert week["shelter.children"] == 1 + 2
    with sw.transaction() as s:
        empty = indicators.compute(s, D(2025, 1, 6), D(2025, 1, 13))
    assert empty["shelter.occupancy"] is None and empty["shelter.bed_nights"] == 0


def test_demo_generates_realistic_stays(ctx_for, users):
    rng = random.Random(3)
    ctx = ctx_for(Role.MANAGER)
    counts = demo.generate(ctx, rng, TODAY - dt.timedelta(weeks=6), TODAY, users=users)
    assert counts["shelter.stays"] >= 4
    assert counts["shelter.extensions"] >= 1
    residents = StayService(ctx).residents()
    assert sum(1 for r in residents if r.overstay) == 1
    tiles = BoardService(ctx).board()
    assert len(tiles) == 8
    assert sum(1 for t in tiles if t.state == "occupied") >= 3
    with ctx.transaction() as s:
        week = indicators.compute(s, TODAY - dt.timedelta(days=7), TODAY)
    assert 0 < week["shelter.occupancy"] <= 100
