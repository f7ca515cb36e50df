"""The manager's report settings: a target for the year per indicator, and the prevention package."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dropin.reports.definitions import COUNT, SECTIONS
from dropin.reports.service import ReportService
from dropin.ui.common import InlineError, run_action

#: the parts of the package a manager can ask for: (label, service codes any of which counts)
PACKAGE_PARTS = (
    ("condoms", ("male_condoms", "female_condoms")),
    ("information", ("leaflets",)),
)


class TargetsDialog(QDialog):
    def __init__(self, service: ReportService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Targets and prevention package"))
        self.spins: dict[str, QSpinBox] = {}
        form_host = QWidget()
        form = QFormLayout(form_host)
        for section in SECTIONS:
            for ind in section.indicators:
                if ind.kind == COUNT and not ind.breakdown:
                    spin = QSpinBox()
                    spin.setRange(0, 10_000_000)
                    spin.setSpecialValueText(self.tr("No target"))
                    spin.setObjectName(ind.key)
                    self.spins[ind.key] = spin
                    form.addRow(ind.tr_label(), spin)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        targets_box = QGroupBox(self.tr("Targets for the year (the report shows the year to date against them)"))
        QVBoxLayout(targets_box).addWidget(scroll)

        self.parts = {
            "condoms": QCheckBox(self.tr("Condoms (male or female)")),
            "information": QCheckBox(self.tr("Information (leaflets)")),
        }
        self.hiv_test = QCheckBox(self.tr("An HIV test offered"))
        package_box = QGroupBox(self.tr("People reached with the defined package received all of:"))
        package_layout = QVBoxLayout(package_box)
        for box in (*self.parts.values(), self.hiv_test):
            package_layout.addWidget(box)

        self.error = InlineError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(targets_box, 1)
        layout.addWidget(package_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 620)
        self._load()

    def _load(self) -> None:
        ok, settings = run_action(self, self.service.centre_settings, inline=self.error)
        if not ok:
            return
        for key, value in settings["targets"].items():
            if key in self.spins:
                self.spins[key].setValue(int(value))
        groups = [set(group) for group in settings["package"]["service_groups"]]
        for name, codes in PACKAGE_PARTS:
            self.parts[name].setChecked(set(codes) in groups)
        self.hiv_test.setChecked(settings["package"]["hiv_test_offered"])

    def save(self) -> bool:
        targets = {key: spin.value() for key, spin in self.spins.items()}
        package = {
            "service_groups": [list(codes) for name, codes in PACKAGE_PARTS if self.parts[name].isChecked()],
            "hiv_test_offered": self.hiv_test.isChecked(),
        }
        ok, _ = run_action(
            self, lambda: self.service.set_centre_settings(targets=targets, package=package), inline=self.error
        )
        if ok:
            self.accept()
        return ok
