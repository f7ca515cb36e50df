"""Counselling sessions, rapid tests and the manager's break-glass access (the checks before a test:
:mod:`dropin.testing.checks`; reading one: :mod:`dropin.testing.reading`).

Every method checks the permission first, so a role that may not see results
gets :class:`PermissionDenied` from here, not only a hidden widget. Every read
of a test or counselling record is audited.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dropin.context import ServiceContext
from dropin.errors import Conflict, ValidationError
from dropin.i18n import format_date, translate
from dropin.models.base import get_live
from dropin.models.clients import Client
from dropin.models.testing import CounsellingSession, HivTest, KitDiscard, KitLot
from dropin.security.permissions import Permission
from dropin.testing import quality
from dropin.testing.checks import check_lot, check_repeat, check_session, modality_of, qc_failed, quality_gate
from dropin.testing.reading import after_result, apply_result
from dropin.testing.records import (  # noqa: F401  (re-exported)
    SESSION_FIELDS,
    BreakGlassCandidate,
    LotChoice,
    RunningTest,
    SessionInfo,
    TestInfo,
    _client_code,
    _no_consent,
    _session_info,
    false_negative_warning,
    new_session,
    resolve_client,
    test_info,
    validate_session,
)
from dropin.testing.stock import lot_stock
from dropin.validation import LONG_MAX, clean_text

#: what happens to the kit of a test cancelled by mistake
CANCELLED_KIT = ("returned", "wasted")


# ------------------------------------------------------------------ services
class CounsellingService:
    """Pre- and post-test counselling sessions."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record_session(self, client_code: str, **fields: Any) -> SessionInfo:
        """Save a counselling session (see :func:`new_session` for the fields)."""
        self.ctx.require(Permission.TEST_RECORD)
        when = validate_session(self.ctx, fields)
        with self.ctx.transaction() as s:
            row = new_session(s, self.ctx, client_code, when, fields)
            return _session_info(s, row)

    def get_session(self, session_id: int) -> SessionInfo:
        self.ctx.require(Permission.TEST_VIEW)
        with self.ctx.transaction() as s:
            row = get_live(
                s, CounsellingSession, session_id, translate("Testing", "This counselling session does not exist.")
            )
            self.ctx.audit_read(s, "hts_counselling_sessions", row.id)
            return _session_info(s, row)


class TestService:
    """Starting tests, the read window, results and the automatic referral on a reactive result."""

    __test__ = False  # not a pytest class

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ----------------------------------------------------------------- lots
    def usable_lots(self, on: dt.date | None = None) -> list[LotChoice]:
        """Lots that can be used, first-expiry-first-out (the first one is the suggestion)."""
        if not (self.ctx.can(Permission.TEST_RECORD) or self.ctx.can(Permission.KIT_VIEW)):
            self.ctx.require(Permission.TEST_RECORD)
        day = on or self.ctx.today()
        with self.ctx.transaction() as s:
            return [
                LotChoice(x.id, x.kit_name, x.lot_number, x.expiry_date, x.on_hand)
                for x in lot_stock(s)
                if x.on_hand > 0 and not x.expired_on(day) and not qc_failed(s, x.id)
            ]

    def suggest_lot(self) -> LotChoice | None:
        lots = self.usable_lots()
        return lots[0] if lots else None

    def quality_reasons(self, lot_id: int | None, at: dt.datetime | None = None) -> list[str]:
        """Why this lot may not be used for a client test now (shown before the counsellor starts one)."""
        self.ctx.require(Permission.TEST_RECORD)
        if lot_id is None:
            return []
        with self.ctx.transaction() as s:
            lot = s.get(KitLot, lot_id)
            if lot is None or lot.voided_at is not None:
                return []
            return quality.blocking_reasons(s, lot, self.ctx.acting.id, at or self.ctx.now())

    # ---------------------------------------------------------------- start
    def _start(
        self,
        s: Session,
        cs: CounsellingSession,
        lot_id: int | None,
        repeat_of_id: int | None,
        qc_override_reason: str | None,
        modality: str | None = None,
    ) -> RunningTest:
        now = self.ctx.now()
        if not cs.consent_given:
            raise _no_consent()
        lot = check_lot(s, lot_id, now.date())
        check_repeat(s, repeat_of_id, cs.client_id)
        modality = modality_of(s, modality, repeat_of_id)
        running = s.scalar(
            select(HivTest.id).where(
                HivTest.client_id == cs.client_id, HivTest.read_at.is_(None), HivTest.voided_at.is_(None)
            )
        )
        if running is not None:
            raise Conflict(translate("Testing", "A test for this person is already running on the board."))
        override = quality_gate(self.ctx, s, lot, now, qc_override_reason)
        row = HivTest(
            client_id=cs.client_id,
            session_id=cs.id,
            counsellor_id=self.ctx.acting.id,
            lot_id=lot.id,
            repeat_of_id=repeat_of_id,
            started_at=now,
            result_given=False,
            retrospective=False,
            modality=modality,
        )
        s.add(row)
        s.flush()
        if override:
            self.ctx.audit(s, "qc_override", "hts_tests", row.id, override)
        return RunningTest(row.id, _client_code(s, cs.client_id), lot.kit_name, lot.lot_number, now, repeat_of_id)

    def start_test(
        self,
        session_id: int,
        lot_id: int | None,
        *,
        repeat_of_id: int | None = None,
        qc_override_reason: str | None = None,
        modality: str | None = None,
    ) -> RunningTest:
        """Open a kit and start the read timer now (``modality``: where; a repeat keeps the first test's)."""
        self.ctx.require(Permission.TEST_RECORD)
        with self.ctx.transaction() as s:
            cs = check_session(s, session_id)
            return self._start(s, cs, lot_id, repeat_of_id, qc_override_reason, modality)

    def counsel_and_start(
        self,
        client_code: str,
        lot_id: int | None,
        *,
        qc_override_reason: str | None = None,
        modality: str | None = None,
        **session_fields: Any,
    ) -> tuple[SessionInfo, RunningTest]:
        """Save the counselling session and start its test as one action: both or nothing."""
        self.ctx.require(Permission.TEST_RECORD)
        when = validate_session(self.ctx, session_fields)
        if not session_fields.get("consent_given"):
            raise _no_consent()
        with self.ctx.transaction() as s:
            cs = new_session(s, self.ctx, client_code, when, session_fields)
            running = self._start(s, cs, lot_id, None, qc_override_reason, modality)
            return _session_info(s, cs), running

    def start_test_for_client(
        self,
        client_code: str,
        lot_id: int | None,
        *,
        repeat_of_id: int | None = None,
        qc_override_reason: str | None = None,
        modality: str | None = None,
    ) -> RunningTest:
        """Start a test using the person's latest counselling session of today."""
        self.ctx.require(Permission.TEST_RECORD)
        sessions = self._sessions_on(client_code, self.ctx.today())
        session_id = sessions[0][0] if sessions else None
        if session_id is None:
            raise ValidationError(
                translate("Testing", "Record today's counselling session with consent before starting a test."),
                "client_code",
            )
        return self.start_test(
            session_id, lot_id, repeat_of_id=repeat_of_id, qc_override_reason=qc_override_reason, modality=modality
        )

    def record_retrospective_for_client(
        self,
        client_code: str,
        lot_id: int | None,
        started_at: dt.datetime,
        read_at: dt.datetime,
        control_line: bool | None,
        test_line: bool | None,
        **kw: Any,
    ) -> TestInfo:
        """Paper entry using the person's latest counselling session on the day the test started."""
        self.ctx.require(Permission.TEST_RECORD)
        if started_at is None:
            raise ValidationError(
                translate("Testing", "Please enter both the start time and the read time."), "started_at"
            )
        if started_at > self.ctx.now():
            raise ValidationError(
                translate("Testing", "Times of a retrospective entry cannot be in the future."), "started_at"
            )
        sessions = self._sessions_on(client_code, started_at.date())
        before = [sid for sid, at in sessions if at <= started_at]
        session_id = before[0] if before else (sessions[-1][0] if sessions else None)
        if session_id is None:
            raise ValidationError(
                translate("Testing", "Record the counselling session of that day (with consent) first."), "client_code"
            )
        return self.record_retrospective(session_id, lot_id, started_at, read_at, control_line, test_line, **kw)

    def _sessions_on(self, client_code: str, day: dt.date) -> list[tuple[int, dt.datetime]]:
        """The person's counselling sessions of ``day`` (id, time), the latest first."""
        with self.ctx.transaction() as s:
            client = resolve_client(s, client_code)
            rows = s.execute(
                select(CounsellingSession.id, CounsellingSession.session_at)
                .where(
                    CounsellingSession.client_id == client.id,
                    CounsellingSession.voided_at.is_(None),
                    CounsellingSession.session_at >= dt.datetime.combine(day, dt.time()),
                    CounsellingSession.session_at < dt.datetime.combine(day + dt.timedelta(days=1), dt.time()),
                )
                .order_by(CounsellingSession.session_at.desc())
            )
            return [(session_id, at) for session_id, at in rows]

    def running_tests(self) -> list[RunningTest]:
        self.ctx.require(Permission.TEST_RECORD)
        with self.ctx.transaction() as s:
            rows = s.execute(
                select(HivTest, KitLot, Client.code)
                .join(KitLot, KitLot.id == HivTest.lot_id)
                .join(Client, Client.id == HivTest.client_id)
                .where(HivTest.read_at.is_(None), HivTest.voided_at.is_(None))
                .order_by(HivTest.started_at, HivTest.id)
            ).all()
            return [
                RunningTest(t.id, code, lot.kit_name, lot.lot_number, t.started_at, t.repeat_of_id)
                for t, lot, code in rows
            ]

    def cancel_test(self, test_id: int, reason: str, *, kit: str = "returned") -> None:
        """Void a test started by mistake; the kit goes back into stock or is written off as wasted."""
        self.ctx.require(Permission.TEST_RECORD)
        if kit not in CANCELLED_KIT:
            raise ValidationError(
                translate("Testing", "Please say whether the kit goes back into stock or was wasted."), "kit"
            )
        with self.ctx.transaction() as s:
            row = get_live(s, HivTest, test_id, translate("Testing", "This test does not exist."))
            if row.read_at is not None:
                raise Conflict(translate("Testing", "This test already has a result; it cannot be cancelled."))
            self.ctx.void(row, reason)
            if kit == "wasted":
                s.add(
                    KitDiscard(
                        lot_id=row.lot_id,
                        discarded_on=self.ctx.today(),
                        quantity=1,
                        reason="wasted",
                        note=row.void_reason,
                    )
                )

    # --------------------------------------------------------------- result
    def record_result(
        self,
        test_id: int,
        control_line: bool | None,
        test_line: bool | None,
        *,
        result_given: bool = False,
        post_test_counselling: bool = False,
        destination_id: int | None = None,
        invalid_reason: str | None = None,
        accompaniment_offered: bool = False,
        accompaniment_accepted: bool = False,
    ) -> TestInfo:
        """Read a running test now. After 40 minutes pass ``None`` lines: the outcome is invalid."""
        self.ctx.require(Permission.TEST_RECORD)
        with self.ctx.transaction() as s:
            row = get_live(s, HivTest, test_id, translate("Testing", "This test does not exist."))
            if row.read_at is not None:
                raise Conflict(translate("Testing", "This test already has a result."))
            apply_result(s, row, self.ctx.now(), control_line, test_line, invalid_reason)
            after_result(
                s,
                row,
                result_given=result_given,
                post_test_counselling=post_test_counselling,
                destination_id=destination_id,
                accompaniment_offered=accompaniment_offered,
                accompaniment_accepted=accompaniment_accepted,
            )
            s.flush()
            return test_info(s, row)

    def record_too_late(self, test_id: int, *, result_given: bool = True) -> TestInfo:
        return self.record_result(test_id, None, None, result_given=result_given)

    def record_retrospective(
        self,
        session_id: int,
        lot_id: int | None,
        started_at: dt.datetime,
        read_at: dt.datetime,
        control_line: bool | None,
        test_line: bool | None,
        *,
        result_given: bool = False,
        post_test_counselling: bool = False,
        repeat_of_id: int | None = None,
        destination_id: int | None = None,
        accompaniment_offered: bool = False,
        accompaniment_accepted: bool = False,
        invalid_reason: str | None = None,
        qc_override_reason: str | None = None,
        modality: str | None = None,
    ) -> TestInfo:
        """Enter a test that was timed and read on paper; the same read-window rule applies."""
        self.ctx.require(Permission.TEST_RECORD)
        now = self.ctx.now()
        if started_at is None or read_at is None:
            raise ValidationError(
                translate("Testing", "Please enter both the start time and the read time."), "started_at"
            )
        if read_at > now or started_at > now:
            raise ValidationError(
                translate("Testing", "Times of a retrospective entry cannot be in the future."), "read_at"
            )
        if read_at <= started_at:
            raise ValidationError(translate("Testing", "The read time must be after the start time."), "read_at")
        with self.ctx.transaction() as s:
            cs = check_session(s, session_id)
            if started_at < cs.session_at:
                raise ValidationError(
                    translate(
                        "Testing",
                        "The test cannot start before the counselling session in which consent was given ({time}).",
                    ).format(time=f"{format_date(cs.session_at)} {cs.session_at:%H:%M}"),
                    "started_at",
                )
            lot = check_lot(s, lot_id, started_at.date())
            check_repeat(s, repeat_of_id, cs.client_id)
            modality = modality_of(s, modality, repeat_of_id)
            row = HivTest(
                client_id=cs.client_id,
                session_id=cs.id,
                counsellor_id=self.ctx.acting.id,
                lot_id=lot.id,
                repeat_of_id=repeat_of_id,
                started_at=started_at,
                result_given=False,
                retrospective=True,
                modality=modality,
            )
            apply_result(s, row, read_at, control_line, test_line, invalid_reason)
            override = quality_gate(self.ctx, s, lot, started_at, qc_override_reason)
            s.add(row)
            s.flush()
            if override:
                self.ctx.audit(s, "qc_override", "hts_tests", row.id, override)
            after_result(
                s,
                row,
                result_given=result_given,
                post_test_counselling=post_test_counselling,
                destination_id=destination_id,
                accompaniment_offered=accompaniment_offered,
                accompaniment_accepted=accompaniment_accepted,
            )
            s.flush()
            return test_info(s, row)

    # ---------------------------------------------------------------- reads
    def get_test(self, test_id: int) -> TestInfo:
        self.ctx.require(Permission.TEST_VIEW)
        with self.ctx.transaction() as s:
            row = get_live(s, HivTest, test_id, translate("Testing", "This test does not exist."))
            self.ctx.audit_read(s, "hts_tests", row.id)
            return test_info(s, row)

    def tests_between(self, start: dt.date, end: dt.date, limit: int = 500) -> list[TestInfo]:
        """Tests with a result started in [start, end): a list read, audited once with the ids shown."""
        self.ctx.require(Permission.TEST_VIEW)
        with self.ctx.transaction() as s:
            rows = list(
                s.scalars(
                    select(HivTest)
                    .where(
                        HivTest.voided_at.is_(None),
                        HivTest.read_at.is_not(None),
                        HivTest.started_at >= dt.datetime.combine(start, dt.time()),
                        HivTest.started_at < dt.datetime.combine(end, dt.time()),
                    )
                    .order_by(HivTest.started_at.desc())
                    .limit(limit)
                )
            )
            if rows:
                self.ctx.audit(s, "read", "hts_tests", None, {"ids": [r.id for r in rows]})
            return [test_info(s, r) for r in rows]

    # ---------------------------------------------------------- break-glass
    def break_glass_candidates(self, client_code: str) -> list[BreakGlassCandidate]:
        """Test dates for one person (no results), so a manager can pick the one record to open."""
        self.ctx.require(Permission.TEST_BREAK_GLASS)
        with self.ctx.transaction() as s:
            client = resolve_client(s, client_code)
            rows = s.execute(
                select(HivTest.id, HivTest.started_at)
                .where(HivTest.client_id == client.id, HivTest.voided_at.is_(None))
                .order_by(HivTest.started_at.desc())
            )
            out = [BreakGlassCandidate(i, at) for i, at in rows]
            self.ctx.audit(s, "break_glass_list", "hts_tests", None, {"client": client.id, "tests": len(out)})
            return out

    def break_glass_open(self, test_id: int, reason: str) -> TestInfo:
        """A manager opens ONE test record after giving a reason; both are audited."""
        self.ctx.require(Permission.TEST_BREAK_GLASS)
        reason = clean_text(reason, "reason", LONG_MAX) or ""
        if len(reason) < 10:
            raise ValidationError(
                translate("Testing", "Please write why you need to open this record (at least 10 characters)."),
                "reason",
            )
        with self.ctx.transaction() as s:
            row = get_live(s, HivTest, test_id, translate("Testing", "This test does not exist."))
            self.ctx.audit(s, "break_glass", "hts_tests", row.id, {"reason": reason})
            self.ctx.audit_read(s, "hts_tests", row.id)
            return test_info(s, row)
