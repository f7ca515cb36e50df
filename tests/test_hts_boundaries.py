"""Testing rules at their edges: the day a kit lot expires, the break-glass reason's length, the attempts
before a follow-up is lost, and the due date of a referral in the person's profile."""

from __future__ import annotations

import datetime as dt

import pytest

from dropin.errors import NotFound, ValidationError
from dropin.models.testing import CounsellingSession, HivTest
from dropin.security.roles import Role
from dropin.testing.profile import summary
from dropin.testing.referrals import ReferralService
from dropin.testing.service import CounsellingService, TestService
from tests.conftest import NOW
from tests.test_hts_service import (  # noqa: F401  (fixtures)
    add_clients,
    add_destination,
    counsel,
    counsellor,
    db,
    hts_template,
    receive,
    users,
)


def _reactive_referral(ctx, clock, code="POS1"):
    add_clients(ctx, code)
    add_destination(ctx)
    lot = receive(ctx)
    tests = TestService(ctx)
    test = tests.start_test(counsel(ctx, code).id, lot.id)
    clock.advance(minutes=25)
    return tests.record_result(test.id, True, True, result_given=True)


def test_a_kit_lot_is_usable_on_its_expiry_day_and_refused_the_day_after(counsellor, clock):
    """A kit may be used up to and including its expiry date (manufacturer's labelling)."""
    add_clients(counsellor, "K1", "K2")
    lot = receive(counsellor, lot="LAST", expiry=NOW.date() + dt.timedelta(days=1))
    tests = TestService(counsellor)
    clock.advance(days=1)  # the expiry day
    assert [x.id for x in tests.usable_lots()] == [lot.id]
    assert tests.start_test(counsel(counsellor, "K1").id, lot.id).id
    clock.advance(days=1)  # the day after
    assert tests.usable_lots() == []
    with pytest.raises(ValidationError, match="expired") as err:
        tests.start_test(counsel(counsellor, "K2").id, lot.id)
    assert err.value.field == "lot"


def test_a_break_glass_reason_needs_ten_characters(ctx_for, counsellor, clock):
    add_clients(counsellor, "BG1")
    lot = receive(counsellor)
    test = TestService(counsellor).start_test(counsel(counsellor, "BG1").id, lot.id)
    service = TestService(ctx_for(Role.MANAGER))
    with pytest.raises(ValidationError, match="at least 10 characters") as err:
        service.break_glass_open(test.id, "  123456789  ")  # 9 once the spaces are trimmed
    assert err.value.field == "reason"
    assert service.break_glass_open(test.id, "1234567890").id == test.id


def test_a_follow_up_is_lost_only_after_five_unsuccessful_attempts(counsellor, clock):
    info = _reactive_referral(counsellor, clock)
    refs = ReferralService(counsellor)
    clock.set(NOW + dt.timedelta(days=7 + 28))  # long enough past the due date
    for _ in range(4):
        refs.add_attempt(info.referral_id, "phone", "no_answer")
    with pytest.raises(ValidationError, match="after 5 unsuccessful contact attempts; 4 are recorded"):
        refs.close(info.referral_id, "lost")
    refs.add_attempt(info.referral_id, "phone", "no_answer")
    assert refs.close(info.referral_id, "lost").close_reason == "lost"


def test_the_profile_shows_a_referral_due_today_as_due_not_overdue(counsellor, clock):
    info = _reactive_referral(counsellor, clock)
    due = ReferralService(counsellor).get(info.referral_id).due_date
    clock.set(dt.datetime.combine(due, NOW.time()))
    lines = dict(summary(counsellor, info.client_id))
    assert lines["Referral follow-up"].startswith("Open, due ")  # never "overdue by 0 days"
    clock.set(dt.datetime.combine(due + dt.timedelta(days=1), NOW.time()))
    assert dict(summary(counsellor, info.client_id))["Referral follow-up"].startswith("Open, overdue by 1 day")


@pytest.mark.parametrize(("months", "ok"), [(0, True), (600, True), (-1, False), (601, False), (True, False)])
def test_months_since_the_last_test_are_from_0_to_600(counsellor, months, ok):
    add_clients(counsellor, "M1")
    record = lambda: counsel(counsellor, "M1", ever_tested=True, months_since_last_test=months)  # noqa: E731
    if ok:
        assert record().id
    else:
        with pytest.raises(ValidationError, match="between 0 and 600") as err:
            record()
        assert err.value.field == "months_since"


def test_a_voided_session_or_test_is_not_found(ctx_for, counsellor):
    add_clients(counsellor, "V1")
    lot = receive(counsellor)
    session = counsel(counsellor, "V1")
    test = TestService(counsellor).start_test(session.id, lot.id)
    manager = ctx_for(Role.MANAGER)
    with manager.transaction() as s:
        manager.void(s.get(HivTest, test.id), "Entered for the wrong person")
        manager.void(s.get(CounsellingSession, session.id), "Entered for the wrong person")
    with pytest.raises(NotFound):
        TestService(counsellor).get_test(test.id)
    with pytest.raises(NotFound):
        TestService(manager).break_glass_open(test.id, "Checking the voided record")
    with pytest.raises(NotFound):
        CounsellingService(counsellor).get_session(session.id)
