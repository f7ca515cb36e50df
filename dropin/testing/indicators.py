"""Figures for the HIV counselling and testing section (aggregates only, no client codes).

Key-population type and testing modality are what was recorded (the client's
key-population type, each test's modality), never derived.

``start`` is inclusive, ``end`` exclusive; any range of days works (week,
month, quarter, year), and distinct people are counted over the whole range.
Keys match ``dropin.reports.definitions.TESTING``.

* "People tested" (HTS_TST style) are people who got a final result
  (non-reactive or reactive) and were told it. People already known to be
  positive (a positive confirmatory result dated before the test) or on ART
  (said so at the counselling session) are left out of it and of positivity;
  their retests are counted on their own line.
* Linkage starts from the diagnosis: people newly confirmed positive in the
  period are the denominator, and the days to ART count from the
  confirmatory result, not from the reactive screening test.
"""

from __future__ import annotations

import datetime as dt
import functools
import statistics
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Exists, case, distinct, extract, func, select
from sqlalchemy.orm import Session, aliased

from dropin.clients.choices import GENDERS, NOT_STATED
from dropin.models import sqlfunc
from dropin.models.clients import Client
from dropin.models.testing import CounsellingSession, HivTest, KitLot, QcRun, Referral
from dropin.reports import once
from dropin.testing import rules
from dropin.testing.stock import lot_stock

if TYPE_CHECKING:
    from dropin.reports.series import Bounds, Counts

FINAL = ("nonreactive", "reactive")
#: five-year bands as in PEPFAR MER disaggregations (age in years at the test)
AGE_BANDS = ("under_15", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50+", "unknown")
#: key-population type as recorded on the client (``other_kp``: another type, or not stated)
KP_TYPES = ("fsw", "msw", "tg", "other_kp")
#: testing modality as recorded on each test
MODALITIES = tuple(rules.MODALITIES)
LINKAGE_DAYS = (7, 30, 90)


def _live_tests() -> tuple[Any, ...]:
    """The live tests of the period (its bounds as parameters: :mod:`dropin.reports.once`)."""
    return HivTest.voided_at.is_(None), HivTest.started_at >= once.T0, HivTest.started_at < once.T1


def compute_series(session: Session, bounds: Bounds, as_of: dt.date | None = None) -> list[Counts]:
    """People tested (not known positive) in every period, in one statement (see :mod:`dropin.reports.series`)."""
    from dropin.reports import series

    p = series.periods(bounds)
    known = CounsellingSession.on_art.is_(True) | _known_positive_at(sqlfunc.date_of(HivTest.started_at))
    # people with a final result told, less those of them known positive or on ART at one of those tests:
    # per period, two distinct counts over the period's tests (a range of the test-date index)
    tested = (
        select(
            func.count(func.distinct(HivTest.client_id))
            - func.count(func.distinct(case((known, HivTest.client_id), else_=None)))
        )
        .select_from(HivTest)
        .join(CounsellingSession, CounsellingSession.id == HivTest.session_id)
        .where(
            HivTest.voided_at.is_(None),
            HivTest.started_at >= p.c.s,
            HivTest.started_at < p.c.e,
            HivTest.result.in_(FINAL),
            HivTest.result_given.is_(True),
        )
        .correlate(p)
        .scalar_subquery()
    )
    statement = select(p.c.k, tested).select_from(p)
    return series.run(session, bounds, {"testing.hts_tst": 0}, statement)


def age_band(age: int | None) -> str:
    if age is None or age < 0:
        return "unknown"
    if age < 15:
        return "under_15"
    if age >= 50:
        return "50+"
    low = age - age % 5
    return f"{low}-{low + 4}"


def kp_type(recorded: str | None) -> str:
    return recorded if recorded in ("fsw", "msw", "tg") else "other_kp"


def _known_positive_at(test_day: ColumnElement[Any]) -> Exists:
    """An earlier positive confirmatory result for the same person (not voided)."""
    return (
        select(Referral.id)
        .where(
            Referral.client_id == HivTest.client_id,
            Referral.voided_at.is_(None),
            Referral.confirmatory_result == "positive",
            Referral.confirmatory_on < test_day,
        )
        .exists()
    )


@functools.cache
def _people_tested_statement() -> Any:
    """One row per person in SQL (known positive or on ART at one of the period's tests, reactive at one, and
    what their first test of the period recorded), counted by what the breakdowns read."""
    known = case((CounsellingSession.on_art.is_(True) | _known_positive_at(sqlfunc.date_of(HivTest.started_at)), 1))
    first = func.row_number().over(partition_by=HivTest.client_id, order_by=(HivTest.started_at, HivTest.id))
    tests = (
        select(
            HivTest.client_id.label("cid"),
            func.coalesce(known, 0).label("known"),
            case((HivTest.result == "reactive", 1), else_=0).label("reactive"),
            (extract("year", HivTest.started_at) - func.nullif(Client.birth_year, 0)).label("age"),
            Client.gender.label("gender"),
            Client.kp_type.label("kp"),
            HivTest.modality.label("modality"),
            first.label("n"),
        )
        .join(CounsellingSession, CounsellingSession.id == HivTest.session_id)
        .join(Client, Client.id == HivTest.client_id)
        .where(*_live_tests(), HivTest.result.in_(FINAL), HivTest.result_given.is_(True))
        .subquery()
    )

    def at_first(column: Any) -> Any:  # what the person's first test of the period recorded
        return func.max(case((tests.c.n == 1, column)))

    person = (
        select(
            func.max(tests.c.known).label("known"),
            func.max(tests.c.reactive).label("reactive"),
            at_first(tests.c.age).label("age"),
            at_first(tests.c.gender).label("gender"),
            at_first(tests.c.kp).label("kp"),
            at_first(tests.c.modality).label("modality"),
        )
        .group_by(tests.c.cid)
        .subquery()
    )
    return select(
        person.c.known,
        func.count(),
        func.sum(person.c.reactive),
        person.c.age,
        person.c.gender,
        person.c.kp,
        person.c.modality,
    ).group_by(person.c.known, person.c.age, person.c.gender, person.c.kp, person.c.modality)


def _people_tested(session: Session, bounds: dict[str, Any]) -> dict[str, Any]:
    """People with a final result who were told it, split into new testers and known positives, with breakdowns:
    only the few combinations come back, and are put in their categories here."""
    by = {
        name: {code: 0 for code in codes}
        for name, codes in (
            ("age", AGE_BANDS),
            ("gender", (*GENDERS, NOT_STATED)),
            ("kp", KP_TYPES),
            ("modality", MODALITIES),
        )
    }
    tested = reactive = known_positive = 0
    for is_known, n, n_reactive, age, gender, kp, where in session.execute(_people_tested_statement(), bounds):
        if is_known:
            known_positive += n
            continue
        tested += n
        reactive += int(n_reactive or 0)
        by["age"][age_band(None if age is None else int(age))] += n
        by["gender"][gender if gender in GENDERS else NOT_STATED] += n
        by["kp"][kp_type(kp)] += n
        by["modality"][where if where in MODALITIES else "other_community"] += n
    return {
        "testing.hts_tst": tested,
        "testing.reactive": reactive,
        "testing.known_positive": known_positive,
        "testing.by_age": by["age"],
        "testing.by_gender": by["gender"],
        "testing.by_kp": by["kp"],
        "testing.by_modality": by["modality"],
    }


@functools.cache
def _diagnosed_statement() -> Any:
    """Per person newly confirmed positive in the period (``start``, ``end``): the diagnosis, ART start, on ART."""
    start, end = once.START, once.END
    earlier = aliased(Referral)
    return (
        select(
            Referral.client_id,
            func.min(Referral.confirmatory_on),
            func.min(Referral.art_start_on),
            sqlfunc.any_true(func.coalesce(CounsellingSession.on_art, False)),
        )
        .outerjoin(HivTest, HivTest.id == Referral.test_id)
        .outerjoin(CounsellingSession, CounsellingSession.id == HivTest.session_id)
        .where(
            Referral.voided_at.is_(None),
            Referral.confirmatory_result == "positive",
            Referral.confirmatory_on >= start,
            Referral.confirmatory_on < end,
            ~select(earlier.id)
            .where(
                earlier.client_id == Referral.client_id,
                earlier.voided_at.is_(None),
                earlier.confirmatory_result == "positive",
                earlier.confirmatory_on < start,
            )
            .exists(),
        )
        .group_by(Referral.client_id)
    )


def _linkage(session: Session, bounds: dict[str, Any]) -> dict[str, Any]:
    """People newly diagnosed in the period and how soon after the diagnosis they started ART."""
    diagnosed = session.execute(_diagnosed_statement(), bounds).all()
    new = [(confirmed, art) for _client, confirmed, art, on_art in diagnosed if not on_art]
    days = [max(0, (art - confirmed).days) for confirmed, art in new if art is not None and confirmed is not None]
    out = {
        "testing.diagnosed": len(new),
        "testing.linked_art": len(days),
        "testing.median_days_to_art": float(statistics.median(days)) if days else None,
    }
    for limit in LINKAGE_DAYS:
        linked = sum(1 for d in days if d <= limit)
        out[f"testing.linked_{limit}"] = linked
        out[f"testing.linked_{limit}_pct"] = round(100.0 * linked / len(new), 1) if new else None
    return out


@functools.cache
def _period_statements() -> tuple[Any, ...]:
    """The statements of the period's other figures, built once (:mod:`dropin.reports.once`)."""
    start, end, last_day = once.START, once.END, once.LAST_DAY
    counselled = select(func.count(distinct(CounsellingSession.client_id))).where(
        CounsellingSession.voided_at.is_(None),
        CounsellingSession.pre_test_counselling.is_(True),
        CounsellingSession.session_at >= once.T0,
        CounsellingSession.session_at < once.T1,
    )
    # every live test of the period uses a kit; those with a result are counted by result
    by_result = select(HivTest.result, func.count()).where(*_live_tests()).group_by(HivTest.result)
    # "at the end of the period" is the day after it: a referral due on the last day and still open is overdue
    referrals = select(
        func.count(case((Referral.referred_on >= start, 1))),
        func.count(
            case(
                (
                    (Referral.due_date < end) & (Referral.closed_on.is_(None) | (Referral.closed_on > last_day)),
                    1,
                )
            )
        ),
    ).where(Referral.voided_at.is_(None), Referral.referred_on < end)
    qc = select(func.coalesce(func.sum(QcRun.kits_used), 0), func.count(QcRun.id)).where(
        QcRun.voided_at.is_(None), QcRun.run_on >= start, QcRun.run_on < end
    )
    lots = select(KitLot.id).where(KitLot.voided_at.is_(None), KitLot.received_on < end, KitLot.expiry_date >= end)
    return counselled, by_result, referrals, qc, lots


def compute(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict[str, Any]:
    bounds = once.bounds(start, end)
    counselled_q, by_result_q, referrals_q, qc_q, lots_q = _period_statements()
    counselled = session.scalar(counselled_q, bounds) or 0
    tested = _people_tested(session, bounds)
    by_result = {"nonreactive": 0, "reactive": 0, "invalid": 0}
    kits_tests = 0
    for result, n in session.execute(by_result_q, bounds):
        kits_tests += n
        if result in by_result:
            by_result[result] = n
    positivity = (
        round(100.0 * tested["testing.reactive"] / tested["testing.hts_tst"], 1) if tested["testing.hts_tst"] else None
    )
    referred, overdue = session.execute(referrals_q, bounds).one()
    kits_qc, qc_runs = session.execute(qc_q, bounds).one()
    # the lots received before the end and not expired by then: only their tests are counted
    lots = session.scalars(lots_q, bounds).all()
    stock = [x for x in lot_stock(session, before=end, lot_ids=list(lots)) if x.on_hand > 0]
    on_hand = sum(x.on_hand for x in stock)
    expiring = sum(1 for x in stock if x.expiry_date < end + dt.timedelta(days=rules.NEAR_EXPIRY_DAYS))

    return {
        "testing.counselled": counselled,
        **tested,
        "testing.positivity": positivity,
        "testing.by_result": by_result,
        "testing.referred": int(referred or 0),
        **_linkage(session, bounds),
        "testing.overdue": int(overdue or 0),
        "testing.kits_used": int(kits_tests + (kits_qc or 0)),
        # not printed: what the kits used beyond the tests with a result went to (QC, tests not yet read)
        "testing.kits_other": int(kits_tests - sum(by_result.values()) + (kits_qc or 0)),
        "testing.kits_on_hand": on_hand,
        "testing.lots_expiring": expiring,
        "testing.qc_runs": int(qc_runs or 0),
    }
