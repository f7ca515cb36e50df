"""``dropin bench`` hooks for the reports, and their raw-SQL baseline.

``weekly_report`` is :meth:`ReportService.build` for the last complete week as a
manager (the week, the one before, the year to date and the twelve-week trend,
every section). ``quarter_report`` is the report for the last complete quarter
(8-quarter trend, year to date). ``weekly_report_pdf`` renders that report to
PDF. ``weekly_report_raw_sql`` and ``quarter_report_raw_sql`` compute exactly the
same figures for the same periods with one hand-written SQL statement per
section (:mod:`dropin.reports.baseline`): the floor the report is compared against.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dropin.security.roles import Role

if TYPE_CHECKING:
    from dropin.bench import BenchEnv
    from dropin.reports.baseline import Figures
    from dropin.reports.periods import Period
    from dropin.reports.service import WeeklyReport


def build(env: BenchEnv) -> dict[str, int]:
    return {}


def actions(env: BenchEnv) -> dict[str, Callable[[], object]]:
    from dropin.reports import baseline
    from dropin.reports import periods as per
    from dropin.reports.pdf import pdf_bytes
    from dropin.reports.service import ReportService

    service = ReportService(env.ctx(Role.MANAGER))
    week = service.default_week()
    last: dict[str, WeeklyReport] = {}

    def weekly_report() -> WeeklyReport:
        last["report"] = service.build(week)
        return last["report"]

    quarter = per.last_complete(per.QUARTER, env.clock.today())

    def quarter_report() -> WeeklyReport:
        return service.build(quarter)

    def weekly_report_pdf() -> bytes:
        return pdf_bytes(last.get("report") or weekly_report())

    def raw_sql(period: Period) -> Callable[[], list[dict[str, Figures]]]:
        periods = [bounds for _p, bounds in baseline.report_periods(service, period)]

        def run() -> list[dict[str, Figures]]:
            with env.db.session() as s:
                return baseline.figures(s, periods)

        return run

    return {
        "weekly_report": weekly_report,
        "weekly_report_pdf": weekly_report_pdf,
        "weekly_report_raw_sql": raw_sql(week),
        "quarter_report": quarter_report,
        "quarter_report_raw_sql": raw_sql(quarter),
    }
