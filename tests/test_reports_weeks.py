"""ISO weeks: parsing, ranges, the default week and the trend window."""

from __future__ import annotations

import datetime as dt

import pytest

from dropin.errors import ValidationError
from dropin.reports.weeks import Week, last_complete_week, parse_date, parse_week, trend_window, weeks_overlapping


@pytest.mark.parametrize("text", ["2026-W47", "2026W47", "2026-w47", " 2026-W47 "])
def test_parse_week_forms(text):
    week = parse_week(text)
    assert week == Week(2026, 47)
    assert (week.start, week.end, week.last_day) == (
        dt.date(2026, 11, 16),
        dt.date(2026, 11, 23),
        dt.date(2026, 11, 22),
    )
    assert week.label == "2026-W47" and week.dhis2_period == "2026W47"


@pytest.mark.parametrize("text", ["", "2026-47", "W47", "2026-W54", "2025-W53", "2026-W00", "last week"])
def test_bad_weeks_are_refused_with_a_message(text):
    with pytest.raises(ValidationError) as info:
        parse_week(text)
    assert info.value.field == "week" and "week" in info.value.message.lower()


def test_week_53_exists_in_long_years():
    assert parse_week("2026-W53").start == dt.date(2026, 12, 28)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2026, 11, 23), Week(2026, 47)),  # Monday: the week just ended
        (dt.date(2026, 11, 29), Week(2026, 47)),  # Sunday: this week is not complete yet
        (dt.date(2026, 11, 30), Week(2026, 48)),
        (dt.date(2027, 1, 4), Week(2026, 53)),  # across the year end
        (dt.date(2026, 1, 1), Week(2025, 52)),  # 1 January 2026 is in week 1 of 2026
    ],
)
def test_last_complete_week(today, expected):
    assert last_complete_week(today) == expected


def test_trend_window_is_twelve_consecutive_weeks_ending_with_the_week():
    window = trend_window(Week(2027, 2))
    assert len(window) == 12 and window[-1] == Week(2027, 2) and window[0] == Week(2026, 44)
    assert all(b.start - a.start == dt.timedelta(days=7) for a, b in zip(window, window[1:], strict=False))


def test_weeks_overlapping_a_date_range():
    weeks = weeks_overlapping(dt.date(2026, 11, 18), dt.date(2026, 12, 1))
    assert [w.label for w in weeks] == ["2026-W47", "2026-W48", "2026-W49"]
    with pytest.raises(ValidationError):
        weeks_overlapping(dt.date(2026, 12, 1), dt.date(2026, 11, 1))


def test_parse_date():
    assert parse_date("2026-11-16") == dt.date(2026, 11, 16)
    with pytest.raises(ValidationError):
        parse_date("16/11/2026", "from")
