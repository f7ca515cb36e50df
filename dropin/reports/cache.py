"""Figures that do not change inside one report, computed once and shared between sections.

A report reads everything in one transaction, so a number one section computes
(the distinct visitors of a period, which the visits section counts and the
people reached start from) is the same when another section needs it. The report
service opens the cache on its session for the build (:func:`kept`); outside it
:func:`get` finds nothing and each section computes its own figures, as before.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

_KEY = "dropin.report_figures"


@contextmanager
def kept(session: Session) -> Iterator[None]:
    """Share figures between the sections computed on ``session`` until the block ends."""
    session.info[_KEY] = {}
    try:
        yield
    finally:
        session.info.pop(_KEY, None)


def put(session: Session, key: Hashable, value: Any) -> None:
    cache = session.info.get(_KEY)
    if cache is not None:
        cache[key] = value


def get(session: Session, key: Hashable) -> Any:
    cache = session.info.get(_KEY)
    return None if cache is None else cache.get(key)


def visitors(start: Any, end: Any) -> tuple[str, Any, Any]:
    """The key of the distinct people with a live visit in ``[start, end)``."""
    return ("visitors", start, end)
