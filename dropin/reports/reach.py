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
from typing import Any

from sqlalchemy import Select, func, or_, select, union
from sqlalchemy.orm import Session

from dropin.models.children import STATUS_HELD, ActivitySession, AdultAttendance
from dropin.models.shelter import ShelterStay
from dropin.models.testing import CounsellingSession, HivTest
from dropin.models.visits import ServiceItem, Visit, VisitLine
from dropin.settings import get_setting


def _dt(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def package(session: Session) -> dict[str, Any]:
    value = get_setting(session, "prevention_package") or {}
    groups = [[str(code) for code in group] for group in value.get("service_groups", []) if group]
    return {"service_groups": groups, "hiv_test_offered": bool(value.get("hiv_test_offered", False))}


def _served_ids(start: dt.date, end: dt.date, as_of: dt.date | None) -> tuple[Select[Any], ...]:
    nights_end = min(end, as_of) if as_of is not None else end
    return (
        select(Visit.client_id.label("cid")).where(
            Visit.client_id.is_not(None), Visit.voided_at.is_(None), Visit.visit_date >= start, Visit.visit_date < end
        ),
        select(HivTest.client_id).where(
            HivTest.voided_at.is_(None), HivTest.started_at >= _dt(start), HivTest.started_at < _dt(end)
        ),
        select(ShelterStay.client_id).where(
            ShelterStay.voided_at.is_(None),
            ShelterStay.status.in_(("active", "discharged")),
            ShelterStay.admitted_on < nights_end,
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


def _reached(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None) -> int:
    everyone = union(*_served_ids(start, end, as_of)).subquery()
    return int(session.scalar(select(func.count()).select_from(everyone)) or 0)


def compute_trend(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict[str, Any]:
    """Only the figure drawn as a trend."""
    return {"reach.people": _reached(session, start, end, as_of)}


def compute(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict[str, Any]:
    reached = _reached(session, start, end, as_of)

    pack = package(session)
    with_package = None
    if pack["service_groups"] or pack["hiv_test_offered"]:
        people: set[int | None] | None = None
        for group in pack["service_groups"]:
            ids: set[int | None] = set(
                session.scalars(
                    select(Visit.client_id)
                    .distinct()
                    .join(VisitLine, VisitLine.visit_id == Visit.id)
                    .join(ServiceItem, ServiceItem.id == VisitLine.service_id)
                    .where(
                        Visit.client_id.is_not(None),
                        Visit.voided_at.is_(None),
                        VisitLine.voided_at.is_(None),
                        Visit.visit_date >= start,
                        Visit.visit_date < end,
                        ServiceItem.code.in_(group),
                    )
                )
            )
            people = ids if people is None else people & ids
        if pack["hiv_test_offered"]:
            offered: set[int | None] = set(
                session.scalars(
                    select(CounsellingSession.client_id)
                    .distinct()
                    .where(
                        CounsellingSession.voided_at.is_(None),
                        CounsellingSession.session_at >= _dt(start),
                        CounsellingSession.session_at < _dt(end),
                    )
                )
            )
            offered |= set(
                session.scalars(
                    select(HivTest.client_id)
                    .distinct()
                    .where(HivTest.voided_at.is_(None), HivTest.started_at >= _dt(start), HivTest.started_at < _dt(end))
                )
            )
            people = offered if people is None else people & offered
        with_package = len(people or ())
    return {"reach.people": int(reached), "reach.package": with_package}
