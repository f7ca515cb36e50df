"""Shared widget helpers: central error handling, inline errors, dates and numbers, scroll areas; the tables
(:mod:`dropin.ui.tables`) are imported from here too.

Widgets never import SQLAlchemy: they call services and get plain objects.
Expected failures (:class:`dropin.errors.DropinError`) are shown as messages;
anything else is logged and shown as a generic error, and nothing half-saved
remains because every service call is one transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from dropin.errors import DropinError, PermissionDenied, ValidationError
from dropin.ui.tables import (  # noqa: F401 - the tables' names, as pages import them from here
    FIT_CELLS_MAX,
    FIT_ROWS,
    Column,
    RowsTableModel,
    SortProxy,
    TableView,
    current_row,
    fit_headers,
    fit_to_contents,
    sortable,
    table_view,
)

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


def shrinkable(combo: QComboBox, characters: int = 14) -> QComboBox:
    """A choice box as wide as ``characters`` letters, not as its longest choice (which may be long in
    another language and would widen the whole window); its list still shows every choice in full."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    view = combo.view()
    if view is not None:
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
    return combo


def scrolled(widget: QWidget | None, keep_width: bool = False, parent: QWidget | None = None) -> QScrollArea:
    """``widget`` in a scroll area, so a tall form never stretches the window past the screen.

    ``keep_width``: it only scrolls up and down, and is never narrower than the widget needs (beside a
    list in a splitter, the list gives way instead of the form being cut at its right edge).
    ``widget`` None: the area alone, made in ``parent``; a form built in its ``viewport()`` and then given to
    ``setWidget`` is styled once (a tree moved into another parent is styled again, whole).
    """
    area = _WidthKeepingScroll(parent) if keep_width else QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if widget is not None:
        area.setWidget(widget)
    if keep_width:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if widget is not None:
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
