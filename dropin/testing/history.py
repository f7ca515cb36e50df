"""A person's HIV test history for the counsellor: dates, results and months since the last test.

Only counsellors see it (``TEST_VIEW``); the read is audited with the ids shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from dropin.context import ServiceContext
from dropin.models.testing import HivTest
from dropin.security.permissions import Permission
from dropin.testing import rules
from dropin.testing.records import resolve_client


@dataclass(frozen=True)
class HistoryLine:
    test_id: int
    started_at: dt.datetime
    result: str | None
    invalid_reason: str | None
    retrospective: bool
    repeat_of_id: int | None

    @property
    def result_label(self) -> str:
        return rules.result_label(self.result)


@dataclass(frozen=True)
class TestHistory:
    __test__ = False  # not a pytest class

    client_code: str
    tests: tuple[HistoryLine, ...]  # newest first
    as_of: dt.date

    @property
    def last_valid(self) -> HistoryLine | None:
        """The latest test with a non-reactive or reactive result."""
        return next((t for t in self.tests if t.result in (rules.Result.NONREACTIVE, rules.Result.REACTIVE)), None)

    @property
    def months_since_last(self) -> int | None:
        """Whole months since the last test with a valid result (None if there is none)."""
        last = self.last_valid
        return None if last is None else months_between(last.started_at.date(), self.as_of)


def months_between(start: dt.date, end: dt.date) -> int:
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return max(0, months)


def test_history(ctx: ServiceContext, client_code: str, limit: int = 50) -> TestHistory:
    ctx.require(Permission.TEST_VIEW)
    with ctx.transaction() as s:
        client = resolve_client(s, client_code)
        rows = list(
            s.scalars(
                select(HivTest)
                .where(HivTest.client_id == client.id, HivTest.voided_at.is_(None))
                .order_by(HivTest.started_at.desc(), HivTest.id.desc())
                .limit(limit)
            )
        )
        if rows:
            ctx.audit(s, "read", "hts_tests", None, {"ids": [r.id for r in rows]})
        return TestHistory(
            client.code,
            tuple(
                HistoryLine(r.id, r.started_at, r.result, r.invalid_reason, r.retrospective, r.repeat_of_id)
                for r in rows
            ),
            ctx.today(),
        )


test_history.__test__ = False  # type: ignore[attr-defined]  # read by pytest: not a test function
