"""The incident screens through real widgets: the check-in hand-off, the form with nothing pre-selected,
consent, evidence log and case, the manager's advocacy-only page."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from dropin.incidents.service import IncidentService
from dropin.models.clients import Client
from dropin.security.roles import Role
from tests.conftest import save_screenshot


def add_client(ctx, code="ZETA1990F"):
    with ctx.transaction() as s:
        row = Client(code=code)
        s.add(row)
        s.flush()
        return row.id


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_violence_report_at_check_in_offers_the_hand_off(qtbot, ctx_for):
    from dropin.ui.frontdesk.page import FrontDeskPage
    from dropin.ui.shell.main_window import visible_pages

    desk = ctx_for(Role.FRONT_DESK)
    add_client(desk)
    add_client(desk, "YOTA1990F")
    page = show(qtbot, FrontDeskPage(desk))
    page.refresh()
    panel = page.checkin
    qtbot.keyClicks(panel.code_edit, "ZETA1990F")
    panel.findChild(QCheckBox, "service_shower").setChecked(True)
    panel.save()
    assert not panel.handoff.isVisible()  # no violence report: no offer
    qtbot.keyClicks(panel.code_edit, "YOTA1990F")  # another person (a second visit today would ask first)
    panel.findChild(QCheckBox, "service_violence_report").setChecked(True)
    panel.save()
    assert panel.handoff.isVisible() and panel.handoff.button.isVisible()
    save_screenshot(page, "incidents-handoff.png")
    qtbot.mouseClick(panel.handoff.button, Qt.MouseButton.LeftButton)
    assert not panel.handoff.button.isVisible()
    assert "legal advisor" in panel.handoff.note.text()
    legal = IncidentService(ctx_for(Role.LEGAL_ADVISOR))
    rows = legal.rows()
    assert len(rows) == 1 and rows[0].waiting and rows[0].code == "YOTA1990F"
    # the desk has no incidents page and sees nothing of it
    assert "incidents" not in {spec.key for spec in visible_pages(desk)}
    assert "incidents" in {spec.key for spec in visible_pages(ctx_for(Role.LEGAL_ADVISOR))}
    assert [s.key for s in visible_pages(ctx_for(Role.LEGAL_ADVISOR))] == ["incidents"]


def test_legal_advisor_records_an_incident(qtbot, ctx_for):
    from dropin.ui.incidents.page import IncidentsPage

    ctx = ctx_for(Role.LEGAL_ADVISOR)
    add_client(ctx)
    page = show(qtbot, IncidentsPage(ctx))
    page.refresh()
    form = page.form
    # nothing is pre-selected: above all, no complaint (to the police or anywhere)
    assert form.place.currentData() is None and form.perpetrator.currentData() is None
    assert form.complaint_to.currentData() is None and not form.complaint_to.isEnabled()
    assert not form.complained_yes.isChecked() and not form.complained_no.isChecked()
    assert form.violations.codes() == () and form.support.codes() == ()
    form.save()
    assert form.error.isVisible()  # who did it is missing
    assert QApplication.focusWidget() is form.perpetrator or not page.isActiveWindow()
    qtbot.keyClicks(form.code, "zeta1990f")
    form.perpetrator.setCurrentIndex(form.perpetrator.findData("police"))
    form.place.setCurrentIndex(form.place.findData("street"))
    form.area.setEditText("Lenin district")
    form.violations.boxes["extortion"].setChecked(True)
    form.violations.boxes["condoms"].setChecked(True)
    form.support.boxes["legal"].setChecked(True)
    form.account.setPlainText("Stopped near the market.")
    form.complained_no.setChecked(True)
    incident_id = form.save()
    assert incident_id is not None and page.model.rowCount() == 1
    work = page.casework
    assert work.consent_yes.isEnabled()
    work.consent_yes.click()
    assert "Agreed" in work.consent_label.text()
    assert page.model.rows()[0].consent  # the list shows the change at once
    work.evidence_kind.setCurrentIndex(work.evidence_kind.findData("audio"))
    work.evidence_holder.setCurrentIndex(work.evidence_holder.findData("legal_advisor"))
    work.add_evidence_button.click()
    assert work.evidence_model.rowCount() == 1
    work.case_type.setCurrentIndex(work.case_type.findData("administrative"))
    work.open_case_button.click()
    work.stage.setCurrentIndex(work.stage.findData("filed"))
    work.add_stage_button.click()
    assert work.case_model.rowCount() == 1 and work.case_model.rows()[0].stages[0].stage == "filed"
    save_screenshot(page, "incidents-form.png")
    detail = IncidentService(ctx).open(incident_id)
    assert detail.consent and detail.data.complained is False and detail.data.violations == ("extortion", "condoms")
    # sorting goes through the proxy on the lazy model
    assert page.view.model() is page.proxy and page.proxy.sourceModel() is page.model
    assert page.void_current("Entered for the wrong person")
    assert page.model.rowCount() == 0


def test_manager_sees_only_the_advocacy_report(qtbot, ctx_for, tmp_path):
    from dropin.ui.incidents.page import IncidentsPage

    page = show(qtbot, IncidentsPage(ctx_for(Role.MANAGER)))
    page.refresh()
    assert page.service is None and not hasattr(page, "form")
    assert page.advocacy.save_to(tmp_path / "a.pdf")
    assert "Violence and rights violations" in PdfReader(tmp_path / "a.pdf").pages[0].extract_text()
    assert page.advocacy.save_to(tmp_path / "a.csv", "csv")
    assert (tmp_path / "a.csv").read_text().startswith("period_start")


def test_evidence_and_a_legal_case_entered_by_mistake_are_voided_with_a_reason(qtbot, ctx_for, monkeypatch):
    import datetime as dt

    from PySide6.QtWidgets import QInputDialog

    from dropin.incidents.records import IncidentInput
    from dropin.ui.incidents.page import IncidentsPage

    ctx = ctx_for(Role.LEGAL_ADVISOR)
    add_client(ctx)
    service = IncidentService(ctx)
    incident_id = service.create(
        IncidentInput(
            occurred_on=ctx.today() - dt.timedelta(days=3),
            date_precision="day",
            client_code="ZETA1990F",
            place_type="street",
            area="Lenin district",
            perpetrator="police",
            violations=("extortion",),
            support=("legal",),
        )
    )
    kept = service.add_evidence(incident_id, "audio", "legal_advisor")
    wrong = service.add_evidence(incident_id, "photo", "person")
    service.open_case(incident_id, "administrative")
    page = show(qtbot, IncidentsPage(ctx))
    page.refresh()
    page.view.selectRow(0)
    work = page.casework
    assert work.evidence_model.rowCount() == 2
    answers = iter([("", False), ("Logged for the wrong incident", True), ("Opened twice", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    work.evidence_view.selectRow([e.id for e in work.evidence_model.rows()].index(wrong))
    assert not work._void_evidence()  # cancelled: nothing happens
    assert work.evidence_model.rowCount() == 2
    assert work._void_evidence()
    assert [e.id for e in work.evidence_model.rows()] == [kept]
    assert work._void_case()
    assert work.case_model.rowCount() == 0
    detail = service.open(incident_id)
    assert [e.id for e in detail.evidence] == [kept] and detail.cases == ()


def test_advocacy_report_takes_the_period_choices_of_the_reports_page(qtbot, ctx_for, tmp_path):
    import csv
    import datetime as dt

    from PySide6.QtCore import QDate

    from dropin.reports import periods as per
    from dropin.ui.incidents.page import IncidentsPage
    from dropin.ui.periodchooser import PeriodChooser
    from dropin.ui.reports.page import ReportsPage

    manager = ctx_for(Role.MANAGER)
    reports = show(qtbot, ReportsPage(manager))
    page = show(qtbot, IncidentsPage(manager))
    chooser = page.advocacy.chooser
    assert isinstance(chooser, PeriodChooser) and isinstance(reports.chooser, PeriodChooser)  # one piece serves
    kinds = [chooser.kind_combo.itemData(i) for i in range(chooser.kind_combo.count())]
    assert kinds == [reports.kind_combo.itemData(i) for i in range(reports.kind_combo.count())] == list(per.KINDS)
    assert chooser.period() == per.Year(2026)  # yearly for coalitions unless another period is chosen

    def saved_period(name: str) -> tuple[str, str]:
        assert page.advocacy.save_to(tmp_path / name, "csv"), page.advocacy.error.text()
        rows = list(csv.DictReader(open(tmp_path / name, encoding="utf-8")))
        return rows[0]["period_start"], rows[0]["period_end"]

    chooser.kind_combo.setCurrentIndex(chooser.kind_combo.findData(per.QUARTER))
    assert chooser.period() == per.Quarter(2026, 4)  # the running quarter first
    chooser.period_combo.setCurrentIndex(2)
    assert saved_period("q2.csv") == ("2026-04-01", "2026-06-30")
    chooser.kind_combo.setCurrentIndex(chooser.kind_combo.findData(per.MONTH))
    chooser.select(per.Month(2026, 5))
    assert saved_period("may.csv") == ("2026-05-01", "2026-05-31")
    chooser.kind_combo.setCurrentIndex(chooser.kind_combo.findData(per.WEEK))
    assert saved_period("week.csv") == ("2026-11-16", "2026-11-22")  # the last complete week
    chooser.kind_combo.setCurrentIndex(chooser.kind_combo.findData(per.RANGE))
    assert chooser.from_edit.isVisible() and not chooser.period_combo.isVisible()
    chooser.from_edit.setDate(QDate(2026, 3, 2))
    chooser.to_edit.setDate(QDate(2026, 9, 30))
    assert saved_period("range.csv") == ("2026-03-02", "2026-09-30")
    chooser.from_edit.setDate(QDate(2026, 10, 1))  # after the last day: refused inline, nothing written
    assert not page.advocacy.save_to(tmp_path / "bad.csv", "csv")
    assert page.advocacy.error.text() and not (tmp_path / "bad.csv").exists()
    assert chooser.period() == per.DateRange(dt.date(2026, 10, 1), dt.date(2026, 9, 30))
    chooser.select(per.Year(2026))
    assert not chooser.from_edit.isVisible() and chooser.period() == per.Year(2026)
    page.resize(1366, 768)
    save_screenshot(page, "advocacy-periods.png")
