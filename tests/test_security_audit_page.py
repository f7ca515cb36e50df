"""Admin → Audit driven as a manager would: filters, the sensitive events, CSV export, the seal check,
a missing anchor in red, re-anchoring with a reason; and reading the log is itself recorded."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from dropin.models.security import AuditEntry
from dropin.security import audit
from dropin.security.auth import UserService
from dropin.security.roles import Role
from dropin.ui.admin.audit import AuditTab, ReanchorDialog
from dropin.ui.admin.page import AdminPage
from tests.conftest import save_screenshot


@pytest.fixture
def page(qtbot, db, users, ctx_for, clock):
    counsellor, manager = ctx_for(Role.PEER_COUNSELLOR), ctx_for(Role.MANAGER)
    with counsellor.transaction() as s:
        counsellor.audit_read(s, "hts_tests", 11)
        counsellor.audit_read(s, "hts_tests", 12)
    with manager.transaction() as s:
        manager.audit(s, "break_glass", "hts_tests", 12, {"reason": "The clinic asked to confirm a result"})
        manager.audit_read(s, "hts_tests", 12)
    UserService(manager).reset_password(users[Role.PEER_COUNSELLOR].id, "given-once-1")
    with manager.transaction() as s:
        manager.audit_read(s, "shelter_case_notes", 4)
    widget = AdminPage(manager)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.tabs.setCurrentIndex(widget.tab_titles().index("Audit"))
    return widget


def tab_of(page) -> AuditTab:
    return page.tabs.currentWidget()


def choose_log(tab: AuditTab, chain) -> None:
    tab.chain_box.setCurrentIndex(tab.chain_box.findData(chain))


def shown(tab: AuditTab, column: int) -> list[str]:
    model = tab.table.model()
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def audit_entries(db, action):
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_the_log_is_listed_newest_first_and_reading_it_is_recorded(page, db):
    tab = tab_of(page)
    assert [tab.chain_box.itemText(i) for i in range(tab.chain_box.count())] == [
        "Main log",
        "Health store",
        "Case-work store",
        "Legal store",
    ]
    actions = shown(tab, 2)
    assert actions[:2] == ["Password reset", "Changed"]  # the log as it was when opened
    assert "Break-glass opening" not in actions and "Record read" not in actions  # those are in the stores' logs
    assert tab.count_label.text().endswith("entries match.")
    views = audit_entries(db, "audit_view")
    assert len(views) == 1 and views[0].username == "manager"
    choose_log(tab, "health")
    actions = shown(tab, 2)
    assert actions[:2] == ["Record read", "Break-glass opening"] and actions.count("Record read") == 3
    save_screenshot(page, "audit-tab-en.png")


def test_filters_by_user_action_area_and_date(qtbot, page, db, clock):
    tab = tab_of(page)
    choose_log(tab, "health")
    tab.user_box.setCurrentIndex(tab.user_box.findData("peer_counsellor"))
    tab.show_entries()
    assert set(shown(tab, 1)) == {"peer_counsellor"}
    tab.user_box.setCurrentIndex(0)
    choose_log(tab, "casework")
    tab.area_box.setCurrentIndex(tab.area_box.findData("shelter"))
    tab.show_entries()
    assert shown(tab, 4) == ["shelter_case_notes #4"]
    choose_log(tab, "health")
    tab.area_box.setCurrentIndex(0)
    tab.action_box.setCurrentIndex(tab.action_box.findData("break_glass"))
    tab.show_entries()
    assert shown(tab, 5) == ["reason: The clinic asked to confirm a result"]
    tab.date_to.setDate(QDate(2026, 11, 20))
    tab.show_entries()
    assert shown(tab, 0) == [] and tab.count_label.text() == "0 entries match."
    tab.date_from.setDate(QDate(2026, 11, 21))
    tab.show_entries()
    assert tab.filter_error.text() == "The end date is before the start date."
    views = [json.loads(e.detail or "{}") for e in audit_entries(db, "audit_view")]
    assert {"user": "peer_counsellor", "chain": "health", "from": "2026-10-24", "to": "2026-11-23"} in views  # recorded


def test_sensitive_events_view(qtbot, page):
    tab = tab_of(page)
    qtbot.mouseClick(tab.sensitive, Qt.MouseButton.LeftButton)
    actions = shown(tab, 2)
    assert {"Password reset", "Account created"} <= set(actions)
    assert "Audit log viewed" not in actions and "Created" not in actions
    choose_log(tab, "health")
    actions = shown(tab, 2)
    assert actions.count("Record read") == 3  # the three reads of test records, not the case note
    assert "Break-glass opening" in actions


def test_csv_export_of_the_filtered_view(qtbot, page, db, tmp_path):
    tab = tab_of(page)
    choose_log(tab, "health")
    tab.sensitive.setChecked(True)
    out = tmp_path / "audit.csv"
    assert tab.export_to(out)
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0] == ["id", "at", "user", "action", "area", "entity", "entity_id", "detail"]
    assert [r[3] for r in rows[1:]].count("read") == 3 and "break_glass" in [r[3] for r in rows[1:]]
    assert tab.count_label.text().startswith(f"{len(rows) - 1} entries exported to ")
    export = audit_entries(db, "audit_export")[-1]
    assert json.loads(export.detail) == {
        "chain": "health",
        "sensitive": True,
        "from": "2026-10-24",
        "to": "2026-11-23",
        "rows": len(rows) - 1,
    }


def test_seal_check_green_then_red_and_reanchor(qtbot, page, db, monkeypatch):
    tab = tab_of(page)
    seal = tab.seal_label.text().split()[2]
    tab.seal_edit.setText(seal)
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert tab.verify_result.text().endswith("The earlier seal still matches.")
    assert "2e7d32" in tab.verify_result.styleSheet()
    tab.seal_edit.setText("nonsense")
    tab.verify()
    assert tab.verify_error.text().startswith("A seal looks like")

    audit.anchor_path(db.path).unlink()
    tab.seal_edit.clear()
    tab.verify()
    assert "anchor file beside the database is missing" in tab.verify_result.text()
    assert "c62828" in tab.verify_result.styleSheet()
    save_screenshot(page, "audit-tab-broken-en.png")

    dialog = ReanchorDialog(tab.service, tab)
    qtbot.addWidget(dialog)
    dialog.reason.setText("too short")
    dialog.save()
    assert dialog.error.text() == "Please say in a sentence why the anchor is being reset."
    dialog.reason.setText("The anchor file was lost when the disk was replaced")
    dialog.save()
    tab.reanchored(dialog.seal)
    entry = audit_entries(db, "reanchor")[-1]
    assert json.loads(entry.detail)["reason"] == "The anchor file was lost when the disk was replaced"
    assert json.loads(entry.detail)["previous"] == {"state": "missing"}
    tab.verify()
    assert tab.verify_result.text().startswith("Audit log intact")
    assert tab.seal_edit.text() == ""


def test_clear_sensitive_empties_the_table(page):
    page.clear_sensitive()
    assert tab_of(page).table.model().rowCount() == 0


def test_only_managers_see_it(qtbot, ctx_for):
    from dropin.errors import PermissionDenied
    from dropin.security.trail import AuditFilter, AuditTrailService

    for role in (Role.PEER_COUNSELLOR, Role.SOCIAL_WORKER, Role.FRONT_DESK):
        with pytest.raises(PermissionDenied):
            AuditTrailService(ctx_for(role)).snapshot(AuditFilter())


def test_export_does_not_hand_spreadsheets_a_formula(db, users, ctx_for, tmp_path):
    from dropin.security.trail import AuditFilter, AuditTrailService

    manager = ctx_for(Role.MANAGER)
    with manager.transaction() as s:
        manager.audit(s, "break_glass", "hts_tests", 1, {"reason": "x"})
    with db.engine.begin() as conn:  # a username can be anything an account was once given
        conn.exec_driver_sql(
            "UPDATE health.audit_log SET username = '=HYPERLINK(\"http://x\")' WHERE action = 'break_glass'"
        )
    out = tmp_path / "a.csv"
    AuditTrailService(manager).export_csv(AuditFilter(action="break_glass", chain="health"), out)
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[1][2] == '\'=HYPERLINK("http://x")'


def test_reading_entries_without_a_snapshot_is_still_recorded(db, users, ctx_for):
    from dropin.security.trail import AuditFilter, AuditTrailService

    AuditTrailService(ctx_for(Role.MANAGER)).entries(AuditFilter(sensitive=True))
    assert json.loads(audit_entries(db, "audit_view")[-1].detail) == {"sensitive": True}
