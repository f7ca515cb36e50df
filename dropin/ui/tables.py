"""Tables: the lazy model over plain row objects (:class:`RowsTableModel`), the view whose columns fit their
contents (:class:`TableView`, :func:`table_view`), and the sort proxy in between (:func:`sortable`).

:mod:`dropin.ui.common` gives the same names, as most pages import them from there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


@dataclass(frozen=True)
class Column:
    """One column of a :class:`RowsTableModel`: a header and how to read a row."""

    header: str  # translated by the caller
    value: Callable[[Any], Any]
    align: Qt.AlignmentFlag | None = None
    sort_key: Callable[[Any], Any] | None = None
    #: for a lazy list: the order the service sorts by in its query ("code", "date", ...); None: not sortable
    query_order: str | None = None


class RowsTableModel(QAbstractTableModel):
    """A read-only table over plain row objects.

    ``fetch(offset, limit)`` (optional) makes it lazy: rows are pulled in
    pages as the view scrolls (``canFetchMore``/``fetchMore``), so lists of
    hundreds of thousands of rows open instantly. A lazy list is sorted by the
    query, never by loading every row: with ``set_fetch(fetch, sortable=True)``
    the fetch is called as ``fetch(offset, limit, order, descending)`` with the
    ``query_order`` of the column the user sorted by (see :func:`sortable`).
    """

    SortRole = Qt.ItemDataRole.UserRole
    RowRole = Qt.ItemDataRole.UserRole + 1
    PAGE = 200

    def __init__(
        self, columns: Sequence[Column], parent=None, fetch: Callable[[int, int], Sequence[Any]] | None = None
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._fetch: Callable[..., Sequence[Any]] | None = fetch
        self._exhausted = fetch is None
        self._sortable_fetch = False
        self._order: tuple[str | None, bool] = (None, False)
        self.row_style: Callable[[Any], dict] | None = None  # e.g. {"background": QColor}

    # ------------------------------------------------------------ loading
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = True
        self.endResetModel()

    def set_fetch(self, fetch: Callable[..., Sequence[Any]], sortable: bool = False) -> None:
        """Start a lazy listing from the top (in the order last chosen, when ``sortable``)."""
        self.beginResetModel()
        self._rows = []
        self._fetch = fetch
        self._sortable_fetch = sortable
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if self._fetch is None or self._exhausted:
            return
        from dropin.ui.common import run_action  # the one routed path that shows errors (common imports this module)

        fetch, offset = self._fetch, len(self._rows)
        self._exhausted = True  # while fetching (an error box runs the event loop): no second fetch meanwhile
        if self._sortable_fetch:
            ok, batch = run_action(self._error_parent(), lambda: list(fetch(offset, self.PAGE, *self._order)))
        else:
            ok, batch = run_action(self._error_parent(), lambda: list(fetch(offset, self.PAGE)))
        if fetch is not self._fetch or offset != len(self._rows):
            return  # filled again meanwhile: this batch belongs to the old listing
        if not ok:  # shown once; the list stops here until it is filled again (set_fetch)
            return
        self._exhausted = len(batch) < self.PAGE
        if batch:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
            self._rows.extend(batch)
            self.endInsertRows()

    def _error_parent(self) -> QWidget | None:
        """The widget an error while fetching is shown over: the model's parent, if it is a widget."""
        parent = QObject.parent(self)
        return parent if isinstance(parent, QWidget) else None

    def sort_in_query(self, column: int, order: Qt.SortOrder) -> bool:
        """Sort a lazy list by asking its query again; False if this column cannot be sorted that way."""
        key = self.columns[column].query_order if 0 <= column < len(self.columns) else None
        if key is None:
            return False
        self._order = (key, order == Qt.SortOrder.DescendingOrder)
        if self._fetch is not None and self._sortable_fetch:
            self.set_fetch(self._fetch, sortable=True)
        return True

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    # ------------------------------------------------------------- Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == self.SortRole:
            return (column.sort_key or column.value)(row)
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if self.row_style is not None and role in _STYLE_ROLES:
            return (self.row_style(row) or {}).get(_STYLE_ROLES[role])
        return None


class TableView(QTableView):
    """A table whose columns fit their contents without reading every cell again at each layout pass.

    Qt asks a column that fits its contents for its width at every layout pass (building a page asks
    dozens of times, each reading every role of every row considered). The answer only changes with the
    rows, the rows on screen or the font, so it is kept until one of them changes.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._generation = 0
        self._widths: dict[tuple, int] = {}

    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        if model is not None:  # connected before the view's own connections: forgotten before Qt asks again
            for signal in (
                model.modelReset,
                model.layoutChanged,
                model.rowsInserted,
                model.rowsRemoved,
                model.rowsMoved,
                model.columnsInserted,
                model.columnsRemoved,
                model.dataChanged,
                model.headerDataChanged,
            ):
                signal.connect(self.forget_widths)
        self.forget_widths()
        super().setModel(model)

    def forget_widths(self, *_args) -> None:
        self._generation += 1
        self._widths.clear()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.forget_widths()
        super().changeEvent(event)

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802 - Qt override
        # Qt measures the rows on screen, then more around them up to the precision: while no more rows fit on
        # screen than that, the rows measured depend only on the first one shown (not on the height, which
        # changes at every layout pass)
        rows = self.horizontalHeader().resizeContentsPrecision()
        tall = rows < 0 or self.viewport().height() > rows * max(1, self.verticalHeader().defaultSectionSize())
        key = (
            self._generation,
            column,
            max(0, self.verticalHeader().visualIndexAt(0)),
            self.viewport().height() if tall else rows,
        )
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = super().sizeHintForColumn(column)
        return width


def table_view(
    model: QAbstractTableModel | None = None, object_name: str = "", parent: QWidget | None = None
) -> QTableView:
    """A read-only, row-selecting table for a :class:`RowsTableModel` (no row numbers, striped)."""
    view = TableView(parent)
    view.setObjectName(object_name)
    if model is not None:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    fit_to_contents(view)
    return view


#: how many rows a column that fits its contents looks at (Qt's default, 1000, reads every cell of a long list)
FIT_ROWS = 40


def fit_to_contents(view: QTableView) -> None:
    """Columns as wide as their contents, measured on the rows on screen (up to :data:`FIT_ROWS`), not the whole list."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(FIT_ROWS)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


#: the widest a column fitted by :func:`fit_headers` grows for its cells (longer texts are cut with "…")
FIT_CELLS_MAX = 320


def fit_headers(view: QTableView, stretch: int | None = None) -> None:
    """Columns as wide as their header text (translated headers are not cut) and their cells on screen (up to
    :data:`FIT_CELLS_MAX`), one column stretching; the user may still widen or narrow each."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(FIT_ROWS)
    metrics = header.fontMetrics()
    model = view.model()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        wanted = metrics.horizontalAdvance(text) + 2 * metrics.averageCharWidth() + 16  # room for the sort arrow
        wanted = max(wanted, min(view.sizeHintForColumn(column), FIT_CELLS_MAX))
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def current_row(view: QTableView) -> Any:
    """The row object under the view's current index (else its first selected row), or ``None``.

    Read through the view's model, so a sort or filter proxy in front of a :class:`RowsTableModel` is fine.
    """
    index = view.currentIndex()
    if not index.isValid():
        selection = view.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows:
            return None
        index = rows[0]
    return index.data(RowsTableModel.RowRole)


#: what a ``row_style`` dictionary may set: {"background": QColor, "foreground": QColor, "font": QFont, "tooltip": str}
_STYLE_ROLES = {
    Qt.ItemDataRole.BackgroundRole: "background",
    Qt.ItemDataRole.ForegroundRole: "foreground",
    Qt.ItemDataRole.FontRole: "font",
    Qt.ItemDataRole.ToolTipRole: "tooltip",
}


class SortProxy(QSortFilterProxyModel):
    """Sorts a :class:`RowsTableModel`: in memory when every row is loaded, in the query when it is lazy."""

    def __init__(self, model: RowsTableModel, parent=None, lazy: bool = False):
        super().__init__(parent)
        self.lazy = lazy
        self.setSourceModel(model)
        self.setSortRole(RowsTableModel.SortRole)
        self.setSortLocaleAware(True)
        self.sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def lessThan(self, left, right) -> bool:  # noqa: N802 - Qt override; None sorts first, mixed types as text
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if a is None or b is None:
            return a is None and b is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.rows_model()
        if self.lazy:
            if source.sort_in_query(column, order):
                self.sorted_by = (column, order)
                super().sort(-1)  # the query's order, as it comes
            return
        self.sorted_by = (column, order)
        super().sort(column, order)

    def rows_model(self) -> RowsTableModel:
        return cast(RowsTableModel, self.sourceModel())  # set in __init__

    def row_at(self, row: int) -> Any:
        return self.rows_model().row_at(self.mapToSource(self.index(row, 0)).row())

    def rows(self) -> list[Any]:
        return [self.row_at(r) for r in range(self.rowCount())]


def sortable(
    view: QTableView,
    model: RowsTableModel,
    column: int = 0,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    lazy: bool = False,
) -> SortProxy:
    """Put ``model`` in ``view`` behind a :class:`SortProxy`; clicking a header sorts by it.

    ``column``/``order`` say how the rows come at first. A ``lazy`` list (filled with
    ``set_fetch(fetch, sortable=True)``) is sorted by its query, never in memory; its
    columns without a ``query_order`` keep the current order when clicked.
    Read rows with ``proxy.row_at(index.row())``.
    """
    proxy = SortProxy(model, view, lazy)
    proxy.sorted_by = (column, order)
    view.setModel(proxy)
    header = view.horizontalHeader()
    header.setSortIndicator(column, order)

    def keep_indicator(section: int, _order) -> None:
        if (section, _order) != proxy.sorted_by and proxy.sorted_by[0] >= 0:
            header.blockSignals(True)  # this column cannot be sorted: show the order the rows really have
            header.setSortIndicator(*proxy.sorted_by)
            header.blockSignals(False)

    view.setSortingEnabled(True)
    header.sortIndicatorChanged.connect(keep_indicator, Qt.ConnectionType.QueuedConnection)
    return proxy


__all__ = [
    "FIT_CELLS_MAX",
    "FIT_ROWS",
    "Column",
    "RowsTableModel",
    "SortProxy",
    "TableView",
    "current_row",
    "fit_headers",
    "fit_to_contents",
    "sortable",
    "table_view",
]
