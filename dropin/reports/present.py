"""Wording shared by the PDF, the on-screen preview and the CSV export.

Everything a reader sees goes through a translator ``translate(context, text)`` so a
report can be printed in another language than the one the program runs in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dropin.i18n import QT_TRANSLATE_NOOP, translate
from dropin.reports.weeks import Week

#: ``translate(context, text)``: the report's language.
Tr = Callable[[str, str], str]


MONTHS = (
    QT_TRANSLATE_NOOP("Report", "January"), QT_TRANSLATE_NOOP("Report", "February"), QT_TRANSLATE_NOOP("Report", "March"), QT_TRANSLATE_NOOP("Report", "April"),
    QT_TRANSLATE_NOOP("Report", "May"), QT_TRANSLATE_NOOP("Report", "June"), QT_TRANSLATE_NOOP("Report", "July"), QT_TRANSLATE_NOOP("Report", "August"),
    QT_TRANSLATE_NOOP("Report", "September"), QT_TRANSLATE_NOOP("Report", "October"), QT_TRANSLATE_NOOP("Report", "November"), QT_TRANSLATE_NOOP("Report", "December"),
)

#: Labels for category codes the areas are known to use; other codes are shown tidied up.
CATEGORY_LABELS = {
    "walk_in": QT_TRANSLATE_NOOP("Indicators", "Walk-in"),
    "phone": QT_TRANSLATE_NOOP("Indicators", "Phone"),
    "online": QT_TRANSLATE_NOOP("Indicators", "Online"),
    "outreach": QT_TRANSLATE_NOOP("Indicators", "Outreach"),
    "accompanied": QT_TRANSLATE_NOOP("Indicators", "Accompanied"),
    "female": QT_TRANSLATE_NOOP("Indicators", "Female"),
    "male": QT_TRANSLATE_NOOP("Indicators", "Male"),
    "trans_woman": QT_TRANSLATE_NOOP("Indicators", "Trans woman"),
    "trans_man": QT_TRANSLATE_NOOP("Indicators", "Trans man"),
    "non_binary": QT_TRANSLATE_NOOP("Indicators", "Non-binary"),
    "other": QT_TRANSLATE_NOOP("Indicators", "Other"),
    "not_stated": QT_TRANSLATE_NOOP("Indicators", "Not stated"),
    "unknown": QT_TRANSLATE_NOOP("Indicators", "Not known"),
    "non_reactive": QT_TRANSLATE_NOOP("Indicators", "Non-reactive"),
    "reactive": QT_TRANSLATE_NOOP("Indicators", "Reactive"),
    "invalid": QT_TRANSLATE_NOOP("Indicators", "Invalid"),
    "housed": QT_TRANSLATE_NOOP("Indicators", "Housed"),
    "returned": QT_TRANSLATE_NOOP("Indicators", "Returned home"),
    "referred": QT_TRANSLATE_NOOP("Indicators", "Referred elsewhere"),
    "left": QT_TRANSLATE_NOOP("Indicators", "Left"),
}


def default_tr(context: str, text: str) -> str:
    return translate(context, text)


#: Labels for bucket codes that have no list of their own elsewhere
BUCKET_LABELS = {
    "le7": QT_TRANSLATE_NOOP("Indicators", "7 days or fewer"),
    "8to14": QT_TRANSLATE_NOOP("Indicators", "8 to 14 days"),
    "15to30": QT_TRANSLATE_NOOP("Indicators", "15 to 30 days"),
    "gt30": QT_TRANSLATE_NOOP("Indicators", "More than 30 days"),
    "nonreactive": QT_TRANSLATE_NOOP("Indicators", "Non-reactive"),
}


def _area_labels() -> dict[str, tuple[str, str]]:
    """Category codes the areas define, with the context their labels are translated in."""
    labels: dict[str, tuple[str, str]] = {}
    try:
        from dropin.visits.catalogue import DEFAULT_ITEMS

        labels.update({code: ("Services", label) for code, label, *_ in DEFAULT_ITEMS})
    except ImportError:  # pragma: no cover - area not installed
        pass
    try:
        from dropin.children.service import DEFAULT_TYPE_LABELS as TYPE_LABELS
    except ImportError:
        TYPE_LABELS = {}
    labels.update({code: ("Children", label) for code, label in TYPE_LABELS.items()})
    try:
        from dropin.shelter.choices import OUTCOMES

        labels.update({code: ("Shelter", label) for code, label in OUTCOMES.items()})
    except ImportError:  # pragma: no cover
        pass
    try:
        from dropin.outreach.choices import CONTACT_KINDS, EVENT_KINDS, MODES, SETTINGS

        outreach = {**SETTINGS, **EVENT_KINDS, **MODES, **CONTACT_KINDS}
        labels.update({code: ("Outreach", label) for code, label in outreach.items()})
    except ImportError:  # pragma: no cover
        pass
    labels.update({code: ("Indicators", label) for code, label in CATEGORY_LABELS.items()})
    labels.update({code: ("Indicators", label) for code, label in BUCKET_LABELS.items()})
    return labels


_LABELS: dict[str, tuple[str, str]] | None = None


def category_label(code: str, translate: Tr = default_tr) -> str:
    """A reader's label for a breakdown category code, in the report's language."""
    global _LABELS
    if _LABELS is None:
        _LABELS = _area_labels()
    if code in _LABELS:
        context, label = _LABELS[code]
        return translate(context, label)
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text else code


def num(text: str, translate: Tr = default_tr) -> str:
    """A figure's text with the separators of the report's language."""
    from dropin.i18n import format_number_text, language_of

    return format_number_text(text, language_of(translate))


def long_date(day: dt.date, translate: Tr = default_tr) -> str:
    return translate("Report", "{day} {month} {year}").format(
        day=day.day, month=translate("Report", MONTHS[day.month - 1]), year=day.year)


def period_text(week: Week, translate: Tr = default_tr) -> str:
    return translate("Report", "Monday {start} to Sunday {end}").format(
        start=long_date(week.start, translate), end=long_date(week.last_day, translate))


def week_title(week: Week, translate: Tr = default_tr) -> str:
    return translate("Report", "Week {number}, {year}").format(number=week.number, year=week.year)


def aggregates_note(threshold: int, translate: Tr = default_tr) -> str:
    return translate("Report", "Aggregates only — small counts shown as <{n}").format(n=threshold)


def legend_text(threshold: int, translate: Tr = default_tr) -> str:
    return translate(
        "Report",
        "<{n}: between 1 and {m} people, hidden to protect privacy. *: withheld so that a hidden number "
        "cannot be worked out from the others. –: nothing recorded.",
    ).format(n=threshold, m=threshold - 1)


def no_data_text(translate: Tr = default_tr) -> str:
    return translate("Report", "No data recorded for this area.")
