"""The printable referral slip (A5, ReportLab, the bundled DejaVu fonts).

The slip goes with the person to the clinic, so it says as little as possible:
destination, dates, accompaniment and a referral number the clinic can quote.
It names HIV testing or the centre's work with sex workers only if the person
agrees (two separate choices). Its text is in the person's language, whatever
language the counsellor's screen speaks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from dropin import i18n
from dropin.i18n import QT_TRANSLATE_NOOP
from dropin.reports.pdf import FONT, FONT_BOLD, register_fonts
from dropin.testing.referrals import SlipData

CTX = "ReferralSlip"

TEXT = {
    "title": QT_TRANSLATE_NOOP("ReferralSlip", "Referral slip"),
    "title_hiv": QT_TRANSLATE_NOOP("ReferralSlip", "Referral for a confirmatory HIV test"),
    "number": QT_TRANSLATE_NOOP("ReferralSlip", "Referral number"),
    "code": QT_TRANSLATE_NOOP("ReferralSlip", "Client code"),
    "to": QT_TRANSLATE_NOOP("ReferralSlip", "Referred to"),
    "contact": QT_TRANSLATE_NOOP("ReferralSlip", "Contact"),
    "date": QT_TRANSLATE_NOOP("ReferralSlip", "Date of referral"),
    "due": QT_TRANSLATE_NOOP("ReferralSlip", "Please go by"),
    "accompaniment": QT_TRANSLATE_NOOP("ReferralSlip", "Accompaniment"),
    "accompanied": QT_TRANSLATE_NOOP("ReferralSlip", "A peer worker will go with you."),
    "not_accompanied": QT_TRANSLATE_NOOP("ReferralSlip", "Not requested"),
    "purpose": QT_TRANSLATE_NOOP("ReferralSlip", "Please see this person for a consultation."),
    "purpose_hiv": QT_TRANSLATE_NOOP(
        "ReferralSlip",
        "A rapid oral-fluid HIV screening test on {date} was reactive. Please carry out confirmatory testing.",
    ),
    "centre": QT_TRANSLATE_NOOP("ReferralSlip", "Referred by a community drop-in centre."),
    "centre_sex_work": QT_TRANSLATE_NOOP("ReferralSlip", "Referred by a community drop-in centre for sex workers."),
    "quote": QT_TRANSLATE_NOOP(
        "ReferralSlip", "Clinic: please quote the referral number when you contact the centre about this person."
    ),
    "unknown": QT_TRANSLATE_NOOP("ReferralSlip", "Not set"),
}

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _source_text(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


def slip_language(data: SlipData, chosen: str | None = None) -> str:
    """The slip's language: the one chosen on the form, else the person's, else English."""
    for language in (chosen, data.language):
        if language in i18n.LANGUAGES:
            return language
    return "en"


def _date(day: dt.date | None, language: str) -> str:
    if day is None:
        return "—"
    if language == "en":
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def slip_lines(
    data: SlipData, language: str, *, mention_hiv: bool = False, mention_sex_work: bool = False
) -> tuple[str, list[tuple[str, str]], list[str]]:
    """The slip's title, its labelled lines and its closing sentences, in ``language``."""
    tr = i18n.translator_for(language) or _source_text

    def t(key: str) -> str:
        return tr(CTX, TEXT[key], None, -1)

    rows = [
        (t("number"), data.number),
        (t("code"), data.client_code),
        (t("to"), data.destination or t("unknown")),
    ]
    if data.destination_contact:
        rows.append((t("contact"), data.destination_contact))
    rows += [
        (t("date"), _date(data.referred_on, language)),
        (t("due"), _date(data.due_date, language)),
        (t("accompaniment"), t("accompanied") if data.accompaniment_accepted else t("not_accompanied")),
    ]
    notes = [
        t("purpose_hiv").format(date=_date(data.tested_on or data.referred_on, language))
        if mention_hiv
        else t("purpose"),
        t("centre_sex_work") if mention_sex_work else t("centre"),
        t("quote"),
    ]
    return (t("title_hiv") if mention_hiv else t("title")), rows, notes


def render_slip(
    data: SlipData, path: str | Path, *, language: str, mention_hiv: bool = False, mention_sex_work: bool = False
) -> Path:
    """Write the slip as a one-page A5 PDF."""
    register_fonts()
    title, rows, notes = slip_lines(data, language, mention_hiv=mention_hiv, mention_sex_work=mention_sex_work)
    base = ParagraphStyle("slip", fontName=FONT, fontSize=10, leading=13, spaceAfter=4)
    head = ParagraphStyle(
        "slipTitle", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20, textColor=colors.HexColor("#0f5f6e")
    )
    label = ParagraphStyle(
        "slipLabel", parent=base, fontName=FONT_BOLD, fontSize=9, leading=12, textColor=colors.HexColor("#5f6b7a")
    )
    value = ParagraphStyle("slipValue", parent=base, fontSize=11, leading=14)
    big = ParagraphStyle("slipNumber", parent=base, fontName=FONT_BOLD, fontSize=15, leading=18)
    path = Path(path)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A5,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=title,
        author="",
        subject="",
        creator="",
    )
    table = Table(
        [
            [Paragraph(escape(k), label), Paragraph(escape(v), big if i == 0 else value)]
            for i, (k, v) in enumerate(rows)
        ],
        colWidths=[38 * mm, None],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#c9d3dc")),
                ("BOX", (0, 0), (-1, 0), 1.2, colors.HexColor("#0f5f6e")),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story = [Paragraph(escape(title), head), Spacer(1, 6 * mm), table, Spacer(1, 6 * mm)]
    story += [Paragraph(escape(n), base) for n in notes]
    doc.build(story)
    return path
