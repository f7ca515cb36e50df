"""The weekly report carries the audit seal and counts the sensitive events of its week."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from dropin.cli import main
from dropin.reports.pdf import pdf_bytes
from dropin.reports.service import ReportService
from dropin.reports.weeks import parse_week
from dropin.security.auth import UserService
from dropin.security.roles import Role
from dropin.security.trail import sensitive_counts
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER

pytestmark = pytest.mark.both_engines


def events_in_week_47(ctx_for, users, clock):
    clock.set(dt.datetime(2026, 11, 18, 11, 0))
    manager = ctx_for(Role.MANAGER)
    with manager.transaction() as s:
        manager.audit(s, "break_glass", "hts_tests", 1, {"reason": "Clinic asked to confirm a result"})
    service = UserService(manager)
    service.create_user("new_counsellor", PASSWORD, Role.PEER_COUNSELLOR)
    service.update_user(users[Role.FRONT_DESK].id, role=Role.PEER_COUNSELLOR)  # given HIV results
    service.update_user(users[Role.FACILITATOR].id, role=Role.SOCIAL_WORKER)  # not an HIV role
    service.reset_password(users[Role.SOCIAL_WORKER].id, "one-time-pass")
    clock.set(dt.datetime(2026, 11, 24, 9, 0))
    with manager.transaction() as s:  # the next week: not counted for W47
        manager.audit(s, "break_glass", "hts_tests", 2, {"reason": "Another"})


def test_counts_of_sensitive_events(db, users, ctx_for, clock):
    events_in_week_47(ctx_for, users, clock)
    with db.session() as s:
        counts = sensitive_counts(s, dt.date(2026, 11, 16), dt.date(2026, 11, 23))
    assert counts == {"break_glass": 1, "hiv_access": 2, "password_resets": 1, "restores": 0}


@pytest.mark.file_only  # the command line on a file
def test_pdf_prints_the_seal_and_the_access_section(db, db_path, users, ctx_for, clock, monkeypatch, capsys):
    events_in_week_47(ctx_for, users, clock)
    report = ReportService(ctx_for(Role.MANAGER)).build(parse_week("2026-W47"))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_bytes(report))).pages)
    flat = " ".join(text.split())
    seal = report.audit_seal
    assert f"Audit seal {seal.text}: the audit log held {seal.count} entries" in flat
    assert "Access to confidential records" in flat
    lines = text[text.index("Access to confidential records") :].splitlines()
    for label, value in (
        ("Break-glass openings", "1"),
        ("Accounts given access to HIV results", "2"),
        ("Password resets", "1"),
        ("Database restores", "0"),
    ):
        at = lines.index(label)
        assert lines[at + 1 : at + 3] == [value, "0"], lines[at : at + 3]  # this week, last week: never suppressed
    # anyone holding the printed report can check the log against it later
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    monkeypatch.setenv("DROPIN_USER", "manager")
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)
    assert main(["audit", "verify", "--db", str(db_path), "--seal", seal.text]) == 0
    assert "still matches" in capsys.readouterr().out
