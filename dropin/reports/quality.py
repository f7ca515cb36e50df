"""The internal quality page (managers only, never in the funder version): counts, never a person.

* QC runs in the period and how many failed a control; kit lots in stock with no QC run yet.
* Invalid test results in the period that were not repeated.
* Shelter stays whose review date (set at an extension) has passed and that are still open.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, aliased

from dropin.models.shelter import ShelterExtension, ShelterStay
from dropin.models.testing import HivTest, KitLot, QcRun

KEYS = ("qc_runs", "qc_failed", "lots_without_qc", "last_qc", "invalid_not_repeated", "reviews_due")


def _dt(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def quality_items(session: Session, start: dt.date, end: dt.date) -> list[tuple[str, int | str]]:
    live_qc = (QcRun.voided_at.is_(None), QcRun.run_on >= start, QcRun.run_on < end)
    runs, failed = session.execute(
        select(
            func.count(QcRun.id),
            func.coalesce(func.sum(case((~(QcRun.positive_control_ok & QcRun.negative_control_ok), 1), else_=0)), 0),
        ).where(*live_qc)
    ).one()
    last_qc = session.scalar(select(func.max(QcRun.run_on)).where(QcRun.voided_at.is_(None), QcRun.run_on < end))
    lots_without = session.scalar(
        select(func.count(KitLot.id)).where(
            KitLot.voided_at.is_(None),
            KitLot.received_on < end,
            KitLot.expiry_date >= end,
            ~select(QcRun.id).where(QcRun.lot_id == KitLot.id, QcRun.voided_at.is_(None), QcRun.run_on < end).exists(),
        )
    )
    repeat = aliased(HivTest)
    invalid = session.scalar(
        select(func.count(HivTest.id)).where(
            HivTest.voided_at.is_(None),
            HivTest.result == "invalid",
            HivTest.started_at >= _dt(start),
            HivTest.started_at < _dt(end),
            ~select(repeat.id).where(repeat.repeat_of_id == HivTest.id, repeat.voided_at.is_(None)).exists(),
        )
    )
    last_day = end - dt.timedelta(days=1)
    reviews = session.scalar(
        select(func.count(func.distinct(ShelterStay.id)))
        .join(ShelterExtension, ShelterExtension.stay_id == ShelterStay.id)
        .where(
            ShelterStay.voided_at.is_(None),
            ShelterStay.status == "active",
            ShelterExtension.voided_at.is_(None),
            ShelterExtension.review_on.is_not(None),
            ShelterExtension.review_on <= last_day,
            or_(ShelterStay.discharged_on.is_(None), ShelterStay.discharged_on > last_day),
        )
    )
    return [
        ("qc_runs", int(runs or 0)),
        ("qc_failed", int(failed or 0)),
        ("lots_without_qc", int(lots_without or 0)),
        ("last_qc", last_qc.isoformat() if last_qc else "–"),
        ("invalid_not_repeated", int(invalid or 0)),
        ("reviews_due", int(reviews or 0)),
    ]
