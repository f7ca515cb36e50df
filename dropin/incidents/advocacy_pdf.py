"""The advocacy report as a PDF (A4), built from the weekly summary's blocks in ``dropin/reports/pdf.py``.

Only the suppressed figures of an :class:`~dropin.incidents.advocacy.AdvocacyReport` reach this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from dropin.incidents.advocacy import FIGURES, AdvocacyReport
from dropin.reports import present
from dropin.reports.pdf import (
    CONTENT_W,
    _figure_table,
    _p,
    _styles,
    register_fonts,
    write_report,
)
from dropin.reports.present import Tr, default_tr


def title_text(report: AdvocacyReport, translate: Tr = default_tr) -> str:
    if report.is_year:
        return translate("Advocacy", "Violence and rights violations in {year}").format(year=report.first.year)
    return translate("Advocacy", "Violence and rights violations")


def period_text(report: AdvocacyReport, translate: Tr = default_tr) -> str:
    return translate("Advocacy", "{start} to {end}").format(
        start=present.long_date(report.first, translate), end=present.long_date(report.last, translate)
    )


def build_story(report: AdvocacyReport, translate: Tr, st: dict[str, ParagraphStyle]) -> list[Any]:
    story: list[Flowable] = []
    if report.centre_name:
        story.append(_p(report.centre_name, st["subtitle"]))
    story += [
        _p(title_text(report, translate), st["title"]),
        _p(period_text(report, translate), st["subtitle"]),
        Spacer(1, 2 * mm),
        _p(
            translate(
                "Advocacy",
                "Only incidents whose person agreed to their anonymised use are counted. The "
                "report holds no client codes, no dates of single incidents and no accounts.",
            ),
            st["note"],
        ),
        _p(present.aggregates_note(report.threshold, translate), st["note"]),
        Spacer(1, 3 * mm),
    ]
    number_w = 30 * mm
    rows: list[list[Any]] = [[translate("Report", "Indicator"), translate("Advocacy", "Figure")]]
    for key, label in FIGURES:
        rows.append([_p(translate("Advocacy", label), st["cell"]), present.num(report.figure(key).text, translate)])
    story.append(
        KeepTogether(
            [_p(translate("Advocacy", "Summary"), st["section"]), _figure_table(rows, [CONTENT_W - number_w, number_w])]
        )
    )
    gap = 6 * mm
    col_w = (CONTENT_W - gap) / 2
    cells: list[Any] = []
    for table in report.tables:
        trows: list[list[Any]] = [[translate("Report", "Category"), translate("Advocacy", "Incidents")]]
        for code, fig in table.cells:
            trows.append([_p(table.label(code, translate), st["cell"]), present.num(fig.text, translate)])
        trows.append([translate("Report", "Total"), present.num(table.total.text, translate)])
        cells.append(
            [
                _p(translate("Advocacy", table.title), st["sub"]),
                _figure_table(trows, [col_w - 22 * mm, 22 * mm], total_row=True),
            ]
        )
    if len(cells) % 2:
        cells.append("")
    grid = Table(
        [[cells[i], "", cells[i + 1]] for i in range(0, len(cells), 2)], colWidths=[col_w, gap, col_w], hAlign="LEFT"
    )
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story += [
        _p(translate("Advocacy", "Details"), st["section"]),
        grid,
        Spacer(1, 4 * mm),
        _p(
            translate(
                "Advocacy",
                "An incident may count under more than one kind of violation and of support. "
                "A legal case counts as decided when it was won or lost in the period; "
                "withdrawn and pending cases are not counted.",
            ),
            st["small"],
        ),
        _p(present.legend_text(report.threshold, translate), st["small"]),
    ]
    return story


def render_pdf(report: AdvocacyReport, out: Path | str, translate: Tr | None = None) -> Path:
    """Write the report to ``out`` atomically (a half-written file never replaces a good one)."""
    register_fonts()
    translate = translate or default_tr
    out = Path(out)
    st = _styles()
    period = str(report.first.year) if report.is_year else f"{report.first.isoformat()} – {report.last.isoformat()}"
    footer_left = translate("Advocacy", "Advocacy report {period}").format(period=period)
    return write_report(
        out,
        ".advocacy-",
        build_story(report, translate, st),
        title=title_text(report, translate),
        footer_left=footer_left,
        threshold=report.threshold,
        centre_name=report.centre_name,
        generated_at=report.generated_at,
        translate=translate,
    )
