"""The period chooser of the Reports page and the advocacy report: week, month, quarter, year or a range of days.

The kind of period comes first, then the period itself from the recent ones of
that kind (newest first; weeks are complete ones, the other kinds start with
the one still running). A range of days takes its first and last day from two
date fields: the chooser's own, shown beside it, or fields the page already has
(the Reports page's CSV export dates, "Dates below").
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from dropin.reports import periods as per
from dropin.reports.weeks import Week, recent_weeks
from dropin.ui.common import date_edit_format, format_date, shrinkable

# how many periods of each kind the chooser lists
LISTED = {per.WEEK: 156, per.MONTH: 36, per.QUARTER: 12, per.YEAR: 5}


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class PeriodChooser(QWidget):
    """``kind_combo`` and ``period_combo``; :meth:`period` is the choice. ``activated``: a period was picked."""

    activated = Signal()

    def __init__(
        self,
        today: dt.date,
        *,
        kind: str = per.WEEK,
        dates: tuple[QDateEdit, QDateEdit] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.today = today
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("periodKind")
        self.kind_combo.setAccessibleName(self.tr("Period"))
        for code, text in (
            (per.WEEK, self.tr("Week")),
            (per.MONTH, self.tr("Month")),
            (per.QUARTER, self.tr("Quarter")),
            (per.YEAR, self.tr("Year")),
            (per.RANGE, self.tr("Dates below") if dates is not None else self.tr("Dates")),
        ):
            self.kind_combo.addItem(text, code)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodChoice")
        self.period_combo.setAccessibleName(self.tr("Period"))
        shrinkable(self.period_combo, 30)  # long items must not widen the window on a small screen
        self.period_combo.setMaxVisibleItems(20)
        row.addWidget(self.kind_combo)
        row.addWidget(self.period_combo)
        self._own_dates: list[QWidget] = []
        if dates is None:
            dates = (QDateEdit(), QDateEdit())
            for edit in dates:
                edit.setCalendarPopup(True)
                edit.setDisplayFormat(date_edit_format())
            from_label, to_label = QLabel(self.tr("from")), QLabel(self.tr("to"))
            from_label.setBuddy(dates[0])
            to_label.setBuddy(dates[1])
            self._own_dates = [from_label, dates[0], to_label, dates[1]]
            for widget in self._own_dates:
                row.addWidget(widget)
            latest = per.containing(per.MONTH, today)
            dates[0].setDate(qdate(latest.start))
            dates[1].setDate(qdate(today))
        self.from_edit, self.to_edit = dates
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._fill())
        self.period_combo.activated.connect(lambda _i: self.activated.emit())
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self._fill()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _fill(self) -> None:
        """List the recent periods of the chosen kind (a range of days takes the two dates)."""
        kind = self.kind()
        self.period_combo.clear()
        self.period_combo.setEnabled(kind != per.RANGE)
        self.period_combo.setVisible(kind != per.RANGE or not self._own_dates)
        for widget in self._own_dates:
            widget.setVisible(kind == per.RANGE)
        if kind == per.RANGE:
            return
        if kind == per.WEEK:
            for week in recent_weeks(self.today, LISTED[per.WEEK]):
                text = self.tr("{week}  ·  {start} to {end}").format(
                    week=week.label, start=format_date(week.start), end=format_date(week.last_day)
                )
                self.period_combo.addItem(text, week.label)
            return
        current = per.containing(kind, self.today)
        for i in range(LISTED[kind]):
            period = current.shifted(-i)
            text = self.tr("{period}  ·  {start} to {end}").format(
                period=period.label, start=format_date(period.start), end=format_date(period.last_day)
            )
            self.period_combo.addItem(text, period)

    def period(self):
        """The chosen period (a :class:`~dropin.reports.weeks.Week` or one of :mod:`dropin.reports.periods`)."""
        if self.kind() == per.RANGE:
            return per.DateRange(pydate(self.from_edit.date()), pydate(self.to_edit.date()))
        data = self.period_combo.currentData()
        if isinstance(data, str):
            year, number = data.split("-W")
            return Week(int(year), int(number))
        return data

    def select(self, period) -> None:
        """Show ``period`` as the choice (its kind first)."""
        kind_index = self.kind_combo.findData(per.period_kind(period))
        if kind_index >= 0 and kind_index != self.kind_combo.currentIndex():
            self.kind_combo.setCurrentIndex(kind_index)
        if per.period_kind(period) == per.RANGE:
            self.from_edit.setDate(qdate(period.first))
            self.to_edit.setDate(qdate(period.last))
            return
        wanted = period.label if isinstance(period, Week) else period
        for index in range(self.period_combo.count()):  # compared by value (findData would compare objects)
            if self.period_combo.itemData(index) == wanted:
                self.period_combo.setCurrentIndex(index)
                return


__all__ = ["LISTED", "PeriodChooser", "pydate", "qdate"]
