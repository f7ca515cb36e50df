"""Plain objects of the testing area and the small helpers that build them from rows (no Qt).

:mod:`dropin.testing.service` re-exports them, so callers keep importing from there.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dropin.context import ServiceContext
from dropin.errors import ValidationError
from dropin.i18n import format_date, translate
from dropin.models.clients import Client
from dropin.models.testing import CounsellingSession, HivTest, KitLot, Referral
from dropin.testing import rules
from dropin.validation import CODE_MAX, LONG_MAX, clean_text


# ---------------------------------------------------------------- plain objects
@dataclass(frozen=True)
class SessionInfo:
    id: int
    client_id: int
    client_code: str
    session_at: dt.datetime
    pre_test_counselling: bool
    consent_given: bool
    risk_items: tuple[str, ...]
    risk_note: str | None
    risk_reduction_plan: str | None
    ever_tested: bool | None
    months_since_last_test: int | None
    previous_self_test: bool
    on_prep: bool
    on_art: bool
    post_test_counselling: bool
    peer_support_offered: bool

    @property
    def false_negative_warning(self) -> str | None:
        return false_negative_warning(self.on_prep, self.on_art)


@dataclass(frozen=True)
class RunningTest:
    """A tile on the read-timer board: no result yet, so nothing sensitive beyond the code."""

    id: int
    client_code: str
    kit_name: str
    lot_number: str
    started_at: dt.datetime
    repeat_of_id: int | None


@dataclass(frozen=True)
class TestInfo:
    id: int
    client_id: int
    client_code: str
    session_id: int
    lot_id: int
    kit_name: str
    lot_number: str
    expiry_date: dt.date
    started_at: dt.datetime
    read_at: dt.datetime | None
    elapsed_minutes: float | None
    control_line: bool | None
    test_line: bool | None
    result: str | None
    invalid_reason: str | None
    result_given: bool
    retrospective: bool
    repeat_of_id: int | None
    referral_id: int | None
    modality: str = rules.DEFAULT_MODALITY

    @property
    def result_label(self) -> str:
        return rules.result_label(self.result)


@dataclass(frozen=True)
class LotChoice:
    id: int
    kit_name: str
    lot_number: str
    expiry_date: dt.date
    on_hand: int

    @property
    def label(self) -> str:
        return translate("Testing", "{kit} lot {lot} (expires {expiry}, {n} left)").format(
            kit=self.kit_name, lot=self.lot_number, expiry=format_date(self.expiry_date), n=self.on_hand
        )


@dataclass(frozen=True)
class BreakGlassCandidate:
    id: int
    started_at: dt.datetime


def false_negative_warning(on_prep: bool, on_art: bool) -> str | None:
    if on_art:
        return translate(
            "Testing",
            "This person is on ART: the rapid test can give a false non-reactive result. Explain this before testing.",
        )
    if on_prep:
        return translate(
            "Testing",
            "This person is on PrEP: the rapid test can give a false non-reactive result. Explain this before testing.",
        )
    return None


# ------------------------------------------------------------------- helpers
def resolve_client(session: Session, code: str) -> Client:
    code = (clean_text(code, "client_code", CODE_MAX) or "").upper()
    if not code:
        raise ValidationError(translate("Testing", "Please enter the client code."), "client_code")
    client = session.scalar(select(Client).where(Client.code == code, Client.voided_at.is_(None)))
    if client is None:
        raise ValidationError(
            translate("Testing", "There is no client with the code {code}.").format(code=code), "client_code"
        )
    return client


def _client_code(session: Session, client_id: int) -> str:
    client = session.get(Client, client_id)
    return client.code if client else "?"


def _session_info(session: Session, row: CounsellingSession) -> SessionInfo:
    items = tuple(json.loads(row.risk_items)) if row.risk_items else ()
    return SessionInfo(
        row.id,
        row.client_id,
        _client_code(session, row.client_id),
        row.session_at,
        row.pre_test_counselling,
        row.consent_given,
        items,
        row.risk_note,
        row.risk_reduction_plan,
        row.ever_tested,
        row.months_since_last_test,
        row.previous_self_test,
        row.on_prep,
        row.on_art,
        row.post_test_counselling,
        row.peer_support_offered,
    )


def test_info(session: Session, row: HivTest) -> TestInfo:
    lot = session.get_one(KitLot, row.lot_id)
    referral_id = session.scalar(
        select(Referral.id).where(Referral.test_id == row.id, Referral.voided_at.is_(None)).limit(1)
    )
    return TestInfo(
        row.id,
        row.client_id,
        _client_code(session, row.client_id),
        row.session_id,
        row.lot_id,
        lot.kit_name,
        lot.lot_number,
        lot.expiry_date,
        row.started_at,
        row.read_at,
        row.elapsed_minutes,
        row.control_line,
        row.test_line,
        row.result,
        row.invalid_reason,
        row.result_given,
        row.retrospective,
        row.repeat_of_id,
        referral_id,
        row.modality,
    )


SESSION_FIELDS = (
    "pre_test_counselling",
    "consent_given",
    "risk_items",
    "risk_note",
    "risk_reduction_plan",
    "ever_tested",
    "months_since_last_test",
    "previous_self_test",
    "on_prep",
    "on_art",
    "peer_support_offered",
    "session_at",
)


def validate_session(ctx: ServiceContext, fields: dict[str, Any]) -> dt.datetime:
    """Check a counselling session's fields before anything is written; return its time."""
    unknown_fields = set(fields) - set(SESSION_FIELDS)
    if unknown_fields:
        raise TypeError(f"unknown counselling fields: {sorted(unknown_fields)}")
    risk_items = fields.get("risk_items") or ()
    if any(i not in rules.RISK_ITEMS for i in risk_items):
        raise ValidationError(translate("Testing", "Please choose risk items from the list."), "risk_items")
    months = fields.get("months_since_last_test")
    if months is not None:
        if not isinstance(months, int) or isinstance(months, bool) or months < 0 or months > 600:
            raise ValidationError(
                translate("Testing", "Months since the last test must be between 0 and 600."), "months_since"
            )
        if fields.get("ever_tested") is False:
            raise ValidationError(
                translate("Testing", "Months since the last test only applies to someone who has tested before."),
                "months_since",
            )
    for name in ("risk_note", "risk_reduction_plan"):
        fields[name] = clean_text(fields.get(name), name, LONG_MAX)
    when = fields.get("session_at") or ctx.now()
    if when > ctx.now():
        raise ValidationError(translate("Testing", "A counselling session cannot be in the future."), "session_at")
    return when


def new_session(
    s: Session, ctx: ServiceContext, client_code: str, when: dt.datetime, fields: dict[str, Any]
) -> CounsellingSession:
    client = resolve_client(s, client_code)
    risk_items = list(fields.get("risk_items") or ())
    row = CounsellingSession(
        client_id=client.id,
        counsellor_id=ctx.acting.id,
        session_at=when,
        pre_test_counselling=bool(fields.get("pre_test_counselling")),
        consent_given=bool(fields.get("consent_given")),
        risk_items=json.dumps(risk_items) if risk_items else None,
        risk_note=fields.get("risk_note"),
        risk_reduction_plan=fields.get("risk_reduction_plan"),
        ever_tested=fields.get("ever_tested"),
        months_since_last_test=fields.get("months_since_last_test"),
        previous_self_test=bool(fields.get("previous_self_test")),
        on_prep=bool(fields.get("on_prep")),
        on_art=bool(fields.get("on_art")),
        post_test_counselling=False,
        peer_support_offered=bool(fields.get("peer_support_offered")),
    )
    s.add(row)
    s.flush()
    return row


def _no_consent() -> ValidationError:
    return ValidationError(
        translate("Testing", "The person has not given verbal informed consent, so no test can be recorded."), "consent"
    )
