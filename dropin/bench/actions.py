"""The figures of ``dropin bench`` that time the areas' own actions, and the weekly report against raw SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from dropin import areas as registry
from dropin.bench import BenchEnv, Figure, format_value, median_time, skipped
from dropin.i18n import translate

#: figures that need an area's code, by the action key an area's ``bench.actions`` provides
AREA_FIGURES = [
    ("checkin", "Check-in save", 0.05, "frontdesk"),
    ("overdue_list", "Overdue-referral list", None, "testing"),
    ("bed_board", "Bed board", None, "shelter"),
    ("outreach_save", "Outreach session save", 0.05, "outreach"),
    ("outreach_coverage", "Outreach coverage (8 weeks, all areas)", None, "outreach"),
    ("weekly_report_pdf", "Weekly report PDF", None, "reports"),
]
AREA_FIGURES.append(("advocacy_report", "Advocacy report (a year)", None, "incidents"))
for _figure in AREA_FIGURES:
    registry.area(_figure[3])  # an unknown area id fails here, at import


def measure_area_actions(env: BenchEnv) -> list[Figure]:
    figures = []
    for key, label, target, _area in AREA_FIGURES:
        action = env.actions.get(key)
        if action is None:
            figures.append(skipped(key, translate("Bench", label)))
            continue
        figures.append(
            Figure(key, translate("Bench", label), median_time(action, max(5, env.runs * 3)), target=target).judge()
        )
    return figures


def _indicator_fallback(env: BenchEnv) -> Callable[[], Any] | None:
    """The weekly figures straight from each section's ``indicators.compute`` (the report's own queries)."""
    from dropin.reports.definitions import SECTIONS

    computes = []
    for section in SECTIONS:
        module = registry.installed(section.module)
        if module is not None and hasattr(module, "compute"):
            computes.append(module.compute)
    if not computes:
        return None
    week_end = env.end - dt.timedelta(days=env.end.weekday())
    week_start = week_end - dt.timedelta(days=7)

    def run() -> list[dict[str, Any]]:
        with env.db.session() as s:
            return [compute(s, week_start, week_end) for compute in computes]

    return run


def measure_weekly_report(env: BenchEnv) -> list[Figure]:
    report = env.actions.get("weekly_report")
    note = ""
    if report is None:
        report = _indicator_fallback(env)
        note = translate("Bench", "section indicators only")
    if report is None:
        return [
            skipped("weekly_report", translate("Bench", "Weekly report")),
            skipped("weekly_report_ratio", translate("Bench", "  against raw SQL")),
        ]
    runs = max(3, env.runs)
    seconds = median_time(report, runs)
    figures = [Figure("weekly_report", translate("Bench", "Weekly report"), seconds, target=0.3, note=note).judge()]
    raw = env.actions.get("weekly_report_raw_sql")
    if raw is None:
        figures.append(
            skipped(
                "weekly_report_ratio",
                translate("Bench", "  against raw SQL"),
                translate("Bench", "skipped (no raw-SQL baseline from the areas)"),
            )
        )
    else:
        figures.append(_ratio("weekly_report_ratio", seconds, raw, runs))
    quarter = env.actions.get("quarter_report")
    if quarter is not None:
        quarter_seconds = median_time(quarter, runs)
        figures.append(
            Figure("quarter_report", translate("Bench", "Quarter report"), quarter_seconds, target=1.0).judge()
        )
        if env.actions.get("quarter_report_raw_sql") is not None:
            figures.append(_ratio("quarter_report_ratio", quarter_seconds, env.actions["quarter_report_raw_sql"], runs))
    return figures


def _ratio(key: str, seconds: float, raw: Callable[[], Any], runs: int) -> Figure:
    """The report's time against hand-written SQL for exactly the same figures (both measured here)."""
    baseline = median_time(raw, runs)
    return Figure(
        key,
        translate("Bench", "  against raw SQL"),
        seconds / baseline,
        unit="x",
        target=3.0,
        note=translate("Bench", "raw SQL {t}").format(t=format_value(baseline, "s")),
    ).judge()
