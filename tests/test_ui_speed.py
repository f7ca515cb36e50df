"""What keeps the screens quick, checked as mechanisms (the timings themselves are in ``dropin bench``).

- opening the front desk loads none of the report machinery (ReportLab, PDFium, SciPy);
- a page's tabs are built when they are first shown;
- a page shown again reads nothing unless something was saved since;
- a table whose columns fit their contents reads its cells once per change, not at every layout pass,
  and only the rows near the screen;
- the busiest pages' widgets carry no style sheet of their own (each is styled again whenever it is laid out).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from sqlalchemy import event

from dropin.security.roles import Role
from dropin.ui.warmup import HEAVY
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER

ROOT = Path(__file__).resolve().parent.parent

START_TO_FRONT_DESK = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from dropin.ui.app import init_application
    app = init_application()
    from dropin.ui.shell.controller import ShellController
    from dropin.ui import warmup
    path, passphrase, username, password, kdf_iter = sys.argv[1:6]
    controller = ShellController(Path(path), int(kdf_iter))
    controller.start()

    def wait_for(condition):
        end = time.monotonic() + 60
        while not condition():
            assert time.monotonic() < end, "timed out"
            app.processEvents()
            time.sleep(0.005)

    warmup.wait(60)  # what loads while the passphrase is typed has loaded
    controller.unlock_screen.passphrase.setText(passphrase)
    controller.unlock_screen.unlock()
    wait_for(lambda: controller.screen == "login")
    controller.login_screen.username.setText(username)
    controller.login_screen.password.setText(password)
    controller.login_screen.login()
    wait_for(lambda: controller.main_window is not None and controller.main_window.current_page() is not None)
    for _ in range(20):
        app.processEvents()
    window = controller.main_window
    loaded = sorted({name.split(".")[0] for name in sys.modules})
    print(json.dumps({"page": window.page_keys()[window.navigation.currentRow()], "modules": loaded}))
    controller.shutdown()
    """
)


def test_opening_the_front_desk_loads_no_report_machinery(db, db_path, users):
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            START_TO_FRONT_DESK,
            str(db_path),
            PASSPHRASE,
            "front_desk",
            PASSWORD,
            str(TEST_KDF_ITER),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["page"] == "frontdesk"
    assert "sqlalchemy" in result["modules"] and "PySide6" in result["modules"]  # the check sees real imports
    assert [name for name in HEAVY if name in result["modules"]] == []


def test_the_reports_warm_up_leaves_the_exact_solver_unloaded():
    """scipy (with numpy and its maths library, some 70 MB) loads only when a report's protection needs it."""
    script = "import sys; from dropin.ui import warmup; warmup._import(warmup.REPORT_MODULES); "
    script += "print(sorted(n for n in ('reportlab', 'pypdfium2', 'scipy', 'numpy') if n in sys.modules))"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split("\n")[-2] == "['pypdfium2', 'reportlab']"


def test_tabs_are_built_when_first_shown(qtbot, ctx_for):
    from dropin.ui.frontdesk.page import FrontDeskPage
    from dropin.ui.outreach.page import OutreachPage
    from dropin.ui.testing.page import TestingPage

    desk = FrontDeskPage(ctx_for(Role.MANAGER))
    qtbot.addWidget(desk)
    assert desk.tabs.keys == ["checkin", "clients", "visits"]
    assert desk.tabs.built("clients") is None and desk.tabs.built("visits") is None
    desk.tabs.setCurrentIndex(1)
    assert desk.tabs.built("clients") is desk.clients and desk.tabs.built("visits") is None

    counsellor = TestingPage(ctx_for(Role.PEER_COUNSELLOR))
    qtbot.addWidget(counsellor)
    assert counsellor.tabs.current_key() == "board"
    assert [key for key in counsellor.tabs.keys if counsellor.tabs.built(key)] == ["board"]
    counsellor.show_tab(counsellor.referrals)
    assert [key for key in counsellor.tabs.keys if counsellor.tabs.built(key)] == ["board", "referrals"]
    counsellor.clear_sensitive()  # locking builds nothing
    assert [key for key in counsellor.tabs.keys if counsellor.tabs.built(key)] == ["board", "referrals"]

    outreach = OutreachPage(ctx_for(Role.OUTREACH_WORKER))
    qtbot.addWidget(outreach)
    assert [key for key in outreach.tabs.keys if outreach.tabs.built(key)] == ["form"]


def test_a_page_shown_again_reads_nothing_unless_something_was_saved(qtbot, db, ctx_for, clock):
    from dropin.clients.service import ClientInput, ClientService
    from dropin.ui.shell.main_window import MainWindow

    window = MainWindow(ctx_for(Role.MANAGER), idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))

    def switch_to(key: str) -> int:
        statements.clear()
        window.show_page(key)
        QApplication.processEvents()
        return len(statements)

    for key in ("testing", "shelter", "outreach", "children"):
        assert switch_to(key) > 3, key  # built and filled
    switch_to("frontdesk")
    for key in ("testing", "shelter", "outreach", "children"):
        assert switch_to(key) <= 2, (key, statements)  # the stamp only (and its BEGIN)
    ClientService(ctx_for(Role.FRONT_DESK)).register(ClientInput(code="MAIV1990F"))
    assert switch_to("testing") > 3  # something was saved: read again
    assert switch_to("shelter") > 3
    window.lock()
    window.lock_screen.password.setText(PASSWORD)
    window._on_unlocked(window.ctx.user)  # the pages dropped their data on lock: each reads again when shown
    assert switch_to("outreach") > 3


class _Counting(QAbstractTableModel):
    """Rows of text whose cells count how often they are read."""

    def __init__(self, rows: int, text: str = "cell"):
        super().__init__()
        self.rows, self.text, self.reads = rows, text, 0

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.reads += 1
        return f"{self.text} {index.row()}" if role == Qt.ItemDataRole.DisplayRole else None

    def grow(self, text: str) -> None:
        self.beginResetModel()
        self.text = text
        self.endResetModel()


def test_a_fitted_table_reads_its_cells_once_per_change_and_follows_them(qtbot):
    from dropin.ui.common import table_view

    model = _Counting(2000)
    view = table_view(model)
    holder = QWidget()
    qtbot.addWidget(holder)
    QVBoxLayout(holder).addWidget(view)
    holder.resize(800, 400)
    holder.show()
    for _ in range(5):  # a page being built lays its tables out again and again
        holder.resize(holder.width() + 10, 400)
        QApplication.processEvents()
    roles = 10  # the roles a delegate reads from a cell to measure it
    cells = model.columnCount() * 100  # the rows measured (near the screen), and those painted
    assert model.reads <= 3 * roles * cells, model.reads
    narrow = view.columnWidth(0)
    model.grow("a much longer text than before in every cell")
    QApplication.processEvents()
    assert view.columnWidth(0) > narrow  # the widths follow the new rows


def test_the_busiest_pages_have_no_style_sheet_of_their_own(qtbot, ctx_for, qapp):
    from dropin.ui.frontdesk.page import FrontDeskPage
    from dropin.ui.outreach.page import OutreachPage
    from dropin.ui.theme import apply_theme

    before = qapp.styleSheet()
    apply_theme(qapp, "light")
    try:
        for page in (FrontDeskPage(ctx_for(Role.MANAGER)), OutreachPage(ctx_for(Role.OUTREACH_WORKER))):
            qtbot.addWidget(page)
            page.show()
            QApplication.processEvents()
            own = [w.objectName() or type(w).__name__ for w in page.findChildren(QWidget) if w.styleSheet()]
            assert own == [], own
        counter = page.form.counters["contacts_new"]
        assert counter.font().pointSize() == 22  # the application's sheet gives the counters their look
        assert page.form.duration.font().pointSize() == 12
    finally:
        qapp.setStyleSheet(before)


def test_a_tab_filled_as_it_is_built_is_not_read_again_when_it_first_comes_up(qtbot, db, ctx_for):
    from dropin.ui.shell.main_window import MainWindow

    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    window = MainWindow(ctx_for(Role.OUTREACH_WORKER), idle_ms=60_000)  # outreach is the worker's first page
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    areas = [s for s in statements if "FROM outreach_areas" in s]
    assert len(areas) == 1, statements  # the form's lists, read once as it was built
    window.show_page("outreach")  # shown again: the lists are read again only if something was saved
    statements.clear()
    window.lock()
    window._on_unlocked(window.ctx.user)
    assert [s for s in statements if "FROM outreach_areas" in s], statements  # after a lock: read again
