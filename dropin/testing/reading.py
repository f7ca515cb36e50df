"""Reading a test: the read window, the outcome from the lines, and the referral every reactive result creates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from dropin.errors import ValidationError
from dropin.i18n import translate
from dropin.models.clients import ReferralDestination
from dropin.models.testing import CounsellingSession, HivTest, Referral
from dropin.settings import DEFAULTS, get_setting
from dropin.testing import rules
from dropin.testing.rules import Result, Window


def apply_result(
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
                    "More than {end} minutes have passed: the only allowed outcome is invalid. Repeat with a new kit.",
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


def after_result(
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


def setting_days(s: Session, key: str) -> int:
    """A whole number of days from the settings (0 is a valid value; a missing or broken one is the default)."""
    value = get_setting(s, key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        value = DEFAULTS[key]
    return int(value)
