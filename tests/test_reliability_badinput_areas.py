"""Bad input for the area services (clients, visits, testing, shelter, children, reports).

Every call either succeeds or raises a clear ``DropinError`` with nothing half-saved;
the helpers and strategies come from ``tests.test_reliability_badinput``.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dropin.children.service import AttendanceService, ChildrenService, ScheduleService, SessionService
from dropin.clients import choices
from dropin.clients.codes import AGE_BANDS, RECIPES, build_code, normalise_code, normalise_letters
from dropin.clients.referrals import ReferralService as DestinationService
from dropin.clients.service import ClientInput, ClientService
from dropin.clock import FixedClock
from dropin.context import ServiceContext
from dropin.errors import DropinError
from dropin.models.clients import Client, ReferralDestination
from dropin.reports.service import ReportService
from dropin.reports.weeks import Week, parse_date, parse_week
from dropin.security.roles import Role
from dropin.shelter.beds import BedService
from dropin.shelter.casework import CaseService
from dropin.shelter.choices import GOAL_AREAS, REASONS
from dropin.shelter.stays import StayService, parse_ages
from dropin.testing import rules
from dropin.testing.kits import KitService, QcService
from dropin.testing.referrals import ReferralService as FollowUpService
from dropin.testing.service import CounsellingService, TestService
from dropin.visits.catalogue import CHANNELS, DEFAULT_ITEMS, category_label, channel_label, service_label
from dropin.visits.service import CatalogueService, ServiceGiven, VisitInput, VisitService
from tests.conftest import NOW
from tests.test_reliability_badinput import (
    EDGE_TEXT,
    assert_clean_failure,
    odd_dates,
    odd_ids,
    odd_numbers,
    odd_optional_text,
    odd_text,
    row_counter,
)

pytestmark = pytest.mark.both_engines


PROPERTY = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
FEW = settings(PROPERTY, max_examples=20)

TODAY = NOW.date()


def one_of_or_odd(values, odd=odd_optional_text):
    """A valid choice most of the time, otherwise something odd."""
    return st.one_of(st.sampled_from(list(values)), odd)


odd_small_numbers = st.one_of(
    odd_numbers,
    st.integers(min_value=-3, max_value=30),
    st.sampled_from([0, -1, 1, 10**6, 2**63, 1.5, float("inf"), float("nan"), "3"]),
)
odd_years = st.one_of(odd_numbers, st.integers(min_value=1900, max_value=2100), st.sampled_from([TODAY.year - 30]))
odd_datetimes = st.one_of(
    st.none(),
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59)),
    st.sampled_from(
        [
            NOW,
            NOW - dt.timedelta(minutes=25),
            NOW - dt.timedelta(days=365 * 50),
            dt.datetime.min,
            dt.datetime.max,
            NOW + dt.timedelta(days=1),
        ]
    ),
)
odd_times = st.one_of(st.none(), st.times(), st.sampled_from([dt.time(0, 0), dt.time(23, 59)]), odd_text)
odd_bools = st.one_of(st.booleans(), st.none(), st.sampled_from([0, 1, "yes", ""]))


def add_client(ctx, prefix="C") -> int:
    with ctx.transaction() as s:
        row = Client(code=f"{prefix}{os.urandom(5).hex().upper()}")
        s.add(row)
        s.flush()
        return row.id


def client_code(ctx, client_id: int) -> str:
    with ctx.db.session() as s:
        return s.get(Client, client_id).code


def add_destination(ctx, name="City AIDS Centre") -> int:
    with ctx.transaction() as s:
        row = ReferralDestination(name=name, kind="aids_centre", active=True)
        s.add(row)
        s.flush()
        return row.id


# =================================================================== clients
@PROPERTY
@given(
    code=st.one_of(odd_text, st.sampled_from(["MAIV1990F", "МАИВ1990Ж", "XX0000X", "ab12"])),
    nickname=odd_optional_text,
    birth_year=odd_years,
    age_band=one_of_or_odd(AGE_BANDS),
    gender=one_of_or_odd(choices.GENDERS),
    language=one_of_or_odd(choices.LANGUAGES),
    migrant=one_of_or_odd(choices.MIGRANT_STATUSES),
    work=one_of_or_odd(choices.WORK_SETTINGS),
    children=odd_small_numbers,
    confirmed=st.booleans(),
)
def test_register_and_update_client_with_any_input(
    ctx_for, db, code, nickname, birth_year, age_band, gender, language, migrant, work, children, confirmed
):
    service = ClientService(ctx_for(Role.FRONT_DESK))
    counts = row_counter(db)
    data = ClientInput(code, nickname, birth_year, age_band, gender, language, migrant, work, children)
    assert_clean_failure(lambda: service.similar(code, birth_year if isinstance(birth_year, int) else None), counts)
    result = assert_clean_failure(lambda: service.register(data, confirmed_new=confirmed), counts)
    if not isinstance(result, DropinError):
        assert result.code.startswith(normalise_code(code))
        assert result.children_count is None or (
            type(result.children_count) is int and 0 <= result.children_count <= 20
        )
        assert result.nickname == ((nickname or "").strip() or None)  # stored whole, never cut
        assert service.get(result.id).code == result.code
    target = result.id if not isinstance(result, DropinError) else add_client(ctx_for(Role.MANAGER))
    assert_clean_failure(lambda: service.update(target, data), counts)


@PROPERTY
@given(client_id=odd_ids, text=odd_text)
def test_client_lookups_with_any_input(ctx_for, db, client_id, text):
    service = ClientService(ctx_for(Role.FRONT_DESK))
    counts = row_counter(db)
    assert_clean_failure(lambda: service.get(client_id), counts)
    assert_clean_failure(lambda: service.search(text), counts)
    assert_clean_failure(lambda: service.find(text), counts)
    assert_clean_failure(lambda: service.list_clients(0, 20, text), counts)
    assert_clean_failure(lambda: service.update(client_id, ClientInput(text, text)), counts)


@settings(max_examples=200, deadline=None)
@given(
    facts=st.dictionaries(
        st.sampled_from(
            [
                "mother_name",
                "father_name",
                "birth_year",
                "sex",
                "birth_day",
                "birth_month",
                "surname",
                "birth_order",
                "other",
            ]
        ),
        st.one_of(st.text(), st.integers(), st.none(), st.floats(), st.booleans()),
    ),
    recipe=st.one_of(st.sampled_from(list(RECIPES)), st.none(), st.text(max_size=10)),
    text=st.text(),
)
def test_build_code_and_normalise_never_raise(facts, recipe, text):
    code = build_code(facts, recipe)
    assert code and all(("A" <= c <= "Z") or ("0" <= c <= "9") for c in code)
    assert normalise_code(code) == code
    normalised = normalise_code(text)
    assert all(("A" <= c <= "Z") or ("0" <= c <= "9") for c in normalised)
    assert normalise_code(normalised) == normalised
    assert all("A" <= c <= "Z" for c in normalise_letters(text))


@PROPERTY
@given(
    name=odd_optional_text,
    kind=one_of_or_odd(choices.REFERRAL_KINDS),
    contact=odd_optional_text,
    destination_id=odd_ids,
    active=odd_bools,
)
def test_referral_destinations_with_any_input(manager_ctx, db, name, kind, contact, destination_id, active):
    service = DestinationService(manager_ctx)
    counts = row_counter(db)
    added = assert_clean_failure(lambda: service.add(name, kind, contact), counts)
    if not isinstance(added, DropinError):
        assert added.name == " ".join(name.split()) and added.active
        destination_id = added.id
    assert_clean_failure(lambda: service.edit(destination_id, name, kind, contact), counts)
    assert_clean_failure(lambda: service.set_active(destination_id, active), counts)
    assert_clean_failure(lambda: service.get(destination_id), counts)


@PROPERTY
@given(
    code=odd_optional_text,
    label=odd_optional_text,
    category=st.one_of(st.sampled_from(["basic", "goods"]), odd_text),
    has_quantity=odd_bools,
    needs_destination=odd_bools,
    item_id=odd_ids,
)
def test_service_catalogue_with_any_input(
    manager_ctx, db, code, label, category, has_quantity, needs_destination, item_id
):
    service = CatalogueService(manager_ctx)
    counts = row_counter(db)
    added = assert_clean_failure(
        lambda: service.add(code, label, category, has_quantity=has_quantity, needs_destination=needs_destination),
        counts,
    )
    if not isinstance(added, DropinError):
        item_id = added.id
    assert_clean_failure(
        lambda: service.edit(item_id, label, category, has_quantity=has_quantity, needs_destination=needs_destination),
        counts,
    )
    assert_clean_failure(lambda: service.set_active(item_id, bool(has_quantity)), counts)
    for text in (code, label, category):
        assert isinstance(service_label(text or ""), str)
        assert isinstance(channel_label(text or ""), str)
        assert isinstance(category_label(text or ""), str)


# ==================================================================== visits
SERVICE_CODES = [item[0] for item in DEFAULT_ITEMS]
odd_quantities = st.one_of(odd_small_numbers, st.sampled_from([0, -5, 10**12, 2, 1.7]))


@pytest.fixture
def visit_setup(ctx_for, manager_ctx):
    return {"client": add_client(manager_ctx, "V"), "destination": add_destination(manager_ctx)}


@PROPERTY
@given(
    client=st.one_of(st.just("known"), st.none(), odd_ids),
    channel=one_of_or_odd(CHANNELS),
    services=st.lists(
        st.tuples(
            one_of_or_odd(SERVICE_CODES, odd_text), odd_quantities, st.one_of(st.just("known"), st.none(), odd_ids)
        ),
        max_size=4,
    ),
    note=odd_optional_text,
    anonymous=st.booleans(),
    reason=odd_optional_text,
)
def test_record_and_void_visit_with_any_input(
    ctx_for, db, visit_setup, client, channel, services, note, anonymous, reason
):
    ctx = ctx_for(Role.FRONT_DESK)
    service = VisitService(ctx)
    counts = row_counter(db)
    given_services = tuple(
        ServiceGiven(code, quantity, visit_setup["destination"] if dest == "known" else dest)
        for code, quantity, dest in services
    )
    data = VisitInput(visit_setup["client"] if client == "known" else client, channel, given_services, note, anonymous)
    result = assert_clean_failure(lambda: service.record(data), counts)
    if not isinstance(result, DropinError):
        assert len(result.service_codes) == len(services)
        visit_id = result.id
    else:
        visit_id = 10**9
    assert_clean_failure(lambda: service.void(visit_id, reason), counts)


# =================================================================== testing
@pytest.fixture
def hts(ctx_for, manager_ctx):
    peer = ctx_for(Role.PEER_COUNSELLOR)
    lot = KitService(peer).receive("Determine HIV", "LOT1", TODAY + dt.timedelta(days=300), 500, "donation")
    QcService(peer).record_run(lot.id, "new_lot", True, True, kits_used=0)  # the kit controls passed
    return {"peer": peer, "lot": lot.id, "destination": add_destination(manager_ctx)}


def _fresh_session(hts) -> tuple[int, str]:
    peer = hts["peer"]
    code = client_code(peer, add_client(peer, "T"))
    info = CounsellingService(peer).record_session(
        code, pre_test_counselling=True, consent_given=True, session_at=NOW - dt.timedelta(hours=1)
    )
    return info.id, code


@PROPERTY
@given(
    code=st.one_of(st.just("known"), odd_optional_text),
    pre=odd_bools,
    consent=odd_bools,
    risk=st.lists(one_of_or_odd(rules.RISK_ITEMS, odd_text), max_size=3),
    note=odd_optional_text,
    plan=odd_optional_text,
    ever=st.one_of(st.none(), st.booleans()),
    months=odd_small_numbers,
    when=odd_datetimes,
)
@example(code="known", pre=True, consent=True, risk=[], note=None, plan=None, ever=True, months="", when=None)
def test_counselling_with_any_input(db, hts, code, pre, consent, risk, note, plan, ever, months, when):
    peer = hts["peer"]
    if code == "known":
        code = client_code(peer, add_client(peer, "K"))
    counts = row_counter(db)
    assert_clean_failure(
        lambda: CounsellingService(peer).record_session(
            code,
            pre_test_counselling=pre,
            consent_given=consent,
            risk_items=risk,
            risk_note=note,
            risk_reduction_plan=plan,
            ever_tested=ever,
            months_since_last_test=months,
            session_at=when,
        ),
        counts,
    )


@PROPERTY
@given(
    code=st.one_of(st.just("known"), odd_optional_text),
    lot=st.one_of(st.just("known"), st.none(), odd_ids),
    repeat_of=st.one_of(st.none(), odd_ids),
    reason=odd_optional_text,
)
def test_start_and_cancel_test_with_any_input(db, hts, code, lot, repeat_of, reason):
    peer = hts["peer"]
    service = TestService(peer)
    if code == "known":
        _, code = _fresh_session(hts)
    counts = row_counter(db)
    result = assert_clean_failure(
        lambda: service.start_test_for_client(code, hts["lot"] if lot == "known" else lot, repeat_of_id=repeat_of),
        counts,
    )
    test_id = result.id if not isinstance(result, DropinError) else 10**9
    assert_clean_failure(lambda: service.cancel_test(test_id, reason), counts)


@PROPERTY
@given(
    minutes=st.one_of(st.integers(min_value=-(10**6), max_value=10**6), st.sampled_from([0, 19, 20, 30, 40, 41])),
    control=odd_bools,
    line=odd_bools,
    given_=odd_bools,
    destination=st.one_of(st.none(), odd_ids),
)
def test_read_result_with_any_input(db, hts, minutes, control, line, given_, destination):
    peer = hts["peer"]
    session_id, _ = _fresh_session(hts)
    test = TestService(peer).start_test(session_id, hts["lot"])
    reader = ServiceContext(db, peer.user, FixedClock(NOW + dt.timedelta(minutes=minutes)))
    counts = row_counter(db)
    result = assert_clean_failure(
        lambda: TestService(reader).record_result(
            test.id, control, line, result_given=given_, destination_id=destination
        ),
        counts,
    )
    if not isinstance(result, DropinError):
        assert 20 <= minutes
        assert result.result in ("reactive", "nonreactive", "invalid")


@PROPERTY
@given(
    started=odd_datetimes,
    read=odd_datetimes,
    control=odd_bools,
    line=odd_bools,
    lot=st.one_of(st.just("known"), st.none(), odd_ids),
    session=st.one_of(st.just("known"), odd_ids),
)
@example(started=dt.datetime.max, read=None, control=True, line=False, lot="known", session="known")
def test_retrospective_result_with_any_times(db, hts, started, read, control, line, lot, session):
    peer = hts["peer"]
    session_id, code = _fresh_session(hts)
    counts = row_counter(db)
    service = TestService(peer)
    lot_id = hts["lot"] if lot == "known" else lot
    assert_clean_failure(
        lambda: service.record_retrospective(
            session_id if session == "known" else session, lot_id, started, read, control, line
        ),
        counts,
    )
    assert_clean_failure(
        lambda: service.record_retrospective_for_client(code, lot_id, started, read, control, line), counts
    )


@PROPERTY
@given(
    kit=odd_optional_text,
    lot=odd_optional_text,
    expiry=odd_dates,
    quantity=odd_small_numbers,
    source=one_of_or_odd(rules.SOURCES),
    temp=odd_numbers,
    received=odd_dates,
    discard_qty=odd_small_numbers,
    discard_reason=one_of_or_odd(rules.DISCARD_REASONS),
    lot_id=odd_ids,
)
def test_kits_with_any_input(
    db, hts, kit, lot, expiry, quantity, source, temp, received, discard_qty, discard_reason, lot_id
):
    peer = hts["peer"]
    service = KitService(peer)
    counts = row_counter(db)
    result = assert_clean_failure(
        lambda: service.receive(kit, lot, expiry, quantity, source, temp, received, note=kit), counts
    )
    if not isinstance(result, DropinError):
        assert type(result.received) is int and result.received == quantity
    target = hts["lot"] if lot_id % 2 else lot_id
    assert_clean_failure(lambda: service.discard(target, discard_qty, discard_reason, note=lot), counts)
    assert_clean_failure(lambda: service.record_count(target, discard_qty), counts)
    assert_clean_failure(lambda: QcService(peer).log_temperature(temp, temp), counts)
    assert_clean_failure(
        lambda: QcService(peer).record_run(target, "new_lot", True, True, run_on=received, kits_used=discard_qty),
        counts,
    )


@pytest.fixture
def open_referral(db, hts):
    """A reactive test read 30 minutes after it started: its referral is open."""
    peer = hts["peer"]
    session_id, _ = _fresh_session(hts)
    test = TestService(peer).record_retrospective(
        session_id, hts["lot"], NOW - dt.timedelta(minutes=50), NOW - dt.timedelta(minutes=20), True, True
    )
    referral = FollowUpService(peer).open_referrals()[0]
    assert referral.test_id == test.id
    return referral.id


@PROPERTY
@given(
    method=one_of_or_odd(rules.CONTACT_METHODS),
    outcome=one_of_or_odd(rules.CONTACT_OUTCOMES),
    attempted=odd_dates,
    note=odd_optional_text,
    result=st.one_of(st.none(), one_of_or_odd(rules.CONFIRMATORY_RESULTS)),
    art=odd_dates,
    registered=odd_dates,
    due=odd_dates,
    reason=one_of_or_odd(rules.CLOSE_REASONS),
    closed=odd_dates,
    referral=st.one_of(st.just("known"), odd_ids),
)
def test_follow_up_with_any_input(
    db, hts, open_referral, method, outcome, attempted, note, result, art, registered, due, reason, closed, referral
):
    service = FollowUpService(hts["peer"])
    referral_id = open_referral if referral == "known" else referral
    counts = row_counter(db)
    assert_clean_failure(
        lambda: service.add_attempt(referral_id, method, outcome, attempted_on=attempted, note=note), counts
    )
    assert_clean_failure(lambda: service.update(referral_id, due_date=due), counts)
    assert_clean_failure(
        lambda: service.record_outcome(
            referral_id, confirmatory_result=result, registered_on=registered, art_start_on=art, home_country_note=note
        ),
        counts,
    )
    assert_clean_failure(lambda: service.close(referral_id, reason, closed_on=closed), counts)
    info = service.get(open_referral)
    if info.art_start_on is not None:
        assert info.art_start_on >= info.referred_on


# =================================================================== shelter
@pytest.fixture
def beds(manager_ctx):
    service = BedService(manager_ctx)
    room = service.add_room("Room 1", 10)
    return [service.add_bed(room.id, label, available_from=dt.date(2020, 1, 1)).id for label in "ABCD"]


@FEW
@given(
    code=st.one_of(st.just("known"), odd_optional_text),
    bed=st.one_of(st.just("known"), st.none(), odd_ids),
    admitted=odd_dates,
    stay_type=one_of_or_odd(["crisis", "long"]),
    planned=odd_dates,
    children=odd_small_numbers,
    ages=st.one_of(odd_optional_text, st.sampled_from(["3, 7", "²", "٣", "9" * 5000])),
    reserve=st.booleans(),
    reasons=st.lists(odd_text, max_size=2),
    note=odd_optional_text,
)
def test_admit_with_any_input(
    ctx_for, db, beds, code, bed, admitted, stay_type, planned, children, ages, reserve, reasons, note
):
    ctx = ctx_for(Role.SOCIAL_WORKER)
    if code == "known":
        code = client_code(ctx, add_client(ctx, "S"))
    counts = row_counter(db)
    result = assert_clean_failure(
        lambda: StayService(ctx).admit(
            code,
            beds[0] if bed == "known" else bed,
            admitted_on=admitted,
            stay_type=stay_type,
            planned_end=planned,
            reasons=reasons,
            reason_note=note,
            children_count=children,
            children_ages=ages,
            reserve=reserve,
        ),
        counts,
    )
    if not isinstance(result, DropinError):
        StayService(ctx).void_stay(result.id, "test cleanup")


@FEW
@given(
    new_end=odd_dates,
    reason=odd_optional_text,
    review=odd_dates,
    on=odd_dates,
    outcome=st.one_of(st.sampled_from(["housed", "returned_home"]), odd_optional_text),
    to_bed=st.one_of(st.just("other"), st.none(), odd_ids),
    destination=st.one_of(st.none(), odd_ids),
)
def test_extend_move_discharge_with_any_input(
    ctx_for, db, beds, new_end, reason, review, on, outcome, to_bed, destination
):
    ctx = ctx_for(Role.SOCIAL_WORKER)
    service = StayService(ctx)
    code = client_code(ctx, add_client(ctx, "S"))
    manager = BedService(ctx.with_user(ctx_for(Role.MANAGER).user))
    room = manager.add_room(f"Room {os.urandom(4).hex()}", 2)
    free = [manager.add_bed(room.id, label, available_from=dt.date(2020, 1, 1)).id for label in "AB"]
    stay = service.admit(code, free[0], admitted_on=TODAY - dt.timedelta(days=3))
    counts = row_counter(db)
    assert_clean_failure(lambda: service.extend(stay.id, new_end, reason, review_on=review), counts)
    assert_clean_failure(
        lambda: service.move(stay.id, free[1] if to_bed == "other" else to_bed, on=on, reason=reason), counts
    )
    result = assert_clean_failure(
        lambda: service.discharge(stay.id, on, outcome, note=reason, referral_destination_id=destination), counts
    )
    if isinstance(result, DropinError):
        service.discharge(stay.id, TODAY, "housed")


@PROPERTY
@given(text=st.one_of(odd_optional_text, st.sampled_from(["3, 7", "²", "٣", "9" * 5000, "17;0 5", "18"])))
@example("²")
@example("9" * 5000)
def test_parse_ages_with_any_text(text):
    try:
        ages = parse_ages(text)
    except DropinError as error:
        assert error.message.strip()
    else:
        assert all(type(a) is int and 0 <= a <= 17 for a in ages)


@FEW
@given(
    name=odd_optional_text,
    capacity=odd_small_numbers,
    label=odd_optional_text,
    available=odd_dates,
    reason=odd_optional_text,
    start=odd_dates,
    room_id=odd_ids,
    bed_id=odd_ids,
)
def test_beds_with_any_input(manager_ctx, db, beds, name, capacity, label, available, reason, start, room_id, bed_id):
    service = BedService(manager_ctx)
    counts = row_counter(db)
    room = assert_clean_failure(lambda: service.add_room(name, capacity), counts)
    if not isinstance(room, DropinError):
        room_id = room.id
    assert_clean_failure(lambda: service.set_capacity(room_id, capacity), counts)
    bed = assert_clean_failure(lambda: service.add_bed(room_id, label, available_from=available), counts)
    target = bed.id if not isinstance(bed, DropinError) else (beds[3] if bed_id % 2 else bed_id)
    assert_clean_failure(lambda: service.set_out_of_service(target, reason, start_on=start), counts)
    assert_clean_failure(lambda: service.return_to_service(target, on=start), counts)


@FEW
@given(
    note=odd_optional_text,
    description=odd_optional_text,
    text=odd_optional_text,
    reason=odd_optional_text,
    area=one_of_or_odd(GOAL_AREAS),
    reasons=st.lists(one_of_or_odd(REASONS, odd_text), max_size=2),
)
def test_case_file_with_any_text(ctx_for, db, beds, note, description, text, reason, area, reasons):
    ctx = ctx_for(Role.SOCIAL_WORKER)
    stay = StayService(ctx).admit(client_code(ctx, add_client(ctx, "F")), beds[1], admitted_on=TODAY)
    service = CaseService(ctx)
    counts = row_counter(db)
    assert_clean_failure(lambda: service.set_reasons(stay.id, reasons, note), counts)
    goal = assert_clean_failure(lambda: service.add_goal(stay.id, area, description), counts)
    written = assert_clean_failure(lambda: service.add_note(stay.id, text), counts)
    if not isinstance(written, DropinError):
        assert written.text == text.strip()  # kept whole, never cut
        assert_clean_failure(lambda: service.void_note(written.id, reason), counts)
    if not isinstance(goal, DropinError):
        assert_clean_failure(lambda: service.void_goal(goal.id, reason), counts)
    StayService(ctx).void_stay(stay.id, "test cleanup")


# ================================================================== children
@pytest.fixture
def kids(ctx_for, manager_ctx):
    ctx = ctx_for(Role.FACILITATOR)
    parent = client_code(ctx, add_client(manager_ctx, "P"))
    sessions = SessionService(ctx)
    type_id = sessions.activity_types()[0].id
    child = ChildrenService(ctx).register_child("Ann", parent, birth_year=TODAY.year - 5, consent_participation=True)
    held = sessions.create_session(type_id, TODAY, dt.time(10, 0), 60)
    return {"ctx": ctx, "parent": parent, "type": type_id, "child": child.id, "session": held.id}


@PROPERTY
@given(
    name=odd_optional_text,
    parent=st.one_of(st.just("known"), odd_optional_text),
    year=odd_years,
    band=st.one_of(st.none(), st.sampled_from(["0-2", "3-5", "6-9", "14-17"]), odd_text),
    consent=odd_bools,
    photos=odd_bools,
    child=st.one_of(st.just("known"), odd_ids),
    reason=odd_optional_text,
)
def test_children_register_with_any_input(db, kids, name, parent, year, band, consent, photos, child, reason):
    service = ChildrenService(kids["ctx"])
    parent = kids["parent"] if parent == "known" else parent
    counts = row_counter(db)
    result = assert_clean_failure(
        lambda: service.register_child(
            name, parent, birth_year=year, age_band=band, consent_participation=consent, consent_photos=photos
        ),
        counts,
    )
    if not isinstance(result, DropinError):
        child = result.id
    child_id = kids["child"] if child == "known" else child
    assert_clean_failure(
        lambda: service.update_child(
            child_id, name, parent, birth_year=year, age_band=band, consent_participation=consent
        ),
        counts,
    )
    if not isinstance(result, DropinError):
        assert_clean_failure(lambda: service.void_child(result.id, reason), counts)


@PROPERTY
@given(
    type_id=st.one_of(st.just("known"), odd_ids),
    date=st.one_of(odd_dates, odd_text),
    start=odd_times,
    duration=odd_small_numbers,
    place=odd_optional_text,
    note=odd_optional_text,
    facilitators=st.lists(odd_ids, max_size=2),
    reason=odd_optional_text,
)
def test_sessions_with_any_input(db, kids, type_id, date, start, duration, place, note, facilitators, reason):
    service = SessionService(kids["ctx"])
    type_id = kids["type"] if type_id == "known" else type_id
    counts = row_counter(db)
    result = assert_clean_failure(
        lambda: service.create_session(
            type_id, date, start, duration, place=place, note=note, facilitator_ids=facilitators
        ),
        counts,
    )
    assert_clean_failure(
        lambda: service.update_session(
            kids["session"], type_id, date, start, duration, place=place, facilitator_ids=facilitators
        ),
        counts,
    )
    if not isinstance(result, DropinError):
        assert_clean_failure(lambda: service.cancel_session(result.id, reason), counts)


@PROPERTY
@given(
    weekdays=st.lists(st.one_of(st.integers(min_value=-2, max_value=9), odd_numbers), max_size=4),
    start=odd_times,
    duration=odd_small_numbers,
    valid_from=odd_dates,
    valid_until=odd_dates,
    facilitator=st.one_of(st.none(), odd_ids),
    schedule_id=st.one_of(st.none(), odd_ids),
)
def test_schedules_with_any_input(
    db, kids, weekdays, start, duration, valid_from, valid_until, facilitator, schedule_id
):
    service = ScheduleService(kids["ctx"])
    counts = row_counter(db)
    assert_clean_failure(
        lambda: service.save_schedule(
            kids["type"],
            weekdays,
            start,
            duration,
            valid_from=valid_from,
            valid_until=valid_until,
            facilitator_id=facilitator,
            schedule_id=schedule_id,
        ),
        counts,
    )


@PROPERTY
@given(
    session=st.one_of(st.just("known"), odd_ids),
    children=st.lists(st.one_of(st.just("known"), odd_ids, odd_numbers), max_size=3),
    unregistered=odd_small_numbers,
    parents=odd_small_numbers,
    codes=st.lists(st.one_of(st.just("known"), odd_optional_text), max_size=3),
)
def test_attendance_with_any_input(db, kids, session, children, unregistered, parents, codes):
    service = AttendanceService(kids["ctx"])
    session_id = kids["session"] if session == "known" else session
    counts = row_counter(db)
    assert_clean_failure(
        lambda: service.save_attendance(
            session_id,
            [kids["child"] if c == "known" else c for c in children],
            unregistered_children=unregistered,
            parents_present=parents,
        ),
        counts,
    )
    assert_clean_failure(
        lambda: service.save_adults(
            session_id, [kids["parent"] if c == "known" else c for c in codes], other_adults=parents
        ),
        counts,
    )


# =================================================================== reports
@settings(max_examples=200, deadline=None)
@given(
    text=st.one_of(
        odd_optional_text,
        st.from_regex(r"\s*\d{4}-?[Ww]\d{1,2}\s*", fullmatch=True),
        st.sampled_from(["0000-W01", "0001-W01", "9999-W52", "2026-W53", "2020-W53", "٢٠٢٦-W47"]),
    )
)
def test_parse_week_and_date_with_any_text(text):
    for parse in (parse_week, parse_date):
        try:
            value = parse(text)
        except DropinError as error:
            assert error.message.strip() and error.message[-1] in ".?!)"
        else:
            assert value is not None


@FEW
@given(
    week=st.one_of(
        st.none(),
        st.builds(Week, st.integers(min_value=-5, max_value=10_001), st.integers(min_value=-2, max_value=60)),
        st.sampled_from([Week(1, 1), Week(1, 5), Week(9999, 52), Week(2026, 47), Week(2026, 48)]),
    )
)
@example(week=Week(1, 1))
@example(week=Week(0, 1))
@example(week=Week(2026, 60))
def test_build_report_with_any_week(manager_ctx, db, week):
    service = ReportService(manager_ctx)
    result = assert_clean_failure(lambda: service.build(week), row_counter(db, exclude=("audit_log",)))
    if not isinstance(result, DropinError):
        assert result.week.start <= TODAY


@FEW
@given(
    first=st.one_of(odd_dates, st.sampled_from([dt.date.min, dt.date(1, 1, 8)])),
    last=st.one_of(odd_dates, st.sampled_from([dt.date.max, dt.date(9999, 12, 25)])),
)
@example(first=dt.date.min, last=dt.date.max)
@example(first=dt.date(9999, 12, 1), last=dt.date.max)
@example(first=None, last=TODAY)
def test_export_with_any_range(manager_ctx, db, first, last):
    service = ReportService(manager_ctx)
    result = assert_clean_failure(lambda: service.export_data(first, last), row_counter(db, exclude=("audit_log",)))
    if not isinstance(result, DropinError):
        assert first <= last and len(result.weeks) <= 530


@pytest.fixture
def manager_ctx(db, users, clock) -> ServiceContext:
    return ServiceContext(db, users[Role.MANAGER], clock)


def test_edge_text_is_shared():
    assert "" in EDGE_TEXT
