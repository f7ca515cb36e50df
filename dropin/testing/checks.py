"""What a client test must pass before it is started or entered: a usable lot, a session with consent, a repeat
of an invalid test, the kit-control gate and where the test was done."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dropin.context import ServiceContext
from dropin.errors import NotFound, ValidationError
from dropin.i18n import format_date, translate
from dropin.models.testing import CounsellingSession, HivTest, KitLot, QcRun
from dropin.testing import quality, rules
from dropin.testing.records import _no_consent
from dropin.testing.rules import Result
from dropin.testing.stock import lot_stock


def check_lot(s: Session, lot_id: int | None, day: dt.date) -> KitLot:
    if lot_id is None:
        raise ValidationError(translate("Testing", "Please choose the kit lot."), "lot")
    lot = s.get(KitLot, lot_id)
    if lot is None or lot.voided_at is not None:
        raise ValidationError(translate("Testing", "Please choose the kit lot."), "lot")
    if lot.expiry_date < day:
        raise ValidationError(
            translate(
                "Testing", "Lot {lot} expired on {date}. Expired kits cannot be used; choose another lot."
            ).format(lot=lot.lot_number, date=format_date(lot.expiry_date)),
            "lot",
        )
    stock = lot_stock(s, lot_ids=[lot.id])[0]
    if stock.on_hand <= 0:
        raise ValidationError(
            translate("Testing", "Lot {lot} has no kits left. Choose another lot.").format(lot=lot.lot_number),
            "lot",
        )
    if qc_failed(s, lot.id):
        raise ValidationError(
            translate("Testing", "Lot {lot} failed its last quality-control run and must not be used.").format(
                lot=lot.lot_number
            ),
            "lot",
        )
    return lot


def check_session(s: Session, session_id: int) -> CounsellingSession:
    cs = s.get(CounsellingSession, session_id)
    if cs is None or cs.voided_at is not None:
        raise NotFound(translate("Testing", "This counselling session does not exist."))
    if not cs.consent_given:
        raise _no_consent()
    return cs


def check_repeat(s: Session, repeat_of_id: int | None, client_id: int) -> None:
    if repeat_of_id is None:
        return
    first = s.get(HivTest, repeat_of_id)
    if first is None or first.voided_at is not None or first.client_id != client_id:
        raise ValidationError(translate("Testing", "The test to repeat belongs to another person or does not exist."))
    if first.result != Result.INVALID:
        raise ValidationError(translate("Testing", "Only an invalid test can be repeated."))


def quality_gate(
    ctx: ServiceContext, s: Session, lot: KitLot, at: dt.datetime, override_reason: str | None
) -> dict[str, Any] | None:
    """Refuse a lot whose kit controls are due (or a room out of range) unless overridden with a reason."""
    reasons = quality.blocking_reasons(s, lot, ctx.acting.id, at)
    override = quality.check_override(reasons, override_reason)
    return {"reasons": reasons, "reason": override} if override else None


def modality_of(s: Session, modality: str | None, repeat_of_id: int | None) -> str:
    """Where a test was done: as given, else the first test's for a repeat, else at the drop-in."""
    if modality is None:
        first = s.get(HivTest, repeat_of_id) if repeat_of_id is not None else None
        return first.modality if first is not None else rules.DEFAULT_MODALITY
    if modality not in rules.MODALITIES:
        raise ValidationError(translate("Testing", "Please choose where the test was done from the list."), "modality")
    return modality


def qc_failed(s: Session, lot_id: int) -> bool:
    last = s.execute(
        select(QcRun.positive_control_ok, QcRun.negative_control_ok)
        .where(QcRun.lot_id == lot_id, QcRun.voided_at.is_(None))
        .order_by(QcRun.run_on.desc(), QcRun.id.desc())
        .limit(1)
    ).first()
    return last is not None and not (last[0] and last[1])
