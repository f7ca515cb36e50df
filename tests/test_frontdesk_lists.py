"""The front desk's lists: found by part of a code or a nickname, sorted by any column in the query, Enter opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dropin.models.clients import Client
from dropin.security.roles import Role
from dropin.ui.language import manager
from dropin.visits.service import VisitInput, VisitService
from tests.test_frontdesk_checkin import show

pytestmark = pytest.mark.both_engines


def add_clients(ctx, rows):
    with ctx.transaction() as s:
        made = [Client(code=code, nickname=nick, birth_year=year) for code, nick, year in rows]
        s.add_all(made)
        s.flush()
        return [c.id for c in made]


@pytest.fixture
def page(qtbot, ctx_for):
    from dropin.ui.frontdesk.page import FrontDeskPage

    manager_ctx = ctx_for(Role.MANAGER)
    ids = add_clients(
        manager_ctx,
        [(f"AB{n:04d}F", None, 1980 + n % 20) for n in range(450)]
        + [("ZOLA1990F", "Sunny", 1990), ("MASU1985F", "Rose", 1985), ("KISU1999M", None, 1999)],
    )
    for _ in range(3):
        VisitService(manager_ctx).record(VisitInput(ids[-1], "walk_in"))
    VisitService(manager_ctx).record(VisitInput(ids[0], "phone"))
    page = show(qtbot, FrontDeskPage(ctx_for(Role.FRONT_DESK)))
    page.opened = []
    page.open_profile = page.opened.append  # record instead of opening the dialog
    page.clients.open_profile = page.open_profile
    page.visits.open_profile = page.open_profile
    return page


def codes(panel):
    return [panel.view.proxy.row_at(r).code for r in range(panel.view.proxy.rowCount())]


def test_clients_found_by_part_of_a_code_or_a_nickname(qtbot, page):
    clients = page.clients
    page.tabs.setCurrentWidget(clients)
    qtbot.keyClicks(clients.filter, "su")
    clients.refresh()
    assert codes(clients) == ["KISU1999M", "MASU1985F", "ZOLA1990F"]  # two codes contain SU, Sunny is a nickname
    clients.filter.clear()
    qtbot.keyClicks(clients.filter, "rose")
    qtbot.keyClick(clients.filter, Qt.Key.Key_Return)  # Enter opens the first match's profile
    assert len(page.opened) == 1 and codes(clients) == ["MASU1985F"]


def test_sorting_asks_the_query_and_loads_one_page(qtbot, page):
    clients = page.clients
    page.tabs.setCurrentWidget(clients)
    assert clients.model.rowCount() == 200
    clients.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert clients.model.rowCount() == 200  # still one page: sorted in the database, not in memory
    assert codes(clients)[:2] == ["KISU1999M", "AB0000F"]
    clients.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert codes(clients)[0] == "ZOLA1990F" and clients.model.rowCount() == 200
    clients.filter.setText("ab")
    clients.refresh()  # a new search keeps the chosen order
    assert codes(clients)[0] == "AB0449F"


def test_all_visits_sort_by_date_and_enter_opens_the_profile(qtbot, page):
    visits = page.visits
    page.tabs.setCurrentWidget(visits)
    proxy = visits.view.proxy
    assert proxy.row_at(0).channel == "phone"  # newest first
    visits.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the date, in the query
    assert proxy.row_at(0).code == "KISU1999M" and proxy.row_at(proxy.rowCount() - 1).channel == "phone"
    visits.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # the channel has no index: the order stays
    qtbot.wait(5)
    header = visits.view.horizontalHeader()
    assert header.sortIndicatorSection() == 0 and proxy.row_at(0).code == "KISU1999M"
    visits.view.setFocus()
    visits.view.setCurrentIndex(proxy.index(0, 0))
    qtbot.keyClick(visits.view, Qt.Key.Key_Return)
    assert len(page.opened) == 1


def test_today_list_sorts_in_memory(qtbot, page):
    today = page.checkin.today
    today.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # client
    assert [r.code for r in today.rows()] == ["AB0000F", "KISU1999M", "KISU1999M", "KISU1999M"]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_headers_are_not_cut(qtbot, ctx_for, language):
    from dropin.ui.frontdesk.page import FrontDeskPage

    manager().apply(language)
    page = show(qtbot, FrontDeskPage(ctx_for(Role.FRONT_DESK)), (1366 - 210, 640))
    for panel in (page.clients, page.visits):
        page.tabs.setCurrentWidget(panel)
        header, model = panel.view.horizontalHeader(), panel.view.model()
        for column in range(model.columnCount()):
            text = model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text) + 8, text


@pytest.mark.file_only  # SQLite's query plan
def test_all_visits_newest_first_reads_the_date_index(ctx_for):
    """The first page of 500,000 visits must come straight from the index, never from sorting every visit."""
    from sqlalchemy import text

    from dropin.visits.service import VisitService

    ctx = ctx_for(Role.FRONT_DESK)
    for descending in (True, False):
        query = VisitService._query(descending=descending).limit(200)
        sql = str(query.compile(compile_kwargs={"literal_binds": True}))
        with ctx.db.session() as s:
            plan = " / ".join(row[-1] for row in s.execute(text("EXPLAIN QUERY PLAN " + sql)))
        assert "ix_visits_visited_at" in plan and "TEMP B-TREE" not in plan, plan
