"""Weekly testing figures at the edges of the week (definitions in dropin/reports/definitions.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from dropin.models.clients import Client
from dropin.security.roles import Role
from dropin.testing import indicators
from dropin.testing.kits import KitService, QcService
from dropin.testing.referrals import ReferralService
from dropin.testing.service import CounsellingService, TestService

pytestmark = pytest.mark.both_engines


W47 = (dt.date(2026, 11, 16), dt.date(2026, 11, 23))  # Monday 16 .. Sunday 22 November 2026


def _reactive_on(ctx, clock, code: str, day: dt.date) -> None:
    clock.set(dt.datetime.combine(day, dt.time(10)))
    with ctx.transaction() as s:
        s.add(Client(code=code))
    lot = KitService(ctx).receive(
        "Determine", "L1", dt.date(2027, 6, 30), 10, "donation", received_on=dt.date(2026, 11, 1)
    )
    QcService(ctx).record_run(lot.id, "new_lot", True, True, run_on=dt.date(2026, 11, 1), kits_used=0)
    CounsellingService(ctx).record_session(code, pre_test_counselling=True, consent_given=True)
    tests = TestService(ctx)
    running = tests.start_test_for_client(code, lot.id)
    clock.advance(minutes=25)
    tests.record_result(running.id, True, True, result_given=True)


def test_referral_due_on_the_sunday_is_overdue_at_the_end_of_the_week(ctx_for, clock, db):
    """Read on Sunday 15 November, due a week later on Sunday 22: overdue when the week ends."""
    ctx = ctx_for(Role.PEER_COUNSELLOR)
    _reactive_on(ctx, clock, "MAIV1990F", dt.date(2026, 11, 15))
    clock.set(dt.datetime(2026, 11, 23, 9))
    (ref,) = ReferralService(ctx).open_referrals()
    assert ref.due_date == dt.date(2026, 11, 22)
    assert ReferralService(ctx).overdue(dt.date(2026, 11, 23))  # what the follow-up list says on Monday
    with db.session() as s:
        assert indicators.compute(s, *W47)["testing.overdue"] == 1
        # the week before, it was not yet due
        assert indicators.compute(s, dt.date(2026, 11, 9), dt.date(2026, 11, 16))["testing.overdue"] == 0


def test_referral_closed_on_the_sunday_is_not_overdue(ctx_for, clock, db):
    ctx = ctx_for(Role.PEER_COUNSELLOR)
    _reactive_on(ctx, clock, "MAIV1990F", dt.date(2026, 11, 5))
    clock.set(dt.datetime(2026, 11, 22, 12))
    (ref,) = ReferralService(ctx).open_referrals()
    ReferralService(ctx).record_outcome(ref.id, confirmatory_result="positive", art_start_on=dt.date(2026, 11, 22))
    with db.session() as s:
        assert indicators.compute(s, *W47)["testing.overdue"] == 0
        assert indicators.compute(s, dt.date(2026, 11, 9), dt.date(2026, 11, 16))["testing.overdue"] == 1
