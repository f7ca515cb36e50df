"""Fake area modules with known figures, shared by the report tests (the real areas live elsewhere).

``FakeArea.compute`` answers like ``dropin/<area>/indicators.py`` would and
counts its calls, so tests can assert both the printed numbers and the
number of aggregate queries.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dropin.reports.weeks import Week

pytestmark = pytest.mark.both_engines


WEEK = Week(2026, 47)  # the last complete week for the fixed clock (Monday 23 November 2026)
LAST = Week(2026, 46)

VISITS_NOW = {
    "visits.contacts": 123,
    "visits.people": 87,
    "visits.new_people": 3,
    "visits.anonymous": 14,
    "visits.by_channel": {"walk_in": 100, "phone": 3, "online": 0, "outreach": 12, "accompanied": 8},
    "visits.by_gender": {"female": 70, "male": 2, "trans_woman": 9, "not_stated": 6},
    "visits.by_age_band": {"18-24": 21, "25-34": 38, "35-44": 19, "45+": 9},
    "visits.services": {"hiv_test": 18, "legal_advice": 7, "shower": 31, "meal": 45, "laundry": 1},
    "visits.male_condoms": 1450,
    "visits.female_condoms": 40,
    "visits.lubricant": 2,
}
VISITS_LAST = {
    "visits.contacts": 111,
    "visits.people": 80,
    "visits.new_people": 6,
    "visits.anonymous": 0,
    "visits.by_channel": {"walk_in": 90, "phone": 11, "online": 2, "outreach": 8, "accompanied": 0},
    "visits.by_gender": {"female": 66, "male": 5, "trans_woman": 7, "not_stated": 2},
    "visits.by_age_band": {"18-24": 20, "25-34": 35, "35-44": 17, "45+": 8},
    "visits.services": {"hiv_test": 15, "legal_advice": 9, "shower": 28, "meal": 40, "laundry": 0},
    "visits.male_condoms": 1320,
    "visits.female_condoms": 35,
    "visits.lubricant": 0,
}
TESTING_NOW = {
    "testing.counselled": 20,
    "testing.hts_tst": 18,
    "testing.reactive": 2,
    "testing.positivity": 11.1,
    "testing.known_positive": 0,
    "testing.by_age": {"20-24": 6, "25-29": 7, "30-34": 5},
    "testing.by_gender": {"female": 14, "trans_woman": 4},
    "testing.by_kp": {"fsw": 14, "tg": 4},
    "testing.by_modality": {"drop_in": 12, "outreach": 6},
    "testing.by_result": {"nonreactive": 16, "reactive": 2, "invalid": 0},
    "testing.referred": 2,
    "testing.diagnosed": 1,
    "testing.linked_art": 1,
    "testing.linked_7": 1,
    "testing.linked_30": 1,
    "testing.linked_90": 1,
    "testing.linked_7_pct": 100.0,
    "testing.linked_30_pct": 100.0,
    "testing.linked_90_pct": 100.0,
    "testing.median_days_to_art": 6.0,
    "testing.overdue": 0,
    "testing.kits_used": 25,
    "testing.kits_other": 7,
    "testing.kits_on_hand": 310,
    "testing.lots_expiring": 1,
    "testing.qc_runs": 2,
}
TESTING_LAST = {
    "testing.counselled": 25,
    "testing.hts_tst": 24,
    "testing.reactive": 6,
    "testing.positivity": 25.0,
    "testing.known_positive": 0,
    "testing.by_age": {"20-24": 8, "25-29": 8, "30-34": 8},
    "testing.by_gender": {"female": 18, "trans_woman": 6},
    "testing.by_kp": {"fsw": 18, "tg": 6},
    "testing.by_modality": {"drop_in": 18, "outreach": 6},
    "testing.by_result": {"nonreactive": 18, "reactive": 6, "invalid": 0},
    "testing.referred": 6,
    "testing.diagnosed": 5,
    "testing.linked_art": 5,
    "testing.linked_7": 2,
    "testing.linked_30": 5,
    "testing.linked_90": 5,
    "testing.linked_7_pct": 40.0,
    "testing.linked_30_pct": 100.0,
    "testing.linked_90_pct": 100.0,
    "testing.median_days_to_art": 9.0,
    "testing.overdue": 7,
    "testing.kits_used": 30,
    "testing.kits_other": 6,
    "testing.kits_on_hand": 335,
    "testing.lots_expiring": 0,
    "testing.qc_runs": 1,
}
SHELTER_NOW = {
    "shelter.beds": 8,
    "shelter.bed_nights": 47,
    "shelter.bed_nights_available": 56,
    "shelter.occupancy": 83.9,
    "shelter.child_bed_nights": 30,
    "shelter.residents": 8,
    "shelter.nights": 7,
    "shelter.admissions": 2,
    "shelter.discharges": {"housed": 1, "returned": 0, "referred": 1, "left": 0},
    "shelter.extensions": 0,
    "shelter.overstays": 1,
    "shelter.children": 5,
}
SHELTER_LAST = {
    "shelter.beds": 8,
    "shelter.bed_nights": 52,
    "shelter.bed_nights_available": 56,
    "shelter.occupancy": 92.9,
    "shelter.child_bed_nights": 35,
    "shelter.residents": 8,
    "shelter.nights": 7,
    "shelter.admissions": 1,
    "shelter.discharges": {"housed": 0, "returned": 0, "referred": 0, "left": 0},
    "shelter.extensions": 1,
    "shelter.overstays": 0,
    "shelter.children": 6,
}
CHILDREN_NOW = {
    "children.sessions": {"homework": 5, "games": 3, "art": 2},
    "children.attendances": 64,
    "children.distinct": 19,
    "children.parents": 11,
    "children.parent_attendances": 15,
    "children.workshops": 1,
}
CHILDREN_LAST = {
    "children.sessions": {"homework": 5, "games": 4, "art": 1},
    "children.attendances": 58,
    "children.distinct": 17,
    "children.parents": 3,
    "children.parent_attendances": 3,
    "children.workshops": 0,
}
OUTREACH_NOW = {
    "outreach.sessions_by_mode": {"on_foot": 9, "car": 2},
    "outreach.sessions_by_setting": {"street": 7, "sauna": 4},
    "outreach.contacts": 96,
    "outreach.contacts_by_kind": {"new": 21, "returning": 75},
    "outreach.people": 14,
    "outreach.male_condoms": 480,
    "outreach.female_condoms": 6,
    "outreach.lubricant": 190,
    "outreach.leaflets": 40,
    "outreach.minisession_hours": 7.5,
    "outreach.referrals": 8,
    "outreach.accompanied": 3,
    "outreach.gatekeepers": 5,
    "outreach.contacts_by_area": {"Kant town": 40, "Leninsky district": 56},
    "outreach.events_by_type": {"workshop": 1},
    "outreach.event_attendance": 12,
}
OUTREACH_LAST = dict(
    OUTREACH_NOW, **{"outreach.contacts": 80, "outreach.contacts_by_kind": {"new": 2, "returning": 78}}
)


ACCESS_NOW = {"access.break_glass": 1, "access.hiv_access": 0, "access.password_resets": 2, "access.restores": 0}
ACCESS_LAST = {"access.break_glass": 0, "access.hiv_access": 1, "access.password_resets": 0, "access.restores": 0}


def _trend_value(base: int, index: int) -> int:
    """A recognisable weekly series; every fifth week is small so the charts show hidden points."""
    return 3 if index % 5 == 2 else base + (index * 7) % 23


class FakeArea:
    def __init__(self, now: dict, last: dict):
        self.now, self.last = now, last
        self.calls: list[tuple[dt.date, dt.date]] = []

    def compute(self, session, start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict:
        assert session is not None
        self.calls.append((start, end))
        if end - start > dt.timedelta(days=7):  # the year to date: ten times this week, recognisably
            return {
                k: ({c: 10 * n for c, n in v.items()} if isinstance(v, dict) else (10 * v if isinstance(v, int) else v))
                for k, v in self.now.items()
            }
        assert end - start == dt.timedelta(days=7) and start.weekday() == 0
        if start == WEEK.start:
            return dict(self.now)
        if start == LAST.start:
            return dict(self.last)
        index = Week.containing(start).number
        out = {}
        for key, value in self.now.items():
            out[key] = dict(value) if isinstance(value, dict) else _trend_value(int(value or 0), index)
        return out


def fake_areas(*, missing: tuple[str, ...] = ()) -> dict[str, FakeArea]:
    areas = {
        "dropin.visits.indicators": FakeArea(VISITS_NOW, VISITS_LAST),
        "dropin.testing.indicators": FakeArea(TESTING_NOW, TESTING_LAST),
        "dropin.shelter.indicators": FakeArea(SHELTER_NOW, SHELTER_LAST),
        "dropin.children.indicators": FakeArea(CHILDREN_NOW, CHILDREN_LAST),
        "dropin.security.indicators": FakeArea(ACCESS_NOW, ACCESS_LAST),
        "dropin.outreach.indicators": FakeArea(OUTREACH_NOW, OUTREACH_LAST),
        "dropin.incidents.indicators": FakeArea(
            {"incidents.recorded": 6, "incidents.legal": 3}, {"incidents.recorded": 2, "incidents.legal": 0}
        ),
    }
    for name in missing:
        areas.pop(name)
    return areas


def loader_for(areas: dict[str, FakeArea]):
    return lambda name: areas.get(name)


def test_fake_areas_answer_every_indicator():
    from dropin.reports.definitions import SECTIONS

    areas = fake_areas()
    for section in SECTIONS:
        if section.module not in areas:
            continue
        figures = areas[section.module].compute(object(), WEEK.start, WEEK.end)
        assert {i.key for i in section.indicators} <= set(figures)
