"""The weekly summary built from known figures, read back from the PDF."""

from __future__ import annotations

import io
import re
import time

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from dropin.context import CurrentUser, ServiceContext
from dropin.errors import PermissionDenied, ValidationError
from dropin.models.security import AuditEntry
from dropin.reports.definitions import SECTIONS
from dropin.reports.pdf import pdf_bytes, render_pdf
from dropin.reports.service import ReportService
from dropin.reports.weeks import Week
from dropin.security.roles import Role
from dropin.settings import set_setting
from tests.test_reports_support import LAST, WEEK, fake_areas, loader_for

pytestmark = pytest.mark.both_engines


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def row(text: str, label: str) -> list[str]:
    """The figures printed after ``label`` on its line."""
    lines = [line.strip() for line in text.splitlines()]
    for i, line in enumerate(lines):
        if line == label:
            return lines[i + 1 : i + 3]
    raise AssertionError(f"{label!r} not found")


def ctx_as(db, clock, role: Role) -> ServiceContext:
    """A logged-in context without creating accounts (password hashing is slow and not under test here)."""
    return ServiceContext(db, CurrentUser(1, role.value, role), clock)


@pytest.fixture
def manager(db, clock):
    return ctx_as(db, clock, Role.MANAGER)


def build(ctx, **kwargs):
    areas = fake_areas(**kwargs)
    return ReportService(ctx, loader=loader_for(areas)).build(), areas


def test_figures_and_suppression_in_the_pdf(manager):
    report, _ = build(manager)
    assert report.week == WEEK and report.previous == LAST
    pages = pdf_text(pdf_bytes(report))
    body, _everything = "\n".join(pages[:-2]), "\n".join(pages)
    assert "Weekly summary" in pages[0] and "Week 47, 2026" in pages[0]
    assert "Monday 16 November 2026 to Sunday 22 November 2026" in pages[0]
    assert "Aggregates only — small counts shown as <5" in pages[0]
    # plain counts: this week, last week
    assert row(body, "Contacts (visits)") == ["123", "111"]
    assert row(body, "Distinct people") == ["87", "80"]
    assert row(body, "New people") == ["<5", "6"]  # 3 is hidden
    assert row(body, "Anonymous walk-ins") == ["14", "0"]  # zero prints 0
    assert row(body, "Male condoms handed out") == ["1,450", "1,320"]
    assert row(body, "Lubricant handed out") == ["2", "0"]  # stock is never hidden
    # percent hidden with its numerator; shown when both parts are shown
    assert row(body, "People with a reactive result") == ["<5", "6"]
    assert row(body, "Positivity (people)") == ["*", "25.0%"]
    assert row(body, "Occupancy rate") == ["83.9%", "92.9%"]
    assert row(body, "Median days from diagnosis to ART") == ["*", "9"]
    # breakdown with complementary suppression: phone 3 hidden, so the next-smallest (accompanied 8) too
    assert row(body, "Walk-in") == ["100", "90"]
    assert row(body, "Phone") == ["<5", "11"]
    assert row(body, "Online") == ["0", "<5"]
    assert row(body, "Outreach") == ["12", "*"]
    assert row(body, "Accompanied") == ["*", "0"]
    assert row(body, "Non-reactive") == ["*", "18"]
    # no hidden number is printed anywhere near its label
    assert "Phone 3" not in body and "Accompanied 8" not in body and "New people 3" not in body
    assert any("Indicator definitions" in p for p in pages[1:])  # after the figures, however many pages they take
    assert "Last 12 weeks" in body


def test_definitions_page_lists_every_indicator(manager):
    report, _ = build(manager)
    pages = pdf_text(pdf_bytes(report))
    start = next(i for i, p in enumerate(pages) if "\nIndicator definitions\n" in p)
    definitions = re.sub(r"\s+", " ", " ".join(pages[start:]))
    for section in SECTIONS:
        assert section.title in definitions
        for ind in section.indicators:
            assert re.sub(r"\s+", " ", ind.definition) in definitions, ind.key
    assert "People with a reactive result." in definitions and "People tested who received their result." in definitions


def test_missing_area_prints_a_note_not_a_crash(manager):
    report, _ = build(manager, missing=("dropin.shelter.indicators",))
    assert not report.section("shelter").recorded
    text = "\n".join(pdf_text(pdf_bytes(report)))
    assert "Crisis shelter\nNo data recorded for this area." in text


def test_real_loader_treats_uninstalled_areas_as_no_data(manager):
    from dropin.reports import service

    assert service.import_area("dropin.no_such_area.indicators") is None
    assert service.import_area("dropin.reports.definitions").SECTIONS == SECTIONS


def test_translated_report_prints_cyrillic(manager, tmp_path):
    report, _ = build(manager)
    russian = {
        "Drop-in visits": "Посещения центра",
        "Weekly summary": "Еженедельная сводка",
        "Contacts (visits)": "Контакты (посещения)",
    }
    out = render_pdf(report, tmp_path / "ru.pdf", lambda ctx, text: russian.get(text, text))
    text = "\n".join(pdf_text(out.read_bytes()))
    assert "Посещения центра" in text and "Еженедельная сводка" in text
    assert row(text, "Контакты (посещения)") == ["123", "111"]


def test_centre_name_and_threshold_setting(manager):
    with manager.transaction() as s:
        set_setting(s, "small_count_threshold", 10)
        set_setting(s, "centre_name", "Центр «Радуга»")
    report, _ = build(manager)
    text = "\n".join(pdf_text(pdf_bytes(report)))
    assert "Центр «Радуга»" in text and "small counts shown as <10" in text
    assert row(text, "Anonymous walk-ins") == ["14", "0"]
    assert row(text, "People newly diagnosed") == ["<10", "<10"]


def test_trend_has_twelve_weeks_with_hidden_points(manager):
    report, _ = build(manager)
    line = report.line("visits.contacts")
    assert [w.label for w in report.trend_weeks][::11] == ["2026-W36", "2026-W47"]
    assert len(line.trend) == 12 and line.trend[-1].text == "123" and line.trend[-2].text == "111"
    hidden = [w.number for w, f in zip(report.trend_weeks, line.trend, strict=True) if f.hidden]
    assert hidden == [37, 42]  # the fake makes every fifth week small
    assert all(f.value is None for f in line.trend if f.hidden)
    assert report.line("visits.services").trend == ()


def test_aggregate_calls_one_transaction_and_audit(manager, db):
    report, areas = build(manager)
    for area in areas.values():
        # the 12-week window already holds this week and last week; one more call for the year to date
        assert len(area.calls) == 13
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "report")).one()
        assert entry.entity_id == "2026-W47" and entry.username == "manager"


def test_permissions(db, clock):
    for role in (Role.FRONT_DESK, Role.PEER_COUNSELLOR, Role.SOCIAL_WORKER, Role.FACILITATOR):
        with pytest.raises(PermissionDenied):
            ReportService(ctx_as(db, clock, role), loader=loader_for(fake_areas())).build()
        with pytest.raises(PermissionDenied):
            ReportService(ctx_as(db, clock, role), loader=loader_for(fake_areas())).export_data(
                WEEK.start, WEEK.last_day
            )


def test_future_week_is_refused(manager):
    with pytest.raises(ValidationError):
        ReportService(manager, loader=loader_for(fake_areas())).build(Week(2026, 49))


def test_report_is_fast(manager):
    began = time.perf_counter()
    report, _ = build(manager)
    pdf_bytes(report)
    assert time.perf_counter() - began < 2.0


def test_funder_version_never_has_the_quality_page(manager, db, clock):
    funder, _ = build(manager)
    text = "\n".join(pdf_text(pdf_bytes(funder)))
    assert "Internal quality page" not in text and "Internal version" not in text
    internal = ReportService(manager, loader=loader_for(fake_areas())).build(internal=True)
    pages = pdf_text(pdf_bytes(internal))
    assert any("Internal quality page" in p for p in pages)
    assert all("Internal version: not for funders." in p for p in pages)  # on every page
    assert "Invalid test results not repeated" in "\n".join(pages)
    with pytest.raises(PermissionDenied):
        ReportService(ctx_as(db, clock, Role.SOCIAL_WORKER), loader=loader_for(fake_areas())).build(internal=True)


def test_page_one_carries_centre_prepared_by_legend_and_period(manager):
    ReportService(manager).set_centre_settings(centre_name="Harbour centre")
    report, _ = build(manager)
    first = pdf_text(pdf_bytes(report))[0]
    assert "Harbour centre" in first and "Prepared by: Manager" in first
    assert "<5: between 1 and 4" in first and "a * may be any number" in first
    assert "This week" in first and "Year to date" in first
