"""Reporting periods beside the ISO week: month, quarter, year and a custom range of days.

Every period is a half-open range of days ``[start, end)`` with the same
interface as :class:`~dropin.reports.weeks.Week` (``start``, ``end``,
``last_day``, ``label``, ``dhis2_period``, ``kind``, ``shifted``,
``previous``), so the report service, the PDF and the exports can take any of
them. Figures for a period are always computed from the records of the whole
range (distinct people are never added up week by week).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from dropin.errors import ValidationError
from dropin.i18n import translate
from dropin.reports.weeks import FIRST_YEAR, LAST_YEAR, Week, check_range, parse_date, parse_week

WEEK, MONTH, QUARTER, YEAR, RANGE = "week", "month", "quarter", "year", "range"
KINDS = (WEEK, MONTH, QUARTER, YEAR, RANGE)
#: how many periods the trend charts show, by kind (a custom range has no trend)
TREND_LENGTH = {WEEK: 12, MONTH: 12, QUARTER: 8, YEAR: 5, RANGE: 1}

_MONTH_RE = re.compile(r"^\s*(\d{4})-?(\d{1,2})\s*$")
_QUARTER_RE = re.compile(r"^\s*(\d{4})-?[Qq]([1-4])\s*$")
_YEAR_RE = re.compile(r"^\s*(\d{4})\s*$")


def _check_year(year: int, field: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(translate("Report", "Please choose dates between the years 2000 and 2999."), field)


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int
    kind = MONTH

    @classmethod
    def containing(cls, day: dt.date) -> Month:
        return cls(day.year, day.month)

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)

    @property
    def label(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def dhis2_period(self) -> str:
        return f"{self.year}{self.month:02d}"

    @property
    def short_label(self) -> str:
        return f"{self.month:02d}"

    def shifted(self, n: int) -> Month:
        index = self.year * 12 + self.month - 1 + n
        return Month(index // 12, index % 12 + 1)

    def previous(self) -> Month:
        return self.shifted(-1)


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    quarter: int
    kind = QUARTER

    @classmethod
    def containing(cls, day: dt.date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 3 * self.quarter - 2, 1)

    @property
    def end(self) -> dt.date:
        return Month(self.year, 3 * self.quarter).end

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)

    @property
    def label(self) -> str:
        return f"{self.year}-Q{self.quarter}"

    @property
    def dhis2_period(self) -> str:
        return f"{self.year}Q{self.quarter}"

    @property
    def short_label(self) -> str:
        return f"Q{self.quarter} {self.year}"  # a chart of eight quarters shows each quarter twice

    def shifted(self, n: int) -> Quarter:
        index = self.year * 4 + self.quarter - 1 + n
        return Quarter(index // 4, index % 4 + 1)

    def previous(self) -> Quarter:
        return self.shifted(-1)


@dataclass(frozen=True, order=True)
class Year:
    year: int
    kind = YEAR

    @classmethod
    def containing(cls, day: dt.date) -> Year:
        return cls(day.year)

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 1, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.year + 1, 1, 1)

    @property
    def last_day(self) -> dt.date:
        return dt.date(self.year, 12, 31)

    @property
    def label(self) -> str:
        return str(self.year)

    dhis2_period = label
    short_label = label

    def shifted(self, n: int) -> Year:
        return Year(self.year + n)

    def previous(self) -> Year:
        return self.shifted(-1)


@dataclass(frozen=True, order=True)
class DateRange:
    """A custom range of days, ``first`` to ``last`` both inclusive."""

    first: dt.date
    last: dt.date
    kind = RANGE

    @property
    def start(self) -> dt.date:
        return self.first

    @property
    def end(self) -> dt.date:
        return self.last + dt.timedelta(days=1)

    @property
    def last_day(self) -> dt.date:
        return self.last

    @property
    def label(self) -> str:
        return f"{self.first.isoformat()}..{self.last.isoformat()}"

    @property
    def dhis2_period(self) -> None:
        """DHIS2 has no period type for an arbitrary range of days."""
        return None

    @property
    def short_label(self) -> str:
        return self.first.isoformat()

    def shifted(self, n: int) -> DateRange:
        days = dt.timedelta(days=(self.last - self.first).days + 1)
        return DateRange(self.first + n * days, self.last + n * days)

    def previous(self) -> DateRange:
        return self.shifted(-1)


Period = Week | Month | Quarter | Year | DateRange


def period_kind(period: Period) -> str:
    return str(getattr(period, "kind", WEEK))


def short_label(period: Period) -> str:
    if isinstance(period, Week):
        return f"W{period.number:02d}"
    return period.short_label


def parse_month(text: str) -> Month:
    match = _MONTH_RE.match(text or "")
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError(
            translate("Report", '"{text}" is not a month. Write it like 2026-10.').format(text=text), "month"
        )
    _check_year(int(match.group(1)), "month")
    return Month(int(match.group(1)), int(match.group(2)))


def parse_quarter(text: str) -> Quarter | Year:
    """``2026-Q3`` (also ``2026Q3``); a bare year ``2026`` gives the whole year."""
    match = _QUARTER_RE.match(text or "")
    if match is not None:
        _check_year(int(match.group(1)), "period")
        return Quarter(int(match.group(1)), int(match.group(2)))
    match = _YEAR_RE.match(text or "")
    if match is not None:
        _check_year(int(match.group(1)), "period")
        return Year(int(match.group(1)))
    raise ValidationError(
        translate("Report", '"{text}" is not a quarter or a year. Write it like 2026-Q3 or 2026.').format(text=text),
        "period",
    )


def parse_period(text: str) -> Week | Month | Quarter | Year:
    """Any period the command line takes: ``2026-W47``, ``2026-10``, ``2026-Q3`` or ``2026``."""
    text = (text or "").strip()
    if "w" in text.lower():
        return parse_week(text)
    if "q" in text.lower() or _YEAR_RE.match(text):
        return parse_quarter(text)
    return parse_month(text)


def date_range(first: dt.date, last: dt.date) -> DateRange:
    check_range(first, last)
    return DateRange(first, last)


def parse_range(first: str, last: str) -> DateRange:
    return date_range(parse_date(first, "from"), parse_date(last, "to"))


def containing(kind: str, day: dt.date) -> Week | Month | Quarter | Year:
    """The period of ``kind`` that holds ``day`` (for a week chooser's "this month" and the like)."""
    kinds: dict[str, type[Week | Month | Quarter | Year]] = {WEEK: Week, MONTH: Month, QUARTER: Quarter, YEAR: Year}
    return kinds[kind].containing(day)


def last_complete(kind: str, today: dt.date) -> Week | Month | Quarter | Year:
    """The latest period of ``kind`` that ended before ``today``."""
    return containing(kind, today).previous()


def trend_periods(period: Period, count: int | None = None) -> list[Any]:
    """The ``count`` periods ending with ``period``, oldest first."""
    count = count or TREND_LENGTH[period_kind(period)]
    return [period.shifted(-i) for i in range(count - 1, -1, -1)]


def year_to_date(period: Period) -> DateRange | None:
    """1 January of the year the period ends in up to its last day, or ``None`` when that is the period itself."""
    first = dt.date(period.last_day.year, 1, 1)
    if first >= period.start:
        return None
    return DateRange(first, period.last_day)
