"""Outreach services: the worker role's limits, sessions, areas, events, coverage and the weekly figures."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from dropin.clients.referrals import ReferralService
from dropin.clients.service import ClientService
from dropin.errors import PermissionDenied, ValidationError
from dropin.models.clients import Client
from dropin.models.outreach import OutreachContact, OutreachSession, OutreachWorker
from dropin.models.security import AuditEntry
from dropin.outreach import indicators
from dropin.outreach.areas import AreaService
from dropin.outreach.events import EventInput, EventService
from dropin.outreach.sessions import OutreachService, ReferralEntry, SessionInput
from dropin.reports.definitions import OUTREACH
from dropin.reports.service import ReportService
from dropin.reports.weeks import Week
from dropin.security.permissions import Permission, can
from dropin.security.roles import Role

pytestmark = pytest.mark.both_engines


MONDAY = dt.date(2026, 11, 23)  # the fixture clock's day


def add_clients(ctx, *codes) -> dict[str, int]:
    with ctx.transaction() as s:
        rows = [Client(code=code) for code in codes]
        s.add_all(rows)
        s.flush()
        return {r.code: r.id for r in rows}


@pytest.fixture
def worker(ctx_for):
    return ctx_for(Role.OUTREACH_WORKER)


@pytest.fixture
def areas(ctx_for) -> dict[str, int]:
    svc = AreaService(ctx_for(Role.MANAGER))
    return {name: svc.add(name).id for name in ("Leninsky district", "Sverdlovsky district", "Kant town")}


def entry(worker_ctx, area_id, **fields) -> SessionInput:
    values = dict(
        session_date=MONDAY - dt.timedelta(days=1),
        mode="on_foot",
        setting="street",
        area_id=area_id,
        worker_ids=(worker_ctx.user.id,),
        duration_min=120,
        contacts_new=4,
        contacts_returning=9,
        male_condoms=60,
        female_condoms=5,
        lubricant=30,
        leaflets=12,
        gatekeepers=1,
        minisession_minutes=45,
        topics=("hiv", "rights"),
    )
    values.update(fields)
    return SessionInput(**values)


# ---------------------------------------------------------------------------------------------- the role
def test_outreach_worker_records_outreach_and_nothing_else():
    allowed = {p for p in Permission if can(Role.OUTREACH_WORKER, p)}
    assert allowed == {Permission.OUTREACH_RECORD, Permission.EVENTS_RECORD}


def test_outreach_worker_cannot_search_list_or_open_client_files(worker, ctx_for):
    ids = add_clients(ctx_for(Role.MANAGER), "AB123456C")
    clients = ClientService(worker)
    for call in (
        lambda: clients.search("AB"),
        lambda: clients.find("AB123456C"),
        lambda: clients.get(ids["AB123456C"]),
        lambda: clients.list_clients(0, 10),
        lambda: clients.count(),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_codes_are_found_only_whole(worker, areas, ctx_for):
    add_clients(ctx_for(Role.MANAGER), "AB123456C", "AB123457D")
    svc = OutreachService(worker)
    with pytest.raises(ValidationError) as info:
        svc.record(entry(worker, areas["Kant town"], codes="AB1234"))
    assert info.value.field == "codes" and "AB1234" in info.value.message
    saved = svc.record(entry(worker, areas["Kant town"], codes="ab123456c, AB123457D"))
    assert saved.codes == ("AB123456C", "AB123457D")


def test_worker_sees_no_report_and_manages_no_areas(worker):
    with pytest.raises(PermissionDenied):
        ReportService(worker).build()
    with pytest.raises(PermissionDenied):
        AreaService(worker).add("Somewhere")
    with pytest.raises(PermissionDenied):
        AreaService(worker).list_all()


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.PEER_COUNSELLOR, Role.SOCIAL_WORKER, Role.FACILITATOR])
def test_other_roles_do_not_record_outreach(ctx_for, role, areas):
    with pytest.raises(PermissionDenied):
        OutreachService(ctx_for(role)).record(entry(ctx_for(role), areas["Kant town"]))
    with pytest.raises(PermissionDenied):
        EventService(ctx_for(role)).list_events()


# ------------------------------------------------------------------------------------------- sessions
def test_record_session_with_every_field(worker, areas, ctx_for):
    manager = ctx_for(Role.MANAGER)
    add_clients(manager, "KG100200A")
    dest = ReferralService(manager).add("AIDS centre", "other").id
    other = ctx_for(Role.PEER_COUNSELLOR).user.id
    svc = OutreachService(worker)
    saved = svc.record(
        entry(
            worker,
            areas["Leninsky district"],
            start_time=dt.time(18, 30),
            worker_ids=(worker.user.id, other),
            codes=("KG100200A",),
            referrals=(ReferralEntry(dest, True), ReferralEntry(dest, False)),
            note="Two new venues found.",
        )
    )
    got = svc.get(saved.id)
    assert (got.session_date, got.start_time, got.duration_min, got.mode, got.setting) == (
        MONDAY - dt.timedelta(days=1),
        dt.time(18, 30),
        120,
        "on_foot",
        "street",
    )
    assert got.area == "Leninsky district" and set(got.worker_ids) == {worker.user.id, other}
    assert (got.contacts_new, got.contacts_returning, got.contacts) == (4, 9, 13)
    assert (got.male_condoms, got.female_condoms, got.lubricant, got.leaflets) == (60, 5, 30, 12)
    assert (got.gatekeepers, got.minisession_minutes, got.topics) == (1, 45, ("hiv", "rights"))
    assert got.codes == ("KG100200A",)
    assert sorted((r.destination, r.accompanied) for r in got.referrals) == [
        ("AIDS centre", False),
        ("AIDS centre", True),
    ]
    assert got.note == "Two new venues found."


BAD = [
    (dict(session_date=MONDAY + dt.timedelta(days=1)), "session_date"),
    (dict(session_date=MONDAY - dt.timedelta(days=400)), "session_date"),
    (dict(mode="helicopter"), "mode"),
    (dict(setting="moon"), "setting"),
    (dict(area_id=None), "area"),
    (dict(area_id=9999), "area"),
    (dict(contacts_new=-1), "contacts_new"),
    (dict(male_condoms=100_000), "male_condoms"),
    (dict(duration_min=24 * 60 + 1), "duration_min"),
    (dict(topics=()), "topics"),  # mini-session minutes without a topic
    (dict(topics=("astrology",)), "topics"),
    (dict(worker_ids=()), "workers"),
    (dict(worker_ids=(4242,)), "workers"),
    (dict(note="x" * 2001), "note"),
    (dict(referrals=(ReferralEntry(4242),)), "referrals"),
]


@pytest.mark.parametrize(("change", "field"), BAD, ids=[b[1] + str(i) for i, b in enumerate(BAD)])
def test_bad_input_is_refused_with_the_field_and_nothing_saved(worker, areas, change, field):
    svc = OutreachService(worker)
    change = dict(change)  # the shared case stays whole for the other engine's run
    with pytest.raises(ValidationError) as info:
        svc.record(entry(worker, change.pop("area_id", areas["Kant town"]), **change))
    assert info.value.field == field
    assert svc.list_sessions() == []


def test_more_codes_than_contacts_is_refused(worker, areas, ctx_for):
    add_clients(ctx_for(Role.MANAGER), "AA000001A", "AA000002A")
    with pytest.raises(ValidationError) as info:
        OutreachService(worker).record(
            entry(worker, areas["Kant town"], contacts_new=1, contacts_returning=0, codes="AA000001A AA000002A")
        )
    assert info.value.field == "contacts_new"


def test_retired_area_is_not_offered_but_old_sessions_keep_it(worker, areas, ctx_for):
    svc = OutreachService(worker)
    saved = svc.record(entry(worker, areas["Kant town"]))
    AreaService(ctx_for(Role.MANAGER)).set_active(areas["Kant town"], False)
    assert "Kant town" not in [a.name for a in AreaService(worker).list_active()]
    with pytest.raises(ValidationError):
        svc.record(entry(worker, areas["Kant town"]))
    # an edit of the old session may keep its (now retired) area
    assert svc.update(saved.id, entry(worker, areas["Kant town"], leaflets=3)).leaflets == 3
    AreaService(ctx_for(Role.MANAGER)).set_active(areas["Kant town"], True)
    assert "Kant town" in [a.name for a in AreaService(worker).list_active()]


def test_area_names_are_districts_not_addresses(ctx_for):
    svc = AreaService(ctx_for(Role.MANAGER))
    for bad in ("", "ул. Киевская 12", "12 Main Street", "x" * 81):
        with pytest.raises(ValidationError):
            svc.add(bad)
    svc.add("Pervomaisky district")
    with pytest.raises(ValidationError):
        svc.add("pervomaisky   DISTRICT")


def test_edit_voids_removed_links_and_audits(worker, areas, ctx_for, db):
    manager = ctx_for(Role.MANAGER)
    add_clients(manager, "AA000001A", "AA000002A")
    other = ctx_for(Role.SOCIAL_WORKER).user.id
    svc = OutreachService(worker)
    saved = svc.record(
        entry(worker, areas["Kant town"], worker_ids=(worker.user.id, other), codes="AA000001A AA000002A")
    )
    changed = svc.update(
        saved.id, entry(worker, areas["Kant town"], worker_ids=(worker.user.id,), codes="AA000002A", leaflets=0)
    )
    assert changed.codes == ("AA000002A",) and changed.worker_ids == (worker.user.id,)
    with db.session() as s:
        contacts = s.scalars(select(OutreachContact).where(OutreachContact.session_id == saved.id)).all()
        assert len(contacts) == 2 and sum(c.voided_at is not None for c in contacts) == 1  # voided, not deleted
        assert len(s.scalars(select(OutreachWorker)).all()) == 2
        actions = {(a.action, a.entity) for a in s.scalars(select(AuditEntry))}
    assert {
        ("create", "outreach_sessions"),
        ("change", "outreach_sessions"),
        ("void", "outreach_contacts"),
        ("create", "outreach_contacts"),
    } <= actions
    # adding the removed worker back un-voids the same row
    svc.update(saved.id, entry(worker, areas["Kant town"], worker_ids=(worker.user.id, other)))
    with db.session() as s:
        assert len(s.scalars(select(OutreachWorker)).all()) == 2


def test_void_needs_a_reason_and_keeps_the_row(worker, areas, db):
    svc = OutreachService(worker)
    saved = svc.record(entry(worker, areas["Kant town"]))
    with pytest.raises(ValidationError):
        svc.void(saved.id, "  ")
    svc.void(saved.id, "entered twice")
    assert svc.list_sessions() == []
    assert [s.void_reason for s in svc.list_sessions(include_void=True)] == ["entered twice"]
    with db.session() as s:
        assert s.scalar(select(OutreachSession.voided_at)) is not None
        assert ("void", "outreach_sessions") in {(a.action, a.entity) for a in s.scalars(select(AuditEntry))}


def test_list_sessions_pages_newest_first(worker, areas):
    svc = OutreachService(worker)
    for k in range(5):
        svc.record(entry(worker, areas["Kant town"], session_date=MONDAY - dt.timedelta(days=k)))
    first, rest = svc.list_sessions(0, 2), svc.list_sessions(2, 10)
    assert [s.session_date for s in first + rest] == [MONDAY - dt.timedelta(days=k) for k in range(5)]


# ------------------------------------------------------------------------------------------- coverage
def test_coverage_per_area_and_areas_not_visited(worker, areas):
    svc = OutreachService(worker)
    svc.record(entry(worker, areas["Leninsky district"], session_date=MONDAY, contacts_new=2, contacts_returning=3))
    svc.record(
        entry(
            worker,
            areas["Leninsky district"],
            session_date=MONDAY - dt.timedelta(days=7),
            contacts_new=1,
            contacts_returning=0,
        )
    )
    svc.record(entry(worker, areas["Sverdlovsky district"], session_date=MONDAY - dt.timedelta(weeks=6)))
    cov = svc.coverage(weeks=4, stale_weeks=4)
    assert cov.weeks == tuple(MONDAY - dt.timedelta(weeks=k) for k in (3, 2, 1, 0))
    by_name = {a.area: a for a in cov.areas}
    assert by_name["Leninsky district"].per_week == (0, 0, 1, 5)
    assert by_name["Leninsky district"].not_visited is False
    assert by_name["Sverdlovsky district"].per_week == (0, 0, 0, 0)
    assert by_name["Sverdlovsky district"].last_visit == MONDAY - dt.timedelta(weeks=6)
    assert {a.area for a in cov.not_visited} == {"Sverdlovsky district", "Kant town"}
    assert {a.area for a in svc.coverage(weeks=4, stale_weeks=8).not_visited} == {"Kant town"}


# -------------------------------------------------------------------------------------------- events
def test_events_with_counts_codes_and_key_dates(worker, ctx_for):
    add_clients(ctx_for(Role.MANAGER), "AA000001A")
    svc = EventService(worker)
    event = svc.record(
        EventInput(
            dt.date(2025, 12, 17),
            "key_date",
            "March and vigil",
            (worker.user.id,),
            attendance=40,
            codes="AA000001A",
            duration_min=180,
        )
    )
    assert event.key_date == "dec17" and event.total_attendance == 41
    with pytest.raises(ValidationError) as info:
        svc.record(EventInput(dt.date(2026, 5, 5), "key_date", "Picnic", (worker.user.id,)))
    assert info.value.field == "key_date"
    with pytest.raises(ValidationError) as info:
        svc.record(EventInput(MONDAY, "workshop", " ", (worker.user.id,)))
    assert info.value.field == "topic"
    with pytest.raises(ValidationError) as info:
        svc.record(EventInput(MONDAY, "self_help", "Group", (worker.user.id,), codes="AA00"))
    assert info.value.field == "codes"
    group = svc.record(EventInput(MONDAY, "self_help", "Mothers' group", (worker.user.id,), attendance=6))
    svc.update(
        group.id,
        dataclasses.replace(EventInput(MONDAY, "self_help", "Mothers' group", (worker.user.id,)), attendance=7),
    )
    assert [e.attendance for e in svc.list_events()] == [7, 40]
    svc.void(group.id, "duplicate")
    assert [e.topic for e in svc.list_events()] == ["March and vigil"]


# ---------------------------------------------------------------------------------------- the report
def test_weekly_figures(worker, areas, ctx_for):
    manager = ctx_for(Role.MANAGER)
    add_clients(manager, "AA000001A", "AA000002A")
    dest = ReferralService(manager).add("STI clinic", "other").id
    svc = OutreachService(worker)
    last_week = MONDAY - dt.timedelta(days=3)
    svc.record(
        entry(
            worker,
            areas["Kant town"],
            session_date=last_week,
            codes="AA000001A AA000002A",
            referrals=(ReferralEntry(dest, True), ReferralEntry(dest)),
        )
    )
    svc.record(
        entry(
            worker,
            areas["Leninsky district"],
            session_date=last_week,
            mode="car",
            setting="sauna",
            codes="AA000001A",
            minisession_minutes=75,
        )
    )
    voided = svc.record(entry(worker, areas["Kant town"], session_date=last_week, male_condoms=999))
    svc.void(voided.id, "test")
    svc.record(entry(worker, areas["Kant town"], session_date=MONDAY))  # next week: not counted
    EventService(worker).record(
        EventInput(last_week, "workshop", "Condom negotiation", (worker.user.id,), attendance=8, codes="AA000002A")
    )
    with manager.transaction() as s:
        figures = indicators.compute(s, MONDAY - dt.timedelta(days=7), MONDAY)
    assert set(figures) == {i.key for i in OUTREACH.indicators}
    assert figures["outreach.sessions_by_mode"] == {"on_foot": 1, "car": 1, "mobile_unit": 0, "online": 0, "phone": 0}
    assert (
        figures["outreach.sessions_by_setting"]["sauna"] == 1 and figures["outreach.sessions_by_setting"]["street"] == 1
    )
    assert figures["outreach.contacts"] == 26
    assert figures["outreach.contacts_by_kind"] == {"new": 8, "returning": 18}
    assert figures["outreach.people"] == 2
    assert (figures["outreach.male_condoms"], figures["outreach.lubricant"]) == (120, 60)
    assert figures["outreach.minisession_hours"] == 2.0
    assert (figures["outreach.referrals"], figures["outreach.accompanied"]) == (2, 1)
    assert figures["outreach.contacts_by_area"] == {"Kant town": 13, "Leninsky district": 13, "Sverdlovsky district": 0}
    assert figures["outreach.events_by_type"]["workshop"] == 1
    assert figures["outreach.event_attendance"] == 9


def test_report_section_is_suppressed_like_the_others(worker, areas, ctx_for):
    svc = OutreachService(worker)
    svc.record(
        entry(
            worker,
            areas["Kant town"],
            session_date=MONDAY - dt.timedelta(days=3),
            contacts_new=2,
            contacts_returning=20,
        )
    )
    report = ReportService(ctx_for(Role.MANAGER)).build(Week.containing(MONDAY - dt.timedelta(days=3)))
    section = report.section("outreach")
    assert section.recorded
    kinds = {c.code: c.this_week for c in section.line("outreach.contacts_by_kind").categories}
    assert kinds["new"].hidden and kinds["returning"].hidden  # 2 is small; 20 would give it away
    assert section.line("outreach.contacts").this_week.text == "22"
    assert section.line("outreach.male_condoms").this_week.text == "60"  # stock: never suppressed


def test_csv_export_gains_the_outreach_section(worker, areas, ctx_for, tmp_path):
    from dropin.reports.export import export

    svc = OutreachService(worker)
    svc.record(
        entry(
            worker,
            areas["Kant town"],
            session_date=MONDAY - dt.timedelta(days=3),
            contacts_new=2,
            contacts_returning=20,
        )
    )
    _data, paths = export(ctx_for(Role.MANAGER), MONDAY - dt.timedelta(days=7), MONDAY - dt.timedelta(days=1), tmp_path)
    import csv

    assert tmp_path / "outreach.csv" in paths
    with open(tmp_path / "outreach.csv", encoding="utf-8", newline="") as handle:
        rows = {(r["indicator"], r["category"]): r["value"] for r in csv.DictReader(handle)}
    assert rows[("outreach.contacts", "")] == "22"
    assert rows[("outreach.contacts_by_kind", "new")] == "<5"
    assert rows[("outreach.contacts_by_kind", "returning")] == "*"  # would give the hidden 2 away
    assert rows[("outreach.male_condoms", "")] == "60"


def test_migration_adds_outreach_to_a_database_with_data(tmp_path, clock):
    from dropin.models.database import Database
    from tests.conftest import PASSPHRASE, TEST_KDF_ITER

    path = tmp_path / "old.db"
    old = Database(path, PASSPHRASE, TEST_KDF_ITER)
    old.upgrade("0007_live_visit_index")
    with old.engine.begin() as conn:  # raw SQL: today's models may have newer columns than revision 0007
        conn.exec_driver_sql(
            "INSERT INTO clients (code, created_at, changed_at) VALUES (?, ?, ?)",
            ("KEEP0001A", "2026-01-05 10:00:00.000000", "2026-01-05 10:00:00.000000"),
        )
    old.close()
    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        assert db.current_revisions() == db.head_revisions()  # through 0008_outreach_log and what follows
        with db.session() as s:
            assert s.scalar(select(Client.code)) == "KEEP0001A"
            assert s.scalar(select(OutreachSession.id)) is None  # the new, empty table is there
    finally:
        db.close()
    assert list(tmp_path.glob("old.before-upgrade-*"))


def test_events_are_audited(worker, db):
    svc = EventService(worker)
    event = svc.record(EventInput(MONDAY, "workshop", "Rights", (worker.user.id,), attendance=5))
    svc.update(event.id, EventInput(MONDAY, "workshop", "Rights at work", (worker.user.id,), attendance=5))
    svc.void(event.id, "wrong day")
    with db.session() as s:
        actions = [(a.action, a.entity) for a in s.scalars(select(AuditEntry)) if a.entity == "community_events"]
    assert actions == [("create", "community_events"), ("change", "community_events"), ("void", "community_events")]


def test_only_a_sessions_workers_or_a_manager_change_it_and_see_its_codes(ctx_for, areas, db, clock):
    from dropin.context import CurrentUser, ServiceContext
    from dropin.security.auth import UserService

    manager = ctx_for(Role.MANAGER)
    add_clients(manager, "AA000001A")
    info = UserService(manager).create_user("second", "password-456", Role.OUTREACH_WORKER)
    other = ServiceContext(db, CurrentUser(info.id, info.username, info.role), clock)
    worker = ctx_for(Role.OUTREACH_WORKER)
    saved = OutreachService(worker).record(entry(worker, areas["Kant town"], codes="AA000001A"))
    assert OutreachService(worker).list_sessions()[0].codes == ("AA000001A",)
    seen = OutreachService(other).list_sessions()[0]
    assert seen.codes == () and seen.codes_hidden  # another worker does not get the codes
    assert OutreachService(manager).get(saved.id).codes == ("AA000001A",)
    with pytest.raises(PermissionDenied):
        OutreachService(other).update(saved.id, entry(other, areas["Kant town"]))
    with pytest.raises(PermissionDenied):
        OutreachService(other).void(saved.id, "not mine")
    assert OutreachService(worker).get(saved.id).codes == ("AA000001A",)  # nothing changed
    OutreachService(manager).void(saved.id, "duplicate")  # a manager may
    event = EventService(worker).record(
        EventInput(MONDAY, "workshop", "Rights", (worker.user.id,), attendance=3, codes="AA000001A")
    )
    seen = EventService(other).list_events()[0]
    assert seen.codes == () and seen.total_attendance == 4
    with pytest.raises(PermissionDenied):
        EventService(other).void(event.id, "not mine")
