"""Managers' editors: the service catalogue and the referral destinations (retire, never delete)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dropin.clients.choices import REFERRAL_KINDS
from dropin.clients.referrals import ReferralService
from dropin.i18n import translate
from dropin.ui.common import Column, InlineError, RowsTableModel, form_buttons, run_action, table_view
from dropin.visits.catalogue import CATEGORIES, category_label
from dropin.visits.service import CatalogueService


def _view(model) -> QTableView:
    """The usual table (:func:`dropin.ui.common.table_view`): columns fit their texts, the last one stretches."""
    return table_view(model)


class _ListEditor(QWidget):
    """A managed list (services, destinations): add, edit, retire or bring back; never delete."""

    dialog: Callable[..., QDialog]
    model: RowsTableModel
    service: Any  # the list's service: the catalogue or the referral destinations

    def load_rows(self):  # pragma: no cover - each list says how it loads
        raise NotImplementedError

    def nothing_selected(self) -> str:  # pragma: no cover
        raise NotImplementedError

    def _build(self, layout, table_name: str, add_text: str, button_stem: str) -> None:
        """Table (retired rows greyed), Add / Edit / Retire buttons and the inline error, then load."""
        self.model.row_style = lambda r: {} if r.active else {"foreground": QColor("#9e9e9e")}
        self.view = _view(self.model)
        self.view.setObjectName(table_name)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        for text, slot, name in (
            (add_text, self.add, f"add{button_stem}Button"),
            (QCoreApplication.translate("ListEditor", "&Edit…"), self.edit, f"edit{button_stem}Button"),
            (
                QCoreApplication.translate("ListEditor", "&Retire or bring back"),
                self.toggle_active,
                f"retire{button_stem}Button",
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = InlineError()
        layout.addWidget(self.error)
        self.refresh()

    def refresh(self) -> None:
        ok, rows = run_action(self, self.load_rows, inline=self.error)
        if ok:
            self.model.set_rows(rows)

    def selected(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add(self) -> None:
        if self.dialog(self.service, None, self).exec():
            self.refresh()

    def edit(self) -> None:
        row = self.selected()
        if row is not None and self.dialog(self.service, row, self).exec():
            self.refresh()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            self.error.show_message(self.nothing_selected())
            return
        ok, _ = run_action(self, lambda: self.service.set_active(row.id, not row.active), inline=self.error)
        if ok:
            self.refresh()


class ItemDialog(QDialog):
    """Add or edit a catalogue item."""

    def __init__(self, service: CatalogueService, item=None, parent=None):
        super().__init__(parent)
        self.service = service
        self.item = item
        self.result_item = None
        self.setWindowTitle(self.tr("Edit service") if item else self.tr("New service"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit(item.code if item else "")
        self.code.setObjectName("itemCode")
        self.code.setEnabled(item is None)
        self.code.setPlaceholderText(self.tr("e.g. hair_cut (cannot be changed later)"))
        self.label = QLineEdit(item.label if item else "")
        self.label.setObjectName("itemLabel")
        self.category = QComboBox()
        for code in CATEGORIES:
            self.category.addItem(category_label(code), code)
        if item:
            self.category.setCurrentIndex(max(0, self.category.findData(item.category)))
        self.quantity = QCheckBox(self.tr("Ask for a quantity"))
        self.quantity.setChecked(bool(item and item.has_quantity))
        self.destination = QCheckBox(self.tr("Ask where the person was referred to"))
        self.destination.setChecked(bool(item and item.needs_destination))
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.label)
        form.addRow(self.tr("Group"), self.category)
        form.addRow("", self.quantity)
        form.addRow("", self.destination)
        layout.addLayout(form)
        self.error, buttons = form_buttons(self, layout, self.save, QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        fields = {"code": self.code, "label": self.label, "category": self.category}
        item_id = None if self.item is None else self.item.id

        def action():
            options = {"has_quantity": self.quantity.isChecked(), "needs_destination": self.destination.isChecked()}
            if item_id is None:
                return self.service.add(self.code.text(), self.label.text(), self.category.currentData(), **options)
            return self.service.edit(item_id, self.label.text(), self.category.currentData(), **options)

        ok, result = run_action(self, action, inline=self.error, fields=fields)
        if ok:
            self.result_item = result
            self.accept()


class ServiceCatalogueEditor(_ListEditor):
    dialog = ItemDialog

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.service = CatalogueService(ctx)
        layout = QVBoxLayout(self)
        self.model = RowsTableModel(
            [
                Column(self.tr("Service"), lambda i: i.display),
                Column(self.tr("Code"), lambda i: i.code),
                Column(self.tr("Group"), lambda i: category_label(i.category)),
                Column(
                    self.tr("Asks for"),
                    lambda i: (
                        self.tr("quantity") if i.has_quantity else self.tr("destination") if i.needs_destination else ""
                    ),
                ),
                Column(self.tr("Status"), lambda i: self.tr("offered") if i.active else self.tr("retired")),
            ],
            self,
        )
        self._build(layout, "catalogueTable", self.tr("&Add service…"), "Item")

    def load_rows(self):
        return self.service.items(include_retired=True)

    def nothing_selected(self) -> str:
        return self.tr("Select a service first.")


class DestinationDialog(QDialog):
    def __init__(self, service: ReferralService, dest=None, parent=None):
        super().__init__(parent)
        self.service = service
        self.dest = dest
        self.setWindowTitle(self.tr("Edit destination") if dest else self.tr("New referral destination"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(dest.name if dest else "")
        self.name.setObjectName("destName")
        self.kind = QComboBox()
        for code, label in REFERRAL_KINDS.items():
            self.kind.addItem(translate("Referrals", label), code)
        if dest:
            self.kind.setCurrentIndex(max(0, self.kind.findData(dest.kind)))
        self.contact = QPlainTextEdit(dest.contact or "" if dest else "")
        self.contact.setMaximumHeight(80)
        self.contact.setPlaceholderText(self.tr("Address, phone, opening hours, whom to ask for"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Contact"), self.contact)
        layout.addLayout(form)
        self.error, buttons = form_buttons(self, layout, self.save, QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        args = (self.name.text(), self.kind.currentData(), self.contact.toPlainText())
        if self.dest is None:
            action = lambda: self.service.add(*args)  # noqa: E731
        else:
            action = lambda: self.service.edit(self.dest.id, *args)  # noqa: E731
        ok, _ = run_action(self, action, inline=self.error, fields={"name": self.name, "kind": self.kind})
        if ok:
            self.accept()


class ReferralDestinationsEditor(_ListEditor):
    dialog = DestinationDialog

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.service = ReferralService(ctx)
        layout = QVBoxLayout(self)
        self.model = RowsTableModel(
            [
                Column(self.tr("Destination"), lambda d: d.name),
                Column(self.tr("Kind"), lambda d: translate("Referrals", REFERRAL_KINDS.get(d.kind, d.kind))),
                Column(self.tr("Contact"), lambda d: (d.contact or "").replace("\n", " ")),
                Column(self.tr("Status"), lambda d: self.tr("in use") if d.active else self.tr("retired")),
            ],
            self,
        )
        self._build(layout, "destinationsTable", self.tr("&Add destination…"), "Dest")

    def load_rows(self):
        return self.service.list_all()

    def nothing_selected(self) -> str:
        return self.tr("Select a destination first.")


class CatalogueEditor(QWidget):
    """For the admin page: the service catalogue and the referral destinations."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.services = ServiceCatalogueEditor(ctx)
        self.destinations = ReferralDestinationsEditor(ctx)
        self.tabs.addTab(self.services, self.tr("Services offered"))
        self.tabs.addTab(self.destinations, self.tr("Referral destinations"))
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.services.refresh()
        self.destinations.refresh()
