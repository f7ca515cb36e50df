"""Weekly figures for the HIV counselling and testing section (aggregates only, no client codes).

``start`` is inclusive, ``end`` exclusive. Keys match ``dropin.reports.definitions.TESTING``.
"""

from __future__ import annotations

import datetime as dt
import statistics

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from dropin.models.testing import CounsellingSession, HivTest, QcRun, Referral
from dropin.testing import rules
from dropin.testing.stock import lot_stock

FINAL = ("nonreactive", "reactive")


def _dt(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _live_tests(start: dt.date, end: dt.date) -> tuple:
    return HivTest.voided_at.is_(None), HivTest.started_at >= _dt(start), HivTest.started_at < _dt(end)


def _tested(session: Session, live_test) -> int:
    return session.scalar(select(func.count(distinct(HivTest.client_id))).where(
        *live_test, HivTest.result.in_(FINAL))) or 0


def compute_trend(session: Session, start: dt.date, end: dt.date) -> dict:
    """Only the figures drawn as 12-week trends (the report asks for these for the older weeks)."""
    return {"testing.tested": _tested(session, _live_tests(start, end))}


def compute(session: Session, start: dt.date, end: dt.date) -> dict:
    t0, t1 = _dt(start), _dt(end)
    live_test = _live_tests(start, end)

    counselled = session.scalar(select(func.count(distinct(CounsellingSession.client_id))).where(
        CounsellingSession.voided_at.is_(None), CounsellingSession.pre_test_counselling.is_(True),
        CounsellingSession.session_at >= t0, CounsellingSession.session_at < t1)) or 0
    tested = _tested(session, live_test)
    result_given = session.scalar(select(func.count(distinct(HivTest.client_id))).where(
        *live_test, HivTest.result.in_(FINAL), HivTest.result_given.is_(True))) or 0
    by_result = {"nonreactive": 0, "reactive": 0, "invalid": 0}
    for result, n in session.execute(select(HivTest.result, func.count()).where(
            *live_test, HivTest.result.is_not(None)).group_by(HivTest.result)):
        if result in by_result:
            by_result[result] = n
    reactive = session.scalar(select(func.count(distinct(HivTest.client_id))).where(
        *live_test, HivTest.result == "reactive")) or 0
    positivity = round(100.0 * reactive / tested, 1) if tested else None

    live_ref = Referral.voided_at.is_(None)
    referred = session.scalar(select(func.count()).select_from(Referral).where(
        live_ref, Referral.referred_on >= start, Referral.referred_on < end)) or 0
    confirmed = session.scalar(select(func.count()).select_from(Referral).where(
        live_ref, Referral.confirmatory_result == "positive",
        Referral.confirmatory_on >= start, Referral.confirmatory_on < end)) or 0
    linked = session.execute(
        select(Referral.art_start_on, HivTest.read_at, HivTest.started_at, Referral.referred_on)
        .outerjoin(HivTest, HivTest.id == Referral.test_id)
        .where(live_ref, Referral.art_start_on >= start, Referral.art_start_on < end)).all()
    days = []
    for art, read_at, started_at, referred_on in linked:
        tested_on = (read_at or started_at).date() if (read_at or started_at) else referred_on
        days.append(max(0, (art - tested_on).days))
    buckets = {"le7": 0, "8to14": 0, "15to30": 0, "gt30": 0}
    for d in days:
        buckets[rules.days_to_art_bucket(d)] += 1
    median = float(statistics.median(days)) if days else None

    # "At the end of the week" is the Monday after it: a referral due on the Sunday and still open is overdue,
    # as ReferralInfo.days_overdue would say on that Monday. Made and not closed by the end of the Sunday.
    last_day = end - dt.timedelta(days=1)
    overdue = session.scalar(select(func.count()).select_from(Referral).where(
        live_ref, Referral.due_date < end, Referral.referred_on < end,
        Referral.closed_on.is_(None) | (Referral.closed_on > last_day))) or 0

    kits_tests = session.scalar(select(func.count()).select_from(HivTest).where(*live_test)) or 0
    kits_qc = session.scalar(select(func.coalesce(func.sum(QcRun.kits_used), 0)).where(
        QcRun.voided_at.is_(None), QcRun.run_on >= start, QcRun.run_on < end)) or 0
    qc_runs = session.scalar(select(func.count()).select_from(QcRun).where(
        QcRun.voided_at.is_(None), QcRun.run_on >= start, QcRun.run_on < end)) or 0
    stock = [x for x in lot_stock(session, before=end) if x.on_hand > 0 and x.expiry_date >= end]
    on_hand = sum(x.on_hand for x in stock)
    expiring = sum(1 for x in stock if x.expiry_date < end + dt.timedelta(days=rules.NEAR_EXPIRY_DAYS))

    return {
        "testing.counselled": counselled,
        "testing.tested": tested,
        "testing.result_given": result_given,
        "testing.by_result": by_result,
        "testing.reactive": reactive,
        "testing.positivity": positivity,
        "testing.referred": referred,
        "testing.confirmed": confirmed,
        "testing.linked_art": len(days),
        "testing.median_days_to_art": median,
        "testing.days_to_art": buckets,
        "testing.overdue": overdue,
        "testing.kits_used": int(kits_tests + kits_qc),
        "testing.kits_on_hand": on_hand,
        "testing.lots_expiring": expiring,
        "testing.qc_runs": qc_runs,
    }
