"""The indicators of HIV counselling and testing (MER HTS_TST style, WHO linkage within 7, 30 and 90 days).

Defined as :data:`dropin.reports.definitions.SECTIONS` reads them; the figures
are computed by the testing area's ``indicators`` module.
"""

from __future__ import annotations

from dropin.areas import indicators_module
from dropin.i18n import QT_TRANSLATE_NOOP
from dropin.reports.indicator import DAYS, PERCENT, STOCK, Indicator, Section

#: the share of people newly diagnosed linked to ART within each number of days: label, definition, numerator
_LINKED_SHARES = (
    (
        7,
        QT_TRANSLATE_NOOP("Indicators", "Linked to ART within 7 days"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Share of people newly diagnosed in the period who started treatment within 7 days of the diagnosis.",
        ),
        QT_TRANSLATE_NOOP("Indicators", "Newly diagnosed people who started ART within 7 days."),
    ),
    (
        30,
        QT_TRANSLATE_NOOP("Indicators", "Linked to ART within 30 days"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Share of people newly diagnosed in the period who started treatment within 30 days of the diagnosis.",
        ),
        QT_TRANSLATE_NOOP("Indicators", "Newly diagnosed people who started ART within 30 days."),
    ),
    (
        90,
        QT_TRANSLATE_NOOP("Indicators", "Linked to ART within 90 days"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Share of people newly diagnosed in the period who started treatment within 90 days of the diagnosis.",
        ),
        QT_TRANSLATE_NOOP("Indicators", "Newly diagnosed people who started ART within 90 days."),
    ),
)


def _linked_share(days: int, label: str, definition: str, numerator: str) -> Indicator:
    """``testing.linked_<days>_pct``: the people linked within ``days`` over the people newly diagnosed."""
    return Indicator(
        f"testing.linked_{days}_pct",
        label,
        definition,
        numerator,
        QT_TRANSLATE_NOOP("Indicators", "People newly diagnosed."),
        kind=PERCENT,
        parts=(f"testing.linked_{days}", "testing.diagnosed"),
    )


TESTING = Section(
    "testing",
    QT_TRANSLATE_NOOP("Indicators", "HIV counselling and testing"),
    indicators_module("testing"),
    (
        Indicator(
            "testing.counselled",
            QT_TRANSLATE_NOOP("Indicators", "People counselled before a test"),
            QT_TRANSLATE_NOOP("Indicators", "Different people who had pre-test counselling."),
            QT_TRANSLATE_NOOP("Indicators", "Clients with a pre-test counselling session in the period."),
        ),
        Indicator(
            "testing.hts_tst",
            QT_TRANSLATE_NOOP("Indicators", "People tested who received their result"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Different people who got a final result (non-reactive or reactive) and were told it (HTS_TST style). People already known to be positive or on treatment are not included.",
            ),
            QT_TRANSLATE_NOOP("Indicators", "Clients with a final result given in the period, not known positive."),
            trend=True,
        ),
        Indicator(
            "testing.reactive",
            QT_TRANSLATE_NOOP("Indicators", "People with a reactive result"),
            QT_TRANSLATE_NOOP("Indicators", "People tested whose rapid test was reactive. This is not a diagnosis."),
            QT_TRANSLATE_NOOP("Indicators", "People tested with a reactive test in the period."),
        ),
        Indicator(
            "testing.positivity",
            QT_TRANSLATE_NOOP("Indicators", "Positivity (people)"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Share of people tested whose test was reactive, without people already known to be positive.",
            ),
            QT_TRANSLATE_NOOP("Indicators", "People with a reactive result."),
            QT_TRANSLATE_NOOP("Indicators", "People tested who received their result."),
            kind=PERCENT,
            parts=("testing.reactive", "testing.hts_tst"),
        ),
        Indicator(
            "testing.known_positive",
            QT_TRANSLATE_NOOP("Indicators", "Retests of people already known positive"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "People tested again who were already confirmed positive or said they were on treatment. Shown apart from positivity.",
            ),
            QT_TRANSLATE_NOOP("Indicators", "Known positive clients with a final result given in the period."),
        ),
        Indicator(
            "testing.by_age",
            QT_TRANSLATE_NOOP("Indicators", "People tested by age"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "People tested who received their result, by age in five-year bands at their first test of the period.",
            ),
            QT_TRANSLATE_NOOP("Indicators", "People tested who received their result, by age."),
            breakdown=True,
        ),
        Indicator(
            "testing.by_gender",
            QT_TRANSLATE_NOOP("Indicators", "People tested by gender"),
            QT_TRANSLATE_NOOP("Indicators", "People tested who received their result, by the gender they gave."),
            QT_TRANSLATE_NOOP("Indicators", "People tested who received their result, by gender."),
            breakdown=True,
        ),
        Indicator(
            "testing.by_kp",
            QT_TRANSLATE_NOOP("Indicators", "People tested by key population"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "People tested who received their result, by the key-population type recorded for them at registration or on their profile: female sex worker, male sex worker, transgender person, other or not stated.",
            ),
            QT_TRANSLATE_NOOP("Indicators", "People tested who received their result, by key-population type."),
            breakdown=True,
        ),
        Indicator(
            "testing.by_modality",
            QT_TRANSLATE_NOOP("Indicators", "People tested by modality"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "People tested who received their result, by where their first test of the period was done, as recorded with the test: at the drop-in, on outreach, or other community testing.",
            ),
            QT_TRANSLATE_NOOP("Indicators", "People tested who received their result, by testing modality."),
            breakdown=True,
        ),
        Indicator(
            "testing.by_result",
            QT_TRANSLATE_NOOP("Indicators", "Tests by result"),
            QT_TRANSLATE_NOOP(
                "Indicators", "Tests (not people) by result: non-reactive, reactive or invalid, including repeats."
            ),
            QT_TRANSLATE_NOOP("Indicators", "Tests in the period, by result."),
            breakdown=True,
        ),
        Indicator(
            "testing.referred",
            QT_TRANSLATE_NOOP("Indicators", "Referrals for confirmatory testing"),
            QT_TRANSLATE_NOOP("Indicators", "Referrals for confirmatory testing made in the period."),
            QT_TRANSLATE_NOOP("Indicators", "Referrals created in the period."),
        ),
        Indicator(
            "testing.diagnosed",
            QT_TRANSLATE_NOOP("Indicators", "People newly diagnosed"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "People whose confirmatory test was positive in the period, not already diagnosed or on treatment. The denominator of linkage.",
            ),
            QT_TRANSLATE_NOOP("Indicators", "Clients with a first positive confirmatory result dated in the period."),
        ),
        *(_linked_share(*share) for share in _LINKED_SHARES),
        Indicator(
            "testing.median_days_to_art",
            QT_TRANSLATE_NOOP("Indicators", "Median days from diagnosis to ART"),
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Middle value of the days from the positive confirmatory test (not the screening test) to the start of treatment.",
            ),
            QT_TRANSLATE_NOOP("Indicators", "Days to ART for people newly diagnosed in the period who started it."),
            kind=DAYS,
        ),
        Indicator(
            "testing.overdue",
            QT_TRANSLATE_NOOP("Indicators", "Overdue follow-ups"),
            QT_TRANSLATE_NOOP("Indicators", "Open referrals whose due date had passed at the end of the period."),
            QT_TRANSLATE_NOOP("Indicators", "Referrals not closed and due before the end of the period."),
        ),
        Indicator(
            "testing.kits_used",
            QT_TRANSLATE_NOOP("Indicators", "Test kits used"),
            QT_TRANSLATE_NOOP("Indicators", "Kits taken from stock for tests, repeats and quality control."),
            QT_TRANSLATE_NOOP("Indicators", "Kits used in the period."),
        ),
        Indicator(
            "testing.kits_on_hand",
            QT_TRANSLATE_NOOP("Indicators", "Test kits in stock"),
            QT_TRANSLATE_NOOP("Indicators", "Kits on hand at the end of the period (not expired)."),
            QT_TRANSLATE_NOOP("Indicators", "Kits received minus kits used or discarded."),
            kind=STOCK,
        ),
        Indicator(
            "testing.lots_expiring",
            QT_TRANSLATE_NOOP("Indicators", "Kit lots expiring within 60 days"),
            QT_TRANSLATE_NOOP(
                "Indicators", "Lots with kits on hand that expire within 60 days of the end of the period."
            ),
            QT_TRANSLATE_NOOP("Indicators", "Lots in stock expiring soon."),
            kind=STOCK,
        ),
        Indicator(
            "testing.qc_runs",
            QT_TRANSLATE_NOOP("Indicators", "Quality-control runs"),
            QT_TRANSLATE_NOOP("Indicators", "Kit-control runs done in the period."),
            QT_TRANSLATE_NOOP("Indicators", "QC runs dated in the period."),
            kind=STOCK,
        ),
    ),
)
