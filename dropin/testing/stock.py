"""Kit stock arithmetic shared by the kit service and the weekly indicators.

For every lot shipment: received = used in tests + invalid tests + quality control + discarded + on hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dropin.models.testing import HivTest, KitDiscard, KitLot, QcRun


@dataclass(frozen=True)
class LotStock:
    id: int
    kit_name: str
    lot_number: str
    expiry_date: dt.date
    received_on: dt.date
    source: str
    arrival_temp_c: float | None
    received: int
    used_tests: int  # tests running or with a non-reactive / reactive result
    invalid: int
    qc: int
    discarded: int

    @property
    def on_hand(self) -> int:
        return self.received - self.used_tests - self.invalid - self.qc - self.discarded

    @property
    def balanced(self) -> bool:
        return self.received == self.used_tests + self.invalid + self.qc + self.discarded + self.on_hand

    def expired_on(self, day: dt.date) -> bool:
        """A kit can be used up to and including its expiry date."""
        return self.expiry_date < day


def lot_stock(session: Session, before: dt.date | None = None, lot_ids: list[int] | None = None) -> list[LotStock]:
    """Stock per lot shipment counting only what happened before ``before`` (everything if None)."""
    lots_q = select(KitLot).where(KitLot.voided_at.is_(None))
    tests_q = (
        select(HivTest.lot_id, HivTest.result, func.count())
        .where(HivTest.voided_at.is_(None))
        .group_by(HivTest.lot_id, HivTest.result)
    )
    qc_q = select(QcRun.lot_id, func.sum(QcRun.kits_used)).where(QcRun.voided_at.is_(None)).group_by(QcRun.lot_id)
    disc_q = (
        select(KitDiscard.lot_id, func.sum(KitDiscard.quantity))
        .where(KitDiscard.voided_at.is_(None))
        .group_by(KitDiscard.lot_id)
    )
    if before is not None:
        lots_q = lots_q.where(KitLot.received_on < before)
        tests_q = tests_q.where(HivTest.started_at < dt.datetime.combine(before, dt.time()))
        qc_q = qc_q.where(QcRun.run_on < before)
        disc_q = disc_q.where(KitDiscard.discarded_on < before)
    if lot_ids is not None:  # only those lots are given back: nothing else need be counted
        lots_q = lots_q.where(KitLot.id.in_(lot_ids))
        tests_q = tests_q.where(HivTest.lot_id.in_(lot_ids))
        qc_q = qc_q.where(QcRun.lot_id.in_(lot_ids))
        disc_q = disc_q.where(KitDiscard.lot_id.in_(lot_ids))
    used: dict[int, int] = {}
    invalid: dict[int, int] = {}
    for lot_id, result, n in session.execute(tests_q):
        target = invalid if result == "invalid" else used
        target[lot_id] = target.get(lot_id, 0) + n
    qc = {lot_id: int(n or 0) for lot_id, n in session.execute(qc_q)}
    disc = {lot_id: int(n or 0) for lot_id, n in session.execute(disc_q)}
    out = []
    for lot in session.scalars(lots_q.order_by(KitLot.expiry_date, KitLot.received_on, KitLot.id)):
        out.append(
            LotStock(
                lot.id,
                lot.kit_name,
                lot.lot_number,
                lot.expiry_date,
                lot.received_on,
                lot.source,
                lot.arrival_temp_c,
                lot.quantity_received,
                used.get(lot.id, 0),
                invalid.get(lot.id, 0),
                qc.get(lot.id, 0),
                disc.get(lot.id, 0),
            )
        )
    return out
