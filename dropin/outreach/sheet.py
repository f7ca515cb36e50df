"""The printable outreach tally sheet (A4, ReportLab) workers fill in on the street.

It follows the entry form field by field (the same lists from
:mod:`dropin.outreach.choices` and the centre's areas) so a filled sheet is
typed in at the end of the shift in one pass. It asks for counts only: no
names and no addresses.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from dropin.outreach.choices import CONTEXT, COUNTERS, MODES, SETTINGS, TOPICS
from dropin.paths import replacing
from dropin.reports.pdf import ACCENT, FONT, FONT_BOLD, INK, MUTED, RULE, register_fonts
from dropin.reports.present import Tr, default_tr

PAGE_W, PAGE_H = A4
MARGIN = 14 * mm
WIDTH = PAGE_W - 2 * MARGIN
BOX = "\u2610"  # ballot box
REFERRAL_ROWS = 3


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5, textColor=INK)
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21, textColor=ACCENT),
        "warn": ParagraphStyle("warn", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12),
        "head": ParagraphStyle(
            "head",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=5,
            spaceAfter=2,
        ),
        "label": ParagraphStyle("label", parent=base, fontName=FONT_BOLD, fontSize=9, leading=11),
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9, textColor=MUTED),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _boxes(labels: Sequence[str], columns: int, st: dict[str, ParagraphStyle]) -> Table:
    cells = [_p(f"{BOX} {label}", st["base"]) for label in labels]
    rows: list[list[Any]] = [
        cells[i : i + columns] + [""] * (columns - len(cells[i : i + columns])) for i in range(0, len(cells), columns)
    ]
    table = Table(rows, colWidths=[WIDTH / columns] * columns)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _grid(
    data: list[list[Any]], widths: list[float], heights: list[float] | None = None, header: bool = False
) -> Table:
    table = Table(data, colWidths=widths, rowHeights=heights)
    style: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3f0f2")))
    table.setStyle(TableStyle(style))
    return table


def build_story(translate: Tr, areas: Sequence[str], st: dict[str, ParagraphStyle]) -> list[Any]:
    def t(text: str) -> str:  # a label from dropin.outreach.choices
        return translate(CONTEXT, text)

    story = [
        _p(translate("Outreach", "Outreach tally sheet"), st["title"]),
        _p(
            translate("Outreach", "Write counts and ticks only. Never write a name, a telephone number or an address."),
            st["warn"],
        ),
        Spacer(1, 3 * mm),
    ]
    fields = [
        [
            _p(translate("Outreach", "Date"), st["label"]),
            "",
            _p(translate("Outreach", "Start time"), st["label"]),
            "",
            _p(translate("Outreach", "Duration (minutes)"), st["label"]),
            "",
        ],
        [_p(translate("Outreach", "Workers"), st["label"]), "", "", "", "", ""],
    ]
    table = _grid(fields, [WIDTH * w for w in (0.16, 0.18, 0.13, 0.15, 0.2, 0.18)], [9 * mm, 9 * mm])
    table.setStyle(TableStyle([("SPAN", (1, 1), (-1, 1))]))
    story.append(table)

    story.append(_p(translate("Outreach", "Mode"), st["head"]))
    story.append(_boxes([t(v) for v in MODES.values()], 5, st))
    story.append(_p(translate("Outreach", "Setting"), st["head"]))
    story.append(_boxes([t(v) for v in SETTINGS.values()], 5, st))
    story.append(_p(translate("Outreach", "Area"), st["head"]))
    story.append(_boxes(list(areas) or [translate("Outreach", "Area") + ": ____________"], 4, st))

    story.append(_p(translate("Outreach", "Counts"), st["head"]))
    story.append(
        _p(translate("Outreach", "Make a tally mark for each one; add up at the end of the shift."), st["small"])
    )
    rows: list[list[Any]] = [
        [
            _p(translate("Outreach", "What"), st["label"]),
            _p(translate("Outreach", "Tally marks"), st["label"]),
            _p(translate("Outreach", "Total"), st["label"]),
        ]
    ]
    rows += [[_p(t(label), st["base"]), "", ""] for label in COUNTERS.values()]
    story.append(
        _grid(rows, [WIDTH * 0.3, WIDTH * 0.55, WIDTH * 0.15], [6 * mm] + [7.5 * mm] * len(COUNTERS), header=True)
    )

    story.append(_p(translate("Outreach", "Mini-session topics"), st["head"]))
    story.append(_boxes([t(v) for v in TOPICS.values()], 3, st))

    story.append(_p(translate("Outreach", "Referrals"), st["head"]))
    rows = [
        [_p(translate("Outreach", "Destination"), st["label"]), _p(translate("Outreach", "Accompanied"), st["label"])]
    ]
    rows += [
        ["", _p(BOX + " " + translate("Outreach", "Yes") + "   " + BOX + " " + translate("Outreach", "No"), st["base"])]
        for _ in range(REFERRAL_ROWS)
    ]
    story.append(_grid(rows, [WIDTH * 0.7, WIDTH * 0.3], [6 * mm] + [7.5 * mm] * REFERRAL_ROWS, header=True))

    story.append(Spacer(1, 1.5 * mm))
    rows = [
        [
            _p(translate("Outreach", "Client codes (only of people who agree)"), st["label"]),
            _p(translate("Outreach", "Note (no names)"), st["label"]),
        ],
        ["", ""],
    ]
    story.append(_grid(rows, [WIDTH / 2, WIDTH / 2], [5.5 * mm, 16 * mm]))
    return story


def render_tally_sheet(out: Path | str, areas: Sequence[str] = (), translate: Tr | None = None) -> Path:
    """Write a one-page blank tally sheet to ``out`` (atomically)."""
    register_fonts()
    translate = translate or default_tr
    out = Path(out)
    st = _styles()
    footer = translate("Outreach", "Outreach tally sheet: type it in under Outreach, Record a session.")

    def decorate(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_H - 5 * mm, PAGE_W, 5 * mm, stroke=0, fill=1)
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 7 * mm, footer)
        canvas.restoreState()

    with replacing(out, ".tally-", ".pdf") as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=10 * mm,
            bottomMargin=12 * mm,
            title=translate("Outreach", "Outreach tally sheet"),
            creator="dropin",
        )
        doc.build(build_story(translate, areas, st), onFirstPage=decorate, onLaterPages=decorate)
    return out
