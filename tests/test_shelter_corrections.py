"""Shelter corrections and rules: code lookup, review dates, free beds, undoing mistakes, the front desk's board."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dropin.clients.service import ClientService
from dropin.errors import Conflict, PermissionDenied, ValidationError
from dropin.models.security import AuditEntry
from dropin.models.shelter import ShelterBedNight, ShelterChildrenChange
from dropin.security.roles import Role
from dropin.shelter.board import BoardService
from dropin.shelter.casework import CaseService
from dropin.shelter.corrections import CorrectionService
from dropin.shelter.stays import StayService
from tests.shelter_helpers import D, add_clients, db, setup_beds, shelter_template, users  # noqa: F401,F811

pytestmark = pytest.mark.both_engines


TODAY = D(2026, 11, 23)


@pytest.fixture
def sw(ctx_for):
    return ctx_for(Role.SOCIAL_WORKER)


@pytest.fixture
def beds(ctx_for):
    return setup_beds(ctx_for)


@pytest.fixture
def clients(sw):
    return add_clients(sw, "AA01", "BB02", "MAIV1990F")


def held(ctx, stay_id):
    with ctx.transaction() as s:
        return [
            (r.night, r.bed_id)
            for r in s.execute(
                select(ShelterBedNight.night, ShelterBedNight.bed_id)
                .where(ShelterBedNight.stay_id == stay_id)
                .order_by(ShelterBedNight.night)
            )
        ]


def audit_actions(ctx, entity):
    with ctx.transaction() as s:
        return [(a.action, a.entity_id) for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == entity))]


def test_cyrillic_code_finds_the_same_client_as_at_check_in(sw, beds, clients):
    stay = StayService(sw).admit("маив 1990ф", beds["R1A"])
    assert stay.client_code == "MAIV1990F"
    with pytest.raises(ValidationError) as err:
        StayService(sw).admit("МАИВ1990Ж", beds["R1B"])
    assert err.value.field == "client_code" and "MAIV1990ZH" in str(err.value)


def test_crisis_stay_beyond_its_limit_needs_a_review_date(sw, beds, clients):
    service = StayService(sw)
    stay = service.admit(
        "AA01", beds["R1A"], admitted_on=TODAY - dt.timedelta(days=5), planned_end=TODAY + dt.timedelta(days=5)
    )
    with pytest.raises(ValidationError) as err:
        service.extend(stay.id, stay.admitted_on + dt.timedelta(days=300), "Waiting for housing.")
    assert err.value.field == "review_on" and "14 night" in str(err.value)
    assert service.stay(stay.id).planned_end == TODAY + dt.timedelta(days=5)
    # within the crisis limit no review is needed; beyond it, with a review date, it is accepted
    service.extend(stay.id, stay.admitted_on + dt.timedelta(days=14), "Two more days.")
    longer = service.extend(
        stay.id, stay.admitted_on + dt.timedelta(days=40), "Court date.", review_on=TODAY + dt.timedelta(days=10)
    )
    assert longer.review_on == TODAY + dt.timedelta(days=10) and not longer.review_due


def test_free_beds_leave_out_occupied_and_reserved_beds(sw, beds, clients):
    StayService(sw).admit("AA01", beds["R1A"])
    StayService(sw).admit("BB02", beds["R2A"], admitted_on=TODAY + dt.timedelta(days=3), reserve=True)
    board = BoardService(sw)
    assert [b for b, _ in board.free_beds(TODAY, TODAY + dt.timedelta(days=1))] == [beds["R1B"], beds["R2A"]]
    assert [b for b, _ in board.free_beds(TODAY, TODAY + dt.timedelta(days=14))] == [beds["R1B"]]


def test_void_a_wrong_admission_releases_its_nights(sw, beds, clients):
    stay = StayService(sw).admit("AA01", beds["R1A"])
    with pytest.raises(ValidationError):
        CorrectionService(sw).void_admission(stay.id, "  ")
    CorrectionService(sw).void_admission(stay.id, "Wrong person admitted.")
    assert held(sw, stay.id) == []
    assert ("void", str(stay.id)) in audit_actions(sw, "shelter_stays")
    assert StayService(sw).admit("BB02", beds["R1A"]).bed_id == beds["R1A"]


def test_undo_a_discharge_holds_the_nights_again(sw, beds, clients):
    service = StayService(sw)
    stay = service.admit(
        "AA01", beds["R1A"], admitted_on=TODAY - dt.timedelta(days=3), planned_end=TODAY + dt.timedelta(days=4)
    )
    service.discharge(stay.id, TODAY - dt.timedelta(days=1), "housed")
    assert len(held(sw, stay.id)) == 2
    back = CorrectionService(sw).undo_discharge(stay.id, "Discharged the wrong person.")
    assert back.status == "active" and back.discharged_on is None and back.outcome is None
    assert len(held(sw, stay.id)) == 7
    assert ("correct", str(stay.id)) in audit_actions(sw, "shelter_stays")
    with pytest.raises(ValidationError):
        CorrectionService(sw).undo_discharge(stay.id, "Again")


def test_undo_a_discharge_refused_when_the_bed_was_given_away(sw, beds, clients):
    service = StayService(sw)
    stay = service.admit("AA01", beds["R1A"], admitted_on=TODAY - dt.timedelta(days=3))
    service.discharge(stay.id, TODAY - dt.timedelta(days=1), "housed")
    service.admit("BB02", beds["R1A"])
    with pytest.raises(Conflict):
        CorrectionService(sw).undo_discharge(stay.id, "Mistake")
    assert service.stay(stay.id).status == "discharged"


def test_undo_the_last_move_and_extension(sw, beds, clients):
    service, fix = StayService(sw), CorrectionService(sw)
    stay = service.admit(
        "AA01", beds["R1A"], admitted_on=TODAY - dt.timedelta(days=2), planned_end=TODAY + dt.timedelta(days=3)
    )
    service.move(stay.id, beds["R1B"], on=TODAY)
    assert {b for _, b in held(sw, stay.id)} == {beds["R1A"], beds["R1B"]}
    assert fix.undo_last_move(stay.id, "Wrong bed chosen.").bed_id == beds["R1A"]
    assert {b for _, b in held(sw, stay.id)} == {beds["R1A"]}
    assert service.moves(stay.id) == []
    service.extend(stay.id, TODAY + dt.timedelta(days=10), "More time.")
    assert len(held(sw, stay.id)) == 12
    undone = fix.undo_last_extension(stay.id, "Typed the wrong date.")
    assert undone.planned_end == TODAY + dt.timedelta(days=3) and len(held(sw, stay.id)) == 5
    assert service.extensions(stay.id) == []
    with pytest.raises(ValidationError):
        fix.undo_last_extension(stay.id, "Nothing left")


def test_shorten_a_stay(sw, beds, clients):
    stay = StayService(sw).admit("AA01", beds["R1A"], planned_end=TODAY + dt.timedelta(days=10))
    fix = CorrectionService(sw)
    for bad in (TODAY, TODAY + dt.timedelta(days=10)):
        with pytest.raises(ValidationError):
            fix.shorten(stay.id, bad, "Found a flat.")
    short = fix.shorten(stay.id, TODAY + dt.timedelta(days=4), "Found a flat.")
    assert short.planned_end == TODAY + dt.timedelta(days=4) and len(held(sw, stay.id)) == 4
    assert [b for b, _ in BoardService(sw).free_beds(TODAY + dt.timedelta(days=4), TODAY + dt.timedelta(days=9))][
        :1
    ] == [beds["R1A"]]


def test_change_the_number_of_children_during_a_stay(sw, beds, clients):
    stay = StayService(sw).admit(
        "AA01", beds["R1A"], admitted_on=TODAY - dt.timedelta(days=5), children_count=1, children_ages="4"
    )
    fix = CorrectionService(sw)
    with pytest.raises(ValidationError) as err:
        fix.change_children(stay.id, TODAY - dt.timedelta(days=6), 2, "4, 9")
    assert err.value.field == "changed_on"
    with pytest.raises(ValidationError):
        fix.change_children(stay.id, TODAY, 2, "4")
    changed = fix.change_children(stay.id, TODAY - dt.timedelta(days=2), 2, "4, 9", note="Her son arrived.")
    assert changed.children_count == 2 and changed.children_ages == "4, 9"
    [row] = fix.children_changes(stay.id)
    assert (row.changed_on, row.previous_count, row.children_count) == (TODAY - dt.timedelta(days=2), 1, 2)
    with sw.transaction() as s:
        assert s.scalar(select(ShelterChildrenChange.note)) == "Her son arrived."


def test_front_desk_board_hides_codes_and_dates_unless_the_centre_shows_them(ctx_for, sw, beds, clients):
    StayService(sw).admit("AA01", beds["R1A"])
    StayService(sw).admit("BB02", beds["R1B"], admitted_on=TODAY + dt.timedelta(days=2), reserve=True)
    desk = BoardService(ctx_for(Role.FRONT_DESK))
    tiles = {t.bed_id: t for t in desk.board()}
    assert tiles[beds["R1A"]].state == "occupied" and tiles[beds["R1A"]].client_code is None
    assert tiles[beds["R1A"]].since is None and tiles[beds["R1A"]].planned_end is None
    assert not desk.board_codes()
    with pytest.raises(PermissionDenied):
        desk.set_board_codes(True)
    BoardService(ctx_for(Role.MANAGER)).set_board_codes(True)
    assert {t.bed_id: t for t in desk.board()}[beds["R1A"]].client_code == "AA01"
    assert {t.bed_id: t for t in BoardService(sw).board()}[beds["R1A"]].client_code == "AA01"


def test_reservation_stays_visible_on_an_occupied_tile(sw, beds, clients):
    StayService(sw).admit("AA01", beds["R1A"], planned_end=TODAY + dt.timedelta(days=3))
    StayService(sw).admit("BB02", beds["R1A"], admitted_on=TODAY + dt.timedelta(days=5), reserve=True)
    tile = {t.bed_id: t for t in BoardService(sw).board()}[beds["R1A"]]
    assert tile.state == "occupied" and tile.next_reservation == TODAY + dt.timedelta(days=5)


def test_due_reviews_and_goals_past_their_target_are_listed(sw, beds, clients):
    service = StayService(sw)
    a = service.admit(
        "AA01", beds["R1A"], admitted_on=TODAY - dt.timedelta(days=20), planned_end=TODAY - dt.timedelta(days=10)
    )
    b = service.admit("BB02", beds["R1B"], admitted_on=TODAY - dt.timedelta(days=2))
    service.extend(a.id, TODAY + dt.timedelta(days=30), "Court case.", review_on=TODAY)
    case = CaseService(sw)
    case.add_goal(b.id, "documents", "Get a new passport", review_on=TODAY - dt.timedelta(days=1))
    case.add_goal(b.id, "health", "See the doctor", review_on=TODAY + dt.timedelta(days=1))
    done = case.add_goal(b.id, "legal", "Lawyer", review_on=TODAY - dt.timedelta(days=1))
    case.update_goal(done.id, status="achieved")
    items = case.attention()
    assert [(i.client_code, i.kind, i.goal) for i in items] == [
        ("BB02", "goal", "Get a new passport"),
        ("AA01", "review", None),
    ]
    assert service.stay(a.id).review_due


def test_facilitator_finds_a_parent_only_by_the_exact_code(ctx_for, clients):
    facilitator = ClientService(ctx_for(Role.FACILITATOR))
    assert facilitator.search("A") == [] and facilitator.search("AA0") == []
    assert [h.code for h in facilitator.search("aa01")] == ["AA01"]
    assert [h.code for h in facilitator.search("маив1990ф")] == ["MAIV1990F"]
    assert [h.code for h in ClientService(ctx_for(Role.FRONT_DESK)).search("A")] == ["AA01"]
