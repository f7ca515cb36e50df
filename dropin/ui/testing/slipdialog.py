"""The referral slip form: the slip's language (the person's by default) and what it may mention."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from dropin.context import ServiceContext
from dropin.i18n import LANGUAGES
from dropin.testing.referrals import ReferralService
from dropin.ui.common import form_buttons, run_action


class SlipDialog(QDialog):
    """Print a referral slip. HIV and the centre's work with sex workers appear only if the person agrees."""

    def __init__(self, ctx: ServiceContext, referral_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.referral_id = referral_id
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Referral slip"))
        layout = QVBoxLayout(self)
        ok, self.data = run_action(self, lambda: ReferralService(ctx).slip(referral_id))
        intro = QLabel(
            self.tr(
                "The slip goes with the person. By default it says only where and when to go, and "
                "the referral number the clinic can quote."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        if self.data is not None:
            from dropin.testing.slip import slip_language  # ReportLab loads when a slip is made, not with the page

            self.language.setCurrentIndex(self.language.findData(slip_language(self.data)))
        self.hiv = QCheckBox(self.tr("The person agrees that the slip mentions the HIV test"))
        self.sex_work = QCheckBox(self.tr("The person agrees that the slip mentions work with sex workers"))
        form.addRow(self.tr("Language of the slip:"), self.language)
        form.addRow(self.hiv)
        form.addRow(self.sex_work)
        layout.addLayout(form)
        self.error, buttons = form_buttons(self, layout, self.save, QDialogButtonBox.StandardButton.Save)

    def choose_path(self) -> str:
        suggested = str(Path.home() / f"referral-{self.data.number}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save referral slip"), suggested, self.tr("PDF documents (*.pdf)")
        )
        return path

    def save_to(self, path: str | Path) -> bool:
        from dropin.testing.slip import render_slip

        data, language = self.data, self.language.currentData()
        ok, out = run_action(
            self,
            lambda: render_slip(
                data,
                path,
                language=language,
                mention_hiv=self.hiv.isChecked(),
                mention_sex_work=self.sex_work.isChecked(),
            ),
            inline=self.error,
        )
        if ok:
            self.saved_path = out
        return ok

    def save(self) -> None:
        if self.data is None:
            self.reject()
            return
        path = self.choose_path()
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self.save_to(path):
            self.accept()
