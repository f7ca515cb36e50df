"""Referral follow-up after a reactive test: contact attempts, confirmatory result, linkage to ART, closing.

"Overdue" is computed (due date passed and not closed), never stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from dropin.context import ServiceContext
from dropin.errors import Conflict, NotFound, ValidationError
from dropin.i18n import format_date, translate
from dropin.models.clients import Client, ReferralDestination
from dropin.models.testing import FollowUpAttempt, HivTest, Referral
from dropin.security.permissions import Permission
from dropin.testing import rules
from dropin.testing.reading import setting_days
from dropin.validation import LONG_MAX, clean_text


@dataclass(frozen=True)
class AttemptInfo:
    id: int
    attempted_on: dt.date
    method: str
    outcome: str
    note: str | None


@dataclass(frozen=True)
class ReferralInfo:
    id: int
    client_code: str
    test_id: int | None
    tested_on: dt.date | None
    destination_id: int | None
    destination: str | None
    referred_on: dt.date
    due_date: dt.date
    accompaniment_offered: bool
    accompaniment_accepted: bool
    confirmatory_result: str | None
    confirmatory_on: dt.date | None
    registered_on: dt.date | None
    art_start_on: dt.date | None
    home_country_linkage: bool
    closed_on: dt.date | None
    close_reason: str | None
    attempts: int
    failed_attempts: int
    last_attempt_on: dt.date | None
    as_of: dt.date
    attempt_list: tuple[AttemptInfo, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    @property
    def number(self) -> str:
        return referral_number(self.id)

    @property
    def days_overdue(self) -> int:
        """Days past the due date for an open referral (0 if not overdue)."""
        if self.closed_on is not None:
            return 0
        return max(0, (self.as_of - self.due_date).days)

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


def referral_number(referral_id: int) -> str:
    """The number printed on the referral slip that the clinic can quote back to the centre."""
    return f"R-{referral_id:05d}"


@dataclass(frozen=True)
class SlipData:
    """What a referral slip may print: no result, no note, nothing about the person beyond the code."""

    number: str
    client_code: str
    destination: str | None
    destination_contact: str | None
    referred_on: dt.date
    due_date: dt.date
    accompaniment_accepted: bool
    tested_on: dt.date | None
    language: str | None  # the person's preferred language, if known


@dataclass(frozen=True)
class Destination:
    id: int
    name: str
    kind: str


def overdue_condition(as_of: dt.date) -> tuple[ColumnElement[bool], ...]:
    """SQL condition: open (as of the day) and due before it."""
    return (
        Referral.voided_at.is_(None),
        Referral.due_date < as_of,
        Referral.referred_on < as_of + dt.timedelta(days=1),
        (Referral.closed_on.is_(None)) | (Referral.closed_on > as_of),
    )


class ReferralService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---------------------------------------------------------------- lists
    def destinations(self) -> list[Destination]:
        if not (self.ctx.can(Permission.REFERRAL_FOLLOWUP) or self.ctx.can(Permission.TEST_RECORD)):
            self.ctx.require(Permission.REFERRAL_FOLLOWUP)
        with self.ctx.transaction() as s:
            rows = s.scalars(
                select(ReferralDestination)
                .where(ReferralDestination.voided_at.is_(None), ReferralDestination.active.is_(True))
                .order_by(ReferralDestination.name)
            )
            return [Destination(r.id, r.name, r.kind) for r in rows]

    def overdue(self, as_of: dt.date | None = None) -> list[ReferralInfo]:
        """Open referrals past their due date, most overdue first (a list read, audited with the ids)."""
        self.ctx.require(Permission.REFERRAL_FOLLOWUP)
        day = as_of or self.ctx.today()
        with self.ctx.transaction() as s:
            rows = list(
                s.scalars(select(Referral).where(*overdue_condition(day)).order_by(Referral.due_date, Referral.id))
            )
            return self._list(s, rows, day)

    def open_referrals(self, as_of: dt.date | None = None) -> list[ReferralInfo]:
        self.ctx.require(Permission.REFERRAL_FOLLOWUP)
        day = as_of or self.ctx.today()
        with self.ctx.transaction() as s:
            rows = list(
                s.scalars(
                    select(Referral)
                    .where(Referral.voided_at.is_(None), Referral.closed_on.is_(None))
                    .order_by(Referral.due_date, Referral.id)
                )
            )
            return self._list(s, rows, day)

    def _list(self, s: Session, rows: list[Referral], day: dt.date) -> list[ReferralInfo]:
        if rows:
            self.ctx.audit(s, "read", "hts_referrals", None, {"ids": [r.id for r in rows]})
        out = [self._info(s, r, day) for r in rows]
        out.sort(key=lambda r: (-r.days_overdue, r.due_date, r.id))
        return out

    def get(self, referral_id: int) -> ReferralInfo:
        self.ctx.require(Permission.REFERRAL_FOLLOWUP)
        with self.ctx.transaction() as s:
            row = self._get(s, referral_id)
            self.ctx.audit_read(s, "hts_referrals", row.id)
            return self._info(s, row, self.ctx.today(), with_attempts=True)

    def slip(self, referral_id: int) -> SlipData:
        """The facts for a printed referral slip (the printing is audited)."""
        self.ctx.require(Permission.REFERRAL_FOLLOWUP)
        with self.ctx.transaction() as s:
            row = self._get(s, referral_id)
            client = s.get_one(Client, row.client_id)
            dest = s.get(ReferralDestination, row.destination_id) if row.destination_id else None
            tested = s.scalar(select(HivTest.read_at).where(HivTest.id == row.test_id)) if row.test_id else None
            self.ctx.audit(s, "print_slip", "hts_referrals", row.id)
            return SlipData(
                referral_number(row.id),
                client.code,
                dest.name if dest else None,
                dest.contact if dest else None,
                row.referred_on,
                row.due_date,
                row.accompaniment_accepted,
                tested.date() if tested else None,
                client.preferred_language,
            )

    # -------------------------------------------------------------- changes
    def update(
        self,
        referral_id: int,
        *,
        destination_id: int | None = None,
        due_date: dt.date | None = None,
        accompaniment_offered: bool | None = None,
        accompaniment_accepted: bool | None = None,
    ) -> ReferralInfo:
        self.ctx.require(Permission.REFERRAL_FOLLOWUP)
        with self.ctx.transaction() as s:
            row = self._get(s, referral_id)
            if destination_id is not None:
                dest = s.get(ReferralDestination, destination_id)
                if dest is None or dest.voided_at is not None:
                    raise ValidationError(
                        translate("Referrals", "Please choose a referral destination from the list."), "destination"
                    )
                row.destination_id = destination_id
            if due_date is not None:
                if due_date < row.referred_on:
                    raise ValidationError(
                        translate("Referrals", "The due date cannot be before the referral date."), "due_date"
                    )
                row.due_date = due_date
            if accompaniment_offered is not None:
                row.accompaniment_offered = bool(accompaniment_offered)
            if accompaniment_accepted is not None:
                row.accompaniment_accepted = bool(accompaniment_accepted)
                if accompaniment_accepted:
                    row.accompaniment_offered = True
            s.flush()
            return self._info(s, row, self.ctx.today())

    def add_attempt(
        self,
        referral_id: int,
        method: str,
        outcome: str,
        *,
        attempted_on: dt.date | None = None,
        note: str | None = None,
    ) -> ReferralInfo:
        self.ctx.require(Permission.REFERRAL_FOLLOWUP)
        day = attempted_on or self.ctx.today()
        note = clean_text(note, "note", LONG_MAX)
        if method not in rules.CONTACT_METHODS:
            raise ValidationError(translate("Referrals", "Please choose how you tried to reach the person."), "method")
        if outcome not in rules.CONTACT_OUTCOMES:
            raise ValidationError(
                translate("Referrals", "Please choose the outcome of the contact attempt."), "outcome"
            )
        if day > self.ctx.today():
            raise ValidationError(translate("Referrals", "A contact attempt cannot be in the future."), "attempted_on")
        with self.ctx.transaction() as s:
            row = self._get(s, referral_id, open_only=True)
            if day < row.referred_on:
                raise ValidationError(
                    translate("Referrals", "A contact attempt cannot be before the referral."), "attempted_on"
                )
            s.add(FollowUpAttempt(referral_id=row.id, attempted_on=day, method=method, outcome=outcome, note=note))
            s.flush()
            return self._info(s, row, self.ctx.today(), with_attempts=True)

    def record_outcome(
        self,
        referral_id: int,
        *,
        confirmatory_result: str | None = None,
        confirmatory_on: dt.date | None = None,
        registered_on: dt.date | None = None,
        art_start_on: dt.date | None = None,
        home_country_linkage: bool | None = None,
        home_country_note: str | None = None,
    ) -> ReferralInfo:
        """Confirmatory result, AIDS-centre registration, ART start, home-country linkage.

        An ART start closes the referral as linked; a negative confirmatory result closes it as confirmed negative.
        """
        self.ctx.require(Permission.REFERRAL_FOLLOWUP)
        today = self.ctx.today()
        if home_country_note is not None:  # "" clears the note, None leaves it
            home_country_note = clean_text(home_country_note, "home_country_note", LONG_MAX) or ""
        if confirmatory_result is not None and confirmatory_result not in rules.CONFIRMATORY_RESULTS:
            raise ValidationError(
                translate("Referrals", "Please choose the confirmatory result from the list."), "confirmatory_result"
            )
        for value, field in (
            (confirmatory_on, "confirmatory_on"),
            (registered_on, "registered_on"),
            (art_start_on, "art_start_on"),
        ):
            if value is not None and value > today:
                raise ValidationError(translate("Referrals", "Dates of the follow-up cannot be in the future."), field)
        with self.ctx.transaction() as s:
            row = self._get(s, referral_id)
            for value, field in (
                (confirmatory_on, "confirmatory_on"),
                (registered_on, "registered_on"),
                (art_start_on, "art_start_on"),
            ):
                if value is not None and value < row.referred_on:
                    raise ValidationError(
                        translate("Referrals", "Dates of the follow-up cannot be before the referral."), field
                    )
            if confirmatory_result is not None:
                changed = confirmatory_result != row.confirmatory_result
                row.confirmatory_result = confirmatory_result
                row.confirmatory_on = confirmatory_on or today
                if confirmatory_result == "indeterminate" and changed and row.closed_on is None:
                    # WHO: retest after an indeterminate result; the follow-up is due again then
                    row.due_date = row.confirmatory_on + dt.timedelta(days=setting_days(s, "indeterminate_retest_days"))
            elif confirmatory_on is not None:
                raise ValidationError(
                    translate("Referrals", "Please choose the confirmatory result."), "confirmatory_result"
                )
            if art_start_on is not None and row.confirmatory_result == "negative":
                raise ValidationError(
                    translate("Referrals", "An ART start cannot follow a negative confirmatory result."), "art_start_on"
                )
            if registered_on is not None:
                row.registered_on = registered_on
            if art_start_on is not None:
                row.art_start_on = art_start_on
            if home_country_linkage is not None:
                row.home_country_linkage = bool(home_country_linkage)
            if home_country_note is not None:
                row.home_country_note = home_country_note.strip() or None
            if row.closed_on is None:
                if row.art_start_on is not None:
                    row.closed_on, row.close_reason = row.art_start_on, "linked"
                elif row.confirmatory_result == "negative":
                    row.closed_on, row.close_reason = row.confirmatory_on, "confirmed_negative"
            s.flush()
            return self._info(s, row, today, with_attempts=True)

    def close(self, referral_id: int, reason: str, *, closed_on: dt.date | None = None) -> ReferralInfo:
        self.ctx.require(Permission.REFERRAL_FOLLOWUP)
        day = closed_on or self.ctx.today()
        if reason not in rules.CLOSE_REASONS:
            raise ValidationError(translate("Referrals", "Please choose why the follow-up is closed."), "close_reason")
        if day > self.ctx.today():
            raise ValidationError(translate("Referrals", "A follow-up cannot be closed in the future."), "closed_on")
        with self.ctx.transaction() as s:
            row = self._get(s, referral_id, open_only=True)
            if day < row.referred_on:
                raise ValidationError(
                    translate("Referrals", "A follow-up cannot be closed before the referral."), "closed_on"
                )
            if reason == "linked" and row.art_start_on is None and row.registered_on is None:
                raise ValidationError(
                    translate(
                        "Referrals",
                        "Record the AIDS-centre registration or the ART start date before closing as linked.",
                    ),
                    "close_reason",
                )
            if reason == "confirmed_negative" and row.confirmatory_result != "negative":
                raise ValidationError(
                    translate("Referrals", "Record the negative confirmatory result first."), "close_reason"
                )
            if reason == "lost":
                needed = setting_days(s, "followup_max_attempts")
                failed = _failed_attempts(s, row.id)
                if failed < needed:
                    raise ValidationError(
                        translate(
                            "Referrals",
                            "A follow-up can be closed as lost after {n} unsuccessful contact "
                            "attempts; {done} are recorded.",
                        ).format(n=needed, done=failed),
                        "close_reason",
                    )
                wait = setting_days(s, "followup_lost_days")
                past_due = (day - row.due_date).days
                if past_due < wait:
                    raise ValidationError(
                        translate(
                            "Referrals",
                            "A follow-up can be closed as lost {n} days after the due date "
                            "({date}); it is {done} days now.",
                        ).format(n=wait, date=format_date(row.due_date), done=max(0, past_due)),
                        "close_reason",
                    )
            row.closed_on, row.close_reason = day, reason
            s.flush()
            return self._info(s, row, self.ctx.today())

    # -------------------------------------------------------------- helpers
    def _get(self, s: Session, referral_id: int, open_only: bool = False) -> Referral:
        row = s.get(Referral, referral_id)
        if row is None or row.voided_at is not None:
            raise NotFound(translate("Referrals", "This referral does not exist."))
        if open_only and row.closed_on is not None:
            raise Conflict(translate("Referrals", "This follow-up is already closed."))
        return row

    def _info(self, s: Session, r: Referral, day: dt.date, with_attempts: bool = False) -> ReferralInfo:
        code = s.scalar(select(Client.code).where(Client.id == r.client_id)) or "?"
        dest = s.get(ReferralDestination, r.destination_id) if r.destination_id else None
        tested = s.scalar(select(HivTest.read_at).where(HivTest.id == r.test_id)) if r.test_id else None
        attempts = list(
            s.scalars(
                select(FollowUpAttempt)
                .where(FollowUpAttempt.referral_id == r.id, FollowUpAttempt.voided_at.is_(None))
                .order_by(FollowUpAttempt.attempted_on, FollowUpAttempt.id)
            )
        )
        failed = sum(1 for a in attempts if a.outcome != "reached")
        return ReferralInfo(
            r.id,
            code,
            r.test_id,
            tested.date() if tested else None,
            r.destination_id,
            dest.name if dest else None,
            r.referred_on,
            r.due_date,
            r.accompaniment_offered,
            r.accompaniment_accepted,
            r.confirmatory_result,
            r.confirmatory_on,
            r.registered_on,
            r.art_start_on,
            r.home_country_linkage,
            r.closed_on,
            r.close_reason,
            len(attempts),
            failed,
            attempts[-1].attempted_on if attempts else None,
            day,
            tuple(AttemptInfo(a.id, a.attempted_on, a.method, a.outcome, a.note) for a in attempts)
            if with_attempts
            else (),
        )


def _failed_attempts(s: Session, referral_id: int) -> int:
    return (
        s.scalar(
            select(func.count())
            .select_from(FollowUpAttempt)
            .where(
                FollowUpAttempt.referral_id == referral_id,
                FollowUpAttempt.voided_at.is_(None),
                FollowUpAttempt.outcome != "reached",
            )
        )
        or 0
    )
