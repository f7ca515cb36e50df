"""The shared widget kit without a window: run_action, run_read and the lazy RowsTableModel."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from dropin.errors import Conflict, PermissionDenied, ValidationError
from dropin.ui.common import Column, InlineError, RowsTableModel, run_action, run_read, sortable, table_view


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((parent, title, text))
    )
    return shown


# ------------------------------------------------------------------ run_action
def test_run_action_without_a_window_returns_the_result(qapp, boxes):
    assert run_action(None, lambda: 42) == (True, 42)
    assert boxes == []


def test_run_action_without_a_window_shows_a_refusal_in_a_box(qapp, boxes):
    def refused():
        raise PermissionDenied("You may not do this.")

    assert run_action(None, refused) == (False, None)
    assert boxes == [(None, "Not allowed", "You may not do this.")]


def test_run_action_shows_a_validation_error_inline_and_focuses_the_field(qtbot, boxes):
    form = QWidget()
    qtbot.addWidget(form)
    inline = InlineError(form)
    field = QWidget(form)
    form.show()
    field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def bad():
        raise ValidationError("The code is too short.", "code")

    assert run_action(form, bad, inline=inline, fields={"code": field}) == (False, None)
    assert inline.text() == "The code is too short." and not inline.isHidden()
    assert boxes == []
    assert form.focusWidget() is field
    assert run_action(form, lambda: "ok", inline=inline) == (True, "ok")
    assert inline.isHidden()


def test_run_action_logs_an_unexpected_error_and_says_nothing_was_saved(qapp, boxes, caplog):
    def broken():
        raise RuntimeError("disk on fire")

    with caplog.at_level(logging.ERROR):
        assert run_action(None, broken) == (False, None)
    assert boxes[0][1] == "Something went wrong" and "Nothing was saved" in boxes[0][2]
    assert "disk on fire" in caplog.text


def test_run_read_gives_the_default_after_showing_the_error(qapp, boxes):
    def conflict():
        raise Conflict("Someone else changed it.")

    assert run_read(None, lambda: [1, 2]) == [1, 2]
    assert run_read(None, conflict, []) == []
    assert [text for _p, _t, text in boxes] == ["Someone else changed it."]


# --------------------------------------------------------------- RowsTableModel
class Source:
    """A fake service listing: ``fetch(offset, limit[, order, descending])``, counting calls."""

    def __init__(self, n: int, fail_at: int | None = None):
        self.rows = [{"n": i, "code": f"C{i:03d}"} for i in range(n)]
        self.calls: list[tuple] = []
        self.fail_at = fail_at

    def fetch(self, offset, limit, order=None, descending=False):
        self.calls.append((offset, limit, order, descending))
        if self.fail_at is not None and offset >= self.fail_at:
            raise RuntimeError("the database went away")
        rows = sorted(self.rows, key=lambda r: r[order or "n"], reverse=descending)
        return rows[offset : offset + limit]


COLUMNS = [Column("N", lambda r: r["n"], query_order="n"), Column("Code", lambda r: r["code"])]


def test_the_lazy_model_fetches_a_page_at_a_time(qapp, monkeypatch):
    monkeypatch.setattr(RowsTableModel, "PAGE", 10)
    source = Source(25)
    model = RowsTableModel(COLUMNS)
    model.set_fetch(source.fetch)
    assert model.rowCount() == 10 and source.calls == [(0, 10, None, False)]
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 25 and not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # exhausted: no further query
    assert len(source.calls) == 3
    assert model.index(24, 1).data() == "C024" and model.row_at(3)["n"] == 3


def test_a_lazy_list_is_sorted_by_its_query_never_by_loading_every_row(qtbot, monkeypatch):
    monkeypatch.setattr(RowsTableModel, "PAGE", 10)
    source = Source(25)
    model = RowsTableModel(COLUMNS)
    view = table_view()
    qtbot.addWidget(view)
    proxy = sortable(view, model, lazy=True)
    model.set_fetch(source.fetch, sortable=True)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert source.calls[-1] == (0, 10, "n", True)
    assert model.rowCount() == 10 and proxy.row_at(0)["n"] == 24
    before = list(source.calls)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)  # no query order: nothing is fetched, the order stays
    assert source.calls == before and proxy.row_at(0)["n"] == 24


def test_a_list_in_memory_sorts_in_the_proxy(qtbot):
    model = RowsTableModel(COLUMNS)
    view = table_view()
    qtbot.addWidget(view)
    proxy = sortable(view, model)
    model.set_rows([{"n": 2, "code": "B"}, {"n": 1, "code": "C"}, {"n": 3, "code": "A"}])
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [r["code"] for r in proxy.rows()] == ["A", "B", "C"]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert [r["n"] for r in proxy.rows()] == [3, 2, 1]


def test_an_error_while_fetching_rows_is_shown_once_and_does_not_crash(qtbot, monkeypatch, boxes):
    monkeypatch.setattr(RowsTableModel, "PAGE", 10)
    page = QWidget()
    qtbot.addWidget(page)
    source = Source(25, fail_at=10)
    model = RowsTableModel(COLUMNS, page)
    view = table_view(model, parent=page)
    model.set_fetch(source.fetch)
    assert model.rowCount() == 10
    model.fetchMore(QModelIndex())  # the second page fails
    model.fetchMore(QModelIndex())
    view.scrollToBottom()
    qtbot.wait(1)
    assert len(boxes) == 1 and boxes[0][0] is page and boxes[0][1] == "Something went wrong"
    assert model.rowCount() == 10 and not model.canFetchMore(QModelIndex())
    assert len(source.calls) == 2
    source.fail_at = None
    model.set_fetch(source.fetch)  # filled again: fetching works again
    assert model.rowCount() == 10 and model.canFetchMore(QModelIndex())


def test_an_error_on_the_first_page_leaves_an_empty_list(qapp, boxes):
    source = Source(5, fail_at=0)
    model = RowsTableModel(COLUMNS)
    model.set_fetch(source.fetch)
    assert model.rowCount() == 0 and len(boxes) == 1 and boxes[0][0] is None


def test_current_row_reads_through_a_sort_proxy_and_falls_back_to_the_selection(qtbot):
    from dropin.ui.common import current_row

    model = RowsTableModel(COLUMNS)
    view = table_view()
    qtbot.addWidget(view)
    proxy = sortable(view, model)
    model.set_rows([{"n": 2, "code": "B"}, {"n": 1, "code": "A"}])
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert current_row(view) is None
    view.selectRow(0)
    assert current_row(view)["code"] == "A"  # the first row as shown, not as stored
    view.selectionModel().clearCurrentIndex()
    assert current_row(view)["code"] == "A"  # still selected


# ------------------------------------------------------------------ the suite's screenshots
def test_a_screenshot_is_named_by_its_test_and_one_name_is_never_saved_twice(qapp, tmp_path, monkeypatch):
    from tests.conftest import save_screenshot

    monkeypatch.setenv("DROPIN_SCREENSHOTS", str(tmp_path))
    widget = QWidget()
    widget.resize(40, 30)
    save_screenshot(widget, "kit.png")
    assert [p.name for p in tmp_path.iterdir()] == [
        "test_ui_common.test_a_screenshot_is_named_by_its_test_and_one_name_is_never_saved_twice--kit.png"
    ]
    with pytest.raises(pytest.fail.Exception, match="two screenshots"):
        save_screenshot(widget, "kit.png")  # a second picture would overwrite the first
