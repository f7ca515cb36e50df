"""The children register tab and the dialog for one child."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dropin.children.service import AGE_BANDS, ChildrenService
from dropin.context import ServiceContext
from dropin.security.permissions import Permission
from dropin.ui.children.common import fmt_date, selected_row
from dropin.ui.common import Column, InlineError, RowsTableModel, ask_reason, run_action, table_view


class ChildDialog(QDialog):
    def __init__(self, ctx: ServiceContext, info=None, parent=None):
        super().__init__(parent)
        self.service = ChildrenService(ctx)
        self.info = info
        self.result_info = None
        self.setWindowTitle(self.tr("Edit child") if info else self.tr("Register a child"))
        self.first_name = QLineEdit()
        self.first_name.setMaxLength(64)
        self.first_name.setPlaceholderText(self.tr("First name or pseudonym only"))
        self.parent_code = QLineEdit()
        self.parent_code.setMaxLength(32)
        self.parent_code.setPlaceholderText(self.tr("The parent's or guardian's client code"))
        year = ctx.today().year
        self.no_year = year - 19
        self.birth_year = QSpinBox(minimum=self.no_year, maximum=year)
        self.birth_year.setSpecialValueText(self.tr("not known"))
        self.age_band = QComboBox()
        self.age_band.addItem(self.tr("not given"), None)
        for band in AGE_BANDS:
            self.age_band.addItem(band, band)
        self.consent = QCheckBox(self.tr("Guardian agrees to the child taking part"))
        self.photos = QCheckBox(self.tr("Guardian agrees to photos"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.first_name)
        form.addRow(self.tr("Parent's &code:"), self.parent_code)
        form.addRow(self.tr("&Birth year:"), self.birth_year)
        form.addRow(self.tr("or &age band:"), self.age_band)
        form.addRow("", self.consent)
        form.addRow("", self.photos)
        if info:
            self.first_name.setText(info.first_name)
            self.parent_code.setText(info.parent_code)
            self.birth_year.setValue(info.birth_year or self.no_year)
            self.age_band.setCurrentIndex(max(0, self.age_band.findData(info.age_band)))
            self.consent.setChecked(info.consent_participation)
            self.photos.setChecked(info.consent_photos)
        self.error = InlineError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("Nothing about the parent's health, shelter stay or incidents is kept here."), wordWrap=True)
        )
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def save(self) -> None:
        year = self.birth_year.value()
        kwargs = dict(
            birth_year=None if year == self.no_year else year,
            age_band=self.age_band.currentData(),
            consent_participation=self.consent.isChecked(),
            consent_photos=self.photos.isChecked(),
        )
        name, code = self.first_name.text(), self.parent_code.text()
        if self.info:
            action = lambda: self.service.update_child(self.info.id, name, code, **kwargs)  # noqa: E731
        else:
            action = lambda: self.service.register_child(name, code, **kwargs)  # noqa: E731
        ok, result = run_action(
            self,
            action,
            inline=self.error,
            fields={
                "first_name": self.first_name,
                "parent_code": self.parent_code,
                "birth_year": self.birth_year,
                "age_band": self.age_band,
            },
        )
        if ok:
            self.result_info = result
            self.accept()


class RegisterTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = ChildrenService(ctx)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or parent code"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.add_button = QPushButton(self.tr("&Register a child…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.void_button = QPushButton(self.tr("Re&move…"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for b in (self.add_button, self.edit_button, self.void_button):
            bar.addWidget(b)
        yes, no = self.tr("Yes"), self.tr("No")
        self.model = RowsTableModel(
            [
                Column(self.tr("Child"), lambda r: r.first_name),
                Column(self.tr("Born / age"), lambda r: r.age_text),
                Column(self.tr("Parent's code"), lambda r: r.parent_code),
                Column(
                    self.tr("Consent to take part"),
                    lambda r: yes if r.consent_participation else self.tr("Not recorded"),
                ),
                Column(self.tr("Photos allowed"), lambda r: yes if r.consent_photos else no),
                Column(self.tr("Attendances"), lambda r: r.attendances, align=Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Last came"), lambda r: fmt_date(r.last_attended)),
            ],
            self,
        )
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(lambda _i: self.edit_child())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        manage = ctx.can(Permission.CHILDREN_MANAGE) and ctx.can(Permission.CLIENT_LOOKUP)
        for b in (self.add_button, self.edit_button, self.void_button):
            b.setEnabled(manage)
        self.add_button.clicked.connect(self.add_child)
        self.edit_button.clicked.connect(self.edit_child)
        self.void_button.clicked.connect(self.void_child)

    def refresh(self) -> None:
        ok, rows = run_action(self, lambda: self.service.list_children(self.search.text()))
        if ok:
            self.model.set_rows(rows)

    def add_child(self) -> None:
        if ChildDialog(self.ctx, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def edit_child(self) -> None:
        row = selected_row(self.view)
        if row is not None and self.edit_button.isEnabled():
            if ChildDialog(self.ctx, row, parent=self).exec() == QDialog.DialogCode.Accepted:
                self.refresh()

    def void_child(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        reason = ask_reason(
            self,
            self.tr("Remove from the register"),
            self.tr("Why is {name} removed from the register?").format(name=row.first_name),
        )
        if reason is not None and run_action(self, lambda: self.service.void_child(row.id, reason))[0]:
            self.refresh()


# ================================================================================================ schedule
