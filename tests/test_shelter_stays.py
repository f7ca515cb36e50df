"""Stays: double booking refused (service, database, concurrently), bed-nights, extensions, moves, discharge."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import insert, select

from dropin.context import ServiceContext
from dropin.errors import Conflict, PermissionDenied, ValidationError
from dropin.models.database import Database
from dropin.models.shelter import ShelterBedNight, ShelterStay
from dropin.security.roles import Role
from dropin.shelter.stays import StayService
from tests.conftest import PASSPHRASE, TEST_KDF_ITER
from tests.shelter_helpers import D, add_clients, db, held, setup_beds, shelter_template, users  # noqa: F401,F811

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
    return add_clients(sw, "AA01", "BB02", "CC03")


def test_admission_holds_nights_up_to_planned_end(sw, beds, clients):
    stay = StayService(sw).admit("aa01", beds["R1A"], stay_type="crisis", reasons=["violence"])
    assert stay.client_code == "AA01"
    assert stay.planned_end == TODAY + dt.timedelta(days=14)
    nights = held(sw, stay.id)
    assert [n for n, _ in nights][0] == TODAY
    assert [n for n, _ in nights][-1] == TODAY + dt.timedelta(days=13)
    assert len(nights) == 14
    long = StayService(sw).admit("BB02", beds["R1B"], stay_type="long")
    assert long.planned_end == TODAY + dt.timedelta(days=90)


def test_same_bed_same_night_is_refused_by_the_service(sw, beds, clients):
    service = StayService(sw)
    service.admit("AA01", beds["R1A"], admitted_on=D(2026, 11, 20), planned_end=D(2026, 11, 30))
    with pytest.raises(Conflict) as info:
        service.admit("BB02", beds["R1A"])
    assert "Room 1 / A" in info.value.message and "23 Nov 2026" in info.value.message
    # a reservation starting on the planned end (the departure day) is fine
    ok = service.admit("BB02", beds["R1A"], admitted_on=D(2026, 11, 30), reserve=True)
    assert ok.status == "reserved"


def test_client_cannot_be_in_two_stays(sw, beds, clients):
    service = StayService(sw)
    service.admit("AA01", beds["R1A"])
    with pytest.raises(Conflict):
        service.admit("AA01", beds["R1B"])
    # an old stay overlapping an earlier stay's nights is refused too
    first = service.admit("BB02", beds["R2A"], admitted_on=D(2026, 10, 1), planned_end=D(2026, 10, 20))
    service.discharge(first.id, D(2026, 10, 15), "housed")
    with pytest.raises(Conflict) as info:
        service.admit("BB02", beds["R1B"], admitted_on=D(2026, 10, 10), planned_end=D(2026, 10, 12))
    assert "BB02" in info.value.message


def test_database_refuses_double_booking_even_without_the_service(sw, beds, clients):
    stay = StayService(sw).admit("AA01", beds["R1A"])
    other = StayService(sw).admit("BB02", beds["R1B"])
    with pytest.raises(Conflict):
        with sw.transaction() as s:
            s.execute(
                insert(ShelterBedNight).values(
                    stay_id=other.id, bed_id=beds["R1A"], client_id=other.client_id, night=TODAY
                )
            )
    with pytest.raises(Conflict):
        with sw.transaction() as s:
            s.execute(
                insert(ShelterBedNight).values(
                    stay_id=other.id, bed_id=beds["R2A"], client_id=stay.client_id, night=TODAY
                )
            )
    assert len(held(sw, stay.id)) == 14


@pytest.mark.file_only  # two Database objects on one file; the server's race: test_server_concurrency
def test_concurrent_attempts_on_the_same_bed_night(db_path, sw, beds, clients, users, clock):
    """Two Database objects on the same file book the same bed at once: exactly one wins."""
    results: dict[str, object] = {}
    barrier = threading.Barrier(2)

    def attempt(code):
        other = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
        other.hold_stores(sw.db.store_keys())  # a social worker's login holds the case-work store
        try:
            ctx = ServiceContext(other, users[Role.SOCIAL_WORKER], clock)
            barrier.wait()
            results[code] = StayService(ctx).admit(code, beds["R2A"])
        except Exception as error:  # noqa: BLE001 - recorded and asserted below
            results[code] = error
        finally:
            other.close()

    threads = [threading.Thread(target=attempt, args=(c,)) for c in ("AA01", "BB02")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    outcomes = list(results.values())
    wins = [r for r in outcomes if not isinstance(r, Exception)]
    losses = [r for r in outcomes if isinstance(r, Exception)]
    assert len(wins) == 1 and len(losses) == 1
    assert isinstance(losses[0], Conflict)
    assert "already taken" in losses[0].message
    with sw.transaction() as s:
        assert s.scalar(select(ShelterStay.id).where(ShelterStay.bed_id == beds["R2A"])) == wins[0].id
        rows = list(s.scalars(select(ShelterBedNight.stay_id).where(ShelterBedNight.bed_id == beds["R2A"])))
        assert set(rows) == {wins[0].id} and len(rows) == 14


def test_future_admission_needs_a_reservation(sw, beds, clients):
    service = StayService(sw)
    with pytest.raises(ValidationError) as info:
        service.admit("AA01", beds["R1A"], admitted_on=TODAY + dt.timedelta(days=1))
    assert info.value.field == "admitted_on"
    with pytest.raises(ValidationError):
        service.admit("AA01", beds["R1A"], admitted_on=TODAY - dt.timedelta(days=1), reserve=True)
    res = service.admit("AA01", beds["R1A"], admitted_on=TODAY + dt.timedelta(days=3), reserve=True)
    assert held(sw, res.id)[0][0] == TODAY + dt.timedelta(days=3)


def test_check_in_late_releases_the_unused_nights(sw, beds, clients, clock):
    service = StayService(sw)
    res = service.admit("AA01", beds["R1A"], admitted_on=TODAY, planned_end=TODAY + dt.timedelta(days=5), reserve=True)
    clock.advance(days=2)
    stay = service.check_in(res.id)
    assert stay.status == "active" and stay.admitted_on == TODAY + dt.timedelta(days=2)
    assert [n for n, _ in held(sw, res.id)] == [TODAY + dt.timedelta(days=d) for d in (2, 3, 4)]


def test_bed_nights_boundaries_discharge_releases_from_discharge_date(sw, beds, clients, clock):
    service = StayService(sw)
    stay = service.admit("AA01", beds["R1A"], admitted_on=D(2026, 11, 10), planned_end=D(2026, 11, 24))
    done = service.discharge(stay.id, D(2026, 11, 15), "housed")
    assert done.nights == 5
    assert [n for n, _ in held(sw, stay.id)] == [D(2026, 11, d) for d in range(10, 15)]
    # the night of the discharge date is free for someone else
    other = service.admit("BB02", beds["R1A"], admitted_on=D(2026, 11, 15), planned_end=D(2026, 11, 16))
    assert held(sw, other.id)[0][0] == D(2026, 11, 15)


def test_discharge_rules(sw, beds, clients):
    service = StayService(sw)
    stay = service.admit("AA01", beds["R1A"], admitted_on=D(2026, 11, 20))
    with pytest.raises(ValidationError) as info:
        service.discharge(stay.id, D(2026, 11, 19), "housed")
    assert info.value.field == "discharged_on"
    with pytest.raises(ValidationError):
        service.discharge(stay.id, TODAY + dt.timedelta(days=1), "housed")
    with pytest.raises(ValidationError) as info:
        service.discharge(stay.id, TODAY, "moved to the moon")
    assert info.value.field == "outcome"
    same_day = service.admit("BB02", beds["R1B"])
    assert service.discharge(same_day.id, TODAY, "left").nights == 0
    assert held(sw, same_day.id) == []
    service.discharge(stay.id, TODAY, "returned_home")
    with pytest.raises(ValidationError):
        service.discharge(stay.id, TODAY, "housed")


def test_extension_adds_nights_and_refuses_a_clash(sw, beds, clients):
    service = StayService(sw)
    stay = service.admit("AA01", beds["R1A"], planned_end=TODAY + dt.timedelta(days=10))
    service.admit("BB02", beds["R1A"], admitted_on=TODAY + dt.timedelta(days=20), reserve=True)
    longer = service.extend(
        stay.id,
        TODAY + dt.timedelta(days=20),
        "Waiting for the housing decision.",
        review_on=TODAY + dt.timedelta(days=15),
    )
    assert longer.planned_end == TODAY + dt.timedelta(days=20)
    assert len(held(sw, stay.id)) == 20
    with pytest.raises(Conflict):
        service.extend(stay.id, TODAY + dt.timedelta(days=25), "More time.", review_on=TODAY + dt.timedelta(days=15))
    assert len(held(sw, stay.id)) == 20
    with pytest.raises(ValidationError) as info:
        service.extend(stay.id, TODAY + dt.timedelta(days=5), "Shorter?")
    assert info.value.field == "new_end"
    with pytest.raises(ValidationError) as info:
        service.extend(stay.id, TODAY + dt.timedelta(days=30), "  ")
    assert info.value.field == "reason"
    [ext] = service.extensions(stay.id)
    assert ext.previous_end == TODAY + dt.timedelta(days=10) and ext.approved_by == "social_worker"


def test_move_rebeds_remaining_nights(sw, beds, clients, clock):
    service = StayService(sw)
    stay = service.admit("AA01", beds["R1A"], admitted_on=D(2026, 11, 20), planned_end=D(2026, 11, 27))
    service.admit("BB02", beds["R2A"], admitted_on=D(2026, 11, 25), planned_end=D(2026, 11, 28), reserve=True)
    with pytest.raises(Conflict):
        service.move(stay.id, beds["R2A"])
    moved = service.move(stay.id, beds["R1B"], reason="Quieter room.")
    assert moved.bed_id == beds["R1B"]
    nights = held(sw, stay.id)
    assert [b for n, b in nights if n < TODAY] == [beds["R1A"]] * 3
    assert [b for n, b in nights if n >= TODAY] == [beds["R1B"]] * 4
    # the old bed is free again from today
    service.admit("CC03", beds["R1A"], planned_end=D(2026, 11, 25))
    assert service.moves(stay.id)[0].from_bed == "Room 1 / A"
    with pytest.raises(ValidationError):
        service.move(stay.id, beds["R1A"], on=D(2026, 11, 19))


def test_overstay_keeps_the_bed_until_discharged(sw, beds, clients, clock):
    service = StayService(sw)
    stay = service.admit("AA01", beds["R1A"], admitted_on=D(2026, 11, 20), planned_end=D(2026, 11, 22))
    assert service.stay(stay.id).overstay is True
    with pytest.raises(Conflict) as info:
        service.admit("BB02", beds["R1A"])
    assert "past its planned end" in info.value.message
    service.residents()  # a read writes nothing, yet shows tonight as held
    assert [n for n, _ in service.nights(stay.id)][-1] == TODAY
    service.admit("CC03", beds["R1B"])  # the next change writes it
    assert [n for n, _ in held(sw, stay.id)][-1] == TODAY
    done = service.discharge(stay.id, TODAY, "housed")
    assert done.nights == 3
    service.admit("BB02", beds["R1A"])


def test_permissions_and_reasons_visibility(ctx_for, sw, beds, clients):
    front = StayService(ctx_for(Role.FRONT_DESK))
    with pytest.raises(PermissionDenied):
        front.admit("AA01", beds["R1A"])
    with pytest.raises(PermissionDenied):
        front.residents()
    manager = StayService(ctx_for(Role.MANAGER))
    with pytest.raises(PermissionDenied):
        manager.admit("AA01", beds["R1A"], reasons=["violence"])
    stay = StayService(sw).admit("AA01", beds["R1A"], reasons=["violence", "homeless"], reason_note="Sensitive")
    assert stay.reasons == ("violence", "homeless")
    seen_by_manager = manager.stay(stay.id)
    assert seen_by_manager.reasons is None and seen_by_manager.reason_note is None
    assert all(r.reasons is None for r in StayService(sw).residents())


def test_validation_of_children_and_codes(sw, beds, clients):
    service = StayService(sw)
    with pytest.raises(ValidationError) as info:
        service.admit("ZZ99", beds["R1A"])
    assert info.value.field == "client_code"
    with pytest.raises(ValidationError) as info:
        service.admit("AA01", beds["R1A"], children_count=2, children_ages="3")
    assert info.value.field == "children_ages"
    with pytest.raises(ValidationError):
        service.admit("AA01", beds["R1A"], children_count=1, children_ages="19")
    stay = service.admit("AA01", beds["R1A"], children_count=2, children_ages="3;7")
    assert stay.children_ages == "3, 7"


def test_admission_dated_years_back_is_refused(sw, beds, clients):
    """An old paper record may be entered, but not one from a mistyped year (it would hold thousands of nights)."""
    service = StayService(sw)
    with pytest.raises(ValidationError, match="five years"):
        service.admit("AA01", beds["R1A"], admitted_on=D(2020, 11, 1), planned_end=D(2020, 11, 14))
    old = service.admit("AA01", beds["R1A"], admitted_on=D(2026, 2, 10), planned_end=D(2026, 2, 20))
    assert len(held(sw, old.id)) == 10


def test_two_clients_on_one_bed_night_are_refused_by_the_database(sw, beds, clients):
    """UNIQUE(bed_id, night) alone: the second client holds no night that evening."""
    StayService(sw).admit("AA01", beds["R1A"])
    past = StayService(sw).admit("CC03", beds["R2A"], admitted_on=D(2026, 10, 1), planned_end=D(2026, 10, 5))
    StayService(sw).discharge(past.id, D(2026, 10, 5), "housed")
    with pytest.raises(Conflict):
        with sw.transaction() as s:
            s.execute(
                insert(ShelterBedNight).values(
                    stay_id=past.id, bed_id=beds["R1A"], client_id=past.client_id, night=TODAY
                )
            )
    with sw.transaction() as s:  # the same row on a free bed is accepted: only the bed-night clashed
        s.execute(
            insert(ShelterBedNight).values(stay_id=past.id, bed_id=beds["R1B"], client_id=past.client_id, night=TODAY)
        )


def test_an_occupant_past_the_planned_end_blocks_the_reserved_arrival(sw, beds, clients, clock):
    """The overstayer keeps the bed: the reservation that starts on their planned end cannot check in."""
    service = StayService(sw)
    now = clock.now()
    clock.set(now - dt.timedelta(days=2))  # booked before anyone overstayed
    staying = service.admit("AA01", beds["R1A"], admitted_on=D(2026, 11, 20), planned_end=TODAY)
    booked = service.admit("BB02", beds["R1A"], admitted_on=TODAY, reserve=True)  # nights from the departure day
    clock.set(now)  # AA01 has not left on the planned end
    with pytest.raises(Conflict, match="still occupied by a stay past its planned end") as info:
        service.check_in(booked.id)
    assert "Room 1 / A" in info.value.message
    assert service.stay(booked.id).status == "reserved"
    service.discharge(staying.id, TODAY, "housed")
    assert service.check_in(booked.id).status == "active"


def test_an_admission_brings_no_children_unless_told(sw, beds, clients):
    assert StayService(sw).admit("AA01", beds["R1A"]).children_count == 0


@pytest.mark.parametrize(("children", "ok"), [(12, True), (0, True), (13, False), (-1, False), (True, False)])
def test_children_on_an_admission_are_from_0_to_12(sw, beds, clients, children, ok):
    admit = lambda: StayService(sw).admit("AA01", beds["R1A"], children_count=children)  # noqa: E731
    if ok:
        assert admit().children_count == children
    else:
        with pytest.raises(ValidationError, match="from 0 to 12") as info:
            admit()
        assert info.value.field == "children_count"


def test_the_planned_end_is_after_the_admission_and_at_most_a_year_later(sw, beds, clients):
    service = StayService(sw)
    for end in (TODAY, TODAY + dt.timedelta(days=367)):
        with pytest.raises(ValidationError) as info:
            service.admit("AA01", beds["R1A"], planned_end=end)
        assert info.value.field == "planned_end"
    assert service.admit("AA01", beds["R1A"], planned_end=TODAY + dt.timedelta(days=366)).planned_end


def test_an_admission_may_be_dated_back_five_years_of_366_days_and_no_more(ctx_for, sw, clients):
    from dropin.shelter.beds import BedService

    beds = BedService(ctx_for(Role.MANAGER))
    bed = beds.add_bed(beds.add_room("Old room", 1).id, "A", available_from=D(2015, 1, 1)).id
    service = StayService(sw)
    oldest = TODAY - dt.timedelta(days=5 * 366)
    with pytest.raises(ValidationError, match="five years") as info:
        service.admit("AA01", bed, admitted_on=oldest - dt.timedelta(days=1), planned_end=oldest + dt.timedelta(days=2))
    assert info.value.field == "admitted_on"
    stay = service.admit("AA01", bed, admitted_on=oldest, planned_end=oldest + dt.timedelta(days=2))
    assert service.discharge(stay.id, oldest + dt.timedelta(days=2), "housed").nights == 2


def test_a_reservation_cannot_check_in_on_its_planned_end(sw, beds, clients, clock):
    service = StayService(sw)
    now = clock.now()
    clock.set(now - dt.timedelta(days=1))
    booked = service.admit(
        "AA01", beds["R1A"], admitted_on=TODAY - dt.timedelta(days=1), planned_end=TODAY, reserve=True
    )
    clock.set(now)
    with pytest.raises(ValidationError, match="before the planned end") as info:
        service.check_in(booked.id, on=TODAY)
    assert info.value.field == "admitted_on"
    assert service.check_in(booked.id, on=TODAY - dt.timedelta(days=1)).status == "active"


def test_a_stay_may_be_extended_to_two_years_of_366_nights_and_no_further(sw, beds, clients):
    service = StayService(sw)
    stay = service.admit("AA01", beds["R1A"], stay_type="long", planned_end=TODAY + dt.timedelta(days=366))
    longest = TODAY + dt.timedelta(days=2 * 366)
    with pytest.raises(ValidationError, match="beyond two years") as info:
        service.extend(stay.id, longest + dt.timedelta(days=1), "Still no housing", review_on=TODAY)
    assert info.value.field == "new_end"
    assert service.extend(stay.id, longest, "Still no housing", review_on=TODAY).planned_end == longest


def test_a_discharge_refers_only_to_a_live_destination(ctx_for, sw, beds, clients):
    from dropin.models.clients import ReferralDestination

    manager = ctx_for(Role.MANAGER)
    with manager.transaction() as s:
        live, gone = ReferralDestination(name="Crisis centre"), ReferralDestination(name="Closed hostel")
        s.add_all([live, gone])
        s.flush()
        manager.void(gone, "Closed down")
        ids = live.id, gone.id
    service = StayService(sw)
    stay = service.admit("AA01", beds["R1A"], admitted_on=D(2026, 11, 20), planned_end=D(2026, 11, 30))
    for wrong in (ids[1], 9999):
        with pytest.raises(ValidationError, match="where the person was referred") as info:
            service.discharge(stay.id, TODAY, "housed", referral_destination_id=wrong)
        assert info.value.field == "referral_destination"
    assert service.discharge(stay.id, TODAY, "housed", referral_destination_id=ids[0]).status == "discharged"
