"""The page layout every printed report shares (A4, ReportLab): fonts, colours, paragraph styles, the
figure table, the accent band and footer, and the atomic write of the pages.

The weekly summary (:mod:`dropin.reports.pdf`), the advocacy report, the outreach sheet and the test
slip build on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from dropin.paths import replacing, resources_dir
from dropin.reports import present
from dropin.reports.present import Tr

Styles = dict[str, ParagraphStyle]

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#0f5f6e")
ACCENT_LIGHT = colors.HexColor("#e3f0f2")
RULE = colors.HexColor("#c9d3dc")
BAR = colors.HexColor("#8fbcc4")
STRIPE = colors.HexColor("#f5f8fa")

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
CONTENT_W = PAGE_W - 2 * MARGIN


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) so Cyrillic and other scripts print."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5, textColor=INK, alignment=TA_LEFT)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "defcell": ParagraphStyle("defcell", parent=base, fontSize=7.5, leading=9.3),
        "defhead": ParagraphStyle("defhead", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9.3),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=24, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=14),
        "section": ParagraphStyle(
            "section",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "sub": ParagraphStyle(
            "sub", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceBefore=5, spaceAfter=3
        ),
        "note": ParagraphStyle("note", parent=base, fontSize=9, leading=12, textColor=MUTED),
        "chart_title": ParagraphStyle("chart_title", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


class SectionMark(Flowable):
    """Invisible marker: from here until the next mark, pages that begin inside this section repeat its title.

    Placed after the block that carries the section title (so the page holding the title itself does not
    get a "(continued)" line) and with ``title=None`` at the end of the section.
    """

    def __init__(self, title: str | None) -> None:
        super().__init__()
        self.title = title
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _SummaryDoc(SimpleDocTemplate):
    section_title: str | None = None

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's hook
        if isinstance(flowable, SectionMark):
            self.section_title = flowable.title


# -------------------------------------------------------------------- tables
_HEAD = ParagraphStyle("head_cell", fontName=FONT_BOLD, fontSize=7, leading=8.5, textColor=colors.white, alignment=2)
_HEAD_FIRST = ParagraphStyle("head_first", parent=_HEAD, alignment=0)
_HEAD_NARROW = ParagraphStyle("head_narrow", parent=_HEAD, fontSize=6, leading=7.5)


def _figure_table(rows: list[list[Any]], col_widths: list[float], *, total_row: bool = False) -> Table:
    # headings wrap instead of running into each other (longer in Russian, Ukrainian, Kyrgyz)
    head = _HEAD_NARROW if min(col_widths[1:], default=99 * mm) < 17 * mm else _HEAD
    rows = [
        [
            Paragraph(escape(c), _HEAD_FIRST if i == 0 else head) if isinstance(c, str) else c
            for i, c in enumerate(rows[0])
        ],
        *rows[1:],
    ]
    table = Table(rows, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    style: list[Any] = [
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
        ("FONT", (0, 1), (-1, -1), FONT, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (1, 0), (-1, 0), 2),
    ]
    for r in range(1, len(rows)):
        if r % 2 == 0:
            style.append(("BACKGROUND", (0, r), (-1, r), STRIPE))
    style.append(("FONT", (1, 1), (1, -1), FONT_BOLD, 8.5))
    if total_row:
        style += [("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    table.setStyle(TableStyle(style))
    return table


def page_decoration(
    footer_left: str, footer_mid: str, generated: str, translate: Tr
) -> Callable[[Canvas, SimpleDocTemplate], None]:
    """The pages of a printed report: the accent band, the footer rule and line, the page number, the date.

    A page on which a section runs on from the previous one repeats its title (``doc.section_title``).
    """

    def decorate(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_H - 6 * mm, PAGE_W, 6 * mm, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, 12 * mm, PAGE_W - MARGIN, 12 * mm)
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 8 * mm, footer_left)
        canvas.drawCentredString(PAGE_W / 2, 8 * mm, footer_mid)
        canvas.drawRightString(PAGE_W - MARGIN, 8 * mm, translate("Report", "Page {n}").format(n=doc.page))
        if doc.page == 1:
            canvas.drawRightString(PAGE_W - MARGIN, PAGE_H - 12 * mm, generated)
        elif title := getattr(doc, "section_title", None):
            # a section runs on from the previous page: repeat its title above the frame
            canvas.setFont(FONT_BOLD, 9)
            canvas.setFillColor(ACCENT)
            canvas.drawString(MARGIN, PAGE_H - 12 * mm, title)
        canvas.restoreState()

    return decorate


def write_report(
    out: Path,
    prefix: str,
    story: list[Flowable],
    *,
    title: str,
    footer_left: str,
    threshold: int,
    centre_name: str | None,
    generated_at: dt.datetime,
    translate: Tr,
) -> Path:
    """A report's A4 pages (margins, footer, page numbers, the small-numbers note) written atomically to ``out``:
    the one page layout of every printed report (the weekly summary, the advocacy report)."""
    footer_mid = present.aggregates_note(threshold, translate)
    generated = translate("Report", "Generated {date}").format(date=present.long_date(generated_at.date(), translate))
    decorate = page_decoration(footer_left, footer_mid, generated, translate)
    with replacing(out, prefix, ".pdf") as tmp:
        doc = _SummaryDoc(
            str(tmp),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=14 * mm,
            bottomMargin=18 * mm,
            title=title,
            author=centre_name or "",
            subject=footer_mid,
            creator="dropin",
        )
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return out
