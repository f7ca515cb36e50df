"""Trend figures for many periods in one statement per section.

An area may offer ``compute_series(session, bounds, as_of=None) -> list[dict]``
beside ``compute``: the trend figures for every ``(start, end)`` of
``bounds`` (the same half-open ranges), in that order. It joins its records to
:func:`periods` (one row per period: ``k`` its index, ``s`` and ``e`` its first
day and the day after, as dates) and groups by ``k``, so the report asks once
for the whole chart instead of once per period. On SQLite dates are ISO text and
compare as text, which also holds for date-times (``'2026-11-23 10:00' <
'2026-11-24'``); PostgreSQL compares dates and timestamps as such.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import CTE, Date, Executable, Integer, Row, literal, select, union_all
from sqlalchemy.orm import Session

Bounds = Sequence[tuple[dt.date, dt.date]]
#: one period's trend figures: every one a count (a figure without rows is 0)
Counts = dict[str, int]


def periods(bounds: Bounds, name: str = "periods") -> CTE:
    """A CTE of the periods: ``k`` (index), ``s`` (first day), ``e`` (the day after the last)."""
    rows = [
        select(
            literal(k, Integer).label("k"),
            literal(start, Date).label("s"),
            literal(end, Date).label("e"),
        )
        for k, (start, end) in enumerate(bounds)
    ]
    return (rows[0] if len(rows) == 1 else union_all(*rows)).cte(name)


def per_period(bounds: Bounds, keys: Counts, rows: Iterable[Row[int, *tuple[float | None, ...]]]) -> list[Counts]:
    """Rows ``(k, value, ...)`` as one dict per period; ``keys`` gives each figure's key and its value when absent."""
    out = [dict(keys) for _ in bounds]
    names = list(keys)
    for k, *values in rows:
        for name, value in zip(names, values, strict=False):
            out[k][name] = int(value or 0)
    return out


def run(session: Session, bounds: Bounds, keys: Counts, statement: Executable) -> list[Counts]:
    return per_period(bounds, keys, session.execute(statement))
