"""SQL functions that SQLite and PostgreSQL spell differently, compiled for the engine in use.

Services and indicators use these instead of ``func.julianday`` or ``func.strftime``, so one query runs on
the single-computer file (SQLite) and on the centre's server (PostgreSQL). On SQLite each compiles to
exactly the SQL written before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Boolean, Connection, Date, Integer, String, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement, GenericFunction

#: the transaction-level advisory lock that keeps the audit chain linear on the server ("drop" in ASCII)
AUDIT_LOCK_KEY = 0x64726F70


class least(GenericFunction[Any]):  # untyped: the value comes back as the driver reads it
    """The smaller of two values (SQLite's two-argument ``min``)."""

    inherit_cache = True


class greatest(GenericFunction[Any]):  # as least
    """The larger of two values (SQLite's two-argument ``max``)."""

    inherit_cache = True


class days_between(GenericFunction[int]):
    """Whole days from the first date to the second (``julianday(b) - julianday(a)`` on SQLite)."""

    type = Integer()
    inherit_cache = True


class date_of(GenericFunction[dt.date]):
    """The calendar day of a date-time."""

    type = Date()
    inherit_cache = True


class year_month(GenericFunction[str]):
    """``YYYY-MM`` of a date."""

    type = String()
    inherit_cache = True


class any_true(GenericFunction[bool]):
    """Whether any row's value is true (an aggregate: ``max`` on SQLite, ``bool_or`` on PostgreSQL)."""

    type = Boolean()
    inherit_cache = True


#: how each function is written, per engine: SQLite's spelling is the default
_SPELLINGS = {
    least: ("min({0}, {1})", "LEAST({0}, {1})"),
    greatest: ("max({0}, {1})", "GREATEST({0}, {1})"),
    days_between: ("(julianday({1}) - julianday({0}))", "(CAST({1} AS DATE) - CAST({0} AS DATE))"),
    date_of: ("date({0})", "CAST({0} AS DATE)"),
    year_month: ("strftime('%Y-%m', {0})", "to_char({0}, 'YYYY-MM')"),
    any_true: ("max({0})", "bool_or({0})"),
}


def _compiler(pattern: str) -> Callable[..., str]:
    def compile_(element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> str:
        return pattern.format(*(compiler.process(arg, **kw) for arg in element.clauses))

    return compile_


for _function, (_sqlite, _postgresql) in _SPELLINGS.items():
    compiles(_function)(_compiler(_sqlite))
    compiles(_function, "postgresql")(_compiler(_postgresql))


def lock_audit(conn: Connection) -> None:
    """Serialise writers of the audit chain: on the server a transaction-level advisory lock (released at
    commit or rollback); SQLite's ``BEGIN IMMEDIATE`` already holds the one write lock."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
