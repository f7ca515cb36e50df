"""Shared widget helpers: central error handling, inline errors, a lazy table model.

Widgets never import SQLAlchemy: they call services and get plain objects.
Expected failures (:class:`dropin.errors.DropinError`) are shown as messages;
anything else is logged and shown as a generic error, and nothing half-saved
remains because every service call is one transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QTableView,
    QWidget,
)

from dropin.errors import DropinError, PermissionDenied, ValidationError

log = logging.getLogger(__name__)


def tr(context: str, text: str, n: int = -1) -> str:
    """Shorthand for dynamic text only: lupdate does not see strings passed through it.

    Write ``QCoreApplication.translate("Context", "Literal text")`` (or ``self.tr``) for
    every literal so the catalogues pick it up.
    """
    return QCoreApplication.translate(context, text, None, n)


# ------------------------------------------------------------------ dates and numbers
# Shown for a missing date, time or number.
EMPTY = "—"
# Short and unambiguous for staff: English "25 Nov 2026" (never US "11/25/26"),
# the others "25.11.2026" (Qt's own short formats for uk/ky are "25.11.26" and "25/11/26").
_DATE_FORMATS = {QLocale.Language.English: "d MMM yyyy"}
_DEFAULT_DATE_FORMAT = "dd.MM.yyyy"
_TIME_FORMAT = "HH:mm"  # 24-hour everywhere


def date_edit_format() -> str:
    """The display format for a QDateEdit (add ``" " + time_edit_format()`` for a QDateTimeEdit)."""
    return _DATE_FORMATS.get(QLocale().language(), _DEFAULT_DATE_FORMAT)


def time_edit_format() -> str:
    return _TIME_FORMAT


def datetime_edit_format() -> str:
    return f"{date_edit_format()} {_TIME_FORMAT}"


def format_date(day: dt.date | None, weekday: bool = False) -> str:
    """A date in the interface language (the default QLocale set by the language manager)."""
    if day is None:
        return EMPTY
    if isinstance(day, dt.datetime):
        day = day.date()
    fmt = ("ddd " if weekday else "") + date_edit_format()
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def format_time(moment: dt.time | dt.datetime | None, seconds: bool = False) -> str:
    """A time of day, 24-hour ("16:00")."""
    if moment is None:
        return EMPTY
    fmt = _TIME_FORMAT + (":ss" if seconds else "")
    return QLocale().toString(QTime(moment.hour, moment.minute, moment.second), fmt)


def format_datetime(moment: dt.datetime | None) -> str:
    """A date and time: "25 Nov 2026 16:00" / "25.11.2026 16:00"."""
    if moment is None:
        return EMPTY
    return f"{format_date(moment)} {format_time(moment)}"


def format_number(number: float | int | None, decimals: int | None = None) -> str:
    """A number with the locale's group and decimal separators ("1,234.5" / "1 234,5").

    Whole numbers are shown without decimals; other numbers with ``decimals``
    places, or as few as needed when ``decimals`` is not given.
    """
    if number is None:
        return EMPTY
    locale = QLocale()
    if decimals is None and (isinstance(number, int) or float(number).is_integer()):
        return locale.toString(int(number))
    if decimals is None:
        return locale.toString(float(number), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
    return locale.toString(float(number), "f", decimals)


def on_server(ctx: Any) -> bool:
    """Whether the service context's database is on the centre's server (no file, no passphrase of its own)."""
    return getattr(ctx.db, "kind", "file") == "server"


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show an error to the user in a modal box (for errors that are not tied to one field)."""
    if isinstance(error, PermissionDenied):
        title = QCoreApplication.translate("Errors", "Not allowed")
    elif isinstance(error, DropinError):
        title = QCoreApplication.translate("Errors", "Could not save")
    else:
        log.exception("unexpected error", exc_info=error)
        title = QCoreApplication.translate("Errors", "Something went wrong")
    message = (
        error.message
        if isinstance(error, DropinError)
        else QCoreApplication.translate("Errors", "An unexpected error happened. Nothing was saved. Please try again.")
    )
    QMessageBox.warning(parent, title, message)


def run_action(
    parent: QWidget | None,
    action: Callable[[], Any],
    *,
    inline: InlineError | None = None,
    fields: dict[str, QWidget] | None = None,
) -> tuple[bool, Any]:
    """Call a service action; on failure show the message (inline if possible) and focus the bad field.

    Returns ``(ok, result)``.
    """
    try:
        result = action()
    except ValidationError as error:
        widget = (fields or {}).get(error.field or "")
        if inline is not None:
            inline.show_message(error.message)
        else:
            show_error(parent, error)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()
        return False, None
    except DropinError as error:
        if inline is not None:
            inline.show_message(error.message)
        else:
            show_error(parent, error)
        return False, None
    except Exception as error:  # noqa: BLE001 - central handler: log and tell the user
        show_error(parent, error)
        return False, None
    if inline is not None:
        inline.clear()
    return True, result


def run_read(parent: QWidget | None, read: Callable[[], Any], default: Any = None) -> Any:
    """Call a service read (filling a page, a list, a dialog's choices) through :func:`run_action`.

    Returns what ``read`` returned, or ``default`` after the error was shown as ``run_action`` shows it.
    """
    ok, result = run_action(parent, read)
    return result if ok else default


class InlineError(QLabel):
    """A red message under a form, hidden when empty (as KeePassXC shows unlock errors)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inlineError")  # red and bold: the application's sheet (dropin.ui.theme)
        self.setWordWrap(True)
        self.setAccessibleName(QCoreApplication.translate("Errors", "Error message"))
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.show()

    def clear(self) -> None:
        super().clear()
        self.hide()


def ask_reason(parent: QWidget | None, title: str, question: str, text: str = "") -> str | None:
    """Ask why (records are voided with a reason, never deleted): the reason typed, or ``None`` if cancelled.

    The service checks the reason (empty or too long is refused with a message) when it is called.
    """
    reason, ok = QInputDialog.getText(parent, title, question, text=text)
    return reason if ok else None


def form_buttons(
    dialog: QDialog,
    layout: QBoxLayout,
    save: Callable[[], Any],
    ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> tuple[InlineError, QDialogButtonBox]:
    """The end of a form dialog: the inline error under the form, then the OK (or Save) and Cancel row.

    OK calls ``save`` (which calls the service through :func:`run_action` and accepts the dialog), Cancel rejects.
    """
    error = InlineError(dialog)
    layout.addWidget(error)
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error, buttons


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


def shrinkable(combo: QComboBox, characters: int = 14) -> QComboBox:
    """A choice box as wide as ``characters`` letters, not as its longest choice (which may be long in
    another language and would widen the whole window); its list still shows every choice in full."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    view = combo.view()
    if view is not None:
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
    return combo


def scrolled(widget: QWidget, keep_width: bool = False) -> QScrollArea:
    """``widget`` in a scroll area, so a tall form never stretches the window past the screen.

    ``keep_width``: it only scrolls up and down, and is never narrower than the widget needs (beside a
    list in a splitter, the list gives way instead of the form being cut at its right edge).
    """
    area = _WidthKeepingScroll() if keep_width else QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    if keep_width:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.installEventFilter(area)
    return area


class _WidthKeepingScroll(QScrollArea):
    """Scrolls up and down only; as wide as its content needs, measured again whenever the content is laid out
    (its width is known only once the theme has styled it)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        content = self.widget()
        if content is not None and watched is content and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            need = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
            need += 2 * self.frameWidth()
            if need != self.minimumWidth():
                self.setMinimumWidth(need)
        return super().eventFilter(watched, event)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose Alt+letter focuses ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


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
