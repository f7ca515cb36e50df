"""Wording shared by the PDF, the on-screen preview and the CSV export.

Everything a reader sees goes through a translator ``translate(context, text)`` so a
report can be printed in another language than the one the program runs in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from dropin.i18n import QT_TRANSLATE_NOOP, translate
from dropin.reports.periods import Month, Quarter, Year
from dropin.reports.weeks import Week

if TYPE_CHECKING:
    from dropin.reports.periods import Period

#: ``translate(context, text)``: the report's language.
Tr = Callable[[str, str], str]


MONTHS = (
    QT_TRANSLATE_NOOP("Report", "January"),
    QT_TRANSLATE_NOOP("Report", "February"),
    QT_TRANSLATE_NOOP("Report", "March"),
    QT_TRANSLATE_NOOP("Report", "April"),
    QT_TRANSLATE_NOOP("Report", "May"),
    QT_TRANSLATE_NOOP("Report", "June"),
    QT_TRANSLATE_NOOP("Report", "July"),
    QT_TRANSLATE_NOOP("Report", "August"),
    QT_TRANSLATE_NOOP("Report", "September"),
    QT_TRANSLATE_NOOP("Report", "October"),
    QT_TRANSLATE_NOOP("Report", "November"),
    QT_TRANSLATE_NOOP("Report", "December"),
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
    # people tested: five-year age bands, key-population type, modality
    "under_15": QT_TRANSLATE_NOOP("Indicators", "Under 15"),
    "15-19": QT_TRANSLATE_NOOP("Indicators", "15 to 19"),
    "20-24": QT_TRANSLATE_NOOP("Indicators", "20 to 24"),
    "25-29": QT_TRANSLATE_NOOP("Indicators", "25 to 29"),
    "30-34": QT_TRANSLATE_NOOP("Indicators", "30 to 34"),
    "35-39": QT_TRANSLATE_NOOP("Indicators", "35 to 39"),
    "40-44": QT_TRANSLATE_NOOP("Indicators", "40 to 44"),
    "45-49": QT_TRANSLATE_NOOP("Indicators", "45 to 49"),
    "50+": QT_TRANSLATE_NOOP("Indicators", "50 or older"),
    "fsw": QT_TRANSLATE_NOOP("Indicators", "Female sex workers"),
    "msw": QT_TRANSLATE_NOOP("Indicators", "Male sex workers"),
    "tg": QT_TRANSLATE_NOOP("Indicators", "Transgender people"),
    "other_kp": QT_TRANSLATE_NOOP("Indicators", "Other or not stated"),
    "drop_in": QT_TRANSLATE_NOOP("Indicators", "At the drop-in"),
    "other_community": QT_TRANSLATE_NOOP("Indicators", "Other community testing"),
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
        day=day.day, month=translate("Report", MONTHS[day.month - 1]), year=day.year
    )


def period_text(week: Period, translate: Tr = default_tr) -> str:
    if isinstance(week, Week):
        return translate("Report", "Monday {start} to Sunday {end}").format(
            start=long_date(week.start, translate), end=long_date(week.last_day, translate)
        )
    return translate("Report", "{start} to {end}").format(
        start=long_date(week.start, translate), end=long_date(week.last_day, translate)
    )


def week_title(week: Period, translate: Tr = default_tr) -> str:
    """The period's name: "Week 47, 2026", "October 2026", "Quarter 3, 2026", "2026" or a range of days."""
    if isinstance(week, Week):
        return translate("Report", "Week {number}, {year}").format(number=week.number, year=week.year)
    if isinstance(week, Month):
        return translate("Report", "{month} {year}").format(
            month=translate("Report", MONTHS[week.month - 1]), year=week.year
        )
    if isinstance(week, Quarter):
        return translate("Report", "Quarter {number}, {year}").format(number=week.quarter, year=week.year)
    if isinstance(week, Year):
        return translate("Report", "Year {year}").format(year=week.year)
    return period_text(week, translate)


def report_title(week: Period, translate: Tr = default_tr) -> str:
    kind = getattr(week, "kind", "week")
    titles = {
        "week": QT_TRANSLATE_NOOP("Report", "Weekly summary"),
        "month": QT_TRANSLATE_NOOP("Report", "Monthly summary"),
        "quarter": QT_TRANSLATE_NOOP("Report", "Quarterly summary"),
        "year": QT_TRANSLATE_NOOP("Report", "Annual summary"),
    }
    return translate("Report", titles.get(kind, QT_TRANSLATE_NOOP("Report", "Summary for a period")))


def column_titles(week: Period | None, translate: Tr = default_tr) -> tuple[str, str]:
    kind = getattr(week, "kind", "week")
    pairs = {
        "week": (QT_TRANSLATE_NOOP("Report", "This week"), QT_TRANSLATE_NOOP("Report", "Last week")),
        "month": (QT_TRANSLATE_NOOP("Report", "This month"), QT_TRANSLATE_NOOP("Report", "Last month")),
        "quarter": (QT_TRANSLATE_NOOP("Report", "This quarter"), QT_TRANSLATE_NOOP("Report", "Last quarter")),
        "year": (QT_TRANSLATE_NOOP("Report", "This year"), QT_TRANSLATE_NOOP("Report", "Last year")),
    }
    this, last = pairs.get(
        kind, (QT_TRANSLATE_NOOP("Report", "This period"), QT_TRANSLATE_NOOP("Report", "Period before"))
    )
    return translate("Report", this), translate("Report", last)


def trend_title(week: Period, count: int, translate: Tr = default_tr) -> str:
    kind = getattr(week, "kind", "week")
    texts = {
        "week": QT_TRANSLATE_NOOP("Report", "Last {n} weeks"),
        "month": QT_TRANSLATE_NOOP("Report", "Last {n} months"),
        "quarter": QT_TRANSLATE_NOOP("Report", "Last {n} quarters"),
        "year": QT_TRANSLATE_NOOP("Report", "Last {n} years"),
    }
    return translate("Report", texts.get(kind, texts["week"])).format(n=count)


def as_of_text(day: dt.date, translate: Tr = default_tr) -> str:
    return translate(
        "Report", "Data as of {date}: the period has not ended, nights not yet slept are not counted."
    ).format(date=long_date(day, translate))


def aggregates_note(threshold: int, translate: Tr = default_tr) -> str:
    return translate("Report", "Aggregates only — small counts shown as <{n}").format(n=threshold)


def legend_text(threshold: int, translate: Tr = default_tr) -> str:
    return translate(
        "Report",
        "<{n}: between 1 and {m}, hidden to protect privacy. *: withheld so that a hidden number cannot be worked "
        "out from the others; in a table with no <{n}, a * may be any number, 0 included. –: nothing recorded.",
    ).format(n=threshold, m=threshold - 1)


def no_data_text(translate: Tr = default_tr) -> str:
    return translate("Report", "No data recorded for this area.")
