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
    tds = "".join(f'<td class="n" align="right">{escape(c)}</td>' if i >= numeric_from else f"<td>{escape(c)}</td>"
                  for i, c in enumerate(cells))
    return f'<tr class="{css}">{tds}</tr>' if css else f"<tr>{tds}</tr>"


def _head(cells: list[str], numeric_from: int = 1) -> str:
    return "<tr>" + "".join(f'<th align="right">{escape(c)}</th>' if i >= numeric_from else f"<th>{escape(c)}</th>"
                            for i, c in enumerate(cells)) + "</tr>"


def _table(head: list[str], rows: list[str], numeric_from: int = 1, width: str = "720") -> str:
    return (f'<table cellspacing="0" cellpadding="3" width="{width}">{_head(head, numeric_from)}'
            f'{"".join(rows)}</table>')


def _section(section: SectionReport, report: WeeklyReport, tr: Tr) -> str:
    out = [f"<h2>{escape(tr('Indicators', section.section.title))}</h2>"]
    if not section.recorded:
        out.append(f'<p class="note">{escape(present.no_data_text(tr))}</p>')
        return "".join(out)
    this, last = tr("Report", "This week"), tr("Report", "Last week")
    plain = [line for line in section.lines if not line.indicator.breakdown]
    out.append(_table([tr("Report", "Indicator"), this, last],
                      [_row([tr("Indicators", l.indicator.label), l.this_week.text, l.last_week.text]) for l in plain]))
    trends = [line for line in plain if line.trend]
    if trends:
        out.append(f"<h3>{escape(tr('Report', 'Last 12 weeks'))}</h3>")
        head = [tr("Report", "Week")] + [tr("Indicators", line.indicator.label) for line in trends]
        rows = [_row([w.label] + [line.trend[i].text for line in trends]) for i, w in enumerate(report.trend_weeks)]
        out.append(_table(head, rows))
    for line in section.lines:
        if line.indicator.breakdown:
            out.append(_breakdown(line, tr, this, last))
    return "".join(out)


def _breakdown(line: IndicatorLine, tr: Tr, this: str, last: str) -> str:
    rows = [_row([present.category_label(c.code, tr), c.this_week.text, c.last_week.text]) for c in line.categories]
    rows.append(_row([tr("Report", "Total"), line.total_this_week.text if line.total_this_week else "",
                      line.total_last_week.text if line.total_last_week else ""], css="total"))
    return f"<h3>{escape(tr('Indicators', line.indicator.label))}</h3>" + _table(
        [tr("Report", "Category"), this, last], rows)


def render_html(report: WeeklyReport, tr: Tr | None = None, *, definitions: bool = True) -> str:
    tr = tr or default_tr
    parts = [f"<html><head><style>{_CSS}</style></head><body>"]
    if report.centre_name:
        parts.append(f"<p>{escape(report.centre_name)}</p>")
    parts.append(f"<h1>{escape(tr('Report', 'Weekly summary'))}</h1>")
    parts.append(f"<p><b>{escape(present.week_title(report.week, tr))}</b> · "
                 f"{escape(present.period_text(report.week, tr))}</p>")
    parts.append(f'<p class="note">{escape(present.aggregates_note(report.threshold, tr))}</p>')
    for section in report.sections:
        parts.append(_section(section, report, tr))
    parts.append(f'<p class="note"><small>{escape(present.legend_text(report.threshold, tr))}</small></p>')
    if definitions:
        parts.append(f"<h1>{escape(tr('Report', 'Indicator definitions'))}</h1>")
        for section in SECTIONS:
            parts.append(f"<h2>{escape(tr('Indicators', section.title))}</h2>")
            rows = [_row([tr("Indicators", i.label), tr("Indicators", i.definition), tr("Indicators", i.numerator),
                          tr("Indicators", i.denominator) if i.denominator else "–"], numeric_from=9)
                    for i in section.indicators]
            parts.append(_table([tr("Report", "Indicator"), tr("Report", "Definition"), tr("Report", "Numerator"),
                                 tr("Report", "Denominator")], rows, numeric_from=9, width="100%"))
    parts.append("</body></html>")
    return "".join(parts)
