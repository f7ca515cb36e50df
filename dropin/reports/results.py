"""What a built report holds: plain frozen objects handed to the PDF, the preview, the CSV and DHIS2.

Only protected figures (:class:`~dropin.reports.suppression.Figure`) are in
them: never a small count or anything about one person. Built by
:class:`dropin.reports.service.ReportService`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from dropin.reports.definitions import Indicator, Section
from dropin.reports.periods import Period
from dropin.reports.suppression import Figure


@dataclass(frozen=True)
class CategoryLine:
    code: str
    this_week: Figure
    last_week: Figure
    ytd: Figure | None = None


@dataclass(frozen=True)
class IndicatorLine:
    indicator: Indicator
    this_week: Figure
    last_week: Figure
    #: one figure per period of :attr:`WeeklyReport.trend_weeks` (empty if the indicator has no chart)
    trend: tuple[Figure, ...] = ()
    categories: tuple[CategoryLine, ...] = ()
    total_this_week: Figure | None = None
    total_last_week: Figure | None = None
    #: year to date (``None`` when the period starts on 1 January or is longer than that)
    ytd: Figure | None = None
    total_ytd: Figure | None = None
    #: the manager's target for the year and the share of it reached so far (hidden when the figure is)
    target: float | None = None
    progress: Figure | None = None

    @property
    def key(self) -> str:
        return self.indicator.key


@dataclass(frozen=True)
class SectionReport:
    section: Section
    recorded: bool  # False when the area is not installed in this copy
    lines: tuple[IndicatorLine, ...] = ()

    @property
    def key(self) -> str:
        return self.section.key

    def line(self, key: str) -> IndicatorLine:
        for line in self.lines:
            if line.key == key:
                return line
        raise KeyError(key)


@dataclass(frozen=True)
class QualityItem:
    """One line of the internal quality page: a label's key and a number (never about one person)."""

    key: str
    value: int | str


@dataclass(frozen=True)
class WeeklyReport:
    """A summary for one period (an ISO week, a month, a quarter, a year or a range of days)."""

    week: Period  # Week, Month, Quarter, Year or DateRange
    previous: Period
    trend_weeks: tuple[Any, ...]
    generated_at: dt.datetime
    threshold: int
    centre_name: str | None
    sections: tuple[SectionReport, ...]
    build_seconds: float = 0.0
    #: the last day the figures cover when the period has not ended yet ("data as of")
    data_as_of: dt.date | None = None
    ytd: object | None = None  # DateRange of the year to date, or None
    prepared_by: str = ""  # the role of whoever built it
    logo_path: str | None = None
    internal: bool = False
    quality: tuple[QualityItem, ...] = ()

    #: the audit log's seal just after this report was recorded (:class:`dropin.security.audit.Seal`)
    audit_seal: object | None = None

    @property
    def period(self) -> Period:
        return self.week

    def section(self, key: str) -> SectionReport:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def line(self, key: str) -> IndicatorLine:
        return self.section(key.split(".", 1)[0]).line(key)


@dataclass(frozen=True)
class ExportRow:
    week: Period  # the period the figure is for
    indicator: Indicator
    category: str  # "" for a plain indicator
    figure: Figure


@dataclass(frozen=True)
class ExportSection:
    section: Section
    recorded: bool
    rows: tuple[ExportRow, ...] = ()


@dataclass(frozen=True)
class ExportData:
    first: dt.date
    last: dt.date
    weeks: tuple[Any, ...]
    threshold: int
    sections: tuple[ExportSection, ...] = field(default_factory=tuple)
