"""Every free-text field of every service: text the database cannot store, and text over the field's stated
limit, are refused with a message naming the field (never an unexpected error, never cut short), and
nothing is written. One row per field; the shared check is :mod:`dropin.validation`."""

from __future__ import annotations

import datetime as dt

import pytest

from dropin.children.service import ChildrenService, SessionService
from dropin.clients.referrals import ReferralService as DestinationService
from dropin.clients.service import ClientInput, ClientService
from dropin.errors import ValidationError
from dropin.models.database import Database
from dropin.security.auth import UserService
from dropin.security.roles import Role
from dropin.security.trail import AuditTrailService
from dropin.settings import set_setting
from dropin.shelter.beds import BedService
from dropin.shelter.casework import CaseService
from dropin.shelter.choices import GOAL_AREAS, OUTCOMES, REASONS
from dropin.shelter.corrections import CorrectionService
from dropin.shelter.stays import StayService
from dropin.testing import rules
from dropin.testing.kits import KitService, QcService
from dropin.testing.referrals import ReferralService as FollowUpService
from dropin.testing.service import CounsellingService, TestService
from dropin.validation import CODE_MAX, DOCUMENT_MAX, LONG_MAX, NAME_MAX, SHORT_MAX, clean_text, field_label
from dropin.visits.service import CatalogueService, VisitInput, VisitService
from tests.conftest import NOW, PASSWORD
from tests.test_reliability_badinput import row_counter
from tests.test_reliability_badinput_areas import add_client, add_destination, client_code

pytestmark = pytest.mark.both_engines


TODAY = NOW.date()
FIRST = next(iter(REASONS))


@pytest.fixture
def world(db, ctx_for):
    """One of everything a field belongs to: a client, a visit, a test, a referral, a stay, a bed, a session."""
    manager, desk = ctx_for(Role.MANAGER), ctx_for(Role.FRONT_DESK)
    peer, social, kids = ctx_for(Role.PEER_COUNSELLOR), ctx_for(Role.SOCIAL_WORKER), ctx_for(Role.FACILITATOR)
    code = client_code(manager, add_client(manager, "W"))
    destination = add_destination(manager)
    visit = VisitService(desk).record(VisitInput(None, "walk_in", (), None, True)).id
    lot = KitService(peer).receive("Determine HIV", "LOT1", TODAY + dt.timedelta(days=300), 50, "donation").id
    QcService(peer).record_run(lot, "new_lot", True, True, kits_used=0)  # the kit controls passed
    session = (
        CounsellingService(peer)
        .record_session(code, pre_test_counselling=True, consent_given=True, session_at=NOW - dt.timedelta(hours=1))
        .id
    )
    running = TestService(peer).start_test(session, lot).id
    reactive_session = (
        CounsellingService(peer)
        .record_session(
            client_code(manager, add_client(manager, "R")),
            pre_test_counselling=True,
            consent_given=True,
            session_at=NOW - dt.timedelta(hours=2),
        )
        .id
    )
    TestService(peer).record_retrospective(
        reactive_session, lot, NOW - dt.timedelta(minutes=50), NOW - dt.timedelta(minutes=20), True, True
    )
    referral = FollowUpService(peer).open_referrals()[0].id
    beds = BedService(manager)
    room = beds.add_room("Room 1", 4)
    bed_a, bed_b = (beds.add_bed(room.id, label, available_from=dt.date(2020, 1, 1)).id for label in "AB")
    stay = (
        StayService(social)
        .admit(client_code(manager, add_client(manager, "S")), bed_a, admitted_on=TODAY - dt.timedelta(days=2))
        .id
    )
    sessions = SessionService(kids)
    type_id = sessions.activity_types()[0].id
    held = sessions.create_session(type_id, TODAY, dt.time(10), 60).id
    return {
        "manager": manager,
        "desk": desk,
        "peer": peer,
        "social": social,
        "kids": kids,
        "code": code,
        "destination": destination,
        "visit": visit,
        "lot": lot,
        "running": running,
        "referral": referral,
        "room": room.id,
        "bed_b": bed_b,
        "stay": stay,
        "type": type_id,
        "held": held,
        "db": db,
    }


#: (field, limit, call with the text put into that field); every service field of free text
FIELDS = {
    "client nickname": (
        "nickname",
        SHORT_MAX,
        lambda w, t: ClientService(w["desk"]).register(ClientInput("NEW1990X", t), confirmed_new=True),
    ),
    "client nickname (edit)": (
        "nickname",
        SHORT_MAX,
        lambda w, t: ClientService(w["manager"]).update(
            ClientService(w["manager"]).find(w["code"]).id, ClientInput(w["code"], t)
        ),
    ),
    "destination name": ("name", NAME_MAX, lambda w, t: DestinationService(w["manager"]).add(t, "other")),
    "destination contact": (
        "contact",
        LONG_MAX,
        lambda w, t: DestinationService(w["manager"]).add("Clinic 2", "other", t),
    ),
    "service code": ("code", CODE_MAX, lambda w, t: CatalogueService(w["manager"]).add(t, "Soap", "goods")),
    "service label": ("label", NAME_MAX, lambda w, t: CatalogueService(w["manager"]).add("soap", t, "goods")),
    "visit note": (
        "note",
        LONG_MAX,
        lambda w, t: VisitService(w["desk"]).record(VisitInput(None, "walk_in", (), t, True)),
    ),
    "void reason": ("reason", LONG_MAX, lambda w, t: VisitService(w["manager"]).void(w["visit"], t)),
    "counselling client code": (
        "client_code",
        CODE_MAX,
        lambda w, t: CounsellingService(w["peer"]).record_session(t, pre_test_counselling=True, consent_given=True),
    ),
    "risk note": (
        "risk_note",
        LONG_MAX,
        lambda w, t: CounsellingService(w["peer"]).record_session(
            w["code"], pre_test_counselling=True, consent_given=True, risk_note=t
        ),
    ),
    "risk-reduction plan": (
        "risk_reduction_plan",
        LONG_MAX,
        lambda w, t: CounsellingService(w["peer"]).record_session(
            w["code"], pre_test_counselling=True, consent_given=True, risk_reduction_plan=t
        ),
    ),
    "cancel test reason": ("reason", LONG_MAX, lambda w, t: TestService(w["peer"]).cancel_test(w["running"], t)),
    "break-glass reason": (
        "reason",
        LONG_MAX,
        lambda w, t: TestService(w["manager"]).break_glass_open(w["running"], t),
    ),
    "kit name": (
        "kit_name",
        NAME_MAX,
        lambda w, t: KitService(w["peer"]).receive(t, "LOT2", TODAY + dt.timedelta(days=90), 5, "donation"),
    ),
    "lot number": (
        "lot_number",
        CODE_MAX,
        lambda w, t: KitService(w["peer"]).receive("Determine HIV", t, TODAY + dt.timedelta(days=90), 5, "donation"),
    ),
    "kit note": (
        "note",
        LONG_MAX,
        lambda w, t: KitService(w["peer"]).receive(
            "Determine HIV", "LOT3", TODAY + dt.timedelta(days=90), 5, "donation", note=t
        ),
    ),
    "discard note": (
        "note",
        LONG_MAX,
        lambda w, t: KitService(w["peer"]).discard(w["lot"], 1, next(iter(rules.DISCARD_REASONS)), t),
    ),
    "quality-control note": (
        "note",
        LONG_MAX,
        lambda w, t: QcService(w["peer"]).record_run(w["lot"], next(iter(rules.QC_REASONS)), True, True, note=t),
    ),
    "temperature note": ("note", LONG_MAX, lambda w, t: QcService(w["peer"]).log_temperature(5.0, 22.0, note=t)),
    "follow-up note": (
        "note",
        LONG_MAX,
        lambda w, t: FollowUpService(w["peer"]).add_attempt(
            w["referral"], next(iter(rules.CONTACT_METHODS)), next(iter(rules.CONTACT_OUTCOMES)), note=t
        ),
    ),
    "home-country note": (
        "home_country_note",
        LONG_MAX,
        lambda w, t: FollowUpService(w["peer"]).record_outcome(w["referral"], home_country_note=t),
    ),
    "admission client code": ("client_code", CODE_MAX, lambda w, t: StayService(w["social"]).admit(t, w["bed_b"])),
    "admission note": (
        "reason_note",
        DOCUMENT_MAX,
        lambda w, t: StayService(w["social"]).admit(w["code"], w["bed_b"], reasons=[FIRST], reason_note=t),
    ),
    "extension reason": (
        "reason",
        LONG_MAX,
        lambda w, t: StayService(w["social"]).extend(w["stay"], TODAY + dt.timedelta(days=60), t),
    ),
    "move reason": ("reason", LONG_MAX, lambda w, t: StayService(w["social"]).move(w["stay"], w["bed_b"], reason=t)),
    "discharge note": (
        "outcome_note",
        LONG_MAX,
        lambda w, t: StayService(w["social"]).discharge(w["stay"], TODAY, next(iter(OUTCOMES)), note=t),
    ),
    "room name": ("room_name", SHORT_MAX, lambda w, t: BedService(w["manager"]).add_room(t, 2)),
    "bed label": ("bed_label", CODE_MAX, lambda w, t: BedService(w["manager"]).add_bed(w["room"], t)),
    "out-of-service reason": (
        "reason",
        LONG_MAX,
        lambda w, t: BedService(w["manager"]).set_out_of_service(w["bed_b"], t),
    ),
    "case reasons note": (
        "reason_note",
        DOCUMENT_MAX,
        lambda w, t: CaseService(w["social"]).set_reasons(w["stay"], [FIRST], t),
    ),
    "goal description": (
        "description",
        LONG_MAX,
        lambda w, t: CaseService(w["social"]).add_goal(w["stay"], next(iter(GOAL_AREAS)), t),
    ),
    "case note": ("note", DOCUMENT_MAX, lambda w, t: CaseService(w["social"]).add_note(w["stay"], t)),
    "child first name": (
        "first_name",
        SHORT_MAX,
        lambda w, t: ChildrenService(w["kids"]).register_child(t, w["code"], birth_year=TODAY.year - 5),
    ),
    "parent code": (
        "parent_code",
        CODE_MAX,
        lambda w, t: ChildrenService(w["kids"]).register_child("Ann", t, birth_year=TODAY.year - 5),
    ),
    "children search": ("search", SHORT_MAX, lambda w, t: ChildrenService(w["kids"]).list_children(t)),
    "session type": ("label", SHORT_MAX, lambda w, t: SessionService(w["kids"]).add_type(t)),
    "session place": (
        "place",
        NAME_MAX,
        lambda w, t: SessionService(w["kids"]).create_session(w["type"], TODAY, dt.time(14), 60, place=t),
    ),
    "session materials": (
        "materials",
        LONG_MAX,
        lambda w, t: SessionService(w["kids"]).create_session(w["type"], TODAY, dt.time(14), 60, materials=t),
    ),
    "session note": (
        "note",
        LONG_MAX,
        lambda w, t: SessionService(w["kids"]).create_session(w["type"], TODAY, dt.time(14), 60, note=t),
    ),
    "cancel session reason": ("reason", LONG_MAX, lambda w, t: SessionService(w["kids"]).cancel_session(w["held"], t)),
    "user name": (
        "username",
        SHORT_MAX,
        lambda w, t: UserService(w["manager"]).create_user(t, PASSWORD, Role.FRONT_DESK),
    ),
    "display name": (
        "display_name",
        SHORT_MAX,
        lambda w, t: UserService(w["manager"]).create_user("new_user", PASSWORD, Role.FRONT_DESK, display_name=t),
    ),
    "display name (edit)": (
        "display_name",
        SHORT_MAX,
        lambda w, t: UserService(w["manager"]).update_user(w["manager"].user.id, display_name=t),
    ),
    "password": (
        "password",
        LONG_MAX,
        lambda w, t: UserService(w["manager"]).create_user("new_user", t, Role.FRONT_DESK),
    ),
    "setting": ("setting", LONG_MAX, lambda w, t: _set_setting(w, t)),
    "correction reason": (
        "reason",
        LONG_MAX,
        lambda w, t: CorrectionService(w["social"]).shorten(w["stay"], TODAY + dt.timedelta(days=1), t),
    ),
    "children change note": (
        "note",
        LONG_MAX,
        lambda w, t: CorrectionService(w["social"]).change_children(w["stay"], TODAY, 0, None, note=t),
    ),
    "unlock reason": ("reason", LONG_MAX, lambda w, t: UserService(w["manager"]).unlock(w["manager"].user.id, t)),
    "re-anchor reason": ("reason", LONG_MAX, lambda w, t: AuditTrailService(w["manager"]).reanchor(t)),
}


def _set_setting(world, text):
    with world["manager"].transaction() as s:
        set_setting(s, "client_code_recipe", text)


def _refused(world, case: str, text: str) -> ValidationError:
    field, _limit, call = FIELDS[case]
    counts = row_counter(world["db"])
    before = counts()
    with pytest.raises(ValidationError) as info:
        call(world, text)
    assert info.value.field == field
    assert f"“{field_label(field)}”" in info.value.message
    assert counts() == before, "a refused text wrote rows"
    return info.value


@pytest.mark.parametrize("case", sorted(FIELDS))
def test_unstorable_text_is_refused_naming_the_field(world, case):
    for text in ("ab\ud800cd", "\udfff", "a\x00b", "bell\x07"):
        error = _refused(world, case, text)
        assert "cannot be saved" in error.message


@pytest.mark.parametrize("case", sorted(FIELDS))
def test_text_over_the_limit_is_refused_not_cut(world, case):
    _field, limit, call = FIELDS[case]
    error = _refused(world, case, "y" * (limit + 1))
    assert f"at most {limit} character" in error.message and f"has {limit + 1}." in error.message


def test_limits_are_named_per_kind_of_field():
    assert CODE_MAX < SHORT_MAX < NAME_MAX < LONG_MAX < DOCUMENT_MAX
    assert clean_text("  ok \n", "note", 5) == "ok"
    assert clean_text(" ", "note", 5) is None and clean_text(None, "note", 5) is None
    assert clean_text("tab\tand\nlines\r\n", "note", LONG_MAX) == "tab\tand\nlines"
    assert clean_text("x" * LONG_MAX, "note", LONG_MAX) == "x" * LONG_MAX
    with pytest.raises(ValidationError, match="must be text"):
        clean_text(12, "note", LONG_MAX)


def test_text_at_the_limit_is_kept_whole(world):
    nickname = "n" * SHORT_MAX
    saved = ClientService(world["desk"]).register(ClientInput("KEEP1990X", nickname), confirmed_new=True)
    assert saved.nickname == nickname and ClientService(world["desk"]).get(saved.id).nickname == nickname
    VisitService(world["manager"]).void(world["visit"], "r" * LONG_MAX)
    with world["db"].session() as s:
        from dropin.models.visits import Visit

        assert s.get(Visit, world["visit"]).void_reason == "r" * LONG_MAX


@pytest.mark.file_only  # the file's passphrase
def test_a_passphrase_that_cannot_be_typed_into_sqlite_is_just_wrong(db_path, db):
    """An undecodable DROPIN_PASSPHRASE arrives as a lone surrogate: a wrong passphrase, not a crash."""
    from dropin.errors import DropinError, WrongPassphrase
    from tests.conftest import TEST_KDF_ITER

    db.close()
    with pytest.raises(WrongPassphrase):
        Database.open(db_path, "pass\udcff", kdf_iter=TEST_KDF_ITER)
    with pytest.raises(DropinError, match="broken symbol"):
        Database.create(db_path.parent / "new.db", "pass\udcff", kdf_iter=TEST_KDF_ITER)


def test_login_with_a_broken_symbol_is_a_failed_login(db, users, clock):
    from dropin.errors import LoginFailed
    from dropin.security.auth import AuthService

    auth = AuthService(db, clock)
    for username, password in (("manager\ud800", PASSWORD), ("manager", PASSWORD + "\udc80")):
        with pytest.raises(LoginFailed):
            auth.login(username, password)
    assert auth.login("manager", PASSWORD).role is Role.MANAGER
