"""The printable weekly summary (A4, ReportLab) for the team and funders.

Only the suppressed figures of a :class:`~dropin.reports.service.WeeklyReport`
reach this module: no client code, bed label or note can appear. The page layout
it shares with the other printed reports is :mod:`dropin.reports.pdfpage` (its names are
also given from here).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from dropin.i18n import QT_TRANSLATE_NOOP
from dropin.reports import present
from dropin.reports.definitions import SECTIONS
from dropin.reports.pdfpage import (
    ACCENT,
    ACCENT_LIGHT,
    BAR,
    CONTENT_W,
    FONT,
    FONT_BOLD,
    INK,
    MARGIN,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    STRIPE,
    SectionMark,
    Styles,
    _figure_table,
    _p,
    _styles,
    page_decoration,
    register_fonts,
    write_report,
)
from dropin.reports.periods import short_label
from dropin.reports.present import Tr, default_tr
from dropin.reports.seal import seal_flowables
from dropin.reports.service import IndicatorLine, SectionReport, WeeklyReport
from dropin.reports.suppression import Figure

__all__ = [  # with the shared page layout, as the other printed reports import it
    "ACCENT",
    "ACCENT_LIGHT",
    "BAR",
    "CONTENT_W",
    "FONT",
    "FONT_BOLD",
    "INK",
    "MARGIN",
    "MUTED",
    "PAGE_H",
    "PAGE_W",
    "QUALITY_LABELS",
    "RULE",
    "STRIPE",
    "SectionMark",
    "Styles",
    "_figure_table",
    "_p",
    "_styles",
    "build_story",
    "page_decoration",
    "pdf_bytes",
    "register_fonts",
    "render_pdf",
    "trend_chart",
    "write_report",
]

#: the paragraph styles of the report, by name


# -------------------------------------------------------------------- charts
def trend_chart(
    line: IndicatorLine, report: WeeklyReport, width: float, height: float, translate: Tr = default_tr
) -> Drawing:
    """A small 12-week bar chart; hidden weeks are drawn as an open circle on the axis, not a bar."""
    d = Drawing(width, height)
    left, bottom, top_pad = 22, 14, 12
    plot_w, plot_h = width - left - 4, height - bottom - top_pad
    values = [f.value for f in line.trend]
    peak = max([v for v in values if v is not None] or [0])
    scale_max = _nice_max(peak)
    n = len(values) or 1
    slot = plot_w / n
    bar_w = slot * 0.62
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=RULE, strokeWidth=0.8))
    d.add(
        Line(
            left,
            bottom + plot_h,
            left + plot_w,
            bottom + plot_h,
            strokeColor=RULE,
            strokeWidth=0.4,
            strokeDashArray=[1.5, 1.5],
        )
    )
    d.add(
        String(
            left - 3,
            bottom + plot_h - 2.5,
            present.num(f"{scale_max:,.0f}", translate),
            fontName=FONT,
            fontSize=6,
            fillColor=MUTED,
            textAnchor="end",
        )
    )
    d.add(String(left - 3, bottom - 2.5, "0", fontName=FONT, fontSize=6, fillColor=MUTED, textAnchor="end"))
    for i, (week, fig) in enumerate(zip(report.trend_weeks, line.trend, strict=True)):
        cx = left + slot * (i + 0.5)
        current = i == n - 1
        if fig.hidden:
            d.add(Circle(cx, bottom + 3, 1.8, strokeColor=MUTED, strokeWidth=0.6, fillColor=colors.white))
        elif fig.value is not None and fig.value > 0:
            h = plot_h * fig.value / scale_max
            d.add(Rect(cx - bar_w / 2, bottom, bar_w, h, strokeColor=None, fillColor=ACCENT if current else BAR))  # type: ignore[arg-type]  # the stubs refuse None, ReportLab's "no outline"
        if i % 2 == (n - 1) % 2:
            d.add(
                String(
                    cx,
                    4,
                    short_label(week),
                    fontName=FONT_BOLD if current else FONT,
                    fontSize=5.5,
                    fillColor=INK if current else MUTED,
                    textAnchor="middle",
                )
            )
    last = line.trend[-1] if line.trend else None
    if last is not None:
        d.add(
            String(
                left + plot_w,
                height - 8,
                present.num(last.text, translate),
                fontName=FONT_BOLD,
                fontSize=7.5,
                fillColor=ACCENT,
                textAnchor="end",
            )
        )
    return d


def _nice_max(peak: float) -> float:
    if peak <= 0:
        return 1
    for step in (1, 2, 2.5, 5):
        magnitude: int = 10 ** (len(str(int(peak))) - 1)
        candidate = step * magnitude
        if candidate >= peak:
            return candidate
    return float(10 ** len(str(int(peak))))


def _header(translate: Tr, first: str, report: WeeklyReport | None = None) -> list[str]:
    this, last = present.column_titles(report.week if report else None, translate)
    head = [first, this, last]
    if report is not None and report.ytd is not None:
        head.append(translate("Report", "Year to date"))
    return head


def _ytd(report: WeeklyReport, fig: Figure | None, translate: Tr) -> list[str]:
    if report.ytd is None:
        return []
    return [present.num(fig.text, translate) if fig is not None else ""]


def _section_flowables(section: SectionReport, report: WeeklyReport, translate: Tr, st: Styles) -> list[Any]:
    title = _p(translate("Indicators", section.section.title), st["section"])
    if not section.recorded:
        return [KeepTogether([title, _p(present.no_data_text(translate), st["note"])])]
    plain = [line for line in section.lines if not line.indicator.breakdown]
    rows: list[list[Any]] = [_header(translate, translate("Report", "Indicator"), report)]
    for line in plain:
        rows.append(
            [
                _p(translate("Indicators", line.indicator.label), st["cell"]),
                present.num(line.this_week.text, translate),
                present.num(line.last_week.text, translate),
                *_ytd(report, line.ytd, translate),
            ]
        )
    number_w = 24 * mm
    cols = len(rows[0]) - 1
    continued = translate("Report", "{section} (continued)").format(
        section=translate("Indicators", section.section.title)
    )
    out = [
        CondPageBreak(60 * mm),
        KeepTogether([title, _figure_table(rows, [CONTENT_W - cols * number_w] + [number_w] * cols)]),
        SectionMark(continued),
    ]
    charts = [line for line in plain if line.trend]
    if charts:
        out.append(
            KeepTogether(
                [
                    _p(present.trend_title(report.week, len(report.trend_weeks), translate), st["sub"]),
                    _chart_grid(charts, report, translate, st),
                ]
            )
        )
    breakdowns = [line for line in section.lines if line.indicator.breakdown]
    if breakdowns:
        out.append(_breakdown_grid(breakdowns, translate, st, report))
    out.append(SectionMark(None))
    return out


def _chart_grid(lines: list[IndicatorLine], report: WeeklyReport, translate: Tr, st: Styles) -> Table:
    per_row = 3
    cell_w = CONTENT_W / per_row
    cells: list[Any] = []
    for line in lines:
        cells.append(
            [
                _p(translate("Indicators", line.indicator.label), st["chart_title"]),
                trend_chart(line, report, cell_w - 8, 30 * mm, translate),
            ]
        )
    while len(cells) % per_row:
        cells.append("")
    grid = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    table = Table(grid, colWidths=[cell_w] * per_row, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _breakdown_table(line: IndicatorLine, translate: Tr, st: Styles, width: float, report: WeeklyReport) -> list[Any]:
    rows: list[list[Any]] = [_header(translate, translate("Report", "Category"), report)]
    for cat in line.categories:
        rows.append(
            [
                _p(present.category_label(cat.code, translate), st["cell"]),
                present.num(cat.this_week.text, translate),
                present.num(cat.last_week.text, translate),
                *_ytd(report, cat.ytd, translate),
            ]
        )
    rows.append(
        [
            translate("Report", "Total"),
            present.num(line.total_this_week.text, translate) if line.total_this_week else "",
            present.num(line.total_last_week.text, translate) if line.total_last_week else "",
            *_ytd(report, line.total_ytd, translate),
        ]
    )
    cols = len(rows[0]) - 1
    number_w = 19 * mm if cols == 2 else 16 * mm
    return [
        _p(translate("Indicators", line.indicator.label), st["sub"]),
        _figure_table(rows, [width - cols * number_w] + [number_w] * cols, total_row=True),
    ]


def _breakdown_grid(lines: list[IndicatorLine], translate: Tr, st: Styles, report: WeeklyReport) -> Table:
    gap = 6 * mm
    col_w = (CONTENT_W - gap) / 2
    cells: list[Any] = [_breakdown_table(line, translate, st, col_w, report) for line in lines]
    if len(cells) % 2:
        cells.append("")
    grid = [[cells[i], "", cells[i + 1]] for i in range(0, len(cells), 2)]
    table = Table(grid, colWidths=[col_w, gap, col_w], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _definitions(translate: Tr, st: Styles) -> list[Any]:
    out = [
        PageBreak(),
        _p(translate("Report", "Indicator definitions"), st["title"]),
        Spacer(1, 2 * mm),
        _p(
            translate("Report", "How each figure in this summary is counted. A week runs from Monday to Sunday."),
            st["note"],
        ),
        Spacer(1, 3 * mm),
    ]
    widths = [38 * mm, CONTENT_W - 38 * mm - 40 * mm - 32 * mm, 40 * mm, 32 * mm]
    for section in SECTIONS:
        rows = [
            [
                _p(translate("Report", "Indicator"), st["defhead"]),
                _p(translate("Report", "Definition"), st["defhead"]),
                _p(translate("Report", "Numerator"), st["defhead"]),
                _p(translate("Report", "Denominator"), st["defhead"]),
            ]
        ]
        for ind in section.indicators:
            rows.append(
                [
                    _p(translate("Indicators", ind.label), st["defhead"]),
                    _p(translate("Indicators", ind.definition), st["defcell"]),
                    _p(translate("Indicators", ind.numerator), st["defcell"]),
                    _p(translate("Indicators", ind.denominator) if ind.denominator else "–", st["defcell"]),
                ]
            )
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        title = translate("Indicators", section.title)
        continued = translate("Report", "{section} (continued)").format(section=title)
        out += [CondPageBreak(30 * mm), _p(title, st["section"]), SectionMark(continued), table, SectionMark(None)]
    return out


# ---------------------------------------------------------------- document
def build_story(report: WeeklyReport, translate: Tr, st: Styles) -> list[Any]:
    story = []
    logo = _logo(report.logo_path)
    if logo is not None:
        story.append(logo)
    if report.centre_name:
        story.append(_p(report.centre_name, st["subtitle"]))
    story += [
        _p(present.report_title(report.week, translate), st["title"]),
        _p(
            present.week_title(report.week, translate) + " · " + present.period_text(report.week, translate),
            st["subtitle"],
        ),
        Spacer(1, 2 * mm),
    ]
    if report.internal:
        story.append(_p(translate("Report", "Internal version: not for funders."), st["sub"]))
    if report.data_as_of is not None:
        story.append(_p(present.as_of_text(report.data_as_of, translate), st["sub"]))
    if report.prepared_by:
        story.append(
            _p(
                translate("Report", "Prepared by: {role}").format(role=translate("Role", report.prepared_by)),
                st["note"],
            )
        )
    story += [
        _p(present.aggregates_note(report.threshold, translate), st["note"]),
        _p(
            translate("Report", "Compared with {week}.").format(week=present.week_title(report.previous, translate)),
            st["note"],
        ),
        _p(present.legend_text(report.threshold, translate), st["small"]),
        Spacer(1, 2 * mm),
    ]
    targets = _targets_table(report, translate, st)
    if targets:
        story += targets
    for section in report.sections:
        story += _section_flowables(section, report, translate, st)
    story += [Spacer(1, 4 * mm), _p(present.legend_text(report.threshold, translate), st["small"])]
    story += seal_flowables(report, translate, st, _p)
    if report.internal and report.quality:
        story += _quality_page(report, translate, st)
    story += _definitions(translate, st)
    return story


def _logo(path: str | None) -> Flowable | None:
    if not path:
        return None
    try:
        from reportlab.lib.utils import ImageReader
        from reportlab.platypus import Image

        w, h = ImageReader(str(Path(path).expanduser())).getSize()
        height = 16 * mm
        image = Image(str(Path(path).expanduser()), width=height * w / h, height=height)
        image.hAlign = "LEFT"
        return image
    except Exception:  # noqa: BLE001 - a logo that went missing never stops the report
        return None


def _targets_table(report: WeeklyReport, translate: Tr, st: Styles) -> list[Any]:
    rows: list[list[Any]] = [
        [
            translate("Report", "Indicator"),
            translate("Report", "Target for the year"),
            translate("Report", "Year to date"),
            translate("Report", "Progress"),
        ]
    ]
    for section in report.sections:
        for line in section.lines:
            if line.target:
                reached = line.ytd if line.ytd is not None else line.this_week
                rows.append(
                    [
                        _p(translate("Indicators", line.indicator.label), st["cell"]),
                        present.num(f"{line.target:,.0f}", translate),
                        present.num(reached.text, translate),
                        present.num(line.progress.text, translate) if line.progress else "",
                    ]
                )
    if len(rows) == 1:
        return []
    w = 28 * mm
    return [
        KeepTogether(
            [_p(translate("Report", "Targets"), st["section"]), _figure_table(rows, [CONTENT_W - 3 * w, w, w, w])]
        )
    ]


QUALITY_LABELS = {
    "qc_runs": QT_TRANSLATE_NOOP("Report", "Quality-control runs in the period"),
    "qc_failed": QT_TRANSLATE_NOOP("Report", "Quality-control runs with a failed control"),
    "lots_without_qc": QT_TRANSLATE_NOOP("Report", "Kit lots in stock with no quality-control run yet"),
    "last_qc": QT_TRANSLATE_NOOP("Report", "Last quality-control run"),
    "invalid_not_repeated": QT_TRANSLATE_NOOP("Report", "Invalid test results not repeated"),
    "reviews_due": QT_TRANSLATE_NOOP("Report", "Shelter stays with a review date passed"),
}


def _quality_page(report: WeeklyReport, translate: Tr, st: Styles) -> list[Any]:
    rows: list[list[Any]] = [[translate("Report", "Check"), translate("Report", "Value")]]
    for item in report.quality:
        rows.append(
            [
                _p(translate("Report", QUALITY_LABELS.get(item.key, item.key)), st["cell"]),
                present.num(str(item.value), translate),
            ]
        )
    return [
        PageBreak(),
        _p(translate("Report", "Internal quality page"), st["title"]),
        _p(translate("Report", "For the manager and the team only. Never part of the funder version."), st["sub"]),
        Spacer(1, 3 * mm),
        _figure_table(rows, [CONTENT_W - 40 * mm, 40 * mm]),
    ]


def render_pdf(report: WeeklyReport, out: Path | str, translate: Tr | None = None) -> Path:
    """Write the report to ``out`` (atomically: a half-written file never replaces a good one)."""
    register_fonts()
    translate = translate or default_tr
    out = Path(out)
    st = _styles()
    footer_left = present.report_title(report.week, translate) + " " + report.week.label
    if report.internal:
        footer_left += " · " + translate("Report", "Internal version: not for funders.")
    return write_report(
        out,
        ".report-",
        build_story(report, translate, st),
        title=footer_left,
        footer_left=footer_left,
        threshold=report.threshold,
        centre_name=report.centre_name,
        generated_at=report.generated_at,
        translate=translate,
    )


def pdf_bytes(report: WeeklyReport, translate: Tr | None = None) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = render_pdf(report, Path(folder) / "summary.pdf", translate)
        return path.read_bytes()
