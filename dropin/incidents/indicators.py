"""Weekly incident counts (keys of the INCIDENTS section in ``dropin/reports/definitions.py``).

Only two counts, nothing about what happened: incidents recorded in the week
(by when they were recorded, hand-offs from check-in included) and, of those,
the ones referred for legal help (opened for the legal advisor at check-in or
given a legal consultation). ``start`` inclusive, ``end`` exclusive.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from dropin.models.incidents import Incident
from dropin.reports import once

if TYPE_CHECKING:
    from dropin.reports.series import Bounds, Counts


def compute(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict[str, Any]:
    from dropin.incidents import handoffs
    from dropin.models.hooks import _now

    handoffs.take(session, _now(session))  # hand-offs sealed at check-in count in the week they were made
    recorded, legal = session.execute(_statement(), once.bounds(start, end)).one()
    return {"incidents.recorded": int(recorded or 0), "incidents.legal": int(legal or 0)}


@functools.cache
def _statement() -> Any:
    """Both counts in one statement, built once (the period as parameters: :mod:`dropin.reports.once`)."""
    legal = or_(Incident.from_checkin.is_(True), ("," + Incident.support + ",").contains(",legal,"))
    return select(func.count(), func.count(case((legal, 1)))).where(
        Incident.voided_at.is_(None), Incident.created_at >= once.T0, Incident.created_at < once.T1
    )


def compute_series(session: Session, bounds: Bounds, as_of: dt.date | None = None) -> list[Counts]:
    """No figure of this section has a trend chart."""
    return [{} for _ in bounds]
