"""Help → About: the program's version (the one ``dropin --version`` prints), its data folder and licence."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dropin import __version__
from dropin.paths import data_dir, resources_dir
from dropin.ui.shell.widgets import hint, screen_title

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The program's icon from the bundled PNG renders (no SVG plug-in needed)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resources_dir() / "icons" / f"dropin-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About dropin"))
        logo = QLabel(self)
        logo.setPixmap(QPixmap(str(resources_dir() / "icons" / "dropin-128.png")))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = screen_title(self.tr("dropin {version}").format(version=__version__), self)
        text = QVBoxLayout()
        text.addWidget(self.title)
        about = QLabel(self.tr("Confidential records for community-led drop-in centres."), self)
        about.setWordWrap(True)
        text.addWidget(about)
        self.folder = hint(self.tr("Data folder: {path}").format(path=data_dir()), self)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.folder)
        text.addWidget(
            hint(
                self.tr("Qt {qt}, PySide {pyside}, Python {python}").format(
                    qt=qVersion(), pyside=pyside_version, python=platform.python_version()
                ),
                self,
            )
        )
        text.addWidget(hint(self.tr("Free software under the GNU General Public License, version 3 or later."), self))
        text.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addSpacing(16)
        row.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


def show_about(parent: QWidget) -> AboutDialog:
    """Open the About box over ``parent`` without blocking (locking the screen closes it)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
