"""Switching the language at run time, per user, in widgets and in the printed report."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QPushButton

from dropin import i18n
from dropin.security.auth import AuthService, UserService
from dropin.security.roles import Role
from dropin.ui.language import manager
from dropin.ui.shell.controller import ShellController
from tests.conftest import PASSWORD, TEST_KDF_ITER

RU_FRONT_DESK = i18n.translator_for("ru")("Navigation", "Front desk")
UK_FRONT_DESK = i18n.translator_for("uk")("Navigation", "Front desk")


def test_catalogues_translate_the_navigation():
    assert RU_FRONT_DESK != "Front desk" and UK_FRONT_DESK != "Front desk"
    assert any("\u0400" <= ch <= "\u04ff" for ch in RU_FRONT_DESK)


@pytest.fixture
def shell(qtbot, db, db_path, users, clock):
    controller = ShellController(db_path, TEST_KDF_ITER, clock, idle_ms=10**8)
    qtbot.addWidget(controller.window)
    controller.db = db
    yield controller
    if controller.main_window is not None:
        controller.main_window.idle.stop()
        controller.main_window.close()
    controller.db = None  # the fixture closes the database


def nav_titles(window):
    return window.page_titles()


def test_language_switch_at_run_time_rebuilds_the_window(qtbot, shell, db, clock):
    user = AuthService(db, clock).login("front_desk", PASSWORD)
    shell.open_main(user)
    window = shell.main_window
    qtbot.addWidget(window)
    assert nav_titles(window)[0] == "Front desk"
    window.show_page("shelter")

    window.choose_language("ru")  # from the View → Language menu
    russian = shell.main_window
    qtbot.addWidget(russian)
    assert russian is not window
    assert nav_titles(russian)[0] == RU_FRONT_DESK
    assert russian.current_page() is russian.page("shelter")  # stays on the same page
    buttons = [b.text() for b in russian.page("shelter").findChildren(QPushButton)]
    assert i18n.translate("ShelterBoard", "&Refresh") not in ("",)
    assert not any(text == "&Refresh" for text in buttons)
    # saved for this user only
    assert UserService(shell.main_window.ctx).list_users if True else None
    with db.session() as s:
        from dropin.models.security import User

        assert s.get(User, user.id).language == "ru"

    russian.choose_language("uk")
    ukrainian = shell.main_window
    qtbot.addWidget(ukrainian)
    assert nav_titles(ukrainian)[0] == UK_FRONT_DESK
    ukrainian.choose_language("en")
    assert nav_titles(shell.main_window)[0] == "Front desk"


def test_each_user_gets_their_own_language_at_login(qtbot, shell, db, users, clock, ctx_for):
    UserService(ctx_for(Role.MANAGER)).set_language("uk", users[Role.FRONT_DESK].id)
    desk = AuthService(db, clock).login("front_desk", PASSWORD)
    assert desk.language == "uk"
    shell.open_main(desk)
    qtbot.addWidget(shell.main_window)
    assert nav_titles(shell.main_window)[0] == UK_FRONT_DESK
    shell.main_window.idle.stop()
    shell.main_window.close()
    manager_user = AuthService(db, clock).login("manager", PASSWORD)
    shell.open_main(manager_user)
    qtbot.addWidget(shell.main_window)
    assert nav_titles(shell.main_window)[0] == "Front desk"


def test_pseudo_translation_shows_long_accented_text(qtbot, shell, db, clock):
    user = AuthService(db, clock).login("manager", PASSWORD)
    shell.open_main(user)
    qtbot.addWidget(shell.main_window)
    shell.main_window.choose_language(i18n.PSEUDO)
    window = shell.main_window
    qtbot.addWidget(window)
    title = nav_titles(window)[0]
    assert title.startswith("[") and "~" in title and len(title) > len("Front desk")
    assert manager().language == i18n.PSEUDO
    with db.session() as s:
        from dropin.models.security import User

        assert s.get(User, user.id).language == "en"  # a layout check is not saved


def test_russian_weekly_report_has_cyrillic_section_titles(ctx_for, clock):
    from dropin.reports.definitions import SECTIONS
    from dropin.reports.pdf import render_pdf
    from dropin.reports.service import ReportService
    from dropin.reports.weeks import parse_week

    clock.set(dt.datetime(2026, 11, 25, 9, 0))
    report = ReportService(ctx_for(Role.MANAGER)).build(parse_week("2026-W47"))
    out = io.BytesIO()
    path = render_pdf(
        report,
        clock and __import__("pathlib").Path(__import__("tempfile").mkdtemp()) / "ru.pdf",
        i18n.translator_for("ru"),
    )
    out.write(path.read_bytes())
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    ru = i18n.translator_for("ru")
    for section in SECTIONS:
        title = ru("Indicators", section.title)
        assert title != section.title and title in text
    assert "Weekly summary" not in text


def test_report_language_follows_the_interface_unless_the_centre_set_one(ctx_for):
    from dropin.reports.service import ReportService

    service = ReportService(ctx_for(Role.MANAGER))
    try:
        i18n.use_language("uk")
        assert service.default_language() == "uk"
        service.set_default_language("en")  # e.g. the funder reads English
        assert service.default_language() == "en"
    finally:
        i18n.install(None)
