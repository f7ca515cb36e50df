"""The weekly summary shows only two incident counts: recorded, and referred for legal help."""

from __future__ import annotations

import datetime as dt

import pytest

from dropin.clients.service import ClientInput, ClientService
from dropin.incidents import indicators
from dropin.incidents.records import IncidentInput
from dropin.incidents.service import IncidentService
from dropin.reports.definitions import INCIDENTS
from dropin.reports.service import ReportService
from dropin.reports.weeks import parse_week
from dropin.security.roles import Role

pytestmark = pytest.mark.both_engines


def test_weekly_counts(ctx_for, clock):
    client_id = ClientService(ctx_for(Role.FRONT_DESK)).register(ClientInput("ZETA1990F")).id
    IncidentService(ctx_for(Role.FRONT_DESK)).hand_off(client_id, clock.today())
    legal = IncidentService(ctx_for(Role.LEGAL_ADVISOR))
    base = dict(occurred_on=dt.date(2026, 11, 2), perpetrator="police", violations=("fine",))
    for support in [("legal",), ("legal", "medical"), ("medical",), ()] * 2:
        legal.create(IncidentInput(**base, support=support))
    legal.void(legal.create(IncidentInput(**base, support=("legal",))), "Entered twice")
    week = parse_week("2026-W48")
    with legal.ctx.transaction() as s:
        assert indicators.compute(s, week.start, week.end) == {"incidents.recorded": 9, "incidents.legal": 5}
        assert indicators.compute(s, week.start - dt.timedelta(days=7), week.start) == {
            "incidents.recorded": 0,
            "incidents.legal": 0,
        }
    assert [i.key for i in INCIDENTS.indicators] == ["incidents.recorded", "incidents.legal"]
    report = ReportService(ctx_for(Role.MANAGER)).build(week)
    assert report.line("incidents.recorded").this_week.text == "9"
    assert report.line("incidents.legal").this_week.text == "5"
