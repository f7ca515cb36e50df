"""Children's area services: register, schedule idempotence, attendance, facilitator limits, weekly figures."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from dropin.children import indicators, profile
from dropin.children.service import AttendanceService, ChildAttendance, ChildrenService, ScheduleService, SessionService
from dropin.context import CurrentUser, ServiceContext
from dropin.errors import Conflict, NotFound, PermissionDenied, ValidationError
from dropin.models.children import KIND_CHILDREN, KIND_WORKSHOP, ActivitySession
from dropin.models.clients import Client
from dropin.reports.definitions import CHILDREN
from dropin.security.permissions import Permission, can, require
from dropin.security.roles import Role

pytestmark = pytest.mark.both_engines


MONDAY = dt.date(2026, 11, 23)  # the fixture clock's day


def add_clients(ctx, *codes, **fields) -> dict[str, int]:
    with ctx.transaction() as s:
        rows = [Client(code=code, **fields) for code in codes]
        s.add_all(rows)
        s.flush()
        return {r.code: r.id for r in rows}


def types(ctx, kind=KIND_CHILDREN) -> dict[str, int]:
    return {t.code: t.id for t in SessionService(ctx).activity_types(kind)}


@pytest.fixture
def fac(ctx_for):
    return ctx_for(Role.FACILITATOR)


# ------------------------------------------------------------------------------------------------ register
def test_register_child_with_parent_code_and_consents(fac):
    ids = add_clients(fac, "AB12")
    svc = ChildrenService(fac)
    child = svc.register_child("  Sunny ", "ab12", birth_year=2018, consent_participation=True)
    assert (child.first_name, child.parent_code, child.birth_year) == ("Sunny", "AB12", 2018)
    assert child.consent_participation is True and child.consent_photos is False  # photos default no
    assert [c.first_name for c in svc.list_children(parent_client_id=ids["AB12"])] == ["Sunny"]
    assert [c.first_name for c in svc.list_children("ab1")] == ["Sunny"]


BAD_CHILDREN = [
    (dict(first_name="", parent_code="AB12", birth_year=2018), "first_name"),
    (dict(first_name="Fox", parent_code="NOPE", birth_year=2018), "parent_code"),
    (dict(first_name="Fox", parent_code="AB12"), "birth_year"),
    (dict(first_name="Fox", parent_code="AB12", birth_year=1990), "birth_year"),
    (dict(first_name="Fox", parent_code="AB12", age_band="40-50"), "age_band"),
    (dict(first_name="Fox", parent_code="", age_band="3-5"), "parent_code"),
]


def test_register_child_refuses_bad_input_with_field(fac):
    add_clients(fac, "AB12")
    for kwargs, field in BAD_CHILDREN:
        with pytest.raises(ValidationError) as info:
            ChildrenService(fac).register_child(**kwargs)
        assert info.value.field == field, kwargs
        assert info.value.message.endswith(".")
    assert ChildrenService(fac).list_children() == []


def test_voided_client_code_is_not_accepted_and_duplicate_child_conflicts(fac):
    add_clients(fac, "AB12")
    with fac.transaction() as s:
        gone = Client(code="GONE1")
        s.add(gone)
        s.flush()
        gone.void("duplicate", fac.now())
    svc = ChildrenService(fac)
    assert svc.parent_exists("ab12") is True
    assert svc.parent_exists("GONE1") is False
    with pytest.raises(ValidationError):
        svc.register_child("Fox", "GONE1", age_band="3-5")
    svc.register_child("Fox", "AB12", age_band="3-5")
    with pytest.raises(Conflict):
        svc.register_child("fox", "AB12", age_band="6-9")


# ------------------------------------------------------------------------------------------------ schedule
def test_schedule_creates_tuesday_and_thursday_sessions_idempotently(ctx_for):
    ctx = ctx_for(Role.FACILITATOR)
    sched = ScheduleService(ctx)
    info = sched.save_schedule(
        types(ctx)["homework"], [4, 2], dt.time(16, 0), 90, place="Room 1", facilitator_id=ctx.user.id
    )
    assert info.weekdays == (2, 4)
    created = sched.generate(MONDAY + dt.timedelta(days=13))  # two weeks: Mon 23 Nov .. Sun 6 Dec
    assert created == 4
    upcoming = SessionService(ctx).list_sessions(when="upcoming")
    assert [(s.date, s.start_time, s.duration_min) for s in upcoming] == [
        (dt.date(2026, 11, 24), dt.time(16), 90),
        (dt.date(2026, 11, 26), dt.time(16), 90),
        (dt.date(2026, 12, 1), dt.time(16), 90),
        (dt.date(2026, 12, 3), dt.time(16), 90),
    ]
    assert upcoming[0].end_time == dt.time(17, 30)
    assert all(s.facilitator_ids == (ctx.user.id,) and s.place == "Room 1" for s in upcoming)

    # Running it again creates nothing; a cancelled session stays cancelled.
    assert sched.generate(MONDAY + dt.timedelta(days=13)) == 0
    SessionService(ctx).cancel_session(upcoming[1].id, "Public holiday")
    assert sched.generate(MONDAY + dt.timedelta(days=20)) == 2
    after = SessionService(ctx).list_sessions(when="upcoming")
    assert len(after) == 6
    assert [s.status for s in after if s.date == dt.date(2026, 11, 26)] == ["cancelled"]
    with ctx.transaction() as s:
        assert s.scalar(select(func.count()).select_from(ActivitySession)) == 6


def test_schedule_respects_validity_and_inactive_and_validation(ctx_for):
    ctx = ctx_for(Role.MANAGER)
    sched = ScheduleService(ctx)
    t = types(ctx)["art"]
    sched.save_schedule(t, [2], dt.time(15), 60, valid_from=dt.date(2026, 12, 1), valid_until=dt.date(2026, 12, 10))
    off = sched.save_schedule(t, [5], dt.time(15), 60, active=False)
    assert sched.generate(dt.date(2026, 12, 31)) == 2  # 1 and 8 December only
    assert off.active is False
    with pytest.raises(ValidationError) as info:
        sched.save_schedule(t, [], dt.time(15), 60)
    assert info.value.field == "weekdays"
    with pytest.raises(ValidationError) as info:
        sched.save_schedule(t, [1], dt.time(15), 0)
    assert info.value.field == "duration"
    with pytest.raises(ValidationError):
        sched.generate(dt.date(2028, 1, 1))


# ------------------------------------------------------------------------------------------------ attendance
def _setup_session(ctx, when=MONDAY, kind_code="games"):
    ids = add_clients(ctx, "P1", "P2", "P3")
    kids = ChildrenService(ctx)
    a = kids.register_child("Acorn", "P1", birth_year=2017, consent_participation=True)
    b = kids.register_child("Bee", "P1", age_band="6-9", consent_participation=True)
    c = kids.register_child("Comet", "P2", age_band="3-5", consent_participation=False)
    all_types = {**types(ctx), **types(ctx, KIND_WORKSHOP)}
    session = SessionService(ctx).create_session(all_types[kind_code], when, dt.time(16), 90)
    return ids, (a, b, c), session


def test_attendance_ticks_counts_and_untick_keeps_a_record(fac):
    _, (a, b, c), sess = _setup_session(fac)
    att = AttendanceService(fac)
    sheet = att.sheet(sess.id)
    assert [(r.first_name, r.present) for r in sheet] == [("Acorn", False), ("Bee", False), ("Comet", False)]
    assert [r.first_name for r in att.sheet(sess.id, "p2")] == ["Comet"]

    info = att.save_attendance(sess.id, [a.id, b.id], unregistered_children=2, parents_present=1)
    assert (info.status, info.children_present, info.children_total, info.parents_present) == ("held", 2, 4, 1)
    info = att.save_attendance(sess.id, [b.id], unregistered_children=2, parents_present=1)
    assert info.children_present == 1
    assert [(r.first_name, r.present) for r in att.sheet(sess.id)][:2] == [("Acorn", False), ("Bee", True)]
    with fac.transaction() as s:  # unticking is a change, not a delete
        assert s.scalar(select(func.count()).select_from(ChildAttendance)) == 2

    # No consent to take part: refused with the child's name, nothing saved.
    with pytest.raises(ValidationError, match="Comet"):
        att.save_attendance(sess.id, [b.id, c.id])
    assert AttendanceService(fac).sheet(sess.id)[1].present is True
    with pytest.raises(ValidationError) as info:
        att.save_attendance(sess.id, [b.id], unregistered_children=-1)
    assert info.value.field == "unregistered_children"

    assert ChildrenService(fac).get_child(b.id).attendances == 1


def test_no_attendance_for_future_or_cancelled_sessions(fac):
    _, (a, _b, _c), sess = _setup_session(fac, when=MONDAY + dt.timedelta(days=2))
    with pytest.raises(ValidationError):
        AttendanceService(fac).save_attendance(sess.id, [a.id])
    SessionService(fac).cancel_session(sess.id, "Heating failure")
    fac.clock.advance(days=3)
    with pytest.raises(Conflict):
        AttendanceService(fac).save_attendance(sess.id, [a.id])
    with pytest.raises(Conflict):
        SessionService(fac).cancel_session(sess.id, "again")
    SessionService(fac).reinstate_session(sess.id)
    assert AttendanceService(fac).save_attendance(sess.id, [a.id]).status == "held"
    with pytest.raises(Conflict):
        SessionService(fac).cancel_session(sess.id, "too late")


def test_workshop_attendance_by_client_code(fac):
    ids, _kids, sess = _setup_session(fac, kind_code="parental_rights")
    att = AttendanceService(fac)
    with pytest.raises(ValidationError) as info:
        att.save_adults(sess.id, ["P1", "NOPE"])
    assert info.value.field == "client_code" and "NOPE" in info.value.message
    info = att.save_adults(sess.id, ["p1", "P3", "P3"], other_adults=2)
    assert (info.kind, info.adults_registered, info.adults_total, info.status) == ("workshop", 2, 4, "held")
    assert [r.code for r in att.adult_sheet(sess.id) if r.present] == ["P1", "P3"]
    att.save_adults(sess.id, ["P3"], other_adults=0)
    assert [(r.code, r.present) for r in att.adult_sheet(sess.id)] == [("P1", False), ("P3", True)]
    with pytest.raises(ValidationError):
        att.save_attendance(sess.id, [], unregistered_children=3)


# ------------------------------------------------------------------------------------------------ permissions
FORBIDDEN_PERMISSIONS = [
    Permission.VISIT_VIEW,
    Permission.TEST_VIEW,
    Permission.TEST_RECORD,
    Permission.SHELTER_CASE,
    Permission.SHELTER_STAYS,
    Permission.SHELTER_BOARD,
    Permission.CLIENT_VIEW,
    Permission.REPORT_VIEW,
    Permission.AUDIT_VIEW,
]
SENSITIVE_WORDS = (
    "hiv",
    "test",
    "result",
    "health",
    "shelter",
    "admission",
    "incident",
    "visit",
    "gender",
    "migrant",
    "work",
    "nickname",
    "language",
    "diagnos",
    "case",
    "stay",
)


@pytest.mark.parametrize("permission", FORBIDDEN_PERMISSIONS)
def test_facilitator_is_denied_other_areas(permission):
    fac = ServiceContext(None, CurrentUser(7, "facilitator", Role.FACILITATOR))  # the check needs no database
    assert can(Role.FACILITATOR, permission) is False
    with pytest.raises(PermissionDenied):
        require(Role.FACILITATOR, permission)
    with pytest.raises(PermissionDenied):
        fac.require(permission)
    assert fac.can(Permission.CHILDREN_MANAGE) and fac.can(Permission.CLIENT_LOOKUP)


def test_facilitator_results_carry_only_childrens_area_fields(fac):
    add_clients(
        fac,
        "P9",
        gender="female",
        migrant_status="migrant",
        work_setting="street",
        nickname="secret-nick",
        children_count=2,
    )
    _, (a, _b, _c), sess = _setup_session(fac)
    AttendanceService(fac).save_attendance(sess.id, [a.id])
    objects = [
        *ChildrenService(fac).list_children(),
        *SessionService(fac).list_sessions(),
        *AttendanceService(fac).sheet(sess.id),
        *AttendanceService(fac).adult_sheet(sess.id),
        *SessionService(fac).staff(),
        *ScheduleService(fac).list_schedules(),
    ]
    assert objects
    for obj in objects:
        for f in dataclasses.fields(obj):
            if f.name == "cancel_reason":  # why the children's session itself was cancelled
                continue
            assert not any(word in f.name.lower() for word in SENSITIVE_WORDS), (type(obj).__name__, f.name)
        assert "secret-nick" not in repr(obj) and "migrant" not in repr(obj) and "street" not in repr(obj)
    lines = profile.summary(fac, add_clients(fac, "P10")["P10"])
    assert lines == [("Children", "No children registered.")]


def test_roles_without_children_permissions_are_refused(ctx_for):
    front = ctx_for(Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        ChildrenService(front).list_children()
    with pytest.raises(PermissionDenied):
        SessionService(front).list_sessions()
    with pytest.raises(PermissionDenied):
        profile.summary(front, 1)
    social = ctx_for(Role.SOCIAL_WORKER)  # may look, may not change
    add_clients(social, "S1")
    assert ChildrenService(social).list_children() == []
    with pytest.raises(PermissionDenied):
        ChildrenService(social).register_child("Fox", "S1", age_band="3-5")
    with pytest.raises(PermissionDenied):
        ScheduleService(social).generate()
    counsellor = ctx_for(Role.PEER_COUNSELLOR)
    with pytest.raises(PermissionDenied):
        AttendanceService(counsellor).sheet(1)


def test_missing_and_voided_session_is_not_found(fac):
    with pytest.raises(NotFound):
        SessionService(fac).get_session(999)
    _, _kids, sess = _setup_session(fac)
    with pytest.raises(ValidationError):
        SessionService(fac).void_session(sess.id, " ")
    SessionService(fac).void_session(sess.id, "Entered twice")
    with pytest.raises(NotFound):
        AttendanceService(fac).sheet(sess.id)
    assert SessionService(fac).list_sessions() == []


def test_session_types_are_an_editable_list(fac):
    svc = SessionService(fac)
    new = svc.add_type("Music", KIND_CHILDREN)
    assert new.code == "music" and new.kind == "children"
    with pytest.raises(Conflict):
        svc.add_type("music")
    svc.update_type(new.id, label="Music and dance")
    svc.update_type(types(fac)["outing"], active=False)
    labels = [t.label for t in svc.activity_types(KIND_CHILDREN)]
    assert "Music and dance" in labels and "Outing" not in labels
    assert "Outing" in [t.label for t in svc.activity_types(KIND_CHILDREN, include_inactive=True)]


# ------------------------------------------------------------------------------------------------ figures
def test_weekly_figures_match_the_definitions(ctx_for, clock):
    ctx = ctx_for(Role.MANAGER)
    ids = add_clients(ctx, "M1", "M2", "M3")
    kids = ChildrenService(ctx)
    a = kids.register_child("Acorn", "M1", age_band="6-9", consent_participation=True)
    b = kids.register_child("Bee", "M2", age_band="6-9", consent_participation=True)
    c = kids.register_child("Clover", "M2", age_band="3-5", consent_participation=True)
    t = {**types(ctx), **types(ctx, KIND_WORKSHOP)}
    ses, att = SessionService(ctx), AttendanceService(ctx)
    week = dt.date(2026, 11, 16)  # Monday of the previous week
    tue = ses.create_session(t["homework"], week + dt.timedelta(days=1), dt.time(16), 90)
    thu = ses.create_session(t["art"], week + dt.timedelta(days=3), dt.time(16), 90)
    fri = ses.create_session(t["art"], week + dt.timedelta(days=4), dt.time(16), 90)
    ses.create_session(t["games"], week + dt.timedelta(days=2), dt.time(16), 90)  # planned, never held
    cancelled = ses.create_session(t["games"], week + dt.timedelta(days=5), dt.time(16), 90)
    ses.cancel_session(cancelled.id, "Public holiday")
    sat = ses.create_session(t["parental_rights"], week + dt.timedelta(days=5), dt.time(11), 120)
    outside = ses.create_session(t["homework"], week + dt.timedelta(days=7), dt.time(16), 90)  # next Monday
    att.save_attendance(tue.id, [a.id, b.id], unregistered_children=1, parents_present=2)
    att.save_attendance(thu.id, [a.id, c.id], unregistered_children=0, parents_present=1)
    att.save_attendance(fri.id, [a.id], unregistered_children=3)
    att.save_adults(sat.id, ["M1", "M2", "M3"], other_adults=1)
    att.save_attendance(outside.id, [a.id, b.id, c.id], unregistered_children=5, parents_present=5)
    voided = ses.create_session(t["homework"], week + dt.timedelta(days=1), dt.time(10), 60)
    att.save_attendance(voided.id, [b.id, c.id], unregistered_children=4)
    ses.void_session(voided.id, "Entered twice")

    with ctx.transaction() as s:
        figures = indicators.compute(s, week, week + dt.timedelta(days=7))
    assert set(figures) == {ind.key for ind in CHILDREN.indicators}
    assert figures["children.sessions"] == {"homework": 1, "games": 0, "art": 2, "outing": 0, "other": 0}
    assert list(figures["children.sessions"]) == ["homework", "games", "art", "outing", "other"]
    assert figures["children.attendances"] == 5 + 4  # registered marks + unregistered counted
    assert figures["children.distinct"] == 3
    assert figures["children.parents"] == 3  # M1, M2 and M3: different registered parents, not attendances
    assert figures["children.parent_attendances"] == 2 + 1 + 3 + 1
    assert figures["children.workshops"] == 1

    with ctx.transaction() as s:
        empty = indicators.compute(s, dt.date(2026, 1, 5), dt.date(2026, 1, 12))
    assert empty["children.attendances"] == 0 and empty["children.workshops"] == 0
    assert sum(empty["children.sessions"].values()) == 0

    lines = dict(profile.summary(ctx, ids["M2"]))
    assert lines == {
        "Bee (age 6-9)": "2 attendance(s)",
        "Clover (age 3-5)": "2 attendance(s)",
        "Parents' workshops and sessions attended": "1",
    }


def test_demo_generates_children_and_twice_weekly_sessions(ctx_for, users):
    import random

    from dropin.children import demo

    ctx = ctx_for(Role.MANAGER)
    counts = demo.generate(ctx, random.Random(3), MONDAY - dt.timedelta(weeks=8), MONDAY, users=users)
    assert counts["children"] >= 8 and counts["parents_workshops"] >= 2
    sessions = SessionService(ctx).list_sessions(kind=KIND_CHILDREN)
    assert {s.date.isoweekday() for s in sessions} == {2, 4}
    assert all(s.start_time == dt.time(16) and s.duration_min == 90 for s in sessions)
    past = [s for s in sessions if s.date < MONDAY]
    assert 14 <= len(past) <= 17
    held = [s for s in past if s.status == "held"]
    assert len(held) >= 12 and all(s.children_present > 0 for s in held)
    assert all(s.status == "planned" for s in sessions if s.date >= MONDAY)
    with ctx.transaction() as s:
        figures = indicators.compute(s, MONDAY - dt.timedelta(weeks=8), MONDAY)
    assert sum(figures["children.sessions"].values()) == len(held)
    assert figures["children.workshops"] >= 1
    assert ScheduleService(ctx).generate(MONDAY + dt.timedelta(weeks=4)) == 0  # already planned


def test_a_parents_profile_does_not_count_voided_workshops_or_attendances(ctx_for, fac):
    from dropin.models.children import AdultAttendance

    ids, _kids, first = _setup_session(fac, kind_code="parental_rights")
    workshop = {**types(fac, KIND_WORKSHOP)}["parental_rights"]
    second = SessionService(fac).create_session(workshop, MONDAY, dt.time(18), 60)
    third = SessionService(fac).create_session(workshop, MONDAY, dt.time(19), 60)
    for sess in (first, second, third):
        AttendanceService(fac).save_adults(sess.id, ["P3"])
    label = "Parents' workshops and sessions attended"
    assert dict(profile.summary(fac, ids["P3"]))[label] == "3"
    manager = ctx_for(Role.MANAGER)
    SessionService(manager).void_session(second.id, "Entered twice")
    assert dict(profile.summary(fac, ids["P3"]))[label] == "2"
    with manager.transaction() as s:
        row = s.scalar(select(AdultAttendance).where(AdultAttendance.session_id == third.id))
        manager.void(row, "Wrong person ticked")
    assert dict(profile.summary(fac, ids["P3"]))[label] == "1"


def test_a_child_and_a_session_are_changed_as_entered(fac):
    add_clients(fac, "AB12", "CD34")
    children = ChildrenService(fac)
    child = children.register_child("Sunny", "AB12", birth_year=2018)
    changed = children.update_child(
        child.id, " Moon ", "cd34", age_band="6-9", consent_participation=True, consent_photos=True
    )
    assert (changed.first_name, changed.parent_code, changed.birth_year, changed.age_band) == (
        "Moon",
        "CD34",
        None,
        "6-9",
    )
    assert changed.consent_participation and changed.consent_photos
    assert children.get_child(child.id) == changed
    sessions = SessionService(fac)
    first, other = list(types(fac).values())[:2]
    made = sessions.create_session(first, MONDAY, dt.time(10, 0, 30), 60, place="Hall", note="first")
    assert (made.start_time, made.place, made.note, made.materials) == (dt.time(10, 0), "Hall", "first", None)
    moved = sessions.update_session(
        made.id, other, MONDAY + dt.timedelta(days=1), dt.time(14, 15, 45), 90, place=" Yard ", materials="chalk"
    )
    assert (moved.type_id, moved.date, moved.start_time, moved.duration_min) == (
        other,
        MONDAY + dt.timedelta(days=1),
        dt.time(14, 15),
        90,
    )
    assert (moved.place, moved.materials, moved.note) == ("Yard", "chalk", None)
