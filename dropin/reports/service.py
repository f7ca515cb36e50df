"""Builds the weekly summary: figures per area for a week, the week before and a 12-week trend.

Each area's ``compute(session, start, end)`` (see ``definitions.py``) runs once
per week in the window (13 calls per area for a report), inside one
transaction, and only returns aggregates. Suppression is applied here, so
the objects handed to the PDF, the preview and the CSV export never carry a
small count.
"""

from __future__ import annotations

import datetime as dt
import importlib
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType

from sqlalchemy.orm import Session

from dropin.context import ServiceContext
from dropin.errors import ValidationError
from dropin.i18n import translate
from dropin.reports import suppression as sup
from dropin.reports.definitions import DAYS, PERCENT, SECTIONS, Indicator, Section
from dropin.reports.suppression import Figure
from dropin.reports.weeks import (
    TREND_WEEKS, Week, check_range, check_week, last_complete_week, trend_window, weeks_overlapping,
)
from dropin.security.audit import session_seal as audit_seal
from dropin.security.permissions import Permission
from dropin.settings import get_setting, set_setting

#: ``loader(module_name)`` returns the area module (with ``compute``) or ``None`` if it isn't installed.
Loader = Callable[[str], object | None]

MAX_EXPORT_WEEKS = 53 * 10


def import_area(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name and (name == error.name or name.startswith(error.name + ".")):
            return None
        raise


# ----------------------------------------------------------------- results
@dataclass(frozen=True)
class CategoryLine:
    code: str
    this_week: Figure
    last_week: Figure


@dataclass(frozen=True)
class IndicatorLine:
    indicator: Indicator
    this_week: Figure
    last_week: Figure
    #: one figure per week of :attr:`WeeklyReport.trend_weeks` (empty if the indicator has no chart)
    trend: tuple[Figure, ...] = ()
    categories: tuple[CategoryLine, ...] = ()
    total_this_week: Figure | None = None
    total_last_week: Figure | None = None

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
class WeeklyReport:
    week: Week
    previous: Week
    trend_weeks: tuple[Week, ...]
    generated_at: dt.datetime
    threshold: int
    centre_name: str | None
    sections: tuple[SectionReport, ...]
    build_seconds: float = 0.0
    #: the audit log's seal just after this report was recorded (:class:`dropin.security.audit.Seal`)
    audit_seal: object | None = None

    def section(self, key: str) -> SectionReport:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def line(self, key: str) -> IndicatorLine:
        return self.section(key.split(".", 1)[0]).line(key)


@dataclass(frozen=True)
class ExportRow:
    week: Week
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
    weeks: tuple[Week, ...]
    threshold: int
    sections: tuple[ExportSection, ...] = field(default_factory=tuple)


# ------------------------------------------------------- one week, suppressed
def week_figures(section: Section, data: Mapping[str, object], threshold: int) -> dict[str, object]:
    """Suppressed figures for one week: ``Figure`` per plain key, ``ProtectedBreakdown`` per breakdown."""
    out: dict[str, object] = {}
    for ind in section.indicators:
        if ind.breakdown:
            raw = data.get(ind.key)
            out[ind.key] = sup.breakdown_figures(raw if isinstance(raw, Mapping) else None, ind.kind, threshold)
        elif ind.kind not in (PERCENT, DAYS):
            out[ind.key] = sup.figure(ind.kind, data.get(ind.key), threshold)
    for ind in section.indicators:
        if ind.breakdown:
            continue
        if ind.kind == PERCENT:
            parts = [out.get(p) if p in out else sup.count_figure(data.get(p), threshold) for p in ind.parts or ()]
            if len(parts) == 2:
                out[ind.key] = sup.percent_figure(parts[0], parts[1], data.get(ind.key))
            else:
                out[ind.key] = sup.shown(data.get(ind.key), PERCENT)
        elif ind.kind == DAYS:
            basis_key = sup.DAYS_BASIS.get(ind.key)
            basis = out.get(basis_key) if basis_key else None
            out[ind.key] = sup.derived_figure(data.get(ind.key), basis, DAYS)
    return out


def _threshold(session: Session) -> int:
    try:
        value = int(get_setting(session, "small_count_threshold"))
    except (TypeError, ValueError):
        return sup.DEFAULT_THRESHOLD
    return max(value, 1)


def _centre_name(session: Session) -> str | None:
    value = get_setting(session, "centre_name")
    return str(value).strip() or None if value else None


class ReportService:
    def __init__(self, ctx: ServiceContext, loader: Loader | None = None, sections: tuple[Section, ...] = SECTIONS):
        self.ctx = ctx
        self.loader = loader or import_area
        self.sections = sections

    def default_week(self) -> Week:
        return last_complete_week(self.ctx.today())

    def default_language(self) -> str:
        """The language reports are printed in unless chosen otherwise (setting ``report_language``)."""
        from dropin.i18n import LANGUAGES, current_language

        self.ctx.require(Permission.REPORT_VIEW)
        with self.ctx.transaction() as s:
            value = get_setting(s, "report_language")
        if value in LANGUAGES:
            return value
        return current_language() if current_language() in LANGUAGES else "en"

    def set_default_language(self, language: str) -> None:
        from dropin.i18n import LANGUAGES

        self.ctx.require(Permission.SETTINGS_MANAGE)
        if language not in LANGUAGES:
            raise ValidationError(translate("Report", "That language is not available for reports."), "language")
        with self.ctx.transaction() as s:
            set_setting(s, "report_language", language, user_id=self.ctx.user.id, when=self.ctx.now())

    def _module(self, section: Section):
        module = self.loader(section.module)
        return module if module is not None and hasattr(module, "compute") else None

    # ------------------------------------------------------------ report
    def build(self, week: Week | None = None) -> WeeklyReport:
        """The weekly summary for ``week`` (default: the last complete week)."""
        self.ctx.require(Permission.REPORT_VIEW)
        week = check_week(week or self.default_week())
        if week.start > self.ctx.today():
            raise ValidationError(translate("Report", "Week {week} has not started yet.").format(week=week.label), "week")
        began = time.perf_counter()
        window = trend_window(week, TREND_WEEKS)
        previous = week.previous()
        with self.ctx.transaction() as session:
            threshold = _threshold(session)
            centre = _centre_name(session)
            sections = []
            for section in self.sections:
                module = self._module(section)
                if module is None:
                    sections.append(SectionReport(section, False))
                    continue
                per_week = {}
                for w in window:
                    # older weeks only feed the trend charts: an area may compute just those figures
                    compute = module.compute
                    if w not in (week, previous) and hasattr(module, "compute_trend"):
                        compute = module.compute_trend
                    per_week[w] = week_figures(section, compute(session, w.start, w.end) or {}, threshold)
                sections.append(SectionReport(section, True, self._lines(section, per_week, window, week, previous)))
            self.ctx.audit(session, "report", "weekly_summary", week.label,
                           {"week": week.label, "sections": [s.key for s in sections if s.recorded]})
            seal = audit_seal(session)
        return WeeklyReport(week, previous, tuple(window), self.ctx.now(), threshold, centre, tuple(sections),
                            time.perf_counter() - began, seal)

    @staticmethod
    def _lines(section: Section, per_week: dict[Week, dict], window: list[Week], week: Week,
               previous: Week) -> tuple[IndicatorLine, ...]:
        this, last = per_week[week], per_week[previous]
        lines = []
        for ind in section.indicators:
            if ind.breakdown:
                now_b, then_b = this.get(ind.key), last.get(ind.key)
                now_cells = dict(now_b.cells) if now_b else {}
                then_cells = dict(then_b.cells) if then_b else {}
                codes = list(now_cells) + [c for c in then_cells if c not in now_cells]
                missing = Figure(sup.NO_DATA)
                cats = tuple(CategoryLine(c, now_cells.get(c, missing if now_b is None else Figure("0", 0.0)),
                                          then_cells.get(c, missing if then_b is None else Figure("0", 0.0)))
                             for c in codes)
                lines.append(IndicatorLine(ind, now_b.total if now_b else missing, then_b.total if then_b else missing,
                                           (), cats, now_b.total if now_b else missing,
                                           then_b.total if then_b else missing))
                continue
            trend = tuple(per_week[w][ind.key] for w in window) if ind.trend else ()
            lines.append(IndicatorLine(ind, this[ind.key], last[ind.key], trend))
        return tuple(lines)

    # ------------------------------------------------------------ export
    def export_data(self, first: dt.date, last: dt.date) -> ExportData:
        """The same suppressed figures, one row per week, indicator and category, for CSV."""
        self.ctx.require(Permission.REPORT_EXPORT)
        check_range(first, last)
        if (last - first).days > 7 * MAX_EXPORT_WEEKS:
            raise ValidationError(translate("Report", "Please export at most ten years at a time."), "from")
        weeks = weeks_overlapping(first, last)
        if len(weeks) > MAX_EXPORT_WEEKS:
            raise ValidationError(translate("Report", "Please export at most ten years at a time."), "from")
        with self.ctx.transaction() as session:
            threshold = _threshold(session)
            sections = []
            for section in self.sections:
                module = self._module(section)
                if module is None:
                    sections.append(ExportSection(section, False))
                    continue
                rows = []
                for w in weeks:
                    figures = week_figures(section, module.compute(session, w.start, w.end) or {}, threshold)
                    for ind in section.indicators:
                        value = figures.get(ind.key)
                        if ind.breakdown:
                            for code, fig in (value.cells if value else ()):
                                rows.append(ExportRow(w, ind, code, fig))
                        else:
                            rows.append(ExportRow(w, ind, "", value))
                sections.append(ExportSection(section, True, tuple(rows)))
            self.ctx.audit(session, "export", "weekly_indicators", f"{weeks[0].label}..{weeks[-1].label}",
                           {"from": first.isoformat(), "to": last.isoformat(), "weeks": len(weeks)})
        return ExportData(first, last, tuple(weeks), threshold, tuple(sections))
