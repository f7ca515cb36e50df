"""ISO weeks for the weekly summary: ``2026-W47`` is Monday 16 .. Sunday 22 November 2026.

A week is the half-open range ``[start, end)`` from its Monday to the next
Monday, which is what every area's ``compute(session, start, end)`` receives.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dropin.errors import ValidationError
from dropin.i18n import translate

TREND_WEEKS = 12
#: reports and exports cover these years (far older or later dates cannot be real, and
#: week arithmetic near the calendar's ends would overflow)
FIRST_YEAR, LAST_YEAR = 2000, 2999

_WEEK_RE = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class Week:
    year: int
    number: int
    kind = "week"

    @classmethod
    def containing(cls, day: dt.date) -> Week:
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @property
    def start(self) -> dt.date:
        """The Monday the week begins on (inclusive)."""
        return dt.date.fromisocalendar(self.year, self.number, 1)

    @property
    def end(self) -> dt.date:
        """The Monday after the week (exclusive)."""
        return self.start + dt.timedelta(days=7)

    @property
    def last_day(self) -> dt.date:
        """The Sunday that closes the week (inclusive)."""
        return self.start + dt.timedelta(days=6)

    @property
    def label(self) -> str:
        """``2026-W47``: the form the command line takes."""
        return f"{self.year}-W{self.number:02d}"

    @property
    def dhis2_period(self) -> str:
        """``2026W47``: the weekly period identifier used by DHIS2."""
        return f"{self.year}W{self.number}"

    def shifted(self, weeks: int) -> Week:
        return Week.containing(self.start + dt.timedelta(weeks=weeks))

    def previous(self) -> Week:
        return self.shifted(-1)

    def next(self) -> Week:
        return self.shifted(1)

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.label


def parse_week(text: str) -> Week:
    """Read ``2026-W47`` (also ``2026W47``, ``2026-w7``); raise a ValidationError otherwise."""
    match = _WEEK_RE.match(text or "")
    if match is None:
        raise ValidationError(
            translate("Report", '"{text}" is not an ISO week. Write it like 2026-W47.').format(text=text), "week"
        )
    year, number = int(match.group(1)), int(match.group(2))
    try:
        dt.date.fromisocalendar(year, number, 1)
    except ValueError:
        raise ValidationError(
            translate("Report", "The year {year} has no week {week}.").format(year=year, week=number), "week"
        ) from None
    return Week(year, number)


def parse_date(text: str, field: str = "date") -> dt.date:
    """Read ``YYYY-MM-DD``; raise a ValidationError otherwise."""
    try:
        return dt.date.fromisoformat((text or "").strip())
    except ValueError:
        raise ValidationError(
            translate("Report", '"{text}" is not a date. Write it like 2026-11-16.').format(text=text), field
        ) from None


def last_complete_week(today: dt.date) -> Week:
    """The most recent Monday..Sunday week that has fully ended before ``today``."""
    return Week.containing(today).previous()


def trend_window(week: Week, count: int = TREND_WEEKS) -> list[Week]:
    """The ``count`` weeks ending with ``week``, oldest first."""
    return [week.shifted(-i) for i in range(count - 1, -1, -1)]


def check_week(week: Week) -> Week:
    """``week`` if it is a real ISO week within the years reports cover; a ValidationError otherwise."""
    try:
        dt.date.fromisocalendar(week.year, week.number, 1)
    except (TypeError, ValueError, OverflowError):
        raise ValidationError(
            translate("Report", "The year {year} has no week {week}.").format(year=week.year, week=week.number), "week"
        ) from None
    if not FIRST_YEAR <= week.year <= LAST_YEAR:
        raise ValidationError(translate("Report", "Please choose dates between the years 2000 and 2999."), "week")
    return week


def check_range(first: dt.date, last: dt.date) -> None:
    """Both dates given, in order, and within the years reports cover."""
    for value, field in ((first, "from"), (last, "to")):
        if not isinstance(value, dt.date):
            raise ValidationError(translate("Report", "Please enter both the start date and the end date."), field)
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise ValidationError(translate("Report", "Please choose dates between the years 2000 and 2999."), field)
    if last < first:
        raise ValidationError(translate("Report", "The end date is before the start date."), "to")


def weeks_overlapping(first: dt.date, last: dt.date) -> list[Week]:
    """Every ISO week that has at least one day in ``first..last`` (both inclusive), oldest first."""
    check_range(first, last)
    weeks = []
    week = Week.containing(first)
    while week.start <= last:
        weeks.append(week)
        week = week.next()
    return weeks


def recent_weeks(today: dt.date, count: int) -> list[Week]:
    """The ``count`` complete weeks before ``today``, newest first (for a week chooser)."""
    latest = last_complete_week(today)
    return [latest.shifted(-i) for i in range(count)]
