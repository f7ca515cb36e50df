"""Shelter case work read through any door is audited, and managers do not see case-work free text."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dropin.security.roles import Role
from dropin.shelter.casework import CaseService
from dropin.shelter.stays import StayService
from tests.shelter_helpers import D, add_clients, db, setup_beds, shelter_template, users  # noqa: F401,F811

pytestmark = pytest.mark.both_engines


TODAY = D(2026, 11, 23)


@pytest.fixture
def stay(ctx_for):
    beds = setup_beds(ctx_for)
    sw = ctx_for(Role.SOCIAL_WORKER)
    add_clients(sw, "AA01")
    service = StayService(sw)
    info = service.admit(
        "AA01",
        beds["R1A"],
        admitted_on=TODAY - dt.timedelta(days=3),
        reason_note="Left a violent partner; do not tell callers she is here",
    )
    service.extend(
        info.id,
        info.planned_end + dt.timedelta(days=10),
        "Court date for the protection order",
        review_on=TODAY + dt.timedelta(days=7),
    )
    service.move(info.id, beds["R1B"], on=TODAY, reason="Conflict with the woman in bed A")
    CaseService(sw).add_goal(info.id, "housing", "Apply for council housing", review_on=TODAY + dt.timedelta(days=2))
    return info


def reads(db, entity):
    from tests.conftest import every_log

    with db.session() as s:
        return every_log(s, lambda t: t.c.action == "read", lambda t: t.c.entity == entity)


def test_a_stay_with_only_a_note_is_an_audited_read(db, stay, ctx_for):
    before = len(reads(db, "shelter_stay_cases"))
    info = StayService(ctx_for(Role.SOCIAL_WORKER)).stay(stay.id)
    assert info.reason_note.startswith("Left a violent partner") and not info.reasons
    assert len(reads(db, "shelter_stay_cases")) == before + 1


def test_a_discharge_note_is_an_audited_read(db, stay, ctx_for):
    service = StayService(ctx_for(Role.SOCIAL_WORKER))
    service.discharge(stay.id, TODAY, "housed", note="Moved in with her sister")
    before = len(reads(db, "shelter_stay_cases"))
    assert service.stay(stay.id).outcome_note == "Moved in with her sister"
    assert len(reads(db, "shelter_stay_cases")) == before + 1


def test_goals_are_audited_reads(db, stay, ctx_for):
    work = CaseService(ctx_for(Role.SOCIAL_WORKER))
    goals = work.case_file(stay.id).goals
    assert [r.entity_id for r in reads(db, "shelter_goals")] == [str(goals[0].id)]
    assert [g.description for g in work.reviews_due()] == ["Apply for council housing"]
    listed = [r for r in reads(db, "shelter_goals") if r.entity_id is None]
    assert json.loads(listed[-1].detail) == {"ids": [goals[0].id]}


def test_managers_do_not_see_extension_or_move_reasons(db, stay, ctx_for):
    manager = StayService(ctx_for(Role.MANAGER))
    assert [e.reason for e in manager.extensions(stay.id)] == [None]
    assert [m.reason for m in manager.moves(stay.id)] == [None]
    assert not reads(db, "shelter_extensions")
    social = StayService(ctx_for(Role.SOCIAL_WORKER))
    assert [e.reason for e in social.extensions(stay.id)] == ["Court date for the protection order"]
    assert [m.reason for m in social.moves(stay.id)] == ["Conflict with the woman in bed A"]
    assert len(reads(db, "shelter_extensions")) == 1 and len(reads(db, "shelter_moves")) == 1
