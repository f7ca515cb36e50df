"""Statements of the report built once per process, with the period bound as parameters.

Building a statement costs more Python than SQLite takes to run most of the report's small ones (a
week's outreach or shelter figures), so a figure's statement is made once (``functools.cache`` on a
function without arguments) with the period as the parameters below, and run with :func:`bounds` of
the period: ``session.execute(statement(), once.bounds(start, end))``. Nothing else of a period may
go into a cached statement.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, DateTime, bindparam

#: the period's first day and the day after its last (``[START, END)``), and its last day
START = bindparam("start", type_=Date())
END = bindparam("end", type_=Date())
LAST_DAY = bindparam("last_day", type_=Date())
#: the same bounds as the midnights that start them, for date-time columns
T0 = bindparam("t0", type_=DateTime())
T1 = bindparam("t1", type_=DateTime())


def bounds(start: dt.date, end: dt.date) -> dict[str, Any]:
    """The parameters of a period's cached statements."""
    return {
        "start": start,
        "end": end,
        "last_day": end - dt.timedelta(days=1),
        "t0": dt.datetime.combine(start, dt.time()),
        "t1": dt.datetime.combine(end, dt.time()),
    }
