"""The counsellor's bench, safe by construction: consent, one transaction, invalid reasons, cancelling,
the quality gate, follow-up closing rules, test history and the referral slip."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from dropin.errors import Conflict, ValidationError
from dropin.models.clients import Client
from dropin.models.testing import CounsellingSession, HivTest
from dropin.settings import set_setting
from dropin.testing.history import test_history
from dropin.testing.kits import KitService, QcService
from dropin.testing.referrals import ReferralService
from dropin.testing.service import TestService
from dropin.testing.slip import render_slip, slip_language
from tests.conftest import NOW
from tests.test_hts_service import (  # noqa: F401  (fixtures)
    add_clients,
    add_destination,
    audit_rows,
    counsel,
    counsellor,
    db,
    hts_template,
    receive,
    users,
)

pytestmark = pytest.mark.both_engines


def _count(ctx, model) -> int:
    with ctx.transaction() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.voided_at.is_(None)))


# ------------------------------------------------------------ consent and one action
def test_retrospective_test_cannot_start_before_consent(counsellor, clock):
    add_clients(counsellor, "RC1")
    lot = receive(counsellor)
    session = counsel(counsellor, "RC1", session_at=NOW - dt.timedelta(hours=1))
    tests = TestService(counsellor)
    with pytest.raises(ValidationError, match="before the counselling session") as err:
        tests.record_retrospective(
            session.id, lot.id, NOW - dt.timedelta(hours=1, minutes=1), NOW - dt.timedelta(minutes=35), True, False
        )
    assert err.value.field == "started_at"
    with pytest.raises(ValidationError, match="before the counselling session"):
        tests.record_retrospective_for_client(
            "RC1", lot.id, NOW - dt.timedelta(hours=10), NOW - dt.timedelta(hours=9, minutes=35), True, False
        )
    ok = tests.record_retrospective_for_client(
        "RC1", lot.id, NOW - dt.timedelta(minutes=50), NOW - dt.timedelta(minutes=25), True, False
    )
    assert ok.result == "nonreactive" and ok.session_id == session.id


def test_save_and_start_without_consent_saves_nothing(counsellor):
    add_clients(counsellor, "SS1")
    lot = receive(counsellor)
    tests = TestService(counsellor)
    fields = dict(pre_test_counselling=True, risk_items=["condom_broke"], risk_note="note")
    with pytest.raises(ValidationError) as err:
        tests.counsel_and_start("SS1", lot.id, consent_given=False, **fields)
    assert err.value.field == "consent"
    assert _count(counsellor, CounsellingSession) == 0
    # a lot that cannot be used: still nothing saved
    with pytest.raises(ValidationError):
        tests.counsel_and_start("SS1", None, consent_given=True, **fields)
    assert _count(counsellor, CounsellingSession) == 0
    session, running = tests.counsel_and_start("SS1", lot.id, consent_given=True, **fields)
    assert running.client_code == "SS1" and session.consent_given and session.risk_items == ("condom_broke",)
    assert _count(counsellor, CounsellingSession) == 1 and _count(counsellor, HivTest) == 1
    with pytest.raises(Conflict):  # a second start for the same person: refused, no second session either
        tests.counsel_and_start("SS1", lot.id, consent_given=True, **fields)
    assert _count(counsellor, CounsellingSession) == 1


# ------------------------------------------------------------------ invalid outcomes
@pytest.mark.parametrize("reason", ["background", "outside_zones", "partial_line", "no_control"])
def test_invalid_outcomes_as_the_kit_describes_them(counsellor, clock, reason):
    add_clients(counsellor, "IV1")
    lot = receive(counsellor)
    tests = TestService(counsellor)
    running = tests.start_test(counsel(counsellor, "IV1").id, lot.id)
    clock.advance(minutes=22)
    info = tests.record_result(running.id, True, True, invalid_reason=reason)
    assert info.result == "invalid" and info.invalid_reason == reason and info.referral_id is None
    # the repeat is linked to the first test
    repeat = tests.start_test_for_client("IV1", lot.id, repeat_of_id=info.id)
    assert repeat.repeat_of_id == info.id


def test_invalid_reason_must_come_from_the_list_and_paper_repeat_is_linked(counsellor, clock):
    add_clients(counsellor, "IV2")
    lot = receive(counsellor)
    tests = TestService(counsellor)
    session = counsel(counsellor, "IV2", session_at=NOW - dt.timedelta(hours=2))
    with pytest.raises(ValidationError):
        tests.record_retrospective(
            session.id,
            lot.id,
            NOW - dt.timedelta(minutes=90),
            NOW - dt.timedelta(minutes=65),
            True,
            False,
            invalid_reason="too_late",
        )
    first = tests.record_retrospective(
        session.id,
        lot.id,
        NOW - dt.timedelta(minutes=90),
        NOW - dt.timedelta(minutes=65),
        True,
        False,
        invalid_reason="partial_line",
    )
    assert first.result == "invalid"
    second = tests.record_retrospective_for_client(
        "IV2",
        lot.id,
        NOW - dt.timedelta(minutes=50),
        NOW - dt.timedelta(minutes=25),
        True,
        False,
        repeat_of_id=first.id,
    )
    assert second.repeat_of_id == first.id and second.result == "nonreactive"


# ------------------------------------------------------------------------ cancelling
def test_cancel_a_test_started_by_mistake(counsellor, clock):
    add_clients(counsellor, "CX1", "CX2")
    lot = receive(counsellor, qty=10)
    tests, kits = TestService(counsellor), KitService(counsellor)
    a = tests.start_test(counsel(counsellor, "CX1").id, lot.id)
    b = tests.start_test(counsel(counsellor, "CX2").id, lot.id)
    assert kits.stock()[0].on_hand == 8
    with pytest.raises(ValidationError):
        tests.cancel_test(a.id, "wrong person", kit="lost")
    with pytest.raises(ValidationError):
        tests.cancel_test(a.id, "   ")
    tests.cancel_test(a.id, "Started for the wrong person", kit="returned")
    tests.cancel_test(b.id, "Swab dropped on the floor", kit="wasted")
    stock = kits.stock()[0]
    assert stock.on_hand == 9 and stock.discarded == 1 and stock.used_tests == 0
    assert kits.reconciliation().balanced
    assert tests.running_tests() == []
    # a test with a result cannot be cancelled
    c = tests.start_test_for_client("CX1", lot.id)
    clock.advance(minutes=25)
    tests.record_result(c.id, True, False)
    with pytest.raises(Conflict):
        tests.cancel_test(c.id, "too late to cancel")


# ---------------------------------------------------------------------- quality gate
def test_unchecked_lot_warm_arrival_hot_room_and_new_counsellor_are_blocked(counsellor, ctx_for, clock):
    from dropin.security.roles import Role

    add_clients(counsellor, "QG1", "QG2", "QG3")
    tests, qc = TestService(counsellor), QcService(counsellor)
    warm = receive(counsellor, lot="WARM", arrival_temp_c=30.0, qc=False)
    reasons = tests.quality_reasons(warm.id)
    assert any("new lot WARM" in r for r in reasons) and any("30 °C" in r for r in reasons)
    session = counsel(counsellor, "QG1")
    with pytest.raises(ValidationError) as err:
        tests.start_test(session.id, warm.id)
    assert err.value.field == "qc_override" and "30 °C" in err.value.message
    assert tests.running_tests() == []
    with pytest.raises(ValidationError):
        tests.start_test(session.id, warm.id, qc_override_reason="short")
    # an override with a reason is allowed and audited with the reasons
    running = tests.start_test(session.id, warm.id, qc_override_reason="Controls out of stock; lot checked by phone")
    entry = audit_rows(counsellor, "qc_override")[-1]
    assert entry.entity_id == str(running.id) and "Controls out of stock" in entry.detail and "WARM" in entry.detail

    # kit controls pass: the lot is free, until the testing room is out of range
    qc.record_run(warm.id, "temperature", True, True)
    assert tests.quality_reasons(warm.id) == []
    qc.log_temperature(8.0, 40.0)
    assert any("40 °C" in r for r in tests.quality_reasons(warm.id))
    with pytest.raises(ValidationError, match="40 °C"):
        tests.start_test(counsel(counsellor, "QG2").id, warm.id)
    clock.advance(minutes=5)
    qc.log_temperature(8.0, 24.0)
    assert not any("room" in r for r in tests.quality_reasons(warm.id))

    # a second counsellor who never ran the kit controls
    other = ctx_for(Role.PEER_COUNSELLOR).with_user(users_of(ctx_for)["second"])
    add = TestService(other)
    with pytest.raises(ValidationError, match="your first test"):
        add.start_test(counsel(other, "QG3").id, warm.id)


def users_of(ctx_for):
    """A second counsellor account (made on demand)."""
    from dropin.context import CurrentUser
    from dropin.security.auth import UserService
    from dropin.security.roles import Role

    manager = ctx_for(Role.MANAGER)
    info = UserService(manager).create_user("second", "password-123", Role.PEER_COUNSELLOR)
    return {"second": CurrentUser(info.id, info.username, info.role, info.display_name, info.language)}


def test_failed_and_monthly_and_excursion_block_until_controls_pass(counsellor, clock):
    add_clients(counsellor, "QM1")
    lot = receive(counsellor, lot="MON")
    tests, qc = TestService(counsellor), QcService(counsellor)
    assert tests.quality_reasons(lot.id) == []
    clock.advance(days=31)
    assert any("monthly" in r for r in tests.quality_reasons(lot.id))
    qc.record_run(lot.id, "monthly", True, True)
    assert tests.quality_reasons(lot.id) == []
    clock.advance(days=1)
    qc.log_temperature(29.0, 22.0)  # storage excursion
    assert any("out of range" in r for r in tests.quality_reasons(lot.id))
    with pytest.raises(ValidationError):
        tests.record_retrospective_for_client(
            "QM1", lot.id, clock.now() - dt.timedelta(minutes=1), clock.now(), True, False
        )


# ------------------------------------------------------------------ follow-up rules
def _reactive(ctx, clock, code="FU1"):
    add_clients(ctx, code)
    add_destination(ctx)
    lot = receive(ctx)
    tests = TestService(ctx)
    running = tests.start_test(counsel(ctx, code).id, lot.id)
    clock.advance(minutes=25)
    return tests.record_result(running.id, True, True)


def test_due_period_of_zero_days_is_kept(counsellor, clock):
    with counsellor.transaction() as s:
        set_setting(s, "referral_due_days", 0)
    info = _reactive(counsellor, clock)
    ref = ReferralService(counsellor).get(info.referral_id)
    assert ref.due_date == ref.referred_on


def test_indeterminate_sets_a_new_due_date(counsellor, clock):
    info = _reactive(counsellor, clock)
    refs = ReferralService(counsellor)
    clock.advance(days=3)
    out = refs.record_outcome(info.referral_id, confirmatory_result="indeterminate")
    assert out.due_date == clock.today() + dt.timedelta(days=14) and out.is_open


def test_lost_needs_attempts_and_days_from_settings(counsellor, clock):
    info = _reactive(counsellor, clock)
    refs = ReferralService(counsellor)
    with counsellor.transaction() as s:
        set_setting(s, "followup_max_attempts", 2)
        set_setting(s, "followup_lost_days", 10)
    refs.add_attempt(info.referral_id, "phone", "no_answer")
    clock.advance(days=7 + 10)
    with pytest.raises(ValidationError, match="2 unsuccessful"):
        refs.close(info.referral_id, "lost")
    refs.add_attempt(info.referral_id, "message", "message_left")
    assert refs.close(info.referral_id, "lost").close_reason == "lost"


# ------------------------------------------------------------------------ history
def test_history_shows_dates_results_and_months_since(counsellor, clock):
    add_clients(counsellor, "HI1")
    clock.set(NOW - dt.timedelta(days=100))
    lot = receive(counsellor)
    tests = TestService(counsellor)
    first = tests.start_test(counsel(counsellor, "HI1").id, lot.id)
    clock.advance(minutes=25)
    tests.record_result(first.id, True, False)
    clock.set(NOW - dt.timedelta(days=10))
    QcService(counsellor).record_run(lot.id, "monthly", True, True, kits_used=0)
    second = tests.start_test(counsel(counsellor, "HI1").id, lot.id)
    clock.advance(minutes=25)
    tests.record_result(second.id, False, False)  # invalid: does not count as the last test
    clock.set(NOW)
    history = test_history(counsellor, "hi1")
    assert [t.result for t in history.tests] == ["invalid", "nonreactive"]
    assert history.months_since_last == 3
    assert audit_rows(counsellor, "read")[-1].entity == "hts_tests"


# --------------------------------------------------------------------------- slip
def _slip_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_referral_slip_says_no_more_than_agreed_in_the_persons_language(counsellor, clock, tmp_path):
    info = _reactive(counsellor, clock, "SL1")
    refs = ReferralService(counsellor)
    refs.update(info.referral_id, accompaniment_accepted=True)
    with counsellor.transaction() as s:
        s.scalar(select(Client).where(Client.code == "SL1")).preferred_language = "ru"
    data = refs.slip(info.referral_id)
    assert data.number == f"R-{info.referral_id:05d}" and data.language == "ru"
    assert audit_rows(counsellor, "print_slip")[-1].entity_id == str(info.referral_id)

    plain = render_slip(data, tmp_path / "plain.pdf", language="en")
    text = _slip_text(plain)
    assert data.number in text and "City AIDS Centre" in text and "30 Nov 2026" in text
    assert "A peer worker will go with you." in text
    assert "HIV" not in text.replace("AIDS", "") and "sex" not in text.lower()
    assert len(PdfReader(str(plain)).pages) == 1

    told = _slip_text(render_slip(data, tmp_path / "told.pdf", language="en", mention_hiv=True, mention_sex_work=True))
    assert "HIV" in told and "sex workers" in told

    language = slip_language(data)  # the person's language, whatever the interface speaks
    assert language == "ru"
    russian = _slip_text(render_slip(data, tmp_path / "ru.pdf", language=language))
    assert "Направление" in russian and data.number in russian and "30.11.2026" in russian
