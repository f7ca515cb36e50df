"""Counselling sessions, rapid tests and the manager's break-glass access.

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
from dropin.errors import Conflict, NotFound, ValidationError
from dropin.i18n import format_date, translate
from dropin.models.clients import Client, ReferralDestination
from dropin.models.testing import CounsellingSession, HivTest, KitDiscard, KitLot, QcRun, Referral
from dropin.security.permissions import Permission
from dropin.settings import DEFAULTS, get_setting
from dropin.testing import quality, rules
from dropin.testing.records import (  # noqa: F401  (re-exported)
    SESSION_FIELDS,
    BreakGlassCandidate,
    LotChoice,
    RunningTest,
    SessionInfo,
    TestInfo,
    _client_code,
    _get_live,
    _no_consent,
    _session_info,
    false_negative_warning,
    new_session,
    resolve_client,
    test_info,
    validate_session,
)
from dropin.testing.rules import Result, Window
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
            row = _get_live(
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
                if x.on_hand > 0 and not x.expired_on(day) and not _qc_failed(s, x.id)
            ]

    def suggest_lot(self) -> LotChoice | None:
        lots = self.usable_lots()
        return lots[0] if lots else None

    def _check_lot(self, s: Session, lot_id: int | None, day: dt.date) -> KitLot:
        if lot_id is None:
            raise ValidationError(translate("Testing", "Please choose the kit lot."), "lot")
        lot = s.get(KitLot, lot_id)
        if lot is None or lot.voided_at is not None:
            raise ValidationError(translate("Testing", "Please choose the kit lot."), "lot")
        if lot.expiry_date < day:
            raise ValidationError(
                translate(
                    "Testing", "Lot {lot} expired on {date}. Expired kits cannot be used; choose another lot."
                ).format(lot=lot.lot_number, date=format_date(lot.expiry_date)),
                "lot",
            )
        stock = lot_stock(s, lot_ids=[lot.id])[0]
        if stock.on_hand <= 0:
            raise ValidationError(
                translate("Testing", "Lot {lot} has no kits left. Choose another lot.").format(lot=lot.lot_number),
                "lot",
            )
        if _qc_failed(s, lot.id):
            raise ValidationError(
                translate("Testing", "Lot {lot} failed its last quality-control run and must not be used.").format(
                    lot=lot.lot_number
                ),
                "lot",
            )
        return lot

    def _check_session(self, s: Session, session_id: int) -> CounsellingSession:
        cs = s.get(CounsellingSession, session_id)
        if cs is None or cs.voided_at is not None:
            raise NotFound(translate("Testing", "This counselling session does not exist."))
        if not cs.consent_given:
            raise _no_consent()
        return cs

    def _check_repeat(self, s: Session, repeat_of_id: int | None, client_id: int) -> None:
        if repeat_of_id is None:
            return
        first = s.get(HivTest, repeat_of_id)
        if first is None or first.voided_at is not None or first.client_id != client_id:
            raise ValidationError(
                translate("Testing", "The test to repeat belongs to another person or does not exist.")
            )
        if first.result != Result.INVALID:
            raise ValidationError(translate("Testing", "Only an invalid test can be repeated."))

    def _quality_gate(
        self, s: Session, lot: KitLot, at: dt.datetime, override_reason: str | None
    ) -> dict[str, Any] | None:
        """Refuse a lot whose kit controls are due (or a room out of range) unless overridden with a reason."""
        reasons = quality.blocking_reasons(s, lot, self.ctx.acting.id, at)
        override = quality.check_override(reasons, override_reason)
        return {"reasons": reasons, "reason": override} if override else None

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
        lot = self._check_lot(s, lot_id, now.date())
        self._check_repeat(s, repeat_of_id, cs.client_id)
        modality = _modality(s, modality, repeat_of_id)
        running = s.scalar(
            select(HivTest.id).where(
                HivTest.client_id == cs.client_id, HivTest.read_at.is_(None), HivTest.voided_at.is_(None)
            )
        )
        if running is not None:
            raise Conflict(translate("Testing", "A test for this person is already running on the board."))
        override = self._quality_gate(s, lot, now, qc_override_reason)
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
            cs = self._check_session(s, session_id)
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
        today = self.ctx.today()
        with self.ctx.transaction() as s:
            client = resolve_client(s, client_code)
            session_id = s.scalar(
                select(CounsellingSession.id)
                .where(
                    CounsellingSession.client_id == client.id,
                    CounsellingSession.voided_at.is_(None),
                    CounsellingSession.session_at >= dt.datetime.combine(today, dt.time()),
                )
                .order_by(CounsellingSession.session_at.desc())
                .limit(1)
            )
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
        with self.ctx.transaction() as s:
            client = resolve_client(s, client_code)
            day = started_at.date()
            sessions = s.execute(
                select(CounsellingSession.id, CounsellingSession.session_at)
                .where(
                    CounsellingSession.client_id == client.id,
                    CounsellingSession.voided_at.is_(None),
                    CounsellingSession.session_at >= dt.datetime.combine(day, dt.time()),
                    CounsellingSession.session_at < dt.datetime.combine(day + dt.timedelta(days=1), dt.time()),
                )
                .order_by(CounsellingSession.session_at.desc())
            ).all()
        before = [sid for sid, at in sessions if at <= started_at]
        session_id = before[0] if before else (sessions[-1][0] if sessions else None)
        if session_id is None:
            raise ValidationError(
                translate("Testing", "Record the counselling session of that day (with consent) first."), "client_code"
            )
        return self.record_retrospective(session_id, lot_id, started_at, read_at, control_line, test_line, **kw)

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
            row = _get_live(s, HivTest, test_id, translate("Testing", "This test does not exist."))
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
    def _apply_result(
        self,
        s: Session,
        row: HivTest,
        read_at: dt.datetime,
        control_line: bool | None,
        test_line: bool | None,
        invalid_reason: str | None = None,
    ) -> None:
        if invalid_reason is not None and invalid_reason not in rules.READ_INVALID_REASONS:
            raise ValidationError(
                translate("Testing", "Please choose why the test is invalid from the list."), "invalid_reason"
            )
        where = rules.window(row.started_at, read_at)
        elapsed = rules.elapsed_minutes(row.started_at, read_at)
        if where is Window.TOO_EARLY:
            raise ValidationError(
                translate(
                    "Testing", "The test has run {minutes} minutes. A result can only be read from {start} minutes."
                ).format(minutes=int(elapsed), start=rules.READ_FROM_MINUTES),
                "read_at",
            )
        if where is Window.TOO_LATE:
            if control_line is not None or test_line is not None:
                raise ValidationError(
                    translate(
                        "Testing",
                        "More than {end} minutes have passed: the only allowed outcome is "
                        "invalid. Repeat with a new kit.",
                    ).format(end=rules.READ_UNTIL_MINUTES),
                    "read_at",
                )
            row.result, row.invalid_reason = Result.INVALID.value, "too_late"
            row.control_line = row.test_line = None
        elif invalid_reason is not None:
            # the kit says the test did not work (background, lines outside the zones, a partial line...)
            row.control_line = None if control_line is None else bool(control_line)
            row.test_line = None if test_line is None else bool(test_line)
            row.result, row.invalid_reason = Result.INVALID.value, invalid_reason
        else:
            if control_line is None or test_line is None:
                raise ValidationError(
                    translate("Testing", "Please say whether the control line and the test line are visible."),
                    "control_line",
                )
            result = rules.derive_result(bool(control_line), bool(test_line))
            row.control_line, row.test_line = bool(control_line), bool(test_line)
            row.result = result.value
            row.invalid_reason = "no_control" if result is Result.INVALID else None
        row.read_at = read_at
        row.elapsed_minutes = elapsed

    def _after_result(
        self,
        s: Session,
        row: HivTest,
        *,
        result_given: bool,
        post_test_counselling: bool,
        destination_id: int | None,
        accompaniment_offered: bool,
        accompaniment_accepted: bool,
    ) -> None:
        row.result_given = bool(result_given)
        if post_test_counselling:
            cs = s.get_one(CounsellingSession, row.session_id)
            cs.post_test_counselling = True
        if row.result == Result.REACTIVE:
            assert row.read_at is not None  # a test with a result was read
            create_referral(
                s,
                row,
                read_day=row.read_at.date(),
                destination_id=destination_id,
                accompaniment_offered=accompaniment_offered,
                accompaniment_accepted=accompaniment_accepted,
            )

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
            row = _get_live(s, HivTest, test_id, translate("Testing", "This test does not exist."))
            if row.read_at is not None:
                raise Conflict(translate("Testing", "This test already has a result."))
            self._apply_result(s, row, self.ctx.now(), control_line, test_line, invalid_reason)
            self._after_result(
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
            cs = self._check_session(s, session_id)
            if started_at < cs.session_at:
                raise ValidationError(
                    translate(
                        "Testing",
                        "The test cannot start before the counselling session in which consent was given ({time}).",
                    ).format(time=f"{format_date(cs.session_at)} {cs.session_at:%H:%M}"),
                    "started_at",
                )
            lot = self._check_lot(s, lot_id, started_at.date())
            self._check_repeat(s, repeat_of_id, cs.client_id)
            modality = _modality(s, modality, repeat_of_id)
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
            self._apply_result(s, row, read_at, control_line, test_line, invalid_reason)
            override = self._quality_gate(s, lot, started_at, qc_override_reason)
            s.add(row)
            s.flush()
            if override:
                self.ctx.audit(s, "qc_override", "hts_tests", row.id, override)
            self._after_result(
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
            row = _get_live(s, HivTest, test_id, translate("Testing", "This test does not exist."))
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
            row = _get_live(s, HivTest, test_id, translate("Testing", "This test does not exist."))
            self.ctx.audit(s, "break_glass", "hts_tests", row.id, {"reason": reason})
            self.ctx.audit_read(s, "hts_tests", row.id)
            return test_info(s, row)


def _modality(s: Session, modality: str | None, repeat_of_id: int | None) -> str:
    """Where a test was done: as given, else the first test's for a repeat, else at the drop-in."""
    if modality is None:
        first = s.get(HivTest, repeat_of_id) if repeat_of_id is not None else None
        return first.modality if first is not None else rules.DEFAULT_MODALITY
    if modality not in rules.MODALITIES:
        raise ValidationError(translate("Testing", "Please choose where the test was done from the list."), "modality")
    return modality


def _qc_failed(s: Session, lot_id: int) -> bool:
    last = s.execute(
        select(QcRun.positive_control_ok, QcRun.negative_control_ok)
        .where(QcRun.lot_id == lot_id, QcRun.voided_at.is_(None))
        .order_by(QcRun.run_on.desc(), QcRun.id.desc())
        .limit(1)
    ).first()
    return last is not None and not (last[0] and last[1])


def setting_days(s: Session, key: str) -> int:
    """A whole number of days from the settings (0 is a valid value; a missing or broken one is the default)."""
    value = get_setting(s, key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        value = DEFAULTS[key]
    return int(value)


def create_referral(
    s: Session,
    test: HivTest,
    *,
    read_day: dt.date,
    destination_id: int | None = None,
    accompaniment_offered: bool = False,
    accompaniment_accepted: bool = False,
) -> Referral:
    """The referral for confirmatory testing that every reactive result creates."""
    if destination_id is not None:
        dest = s.get(ReferralDestination, destination_id)
        if dest is None or dest.voided_at is not None:
            raise ValidationError(
                translate("Testing", "Please choose a referral destination from the list."), "destination"
            )
    else:
        destination_id = s.scalar(
            select(ReferralDestination.id)
            .where(ReferralDestination.voided_at.is_(None), ReferralDestination.active.is_(True))
            .order_by((ReferralDestination.kind != "aids_centre"), ReferralDestination.name)
            .limit(1)
        )
    due_days = setting_days(s, "referral_due_days")
    referral = Referral(
        client_id=test.client_id,
        test_id=test.id,
        destination_id=destination_id,
        purpose="confirmatory",
        referred_on=read_day,
        due_date=read_day + dt.timedelta(days=due_days),
        accompaniment_offered=bool(accompaniment_offered or accompaniment_accepted),
        accompaniment_accepted=bool(accompaniment_accepted),
        home_country_linkage=False,
    )
    s.add(referral)
    s.flush()
    return referral
