"""People reached across every service, and those reached with the centre's defined prevention package.

``compute(session, start, end)`` like an area's indicators. A person counts
once however many services they used: a visit with their code, an HIV test,
a night in the shelter or attending a children's session as a parent.

"Reached with the defined package" (KP_PREV style) counts people who in the
period received, on their visits, at least one item of every group of the
package (e.g. condoms, and information), and, if the package asks for it,
were offered an HIV test (a pre-test counselling session or a test). The
package is the setting ``prevention_package``, set by a manager.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

from sqlalchemy import CompoundSelect, Date, Integer, Select, and_, bindparam, case, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from dropin.models.children import STATUS_HELD, ActivitySession, AdultAttendance
from dropin.models.rollups import VisitClientService, VisitClientYear, from_new_year
from dropin.models.shelter import ShelterStay
from dropin.models.testing import CounsellingSession, HivTest
from dropin.models.visits import ServiceItem, Visit, VisitLine
from dropin.reports import cache, once
from dropin.settings import get_setting

if TYPE_CHECKING:
    from dropin.reports.series import Bounds, Counts


def _dt(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def package(session: Session) -> dict[str, Any]:
    value = get_setting(session, "prevention_package") or {}
    groups = [[str(code) for code in group] for group in value.get("service_groups", []) if group]
    return {"service_groups": groups, "hiv_test_offered": bool(value.get("hiv_test_offered", False))}


#: the day after the last night of the period slept (today, for a period still running), and its year
NIGHTS_END = bindparam("nights_end", type_=Date())
YEAR = bindparam("year", type_=Integer())


def _served_ids() -> tuple[Select[Any], ...]:
    """The people of each service in the period (its bounds as parameters: :mod:`dropin.reports.once`)."""
    start, end = once.START, once.END
    return (
        select(Visit.client_id.label("cid")).where(
            Visit.client_id.is_not(None), Visit.voided_at.is_(None), Visit.visit_date >= start, Visit.visit_date < end
        ),
        select(HivTest.client_id).where(
            HivTest.voided_at.is_(None), HivTest.started_at >= once.T0, HivTest.started_at < once.T1
        ),
        select(ShelterStay.client_id).where(
            ShelterStay.voided_at.is_(None),
            ShelterStay.status.in_(("active", "discharged")),
            ShelterStay.admitted_on < NIGHTS_END,
            or_(ShelterStay.discharged_on.is_(None), ShelterStay.discharged_on > start),
            or_(ShelterStay.discharged_on.is_(None), ShelterStay.discharged_on > ShelterStay.admitted_on),
        ),
        select(AdultAttendance.client_id)
        .join(ActivitySession, ActivitySession.id == AdultAttendance.session_id)
        .where(
            AdultAttendance.present.is_(True),
            AdultAttendance.voided_at.is_(None),
            ActivitySession.voided_at.is_(None),
            ActivitySession.status == STATUS_HELD,
            ActivitySession.date >= start,
            ActivitySession.date < end,
        ),
    )


@functools.cache
def _reached_statements(from_year_rows: bool) -> tuple[Any, Any]:
    """The people with a visit, and the others reached without one: built once per kind of period."""
    visited, *others = _served_ids()
    other = union(*others).subquery()
    cid = next(iter(other.c))
    return (
        visited.with_only_columns(func.count(func.distinct(Visit.client_id))),
        select(func.count()).select_from(other).where(_no_visit(cid, from_year_rows)),
    )


def _reached(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None) -> int:
    """Everyone served: the people with a visit, and those reached otherwise who had no visit in the period.

    The visits hold nearly everyone, so they are counted from the visit-date index in one pass; the
    few people of the other services are each checked for a visit of the period (one index look-up).
    """
    visited, others = _reached_statements(from_new_year(start, end))
    params = once.bounds(start, end) | {
        "nights_end": min(end, as_of) if as_of is not None else end,
        "year": start.year,
    }
    counted = cache.get(session, cache.visitors(start, end))  # the visits section's count, when it came first
    with_visit = int(counted) if counted is not None else int(session.scalar(visited, params) or 0)
    return with_visit + int(session.scalar(others, params) or 0)


def _no_visit(cid: Any, from_year_rows: bool) -> Any:
    """No live visit of person ``cid`` in the period: for a period from 1 January, from the clients' years
    (:class:`~dropin.models.rollups.VisitClientYear`, a smaller table than the visits' index), else from the visits."""
    if from_year_rows:
        year = VisitClientYear
        return ~select(year.year).where(year.year == YEAR, year.client_id == cid, year.first_on < once.END).exists()
    seen = aliased(Visit)
    return ~(
        select(seen.id)
        .where(
            seen.client_id == cid, seen.voided_at.is_(None), seen.visit_date >= once.START, seen.visit_date < once.END
        )
        .exists()
    )


def compute_series(session: Session, bounds: Bounds, as_of: dt.date | None = None) -> list[Counts]:
    """People reached in every period, in one statement (see :mod:`dropin.reports.series`)."""
    from dropin.reports import series

    p = series.periods(bounds)
    slept = series.periods([(s, max(s, as_of) if as_of is not None and as_of < e else e) for s, e in bounds], "slept")
    # as :func:`_reached`: the people with a visit of the period, and the others reached without one
    others = union(
        select(p.c.k, HivTest.client_id)
        .select_from(p)
        .join(HivTest, and_(HivTest.voided_at.is_(None), HivTest.started_at >= p.c.s, HivTest.started_at < p.c.e)),
        select(slept.c.k, ShelterStay.client_id)
        .select_from(slept)
        .join(
            ShelterStay,
            and_(
                ShelterStay.voided_at.is_(None),
                ShelterStay.status.in_(("active", "discharged")),
                ShelterStay.admitted_on < slept.c.e,
                or_(ShelterStay.discharged_on.is_(None), ShelterStay.discharged_on > slept.c.s),
                or_(ShelterStay.discharged_on.is_(None), ShelterStay.discharged_on > ShelterStay.admitted_on),
            ),
        ),
        select(p.c.k, AdultAttendance.client_id)
        .select_from(p)
        .join(
            ActivitySession,
            and_(
                ActivitySession.voided_at.is_(None),
                ActivitySession.status == STATUS_HELD,
                ActivitySession.date >= p.c.s,
                ActivitySession.date < p.c.e,
            ),
        )
        .join(
            AdultAttendance,
            and_(
                AdultAttendance.session_id == ActivitySession.id,
                AdultAttendance.present.is_(True),
                AdultAttendance.voided_at.is_(None),
            ),
        ),
    ).subquery()
    k, cid = list(others.c)
    seen = aliased(Visit)
    no_visit = ~(
        select(seen.id)
        .where(seen.client_id == cid, seen.voided_at.is_(None), seen.visit_date >= p.c.s, seen.visit_date < p.c.e)
        .exists()
    )
    without = (
        select(k.label("k"), func.count().label("n"))
        .select_from(others)
        .join(p, p.c.k == k)
        .where(no_visit)
        .group_by(k)
        .subquery()
    )
    visited = (
        select(func.count(func.distinct(Visit.client_id)))
        .where(
            Visit.client_id.is_not(None),
            Visit.voided_at.is_(None),
            Visit.visit_date >= p.c.s,
            Visit.visit_date < p.c.e,
        )
        .correlate(p)
        .scalar_subquery()
    )
    known = [cache.get(session, cache.visitors(s, e)) for s, e in bounds]  # counted by the visits section
    if all(n is not None for n in known):
        statement = select(p.c.k, func.coalesce(without.c.n, 0)).select_from(p.outerjoin(without, without.c.k == p.c.k))
        out = series.run(session, bounds, {"reach.people": 0}, statement)
        return [{"reach.people": n + figures["reach.people"]} for n, figures in zip(known, out, strict=True)]
    statement = select(p.c.k, visited + func.coalesce(without.c.n, 0)).select_from(
        p.outerjoin(without, without.c.k == p.c.k)
    )
    return series.run(session, bounds, {"reach.people": 0}, statement)


def compute(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict[str, int | None]:
    return {"reach.people": _reached(session, start, end, as_of), "reach.package": _with_package(session, start, end)}


def _offered(start: dt.date, end: dt.date) -> CompoundSelect[int]:
    """People offered an HIV test in the period: a counselling session or a test."""
    return union(
        select(CounsellingSession.client_id).where(
            CounsellingSession.voided_at.is_(None),
            CounsellingSession.session_at >= _dt(start),
            CounsellingSession.session_at < _dt(end),
        ),
        select(HivTest.client_id).where(
            HivTest.voided_at.is_(None), HivTest.started_at >= _dt(start), HivTest.started_at < _dt(end)
        ),
    )


def _with_package(session: Session, start: dt.date, end: dt.date) -> int | None:
    """People who got every part of the package, counted in one statement (``None`` without a package)."""
    pack = package(session)
    groups = pack["service_groups"]
    if not groups and not pack["hiv_test_offered"]:
        return None
    offered = _offered(start, end)
    if not groups:
        return int(session.scalar(select(func.count()).select_from(offered.subquery())) or 0)
    ids = dict(
        session.execute(select(ServiceItem.code, ServiceItem.id).where(ServiceItem.code.in_(sum(groups, [])))).all()
    )

    if pack["hiv_test_offered"] and from_new_year(start, end):
        # the people offered a test, each looked up once per group in the clients' services of the year
        kept = VisitClientService
        who = offered.subquery()
        cid = next(iter(who.c))

        def got(group: list[str]) -> Any:
            return (
                select(kept.year)
                .where(
                    kept.year == start.year,
                    kept.client_id == cid,
                    kept.service_id.in_([ids[c] for c in group if c in ids]),
                    kept.first_on < end,
                )
                .exists()
            )

        return int(session.scalar(select(func.count()).select_from(who).where(*(got(g) for g in groups))) or 0)

    # one row per person of the period's live visits (read from an index that holds them), each visit
    # looked up once per group in the covering index of its lines; with a test offered, only the people
    # offered one are walked (their visits by the live-visit index)
    def has(group: list[str]) -> Any:
        return (
            select(VisitLine.id)
            .where(
                VisitLine.visit_id == Visit.id,
                VisitLine.voided_at.is_(None),
                VisitLine.service_id.in_([ids[c] for c in group if c in ids]),
            )
            .exists()
        )

    per_person = (
        select(Visit.client_id.label("cid"))
        .where(
            Visit.client_id.is_not(None),
            Visit.voided_at.is_(None),
            Visit.visit_date >= start,
            Visit.visit_date < end,
            *((Visit.client_id.in_(offered),) if pack["hiv_test_offered"] else ()),
        )
        .group_by(Visit.client_id)
        .having(*(func.max(case((has(group), 1), else_=0)) == 1 for group in groups))
    )
    return int(session.scalar(select(func.count()).select_from(per_person.subquery())) or 0)
