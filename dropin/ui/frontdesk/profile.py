"""The client profile: facts, visits over time, services, and other areas' sections the role may see."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dropin.clients import choices
from dropin.clients.codes import AGE_BANDS
from dropin.clients.profile import sections
from dropin.clients.service import ClientService
from dropin.security.permissions import Permission
from dropin.ui.common import (
    Column,
    RowsTableModel,
    fit_headers,
    format_date,
    format_datetime,
    format_number,
    run_action,
    sortable,
)
from dropin.visits.catalogue import channel_label
from dropin.visits.service import VisitService


class MonthBars(QWidget):
    """A small bar chart: visits per month."""

    def __init__(self, data: list[tuple[str, int]], parent=None):
        super().__init__(parent)
        self.data = data[-18:]
        self.setMinimumHeight(120)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 140)

    def paintEvent(self, _event):  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(4, 20, -4, -22)
        if not self.data:
            p.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("FrontDesk", "No visits yet.")
            )
            return
        top = max(n for _m, n in self.data) or 1
        width = rect.width() / len(self.data)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        p.setFont(small)
        for i, (month, n) in enumerate(self.data):
            h = rect.height() * n / top
            bar = QRectF(rect.left() + i * width + 3, rect.bottom() - h, max(2.0, width - 6), h)
            p.fillRect(bar, QColor("#1976d2"))
            p.setPen(QColor("#212121"))
            p.drawText(
                QRectF(bar.left() - 6, bar.top() - 16, bar.width() + 12, 14),
                Qt.AlignmentFlag.AlignCenter,
                format_number(n),
            )
            p.drawText(
                QRectF(rect.left() + i * width, rect.bottom() + 4, width, 16),
                Qt.AlignmentFlag.AlignCenter,
                month[2:].replace("-", "/"),
            )


class ClientProfileDialog(QDialog):
    def edit_details(self) -> None:
        """Edit the optional facts, then show the profile again with the new values."""
        from dropin.ui.frontdesk.register import EditClientDialog

        dialog = EditClientDialog(self.ctx, self.info, self)
        if dialog.exec() and dialog.saved is not None:
            self.edited = dialog.saved
            self.accept()

    def __init__(self, ctx, client_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.setWindowTitle(self.tr("Client profile"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        ok, info = run_action(self, lambda: ClientService(ctx).get(client_id))
        if not ok:
            self.info = None
            return
        self.info = info
        title = QLabel(info.code)
        title.setObjectName("profileCode")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        if ctx.can(Permission.CLIENT_EDIT):
            self.edit_button = QPushButton(self.tr("&Edit details…"))
            self.edit_button.setObjectName("editClientButton")
            self.edit_button.clicked.connect(self.edit_details)
            head.addWidget(self.edit_button)
        layout.addLayout(head)

        top = QHBoxLayout()
        facts = QGroupBox(self.tr("About"))
        form = QFormLayout(facts)
        year = str(info.birth_year) if info.birth_year else choices.label(AGE_BANDS, info.age_band)
        for label, value in (
            (self.tr("Nickname"), info.nickname or "—"),
            (self.tr("Year of birth or age"), year),
            (self.tr("Gender"), choices.label(choices.GENDERS, info.gender)),
            (self.tr("Key population"), choices.label(choices.KP_TYPES, info.kp_type)),
            (self.tr("Language"), choices.label(choices.LANGUAGES, info.preferred_language)),
            (self.tr("Migrant status"), choices.label(choices.MIGRANT_STATUSES, info.migrant_status)),
            (self.tr("Work setting"), choices.label(choices.WORK_SETTINGS, info.work_setting)),
            (self.tr("Children"), format_number(info.children_count)),
            (self.tr("Registered"), format_date(info.registered_on)),
        ):
            form.addRow(label, QLabel(value))
        top.addWidget(facts, 1)

        self.visits = VisitService(ctx)
        if ctx.can(Permission.VISIT_VIEW):
            ok, history = run_action(self, lambda: self.visits.client_history(client_id))
            if ok:
                box = QGroupBox(self.tr("Visits over time"))
                v = QVBoxLayout(box)
                last = format_date(history.last_visit)
                summary = QLabel(
                    QCoreApplication.translate(
                        "FrontDesk", "%n visit(s), the last on {date}", None, history.visit_count
                    ).format(date=last)
                )
                summary.setObjectName("profileSummary")
                v.addWidget(summary)
                v.addWidget(MonthBars(history.by_month))
                services = QLabel(", ".join(f"{name} ({format_number(n)})" for name, n in history.services[:8]) or "—")
                services.setWordWrap(True)
                services.setObjectName("profileServices")
                v.addWidget(QLabel(self.tr("Services most given:")))
                v.addWidget(services)
                top.addWidget(box, 2)
        layout.addLayout(top)

        if ctx.can(Permission.VISIT_VIEW):
            self.model = RowsTableModel(
                [
                    Column(self.tr("Date"), lambda r: format_datetime(r.visited_at), query_order="date"),
                    Column(self.tr("Channel"), lambda r: channel_label(r.channel), query_order="channel"),
                    Column(self.tr("Services"), lambda r: r.services),
                    Column(self.tr("Note"), lambda r: r.note or ""),
                ],
                self,
            )
            view = QTableView()
            view.setObjectName("profileVisits")
            sortable(view, self.model, 0, Qt.SortOrder.DescendingOrder, lazy=True)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.verticalHeader().setVisible(False)
            view.setColumnWidth(0, 130)
            view.setColumnWidth(3, 240)
            fit_headers(view, stretch=2)  # no header cut in any language
            view.setWordWrap(False)
            view.verticalHeader().setDefaultSectionSize(24)
            self.model.set_fetch(
                lambda offset, limit, order, descending: self.visits.list_visits(
                    offset, limit, client_id=client_id, order=order or "date", descending=descending
                ),
                sortable=True,
            )
            layout.addWidget(view, 1)

        self.section_boxes = []
        for section in sections(ctx, client_id):
            box = QGroupBox(section.title)
            box.setObjectName(f"section_{section.module.rsplit('.', 2)[-2]}")
            form = QFormLayout(box)
            if section.error:
                form.addRow(QLabel(section.error))
            for label, value in section.rows:
                form.addRow(label, QLabel(value))
            if not section.rows and not section.error:
                form.addRow(QLabel(self.tr("Nothing recorded.")))
            layout.addWidget(box)
            self.section_boxes.append(box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
