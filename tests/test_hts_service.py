"""HIV counselling and testing services: read window, lots, stock, referrals, overdue, roles, audit."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dropin.errors import Conflict, PermissionDenied, ValidationError
from dropin.models.clients import Client, ReferralDestination
from dropin.security.audit import verify_chain
from dropin.security.roles import Role
from dropin.testing import indicators
from dropin.testing.kits import KitService, QcService
from dropin.testing.profile import summary
from dropin.testing.referrals import ReferralService
from dropin.testing.rules import Window, derive_result, window
from dropin.testing.service import CounsellingService, TestService
from tests import pg
from tests.conftest import NOW, PASSPHRASE, PASSWORD, TEST_KDF_ITER, copy_database

# ---------------------------------------------------------------- fixtures
# Creating five accounts hashes five passwords; do it once and copy the encrypted file per test.
pytestmark = pytest.mark.both_engines


@pytest.fixture(scope="session")
def hts_template(tmp_path_factory):
    from dropin.clock import FixedClock
    from dropin.context import CurrentUser, ServiceContext
    from dropin.models.database import Database
    from dropin.security.auth import AuthService, UserService

    path = tmp_path_factory.mktemp("hts-template") / "template.db"
    clock = FixedClock(NOW)
    database = Database.create(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    keys = database.store_keys()
    try:
        manager = AuthService(database, clock).create_first_manager("manager", PASSWORD, "Centre manager")
        service = UserService(ServiceContext(database, manager, clock))
        result = {Role.MANAGER: manager}
        for role in Role:
            if role is not Role.MANAGER:
                info = service.create_user(role.value, PASSWORD, role)
                result[role] = CurrentUser(info.id, info.username, info.role, info.display_name, info.language)
    finally:
        database.close()
    return path, result, keys


@pytest.fixture
def db(db_path, engine, hts_template, request):
    def copy_file():
        from dropin.models.database import Database

        copy_database(hts_template[0], db_path)
        database = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
        database.hold_stores(hts_template[2])  # the creator's hold on every store
        yield database
        database.close()

    yield from pg.templated(request, copy_file)


@pytest.fixture
def users(db, hts_template, request):
    return pg.templated_users(request, hts_template[1])


# ------------------------------------------------------------------ helpers
def add_clients(ctx, *codes) -> dict[str, int]:
    with ctx.transaction() as s:
        rows = [Client(code=c) for c in codes]
        s.add_all(rows)
        s.flush()
        return {r.code: r.id for r in rows}


def add_destination(ctx, name="City AIDS Centre", kind="aids_centre") -> int:
    with ctx.transaction() as s:
        row = ReferralDestination(name=name, kind=kind, active=True)
        s.add(row)
        s.flush()
        return row.id


def receive(ctx, lot="L1", qty=50, expiry=dt.date(2027, 6, 30), kit="OraQuick", qc=True, **kw):
    """Kits into stock; with ``qc`` the receiver's kit controls pass at once (no kits counted, so the
    stock figures of a test stay those of its tests)."""
    info = KitService(ctx).receive(kit, lot, expiry, qty, "donation", **kw)
    if qc:
        QcService(ctx).record_run(info.id, "new_lot", True, True, run_on=info.received_on, kits_used=0)
    return info


def counsel(ctx, code, consent=True, **kw):
    return CounsellingService(ctx).record_session(code, pre_test_counselling=True, consent_given=consent, **kw)


def audit_rows(ctx, action=None):
    from tests.conftest import every_log

    with ctx.transaction() as s:
        return every_log(s, *([lambda t: t.c.action == action] if action else []))


@pytest.fixture
def counsellor(ctx_for):
    return ctx_for(Role.PEER_COUNSELLOR)


# --------------------------------------------------------------- read window
def test_window_boundaries():
    t0 = dt.datetime(2026, 1, 1, 10, 0)
    assert window(t0, t0 + dt.timedelta(minutes=19, seconds=59)) is Window.TOO_EARLY
    assert window(t0, t0 + dt.timedelta(minutes=20)) is Window.READABLE
    assert window(t0, t0 + dt.timedelta(minutes=40)) is Window.READABLE
    assert window(t0, t0 + dt.timedelta(minutes=40, seconds=1)) is Window.TOO_LATE


def test_result_is_derived_from_the_lines():
    assert derive_result(True, False).value == "nonreactive"
    assert derive_result(True, True).value == "reactive"
    assert derive_result(False, True).value == "invalid"
    assert derive_result(False, False).value == "invalid"


def test_read_window_enforced_by_service(counsellor, clock):
    add_clients(counsellor, "AB12")
    lot = receive(counsellor)
    cs = counsel(counsellor, "AB12")
    tests = TestService(counsellor)
    running = tests.start_test(cs.id, lot.id)
    assert running.started_at == NOW
    clock.advance(minutes=19, seconds=59)
    with pytest.raises(ValidationError) as err:
        tests.record_result(running.id, True, False)
    assert err.value.field == "read_at"
    clock.advance(seconds=1)  # exactly 20:00
    info = tests.record_result(running.id, True, False, result_given=True)
    assert info.result == "nonreactive"
    assert info.elapsed_minutes == 20.0
    assert info.read_at == NOW + dt.timedelta(minutes=20)
    with pytest.raises(Conflict):
        tests.record_result(running.id, True, False)


def test_after_40_minutes_only_invalid(counsellor, clock):
    add_clients(counsellor, "LATE1")
    lot = receive(counsellor)
    cs = counsel(counsellor, "LATE1")
    tests = TestService(counsellor)
    running = tests.start_test(cs.id, lot.id)
    clock.advance(minutes=40, seconds=1)
    with pytest.raises(ValidationError):
        tests.record_result(running.id, True, True)
    info = tests.record_too_late(running.id)
    assert (info.result, info.invalid_reason) == ("invalid", "too_late")
    assert info.referral_id is None
    # the repeat with a new kit is linked to the first test
    repeat = tests.start_test(cs.id, lot.id, repeat_of_id=running.id)
    assert repeat.repeat_of_id == running.id
    clock.advance(minutes=25)
    assert tests.record_result(repeat.id, True, False).result == "nonreactive"
    # a valid result cannot be "repeated"
    with pytest.raises(ValidationError):
        tests.start_test(cs.id, lot.id, repeat_of_id=repeat.id)


def test_consent_required_before_a_test(counsellor):
    add_clients(counsellor, "NOC1")
    lot = receive(counsellor)
    cs = counsel(counsellor, "NOC1", consent=False)
    with pytest.raises(ValidationError) as err:
        TestService(counsellor).start_test(cs.id, lot.id)
    assert err.value.field == "consent"
    assert TestService(counsellor).running_tests() == []


def test_retrospective_entry_applies_the_window(counsellor, clock):
    add_clients(counsellor, "PAPER1")
    lot = receive(counsellor)
    clock.advance(hours=3)
    cs = counsel(counsellor, "PAPER1", session_at=NOW)
    tests = TestService(counsellor)
    start = NOW + dt.timedelta(minutes=10)
    with pytest.raises(ValidationError):
        tests.record_retrospective(cs.id, lot.id, start, start + dt.timedelta(minutes=15), True, False)
    with pytest.raises(ValidationError):
        tests.record_retrospective(cs.id, lot.id, start, start + dt.timedelta(minutes=45), True, False)
    late = tests.record_retrospective(cs.id, lot.id, start, start + dt.timedelta(minutes=45), None, None)
    assert late.result == "invalid" and late.retrospective
    ok = tests.record_retrospective(
        cs.id,
        lot.id,
        start + dt.timedelta(minutes=50),
        start + dt.timedelta(minutes=80),
        True,
        False,
        repeat_of_id=late.id,
    )
    assert ok.result == "nonreactive" and ok.elapsed_minutes == 30.0 and ok.repeat_of_id == late.id
    with pytest.raises(ValidationError):  # future read time
        tests.record_retrospective(
            cs.id, lot.id, NOW + dt.timedelta(hours=2, minutes=50), NOW + dt.timedelta(hours=3, minutes=20), True, False
        )


# ------------------------------------------------------------------- kits
def test_expired_lot_is_refused_and_fefo_suggested(counsellor, clock):
    add_clients(counsellor, "EX1")
    old = receive(counsellor, lot="OLD", expiry=NOW.date() + dt.timedelta(days=2))
    new = receive(counsellor, lot="NEW", expiry=NOW.date() + dt.timedelta(days=300))
    tests = TestService(counsellor)
    assert tests.suggest_lot().id == old.id  # first expiry first out
    clock.advance(days=3)
    cs = counsel(counsellor, "EX1")
    with pytest.raises(ValidationError) as err:
        tests.start_test(cs.id, old.id)
    assert err.value.field == "lot" and "expired" in err.value.message
    assert [lot.id for lot in tests.usable_lots()] == [new.id]
    assert any(w.kind == "expired" for w in KitService(counsellor).warnings())
    with pytest.raises(ValidationError):  # expired stock cannot even be received
        receive(counsellor, lot="STALE", expiry=clock.today() - dt.timedelta(days=1))


def test_stock_reconciliation(counsellor, clock):
    add_clients(counsellor, "R1", "R2", "R3")
    lot = receive(counsellor, lot="REC", qty=10)
    tests, kits = TestService(counsellor), KitService(counsellor)
    for code, lines in (("R1", (True, False)), ("R2", (False, False)), ("R3", (True, False))):
        cs = counsel(counsellor, code)
        t = tests.start_test(cs.id, lot.id)
        clock.advance(minutes=21)
        tests.record_result(t.id, *lines)
    running = tests.start_test_for_client("R1", lot.id)  # still running: the kit is used
    assert running.client_code == "R1"
    QcService(counsellor).record_run(lot.id, "new_lot", True, True)
    kits.discard(lot.id, 1, "damaged")
    after_count = kits.record_count(lot.id, 1, "one missing")
    assert after_count.on_hand == 1
    row = kits.stock(include_empty=True)[0]
    assert (row.received, row.used_tests, row.invalid, row.qc, row.discarded, row.on_hand) == (10, 3, 1, 2, 3, 1)
    rec = kits.reconciliation()
    assert rec.balanced and rec.received == 10 and rec.on_hand == 1
    with pytest.raises(ValidationError):
        kits.discard(lot.id, 2, "expired")
    with pytest.raises(ValidationError):
        kits.record_count(lot.id, 5)
    assert any(w.kind == "low" for w in kits.warnings())


def test_empty_lot_cannot_be_used(counsellor, clock):
    add_clients(counsellor, "E1", "E2")
    lot = receive(counsellor, lot="ONE", qty=1)
    tests = TestService(counsellor)
    tests.start_test(counsel(counsellor, "E1").id, lot.id)
    with pytest.raises(ValidationError) as err:
        tests.start_test(counsel(counsellor, "E2").id, lot.id)
    assert "no kits left" in err.value.message


# -------------------------------------------------------------- referrals
def test_reactive_creates_referral_and_overdue_is_computed(counsellor, clock):
    add_clients(counsellor, "POS1", "NEG1")
    dest = add_destination(counsellor)
    lot = receive(counsellor)
    tests, refs = TestService(counsellor), ReferralService(counsellor)
    neg = tests.start_test(counsel(counsellor, "NEG1").id, lot.id)
    pos = tests.start_test(counsel(counsellor, "POS1").id, lot.id)
    clock.advance(minutes=25)
    assert tests.record_result(neg.id, True, False).referral_id is None
    info = tests.record_result(pos.id, True, True, result_given=True, accompaniment_accepted=True)
    assert info.result == "reactive" and info.referral_id is not None
    ref = refs.get(info.referral_id)
    assert ref.destination_id == dest and ref.due_date == NOW.date() + dt.timedelta(days=7)
    assert ref.accompaniment_offered and ref.accompaniment_accepted and ref.client_code == "POS1"
    assert refs.overdue() == []
    clock.set(NOW + dt.timedelta(days=7))
    assert refs.overdue() == []  # due today is not overdue
    clock.set(NOW + dt.timedelta(days=10))
    overdue = refs.overdue()
    assert [(r.client_code, r.days_overdue) for r in overdue] == [("POS1", 3)]
    # lost needs N unsuccessful attempts
    with pytest.raises(ValidationError):
        refs.close(ref.id, "lost")
    for _ in range(5):
        refs.add_attempt(ref.id, "phone", "no_answer")
    with pytest.raises(ValidationError, match="28 days after the due date"):
        refs.close(ref.id, "lost")  # 5 attempts, but only 3 days past the due date
    clock.set(NOW + dt.timedelta(days=7 + 28))
    closed = refs.close(ref.id, "lost")
    assert closed.close_reason == "lost" and not closed.overdue
    assert refs.overdue() == []


def test_overdue_sorted_and_art_linkage_closes(counsellor, clock):
    add_clients(counsellor, "P1", "P2")
    add_destination(counsellor)
    lot = receive(counsellor)
    tests, refs = TestService(counsellor), ReferralService(counsellor)
    t1 = tests.start_test(counsel(counsellor, "P1").id, lot.id)
    clock.advance(minutes=25)
    r1 = tests.record_result(t1.id, True, True).referral_id
    clock.advance(days=3)
    t2 = tests.start_test(counsel(counsellor, "P2").id, lot.id)
    clock.advance(minutes=25)
    r2 = tests.record_result(t2.id, True, True).referral_id
    clock.advance(days=10)
    assert [r.id for r in refs.overdue()] == [r1, r2]  # most overdue first
    assert [r.days_overdue for r in refs.overdue()] == [6, 3]
    refs.record_outcome(r1, confirmatory_result="positive", confirmatory_on=clock.today() - dt.timedelta(days=5))
    out = refs.record_outcome(
        r1, registered_on=clock.today() - dt.timedelta(days=4), art_start_on=clock.today() - dt.timedelta(days=2)
    )
    assert out.close_reason == "linked" and out.closed_on == clock.today() - dt.timedelta(days=2)
    assert [r.id for r in refs.overdue()] == [r2]
    neg = refs.record_outcome(r2, confirmatory_result="negative")
    assert neg.close_reason == "confirmed_negative"
    with pytest.raises(Conflict):
        refs.add_attempt(r2, "phone", "reached")


def test_due_days_setting_is_used(counsellor, clock):
    from dropin.settings import set_setting

    with counsellor.transaction() as s:
        set_setting(s, "referral_due_days", 3)
    add_clients(counsellor, "S1")
    lot = receive(counsellor)
    tests = TestService(counsellor)
    t = tests.start_test(counsel(counsellor, "S1").id, lot.id)
    clock.advance(minutes=30)
    info = tests.record_result(t.id, True, True)
    assert ReferralService(counsellor).get(info.referral_id).due_date == NOW.date() + dt.timedelta(days=3)


# ------------------------------------------------------------ roles, audit
def test_front_desk_gets_permission_denied_from_the_service(ctx_for, counsellor, clock):
    add_clients(counsellor, "FD1")
    lot = receive(counsellor)
    cs = counsel(counsellor, "FD1")
    t = TestService(counsellor).start_test(cs.id, lot.id)
    clock.advance(minutes=22)
    info = TestService(counsellor).record_result(t.id, True, True)
    front = ctx_for(Role.FRONT_DESK)
    calls = [
        lambda: TestService(front).get_test(t.id),
        lambda: TestService(front).running_tests(),
        lambda: TestService(front).tests_between(NOW.date(), NOW.date() + dt.timedelta(days=1)),
        lambda: TestService(front).start_test(cs.id, lot.id),
        lambda: TestService(front).break_glass_open(t.id, "I really want to know this"),
        lambda: CounsellingService(front).get_session(cs.id),
        lambda: counsel(front, "FD1"),
        lambda: ReferralService(front).overdue(),
        lambda: ReferralService(front).get(info.referral_id),
        lambda: KitService(front).stock(),
        lambda: QcService(front).due(),
        lambda: summary(front, info.client_id),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    # the manager has no ordinary access to results either
    manager = ctx_for(Role.MANAGER)
    with pytest.raises(PermissionDenied):
        TestService(manager).get_test(t.id)
    with pytest.raises(PermissionDenied):
        ReferralService(manager).overdue()


def test_reads_are_audited(counsellor, clock):
    add_clients(counsellor, "AU1")
    lot = receive(counsellor)
    cs = counsel(counsellor, "AU1")
    t = TestService(counsellor).start_test(cs.id, lot.id)
    clock.advance(minutes=22)
    TestService(counsellor).record_result(t.id, True, False)
    TestService(counsellor).get_test(t.id)
    CounsellingService(counsellor).get_session(cs.id)
    reads = [(e.entity, e.entity_id) for e in audit_rows(counsellor, "read")]
    assert ("hts_tests", str(t.id)) in reads and ("hts_counselling_sessions", str(cs.id)) in reads
    TestService(counsellor).tests_between(NOW.date(), NOW.date() + dt.timedelta(days=1))
    last = audit_rows(counsellor, "read")[-1]
    assert last.entity == "hts_tests" and json.loads(last.detail) == {"ids": [t.id]}


def test_break_glass_audit(ctx_for, counsellor, clock):
    ids = add_clients(counsellor, "BG1")
    lot = receive(counsellor)
    t = TestService(counsellor).start_test(counsel(counsellor, "BG1").id, lot.id)
    clock.advance(minutes=22)
    TestService(counsellor).record_result(t.id, True, False)
    manager = ctx_for(Role.MANAGER)
    svc = TestService(manager)
    assert [c.id for c in svc.break_glass_candidates("BG1")] == [t.id]
    with pytest.raises(ValidationError):
        svc.break_glass_open(t.id, "  ")
    assert audit_rows(manager, "break_glass") == []
    info = svc.break_glass_open(t.id, "Client asked for a copy of her result")
    assert info.result == "nonreactive" and info.client_id == ids["BG1"]
    entries = audit_rows(manager)
    bg = [i for i, e in enumerate(entries) if e.action == "break_glass"]
    assert len(bg) == 1
    entry = entries[bg[0]]
    assert entry.username == "manager" and entry.entity == "hts_tests" and entry.entity_id == str(t.id)
    assert json.loads(entry.detail) == {"reason": "Client asked for a copy of her result"}
    after = entries[bg[0] + 1]
    assert (after.action, after.entity, after.entity_id, after.username) == ("read", "hts_tests", str(t.id), "manager")
    with manager.transaction() as s:
        assert verify_chain(s.connection()).ok
    with pytest.raises(PermissionDenied):
        TestService(counsellor).break_glass_open(t.id, "Counsellors do not need this")


def test_prep_warning_and_counselling_validation(counsellor):
    add_clients(counsellor, "PR1")
    cs = counsel(
        counsellor, "PR1", on_prep=True, risk_items=["condom_broke"], ever_tested=True, months_since_last_test=6
    )
    assert "PrEP" in cs.false_negative_warning
    assert cs.risk_items == ("condom_broke",)
    with pytest.raises(ValidationError):
        counsel(counsellor, "PR1", risk_items=["made_up"])
    with pytest.raises(ValidationError) as err:
        counsel(counsellor, "NOPE")
    assert err.value.field == "client_code"


# -------------------------------------------------------------------- QC
def test_qc_due_reasons(counsellor, clock):
    qc = QcService(counsellor)
    lot = receive(counsellor, lot="QC1", arrival_temp_c=31.0, qc=False)
    due = [w.message for w in qc.due()]
    assert any("new lot QC1" in m for m in due)
    assert any("31 °C" in m for m in due)
    assert any("new counsellor" in m for m in due)
    assert any("temperature reading" in m for m in due)
    qc.record_run(lot.id, "new_lot", True, True)
    qc.log_temperature(8.0, 22.0)
    assert qc.due() == []
    clock.advance(days=1)
    qc.log_temperature(29.5, 22.0)  # storage excursion
    assert any("out of range" in w.message for w in qc.due())
    qc.record_run(lot.id, "temperature", True, True)
    assert qc.due() == []
    clock.advance(days=31)
    qc.log_temperature(8.0, 22.0)
    assert [w.message for w in qc.due()] == ["The monthly kit-control run is due for lot QC1."]
    receive(counsellor, lot="QC1", qty=5, qc=False)  # new shipment of a known lot
    assert any("shipment of lot QC1" in w.message for w in qc.due())


def test_failed_qc_blocks_the_lot(counsellor):
    add_clients(counsellor, "Q1")
    lot = receive(counsellor, lot="BAD")
    QcService(counsellor).record_run(lot.id, "new_lot", True, False)
    with pytest.raises(ValidationError):
        TestService(counsellor).start_test(counsel(counsellor, "Q1").id, lot.id)


# ------------------------------------------------------- indicators, profile
def test_indicators_week(counsellor, clock):
    from dropin.reports.definitions import TESTING

    add_clients(counsellor, "I1", "I2", "I3", "I4")
    add_destination(counsellor)
    lot = receive(counsellor, qty=30, expiry=NOW.date() + dt.timedelta(days=40), qc=False)
    tests, refs = TestService(counsellor), ReferralService(counsellor)
    QcService(counsellor).record_run(lot.id, "new_lot", True, True)
    results = {"I1": (True, False), "I2": (True, True), "I3": (False, False), "I4": (True, False)}
    ids = {}
    for code, lines in results.items():
        t = tests.start_test(counsel(counsellor, code).id, lot.id)
        clock.advance(minutes=21)
        ids[code] = tests.record_result(t.id, *lines, result_given=code != "I4")
    ref = ids["I2"].referral_id
    clock.advance(days=5)
    refs.record_outcome(ref, confirmatory_result="positive")
    refs.record_outcome(ref, art_start_on=clock.today())
    week = NOW.date(), NOW.date() + dt.timedelta(days=7)
    with counsellor.transaction() as s:
        out = indicators.compute(s, *week)
    assert set(out) >= {i.key for i in TESTING.indicators}
    assert out["testing.counselled"] == 4
    assert out["testing.hts_tst"] == 2  # I1 and I2: a final result, told it (I3 invalid, I4 left before)
    assert out["testing.by_result"] == {"nonreactive": 2, "reactive": 1, "invalid": 1}
    assert out["testing.reactive"] == 1
    assert out["testing.positivity"] == pytest.approx(50.0)
    assert out["testing.referred"] == 1 and out["testing.diagnosed"] == 1 and out["testing.linked_art"] == 1
    # ART began the day the diagnosis was confirmed, five days after the screening test
    assert out["testing.median_days_to_art"] == 0.0
    assert out["testing.linked_7"] == 1 and out["testing.linked_7_pct"] == 100.0
    assert out["testing.overdue"] == 0
    assert out["testing.kits_used"] == 6
    assert out["testing.kits_on_hand"] == 24
    assert out["testing.lots_expiring"] == 1
    assert out["testing.qc_runs"] == 1
    with counsellor.transaction() as s:
        empty = indicators.compute(s, dt.date(2020, 1, 6), dt.date(2020, 1, 13))
    assert empty["testing.positivity"] is None and empty["testing.median_days_to_art"] is None


def test_overdue_indicator_as_of_week_end(counsellor, clock):
    add_clients(counsellor, "OV1")
    add_destination(counsellor)
    lot = receive(counsellor)
    tests = TestService(counsellor)
    t = tests.start_test(counsel(counsellor, "OV1").id, lot.id)
    clock.advance(minutes=21)
    tests.record_result(t.id, True, True)  # due NOW + 7 = next Monday
    with counsellor.transaction() as s:
        assert indicators.compute(s, NOW.date(), NOW.date() + dt.timedelta(days=7))["testing.overdue"] == 0
        assert (
            indicators.compute(s, NOW.date() + dt.timedelta(days=7), NOW.date() + dt.timedelta(days=14))[
                "testing.overdue"
            ]
            == 1
        )


def test_profile_summary_is_audited(counsellor, clock):
    ids = add_clients(counsellor, "PF1")
    lot = receive(counsellor)
    t = TestService(counsellor).start_test(counsel(counsellor, "PF1").id, lot.id)
    clock.advance(minutes=21)
    TestService(counsellor).record_result(t.id, True, False)
    lines = dict(summary(counsellor, ids["PF1"]))
    assert lines["Tests"] == "1" and "Non-reactive" in lines["Last test"]
    assert ("read", "hts_tests", str(t.id)) in [(e.action, e.entity, e.entity_id) for e in audit_rows(counsellor)]
