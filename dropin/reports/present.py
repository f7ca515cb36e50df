"""Wording shared by the PDF, the on-screen preview and the CSV export.

Everything a reader sees goes through a translator ``tr(context, text)`` so a
report can be printed in another language than the one the program runs in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dropin.i18n import QT_TRANSLATE_NOOP, translate
from dropin.reports.weeks import Week

#: ``tr(context, text)``: the report's language.
Tr = Callable[[str, str], str]

N = QT_TRANSLATE_NOOP

MONTHS = (
    N("Report", "January"), N("Report", "February"), N("Report", "March"), N("Report", "April"),
    N("Report", "May"), N("Report", "June"), N("Report", "July"), N("Report", "August"),
    N("Report", "September"), N("Report", "October"), N("Report", "November"), N("Report", "December"),
)

#: Labels for category codes the areas are known to use; other codes are shown tidied up.
CATEGORY_LABELS = {
    "walk_in": N("Indicators", "Walk-in"),
    "phone": N("Indicators", "Phone"),
    "online": N("Indicators", "Online"),
    "outreach": N("Indicators", "Outreach"),
    "accompanied": N("Indicators", "Accompanied"),
    "female": N("Indicators", "Female"),
    "male": N("Indicators", "Male"),
    "trans_woman": N("Indicators", "Trans woman"),
    "trans_man": N("Indicators", "Trans man"),
    "non_binary": N("Indicators", "Non-binary"),
    "other": N("Indicators", "Other"),
    "not_stated": N("Indicators", "Not stated"),
    "unknown": N("Indicators", "Not known"),
    "non_reactive": N("Indicators", "Non-reactive"),
    "reactive": N("Indicators", "Reactive"),
    "invalid": N("Indicators", "Invalid"),
    "housed": N("Indicators", "Housed"),
    "returned": N("Indicators", "Returned home"),
    "referred": N("Indicators", "Referred elsewhere"),
    "left": N("Indicators", "Left"),
}


def default_tr(context: str, text: str) -> str:
    return translate(context, text)


def category_label(code: str, tr: Tr = default_tr) -> str:
    if code in CATEGORY_LABELS:
        return tr("Indicators", CATEGORY_LABELS[code])
    text = code.replace("_", " ").strip()
    return tr("Indicators", text[:1].upper() + text[1:]) if text else code


def long_date(day: dt.date, tr: Tr = default_tr) -> str:
    return tr("Report", "{day} {month} {year}").format(
        day=day.day, month=tr("Report", MONTHS[day.month - 1]), year=day.year)


def period_text(week: Week, tr: Tr = default_tr) -> str:
    return tr("Report", "Monday {start} to Sunday {end}").format(
        start=long_date(week.start, tr), end=long_date(week.last_day, tr))


def week_title(week: Week, tr: Tr = default_tr) -> str:
    return tr("Report", "Week {number}, {year}").format(number=week.number, year=week.year)


def aggregates_note(threshold: int, tr: Tr = default_tr) -> str:
    return tr("Report", "Aggregates only — small counts shown as <{n}").format(n=threshold)


def legend_text(threshold: int, tr: Tr = default_tr) -> str:
    return tr(
        "Report",
        "<{n}: between 1 and {m} people, hidden to protect privacy. *: withheld so that a hidden number "
        "cannot be worked out from the others. –: nothing recorded.",
    ).format(n=threshold, m=threshold - 1)


def no_data_text(tr: Tr = default_tr) -> str:
    return tr("Report", "No data recorded for this area.")
