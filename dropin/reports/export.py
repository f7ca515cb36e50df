"""CSV export of the weekly indicators, one file per area, for a funder's system.

Each row is one week, one indicator and (for breakdowns) one category, as in
DHIS2 aggregate data entry: ``period`` is the DHIS2 weekly period
(``2026W47``), ``period_start``/``period_end`` the Monday and Sunday.
Hidden figures are written exactly as printed (``<5`` or ``*``).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from dropin.context import ServiceContext
from dropin.paths import replacing
from dropin.reports.definitions import PERCENT
from dropin.reports.service import ExportData, Loader, ReportService
from dropin.reports.suppression import Figure

COLUMNS = ["period", "period_start", "period_end", "indicator", "indicator_name", "category", "value", "kind"]


def _value(figure: Figure | None, kind: str) -> str:
    if figure is None or (not figure.hidden and figure.value is None):
        return ""
    if figure.hidden:
        return figure.text
    value = figure.value
    assert value is not None  # checked above
    if kind == PERCENT:
        return f"{value:.1f}"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def write_csv(data: ExportData, out_dir: Path | str) -> list[Path]:
    """Write ``<section>.csv`` files into ``out_dir``; each file is replaced atomically."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for section in data.sections:
        path = out_dir / f"{section.section.key}.csv"
        with (
            replacing(path, f".{section.section.key}-", ".csv") as tmp,
            tmp.open("w", newline="", encoding="utf-8") as handle,
        ):
            writer = csv.writer(handle)
            writer.writerow(COLUMNS)
            for row in section.rows:
                writer.writerow(
                    [
                        row.week.dhis2_period,
                        row.week.start.isoformat(),
                        row.week.last_day.isoformat(),
                        row.indicator.key,
                        row.indicator.label,
                        row.category,
                        _value(row.figure, row.indicator.kind),
                        row.indicator.kind,
                    ]
                )
        written.append(path)
    return written


def export(
    ctx: ServiceContext, first: dt.date, last: dt.date, out_dir: Path | str, loader: Loader | None = None
) -> tuple[ExportData, list[Path]]:
    data = ReportService(ctx, loader=loader).export_data(first, last)
    return data, write_csv(data, out_dir)
