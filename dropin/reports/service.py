"""Builds the weekly summary: figures per area for a week, the week before and a 12-week trend.

Each area's ``compute(session, start, end)`` (see ``definitions.py``) runs once
per week in the window (13 calls per area for a report), inside one
transaction, and only returns aggregates. Suppression is applied here, so
the objects handed to the PDF, the preview and the CSV export never carry a
small count. The results it hands over are in :mod:`dropin.reports.results`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session

from dropin.areas import installed
from dropin.context import ServiceContext
from dropin.errors import ValidationError
from dropin.i18n import translate
from dropin.reports import cache
from dropin.reports import periods as per
from dropin.reports import protection as prot
from dropin.reports import suppression as sup
from dropin.reports.definitions import COUNT, DAYS, PERCENT, SECTIONS, Section
from dropin.reports.periods import Period
from dropin.reports.results import (
    CategoryLine,
    ExportData,
    ExportRow,
    ExportSection,
    IndicatorLine,
    QualityItem,
    SectionReport,
    WeeklyReport,
)
from dropin.reports.suppression import Figure
from dropin.reports.weeks import Week, check_range, check_week, last_complete_week, weeks_overlapping
from dropin.security.audit import session_seal as audit_seal
from dropin.security.permissions import Permission
from dropin.security.roles import Role
from dropin.settings import get_setting, set_setting

#: ``loader(module_name)`` returns the area module (with ``compute``) or ``None`` if it isn't installed.
Loader = Callable[[str], object | None]


class AreaModule(Protocol):
    """An area's indicators as the report calls them; a ``compute_series`` beside ``compute`` is optional."""

    def compute(
        self, session: Session, start: dt.date, end: dt.date, as_of: dt.date | None = None
    ) -> dict[str, Any]: ...


#: each section's area module, ``None`` where the area is not installed
Modules = Mapping[str, AreaModule | None]

MAX_EXPORT_WEEKS = 53 * 10

__all__ = [  # with the report's results (dropin/reports/results.py), as the pages and exports import them
    "CategoryLine",
    "ExportData",
    "ExportRow",
    "ExportSection",
    "IndicatorLine",
    "Loader",
    "MAX_EXPORT_WEEKS",
    "QualityItem",
    "ReportService",
    "SectionReport",
    "WeeklyReport",
    "import_area",
    "period_figures",
    "section_kind",
    "week_figures",
]


#: how a report finds an area's indicators (``None`` where the area is not installed); tests replace it
import_area = installed


# ------------------------------------------------------- one period, protected together
def period_figures(
    sections: tuple[Section, ...], data: Mapping[str, Mapping[str, Any] | None], threshold: int
) -> dict[str, dict[str, Any]]:
    """Protected figures for one period, per section: ``Figure`` per plain key, ``ProtectedBreakdown`` per breakdown.

    Every figure printed for the period goes through one protection pass
    (:mod:`dropin.reports.protection`), across sections.
    """
    values, protected = prot.figures(sections, data)
    hidden = prot.protect(values, protected, prot.relations(sections, data), threshold)

    def fig(name: str) -> Figure:
        if name in hidden:
            return sup.hidden(threshold, not hidden[name])
        return sup.shown(values[name])

    out: dict[str, dict[str, Any]] = {}
    for section in sections:
        raw_of = data.get(section.key)
        if raw_of is None:
            continue
        figs: dict[str, Any] = {}
        for ind in section.indicators:
            raw = raw_of.get(ind.key)
            if ind.breakdown:
                if isinstance(raw, Mapping):
                    figs[ind.key] = sup.ProtectedBreakdown(
                        tuple((code, fig(prot.cell(ind.key, code))) for code in raw), fig(prot.total(ind.key))
                    )
                else:
                    figs[ind.key] = None
            elif ind.kind not in (PERCENT, DAYS):
                figs[ind.key] = fig(ind.key) if ind.key in values else sup.shown(raw, ind.kind)
        for ind in section.indicators:
            if ind.kind == PERCENT:
                parts = [figs.get(p) or sup.count_figure(raw_of.get(p), threshold) for p in ind.parts or ()]
                figs[ind.key] = (
                    sup.percent_figure(parts[0], parts[1], raw_of.get(ind.key))
                    if len(parts) == 2
                    else sup.shown(raw_of.get(ind.key), PERCENT)
                )
            elif ind.kind == DAYS:
                basis_key = sup.DAYS_BASIS.get(ind.key)
                basis = (
                    (figs.get(basis_key) or sup.count_figure(raw_of.get(basis_key), threshold)) if basis_key else None
                )
                figs[ind.key] = sup.derived_figure(raw_of.get(ind.key), basis, DAYS)
        out[section.key] = figs
    return out


def week_figures(section: Section, data: Mapping[str, object], threshold: int) -> dict[str, object]:
    """Protected figures of one section on its own (a period whose other sections print nothing)."""
    return period_figures((section,), {section.key: data}, threshold)[section.key]


def _threshold(session: Session) -> int:
    try:
        value = int(get_setting(session, "small_count_threshold"))
    except (TypeError, ValueError):
        return sup.DEFAULT_THRESHOLD
    return max(value, 1)


def _centre_name(session: Session) -> str | None:
    value = get_setting(session, "centre_name")
    return str(value).strip() or None if value else None


def _targets(session: Session) -> dict[str, float]:
    value = get_setting(session, "indicator_targets") or {}
    out = {}
    for key, target in value.items() if isinstance(value, dict) else ():
        try:
            if float(target) > 0:
                out[str(key)] = float(target)
        except (TypeError, ValueError):
            continue
    return out


#: a period checked and given back as it came
P = TypeVar("P", bound=Period)


class ReportService:
    def __init__(
        self, ctx: ServiceContext, loader: Loader | None = None, sections: tuple[Section, ...] = SECTIONS
    ) -> None:
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
            return str(value)
        return current_language() if current_language() in LANGUAGES else "en"

    def set_default_language(self, language: str) -> None:
        from dropin.i18n import LANGUAGES

        self.ctx.require(Permission.SETTINGS_MANAGE)
        if language not in LANGUAGES:
            raise ValidationError(translate("Report", "That language is not available for reports."), "language")
        with self.ctx.transaction() as s:
            set_setting(s, "report_language", language, user_id=self.ctx.acting.id, when=self.ctx.now())

    def _module(self, section: Section) -> Any:
        module = self.loader(section.module)
        return module if module is not None and hasattr(module, "compute") else None

    # ------------------------------------------------------------ settings
    def centre_settings(self) -> dict[str, Any]:
        """Centre name, logo file, prevention package and targets, as the Reports page shows them."""
        from dropin.reports.reach import package

        self.ctx.require(Permission.REPORT_VIEW)
        with self.ctx.transaction() as s:
            return {
                "centre_name": _centre_name(s) or "",
                "logo_path": get_setting(s, "report_logo_path") or "",
                "package": package(s),
                "targets": _targets(s),
            }

    def set_centre_settings(
        self,
        *,
        centre_name: str | None = None,
        logo_path: str | None = None,
        targets: Mapping[str, float] | None = None,
        package: Mapping[str, Any] | None = None,
    ) -> None:
        """Change what is given (managers only); an unreadable logo file is refused with a message."""
        from pathlib import Path

        self.ctx.require(Permission.SETTINGS_MANAGE)
        changes: dict[str, Any] = {}
        if centre_name is not None:
            name = " ".join(centre_name.split())
            if len(name) > 120:
                raise ValidationError(
                    translate("Report", "Please keep the centre name to 120 characters."), "centre_name"
                )
            changes["centre_name"] = name or None
        if logo_path is not None:
            path = logo_path.strip()
            if path:
                try:
                    from reportlab.lib.utils import ImageReader

                    ImageReader(str(Path(path).expanduser())).getSize()
                except Exception:  # noqa: BLE001 - any unreadable file gets the same message
                    raise ValidationError(
                        translate("Report", "The logo must be a PNG or JPEG image file that can be read."), "logo_path"
                    ) from None
            changes["report_logo_path"] = path or None
        if targets is not None:
            known = {
                ind.key for sec in self.sections for ind in sec.indicators if ind.kind == COUNT and not ind.breakdown
            }
            clean = {}
            for key, value in targets.items():
                if key not in known:
                    raise ValidationError(
                        translate("Report", 'There is no indicator "{key}" to set a target for.').format(key=key),
                        "targets",
                    )
                try:
                    number = float(value)
                except (TypeError, ValueError):
                    number = -1
                if number < 0:
                    raise ValidationError(translate("Report", "A target must be a number of zero or more."), "targets")
                if number:
                    clean[key] = number
            changes["indicator_targets"] = clean
        if package is not None:
            groups = [[str(c) for c in g] for g in package.get("service_groups", []) if g]
            changes["prevention_package"] = {
                "service_groups": groups,
                "hiv_test_offered": bool(package.get("hiv_test_offered")),
            }
        with self.ctx.transaction() as s:
            for key, value in changes.items():
                set_setting(s, key, value, user_id=self.ctx.acting.id, when=self.ctx.now())

    # ------------------------------------------------------------ computing
    def _window_end(self, period: Period) -> tuple[dt.date, dt.date | None]:
        """The end to compute up to and, for a period still running, today ("data as of")."""
        today = self.ctx.today()
        if today < period.end:
            return today + dt.timedelta(days=1), today
        return period.end, None

    def _order(self) -> list[Section]:
        """The sections in the order they are computed: people reached last, to start from the visitors counted."""
        return sorted(self.sections, key=lambda section: section.key == "reach")

    def _compute(self, session: Session, modules: Modules, period: Period) -> dict[str, dict[str, Any] | None]:
        end, as_of = self._window_end(period)
        data: dict[str, dict[str, Any] | None] = {section.key: None for section in self.sections}
        for section in self._order():
            module = modules.get(section.key)
            if module is None:
                data[section.key] = None
                continue
            data[section.key] = module.compute(session, period.start, end, as_of=as_of) or {}
        return data

    def _compute_trend(
        self, session: Session, modules: Modules, periods: list[Period]
    ) -> dict[Period, dict[str, dict[str, Any] | None]]:
        """The trend figures of ``periods``: one ``compute_series`` call per section where the area has one."""
        data: dict[Period, dict[str, dict[str, Any] | None]] = {
            p: dict.fromkeys(s.key for s in self.sections) for p in periods
        }
        if not periods:
            return data
        ends = [self._window_end(p) for p in periods]
        bounds = [(p.start, end) for p, (end, _as_of) in zip(periods, ends, strict=True)]
        as_of = next((a for _end, a in ends if a is not None), None)
        for section in self._order():
            module = modules.get(section.key)
            if module is None:
                for p in periods:
                    data[p][section.key] = None
            elif hasattr(module, "compute_series"):
                for p, values in zip(periods, module.compute_series(session, bounds, as_of=as_of), strict=True):
                    data[p][section.key] = values
            else:
                compute = module.compute
                for p, (start, end), (_e, a) in zip(periods, bounds, ends, strict=True):
                    data[p][section.key] = compute(session, start, end, as_of=a) or {}
        return data

    def _check_period(self, period: P) -> P:
        if isinstance(period, Week):
            check_week(period)
        else:
            check_range(period.start, period.last_day)
        if period.start > self.ctx.today():
            if isinstance(period, Week):
                raise ValidationError(
                    translate("Report", "Week {week} has not started yet.").format(week=period.label), "week"
                )
            raise ValidationError(
                translate("Report", "The period {period} has not started yet.").format(period=period.label), "period"
            )
        return period

    # ------------------------------------------------------------ report
    def build(self, week: Period | None = None, *, internal: bool = False) -> WeeklyReport:
        """The summary for a period (default: the last complete week); ``internal`` adds the quality page."""
        self.ctx.require(Permission.REPORT_VIEW)
        if internal:
            self.ctx.require(Permission.REPORT_INTERNAL)
        period = self._check_period(week or self.default_week())
        began = time.perf_counter()
        window = per.trend_periods(period)
        previous = period.previous()
        ytd = per.year_to_date(period)
        with self.ctx.transaction() as session, cache.kept(session):
            threshold = _threshold(session)
            centre = _centre_name(session)
            targets = _targets(session)
            modules = {sec.key: self._module(sec) for sec in self.sections}
            full = {p: self._compute(session, modules, p) for p in (period, previous)}
            if ytd is not None:
                full[ytd] = self._compute(session, modules, ytd)
            figs = {p: period_figures(self.sections, data, threshold) for p, data in full.items()}
            trend_data = self._compute_trend(session, modules, [p for p in window if p not in figs])
            sections = []
            for section in self.sections:
                if modules[section.key] is None:
                    sections.append(SectionReport(section, False))
                    continue
                per_period = {p: f[section.key] for p, f in figs.items()}
                for p, data in trend_data.items():
                    per_period[p] = {
                        k: sup.figure(section_kind(section, k), v, threshold)
                        for k, v in (data[section.key] or {}).items()
                        if not isinstance(v, Mapping)
                    }
                sections.append(
                    SectionReport(
                        section, True, self._lines(section, per_period, window, period, previous, ytd, targets)
                    )
                )
            quality: tuple[QualityItem, ...] = ()
            if internal:
                from dropin.reports.quality import quality_items

                quality = tuple(
                    QualityItem(k, v) for k, v in quality_items(session, period.start, self._window_end(period)[0])
                )
            self.ctx.audit(
                session,
                "report",
                "summary",
                period.label,
                {"period": period.label, "internal": internal, "sections": [s.key for s in sections if s.recorded]},
            )
            logo = get_setting(session, "report_logo_path") or None
            seal = audit_seal(session)
        return WeeklyReport(
            period,
            previous,
            tuple(window),
            self.ctx.now(),
            threshold,
            centre,
            tuple(sections),
            time.perf_counter() - began,
            self._window_end(period)[1],
            ytd,
            _ROLE_SOURCE.get(self.ctx.acting.role, ""),
            logo,
            internal,
            quality,
            audit_seal=seal,
        )

    @staticmethod
    def _lines(
        section: Section,
        per_period: dict[Period, Any],
        window: list[Any],
        period: Period,
        previous: Period,
        ytd: Period | None,
        targets: Mapping[str, float],
    ) -> tuple[IndicatorLine, ...]:
        this, last = per_period[period], per_period[previous]
        year = per_period.get(ytd) if ytd is not None else None
        missing = Figure(sup.NO_DATA)
        lines = []
        for ind in section.indicators:
            if ind.breakdown:
                now_b, then_b = this.get(ind.key), last.get(ind.key)
                ytd_b = year.get(ind.key) if year is not None else None
                now_cells = dict(now_b.cells) if now_b else {}
                then_cells = dict(then_b.cells) if then_b else {}
                ytd_cells = dict(ytd_b.cells) if ytd_b else {}
                codes = list(now_cells) + [c for c in then_cells if c not in now_cells]
                cats = tuple(
                    CategoryLine(
                        c,
                        now_cells.get(c, missing if now_b is None else Figure("0", 0.0)),
                        then_cells.get(c, missing if then_b is None else Figure("0", 0.0)),
                        (ytd_cells.get(c, Figure("0", 0.0)) if ytd_b else None) if year else None,
                    )
                    for c in codes
                )
                lines.append(
                    IndicatorLine(
                        ind,
                        now_b.total if now_b else missing,
                        then_b.total if then_b else missing,
                        (),
                        cats,
                        now_b.total if now_b else missing,
                        then_b.total if then_b else missing,
                        total_ytd=(ytd_b.total if ytd_b else None),
                    )
                )
                continue
            trend = tuple(per_period[p].get(ind.key, missing) for p in window) if ind.trend and len(window) > 1 else ()
            ytd_fig = year.get(ind.key) if year is not None else None
            reached = ytd_fig if ytd_fig is not None else this.get(ind.key)
            target = targets.get(ind.key)
            progress = None
            if target:
                progress = (
                    Figure(sup.WITHHELD, None, True)
                    if reached is None or reached.hidden
                    else sup.shown(100.0 * (reached.value or 0) / target, PERCENT)
                )
            lines.append(
                IndicatorLine(
                    ind,
                    this.get(ind.key, missing),
                    last.get(ind.key, missing),
                    trend,
                    ytd=ytd_fig,
                    target=target,
                    progress=progress,
                )
            )
        return tuple(lines)

    # ------------------------------------------------------------ export
    def export_periods(self, periods: list[Any]) -> list[tuple[Period, dict[str, dict[str, Any]]]]:
        """Protected figures for each period (the same pass as the PDF), for the CSV files."""
        self.ctx.require(Permission.REPORT_EXPORT)
        out = []
        with self.ctx.transaction() as session:
            threshold = _threshold(session)
            modules = {sec.key: self._module(sec) for sec in self.sections}
            for p in periods:
                out.append((p, period_figures(self.sections, self._compute(session, modules, p), threshold)))
        return out

    def true_values(self, periods: list[Any]) -> list[tuple[object, dict[str, dict[str, Any] | None]]]:
        """Unsuppressed figures for an authorised submission to DHIS2 / DATIM (a manager's own login, audited)."""
        from dropin.errors import PermissionDenied

        self.ctx.require(Permission.REPORT_SUBMIT)
        if self.ctx.acting.id == 0:
            raise PermissionDenied(
                translate(
                    "Report", "Unsuppressed figures are only given to a manager who logs in with their own account."
                )
            )
        out = []
        with self.ctx.transaction() as session:
            modules = {sec.key: self._module(sec) for sec in self.sections}
            for p in periods:
                out.append((p, self._compute(session, modules, p)))
            self.ctx.audit(
                session,
                "export",
                "authorised_submission",
                ",".join(p.label for p in periods),
                {"periods": [p.label for p in periods], "user": self.ctx.acting.username},
            )
        return out

    def export_data(self, first: dt.date, last: dt.date, kind: str = per.WEEK) -> ExportData:
        """The same protected figures, one row per period, indicator and category, for CSV."""
        self.ctx.require(Permission.REPORT_EXPORT)
        check_range(first, last)
        if (last - first).days > 7 * MAX_EXPORT_WEEKS:
            raise ValidationError(translate("Report", "Please export at most ten years at a time."), "from")
        periods: list[Period]
        if kind == per.WEEK:
            periods = list(weeks_overlapping(first, last))
        else:
            periods = []
            p: Period = per.containing(kind, first)
            while p.start <= last:
                periods.append(p)
                p = p.shifted(1)
        if len(periods) > MAX_EXPORT_WEEKS:
            raise ValidationError(translate("Report", "Please export at most ten years at a time."), "from")
        protected = self.export_periods(periods)
        sections = []
        for section in self.sections:
            if self._module(section) is None:
                sections.append(ExportSection(section, False))
                continue
            rows = []
            for p, figs in protected:
                values = figs.get(section.key, {})
                for ind in section.indicators:
                    value = values.get(ind.key)
                    if ind.breakdown:
                        for code, fig in value.cells if value else ():
                            rows.append(ExportRow(p, ind, code, fig))
                    else:
                        rows.append(ExportRow(p, ind, "", value or Figure(sup.NO_DATA)))
            sections.append(ExportSection(section, True, tuple(rows)))
        with self.ctx.transaction() as session:
            self.ctx.audit(
                session,
                "export",
                "weekly_indicators",
                f"{periods[0].label}..{periods[-1].label}",
                {"from": first.isoformat(), "to": last.isoformat(), "weeks": len(periods)},
            )
        return ExportData(first, last, tuple(periods), self._threshold_now(), tuple(sections))

    def _threshold_now(self) -> int:
        with self.ctx.transaction() as session:
            return _threshold(session)


def section_kind(section: Section, key: str) -> str:
    for ind in section.indicators:
        if ind.key == key:
            return ind.kind
    return COUNT


def _role_sources() -> dict[Role, str]:
    from dropin.security.roles import _LABELS

    return dict(_LABELS)


#: the untranslated role names, so the report prints "prepared by" in its own language
_ROLE_SOURCE = _role_sources()
