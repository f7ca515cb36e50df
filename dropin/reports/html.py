"""The weekly summary as simple HTML: the on-screen preview and the printed copy from the GUI.

Same figures and wording as the PDF (trends as a row of weekly figures
instead of charts). Qt-free.
"""

from __future__ import annotations

from html import escape

from dropin.reports import present
from dropin.reports.definitions import SECTIONS
from dropin.reports.present import Tr, default_tr
from dropin.reports.service import IndicatorLine, SectionReport, WeeklyReport

ACCENT = "#0f5f6e"
_CSS = f"""
body {{ font-family: 'DejaVu Sans', sans-serif; color: #1f2933; font-size: 10pt; }}
h1 {{ color: {ACCENT}; font-size: 18pt; margin-bottom: 2px; }}
h2 {{ color: {ACCENT}; font-size: 13pt; margin-top: 16px; margin-bottom: 4px; }}
h3 {{ font-size: 10pt; margin-top: 10px; margin-bottom: 2px; }}
p.note {{ color: #5f6b7a; margin: 2px 0; }}
table {{ border-collapse: collapse; }}
th {{ background: {ACCENT}; color: white; padding: 3px 8px; text-align: left; }}
td {{ padding: 2px 8px; border-bottom: 1px solid #c9d3dc; }}
td.n {{ text-align: right; }}
tr.total td {{ font-weight: bold; }}
"""


def _row(cells: list[str], numeric_from: int = 1, css: str = "") -> str:
    tds = "".join(
        f'<td class="n" align="right">{escape(c)}</td>' if i >= numeric_from else f"<td>{escape(c)}</td>"
        for i, c in enumerate(cells)
    )
    return f'<tr class="{css}">{tds}</tr>' if css else f"<tr>{tds}</tr>"


def _head(cells: list[str], numeric_from: int = 1) -> str:
    return (
        "<tr>"
        + "".join(
            f'<th align="right">{escape(c)}</th>' if i >= numeric_from else f"<th>{escape(c)}</th>"
            for i, c in enumerate(cells)
        )
        + "</tr>"
    )


def _table(head: list[str], rows: list[str], numeric_from: int = 1, width: str = "720") -> str:
    return f'<table cellspacing="0" cellpadding="3" width="{width}">{_head(head, numeric_from)}{"".join(rows)}</table>'


def _section(section: SectionReport, report: WeeklyReport, translate: Tr) -> str:
    out = [f"<h2>{escape(translate('Indicators', section.section.title))}</h2>"]
    if not section.recorded:
        out.append(f'<p class="note">{escape(present.no_data_text(translate))}</p>')
        return "".join(out)
    this, last = present.column_titles(report.week, translate)
    plain = [line for line in section.lines if not line.indicator.breakdown]
    out.append(
        _table(
            [translate("Report", "Indicator"), this, last],
            [
                _row(
                    [
                        translate("Indicators", line.indicator.label),
                        present.num(line.this_week.text, translate),
                        present.num(line.last_week.text, translate),
                    ]
                )
                for line in plain
            ],
        )
    )
    trends = [line for line in plain if line.trend]
    if trends:
        out.append("<h3>" + escape(present.trend_title(report.week, len(report.trend_weeks), translate)) + "</h3>")
        head = [translate("Report", "Period")] + [translate("Indicators", line.indicator.label) for line in trends]
        rows = [
            _row([w.label] + [present.num(line.trend[i].text, translate) for line in trends])
            for i, w in enumerate(report.trend_weeks)
        ]
        out.append(_table(head, rows))
    for line in section.lines:
        if line.indicator.breakdown:
            out.append(_breakdown(line, translate, this, last))
    return "".join(out)


def _breakdown(line: IndicatorLine, translate: Tr, this: str, last: str) -> str:
    rows = [
        _row(
            [
                present.category_label(c.code, translate),
                present.num(c.this_week.text, translate),
                present.num(c.last_week.text, translate),
            ]
        )
        for c in line.categories
    ]
    rows.append(
        _row(
            [
                translate("Report", "Total"),
                present.num(line.total_this_week.text, translate) if line.total_this_week else "",
                present.num(line.total_last_week.text, translate) if line.total_last_week else "",
            ],
            css="total",
        )
    )
    return f"<h3>{escape(translate('Indicators', line.indicator.label))}</h3>" + _table(
        [translate("Report", "Category"), this, last], rows
    )


def render_html(report: WeeklyReport, translate: Tr | None = None, *, definitions: bool = True) -> str:
    translate = translate or default_tr
    parts = [f"<html><head><style>{_CSS}</style></head><body>"]
    if report.centre_name:
        parts.append(f"<p>{escape(report.centre_name)}</p>")
    parts.append("<h1>" + escape(present.report_title(report.week, translate)) + "</h1>")
    parts.append(
        f"<p><b>{escape(present.week_title(report.week, translate))}</b> · "
        f"{escape(present.period_text(report.week, translate))}</p>"
    )
    parts.append(f'<p class="note">{escape(present.aggregates_note(report.threshold, translate))}</p>')
    for section in report.sections:
        parts.append(_section(section, report, translate))
    parts.append(f'<p class="note"><small>{escape(present.legend_text(report.threshold, translate))}</small></p>')
    if definitions:
        parts.append("<h1>" + escape(translate("Report", "Indicator definitions")) + "</h1>")
        for defined in SECTIONS:
            parts.append(f"<h2>{escape(translate('Indicators', defined.title))}</h2>")
            rows = [
                _row(
                    [
                        translate("Indicators", i.label),
                        translate("Indicators", i.definition),
                        translate("Indicators", i.numerator),
                        translate("Indicators", i.denominator) if i.denominator else "–",
                    ],
                    numeric_from=9,
                )
                for i in defined.indicators
            ]
            parts.append(
                _table(
                    [
                        translate("Report", "Indicator"),
                        translate("Report", "Definition"),
                        translate("Report", "Numerator"),
                        translate("Report", "Denominator"),
                    ],
                    rows,
                    numeric_from=9,
                    width="100%",
                )
            )
    parts.append("</body></html>")
    return "".join(parts)
