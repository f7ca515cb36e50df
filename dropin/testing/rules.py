"""Rules of the oral-fluid rapid test and the choice lists of the testing area (no Qt, no database).

OraQuick-style kits are read after 20 minutes and no later than 40 minutes;
reading outside that window may give a wrong result. A reactive result is a
preliminary positive, never a diagnosis.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from dropin.i18n import QT_TRANSLATE_NOOP, translate

READ_FROM_MINUTES = 20
READ_UNTIL_MINUTES = 40

STORAGE_TEMP_RANGE = (2.0, 27.0)  # °C, kit storage
TESTING_TEMP_RANGE = (15.0, 37.0)  # °C, room where tests are run

LOW_STOCK_KITS = 20  # warn when fewer usable kits than this are on hand (per kit name)
NEAR_EXPIRY_DAYS = 60  # warn about lots that expire within this many days
QC_MONTHLY_DAYS = 31  # a kit-control run at least this often
QC_KITS_PER_RUN = 2  # positive and negative control


class Window(StrEnum):
    TOO_EARLY = "too_early"
    READABLE = "readable"
    TOO_LATE = "too_late"


def elapsed_minutes(started_at: dt.datetime, at: dt.datetime) -> float:
    return round((at - started_at).total_seconds() / 60.0, 2)


def window(started_at: dt.datetime, at: dt.datetime) -> Window:
    """Where ``at`` falls in the read window of a test started at ``started_at``.

    20:00 exactly is readable; 40:00 exactly is still readable; 40:01 is too late.
    """
    seconds = (at - started_at).total_seconds()
    if seconds < READ_FROM_MINUTES * 60:
        return Window.TOO_EARLY
    if seconds <= READ_UNTIL_MINUTES * 60:
        return Window.READABLE
    return Window.TOO_LATE


class Result(StrEnum):
    NONREACTIVE = "nonreactive"
    REACTIVE = "reactive"
    INVALID = "invalid"

    @property
    def label(self) -> str:
        return translate("TestResult", RESULT_LABELS[self])


#: where a test was done (the MER testing modality); the testing page records drop-in tests
MODALITIES = {
    "drop_in": QT_TRANSLATE_NOOP("Testing", "At the drop-in centre"),
    "outreach": QT_TRANSLATE_NOOP("Testing", "On outreach"),
    "other_community": QT_TRANSLATE_NOOP("Testing", "Other community setting"),
}
DEFAULT_MODALITY = "drop_in"

RESULT_LABELS = {
    Result.NONREACTIVE: QT_TRANSLATE_NOOP("TestResult", "Non-reactive"),
    Result.REACTIVE: QT_TRANSLATE_NOOP("TestResult", "Reactive (preliminary positive)"),
    Result.INVALID: QT_TRANSLATE_NOOP("TestResult", "Invalid"),
}


def derive_result(control_line: bool, test_line: bool) -> Result:
    """The result follows from the lines; it is never typed separately.

    No control line means the test did not work, whatever the test line shows.
    A test line, however faint, with a control line is reactive.
    """
    if not control_line:
        return Result.INVALID
    return Result.REACTIVE if test_line else Result.NONREACTIVE


def result_label(code: str | None) -> str:
    if code is None:
        return translate("TestResult", "Running")
    return Result(code).label


# ------------------------------------------------------------------ choice lists

RISK_ITEMS: dict[str, str] = {
    "condomless_client": QT_TRANSLATE_NOOP("RiskItem", "Sex without a condom with a client"),
    "condomless_partner": QT_TRANSLATE_NOOP("RiskItem", "Sex without a condom with a partner"),
    "condom_broke": QT_TRANSLATE_NOOP("RiskItem", "A condom broke or slipped"),
    "sti_symptoms": QT_TRANSLATE_NOOP("RiskItem", "STI symptoms or a recent STI"),
    "injecting": QT_TRANSLATE_NOOP("RiskItem", "Injecting drugs or sharing equipment"),
    "violence": QT_TRANSLATE_NOOP("RiskItem", "Sexual violence"),
    "partner_positive": QT_TRANSLATE_NOOP("RiskItem", "A partner living with HIV"),
    "alcohol_drugs": QT_TRANSLATE_NOOP("RiskItem", "Alcohol or drugs during sex"),
}

SOURCES: dict[str, str] = {
    "donation": QT_TRANSLATE_NOOP("KitSource", "Donation"),
    "purchase": QT_TRANSLATE_NOOP("KitSource", "Purchase"),
}

DISCARD_REASONS: dict[str, str] = {
    "expired": QT_TRANSLATE_NOOP("DiscardReason", "Expired"),
    "damaged": QT_TRANSLATE_NOOP("DiscardReason", "Damaged or opened"),
    "count": QT_TRANSLATE_NOOP("DiscardReason", "Stock count difference"),
    "wasted": QT_TRANSLATE_NOOP("DiscardReason", "Opened for a test that was cancelled"),
}
#: discard reasons staff choose by hand (the others are written by the stock count and test cancelling)
MANUAL_DISCARD_REASONS = ("expired", "damaged")

QC_REASONS: dict[str, str] = {
    "new_lot": QT_TRANSLATE_NOOP("QcReason", "New lot"),
    "new_shipment": QT_TRANSLATE_NOOP("QcReason", "New shipment"),
    "new_counsellor": QT_TRANSLATE_NOOP("QcReason", "New counsellor"),
    "temperature": QT_TRANSLATE_NOOP("QcReason", "Temperature out of range"),
    "monthly": QT_TRANSLATE_NOOP("QcReason", "Monthly check"),
    "other": QT_TRANSLATE_NOOP("QcReason", "Other"),
}

CONTACT_METHODS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("ContactMethod", "Phone call"),
    "message": QT_TRANSLATE_NOOP("ContactMethod", "Text message"),
    "in_person": QT_TRANSLATE_NOOP("ContactMethod", "In person at the centre"),
    "peer": QT_TRANSLATE_NOOP("ContactMethod", "Through a peer or outreach"),
}

CONTACT_OUTCOMES: dict[str, str] = {
    "reached": QT_TRANSLATE_NOOP("ContactOutcome", "Reached"),
    "no_answer": QT_TRANSLATE_NOOP("ContactOutcome", "No answer"),
    "message_left": QT_TRANSLATE_NOOP("ContactOutcome", "Message left"),
    "wrong_number": QT_TRANSLATE_NOOP("ContactOutcome", "Wrong or lost number"),
    "declined": QT_TRANSLATE_NOOP("ContactOutcome", "Declined to talk"),
}

CONFIRMATORY_RESULTS: dict[str, str] = {
    "positive": QT_TRANSLATE_NOOP("Confirmatory", "Positive (confirmed)"),
    "negative": QT_TRANSLATE_NOOP("Confirmatory", "Negative"),
    "indeterminate": QT_TRANSLATE_NOOP("Confirmatory", "Indeterminate"),
}

CLOSE_REASONS: dict[str, str] = {
    "linked": QT_TRANSLATE_NOOP("CloseReason", "Linked to care"),
    "confirmed_negative": QT_TRANSLATE_NOOP("CloseReason", "Confirmed negative"),
    "declined": QT_TRANSLATE_NOOP("CloseReason", "Declined"),
    "moved": QT_TRANSLATE_NOOP("CloseReason", "Moved away"),
    "lost": QT_TRANSLATE_NOOP("CloseReason", "Lost to follow-up"),
}

INVALID_REASONS: dict[str, str] = {
    "no_control": QT_TRANSLATE_NOOP("InvalidReason", "No control line"),
    "background": QT_TRANSLATE_NOOP("InvalidReason", "Background colour hides the lines"),
    "outside_zones": QT_TRANSLATE_NOOP("InvalidReason", "Lines outside the C or T zone"),
    "partial_line": QT_TRANSLATE_NOOP("InvalidReason", "Partial line"),
    "too_late": QT_TRANSLATE_NOOP("InvalidReason", "Not read within 40 minutes"),
}
#: invalid outcomes a counsellor can see while reading in the window ("too late" comes from the clock)
READ_INVALID_REASONS = tuple(k for k in INVALID_REASONS if k != "too_late")

_CHOICE_CONTEXTS = (
    (RISK_ITEMS, "RiskItem"),
    (SOURCES, "KitSource"),
    (DISCARD_REASONS, "DiscardReason"),
    (QC_REASONS, "QcReason"),
    (CONTACT_METHODS, "ContactMethod"),
    (CONTACT_OUTCOMES, "ContactOutcome"),
    (CONFIRMATORY_RESULTS, "Confirmatory"),
    (CLOSE_REASONS, "CloseReason"),
    (INVALID_REASONS, "InvalidReason"),
)


def _context(code: str, text: str) -> str:
    for choices, context in _CHOICE_CONTEXTS:
        if choices.get(code) == text:
            return context
    return "Testing"


def label(choices: dict[str, str], code: str | None) -> str:
    """Translated label of a choice code (the code itself if unknown)."""
    if code is None:
        return ""
    text = choices.get(code)
    if text is None:
        return code
    return translate(_context(code, text), text)


def temperature_ok(storage: float | None, room: float | None) -> bool:
    if storage is not None and not (STORAGE_TEMP_RANGE[0] <= storage <= STORAGE_TEMP_RANGE[1]):
        return False
    if room is not None and not (TESTING_TEMP_RANGE[0] <= room <= TESTING_TEMP_RANGE[1]):
        return False
    return True
