"""The one way the app asks for a file or folder name.

Qt's file dialogs guess each listed file's type for its icon and "Type"
column, and for names without a known extension (``dropin.db``, ``-wal``,
``-shm``) they open the file and read its start. Closing that descriptor
releases every POSIX lock SQLite holds on the file in this process, after
which another program may delete the write-ahead log under the running app.

So every dialog here is Qt's own (not the platform's, which may sniff too)
with an icon provider that looks only at whether an entry is a folder, never
at its contents, and no MIME filters. Dialogs start in the folder given, or
in the documents folder when that would be the data folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QTreeView, QWidget

from dropin.paths import data_dir, documents_dir


class NoSniffIconProvider(QFileIconProvider):
    """Folder or file icon and type, decided from the directory entry alone (nothing is opened)."""

    def __init__(self):
        super().__init__()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)

    def icon(self, what) -> QIcon:  # noqa: D401 - Qt override
        if isinstance(what, QFileInfo):
            kind = (
                QAbstractFileIconProvider.IconType.Folder if what.isDir() else QAbstractFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        return QCoreApplication.translate("FileDialogs", "File")


_PROVIDER: NoSniffIconProvider | None = None


def _provider() -> NoSniffIconProvider:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = NoSniffIconProvider()
    return _PROVIDER


def start_folder(suggested: str | Path | None) -> Path:
    """``suggested`` (a folder, or a file whose folder is used) unless it is missing or the data folder."""
    if suggested:
        folder = Path(suggested).expanduser()
        if not folder.is_dir():
            folder = folder.parent
        try:
            if folder.is_dir() and folder.resolve() != data_dir().resolve():
                return folder
        except OSError:
            pass
    return documents_dir()


def file_dialog(
    parent: QWidget | None,
    title: str,
    suggested: str | Path | None = None,
    name_filter: str = "",
    *,
    mode: str = "save",
) -> QFileDialog:
    """A configured dialog: ``mode`` is ``"save"``, ``"open"`` or ``"folder"``. Show it or ``exec()`` it."""
    folder = start_folder(suggested)
    dialog = QFileDialog(parent, title, str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(_provider())
    if name_filter:
        dialog.setNameFilter(name_filter)
    details = dialog.findChild(QTreeView, "treeView")
    if details is not None:  # room for names, sizes such as "408.0 KiB" and dates
        for column, width in enumerate((360, 110, 90, 170)):
            details.setColumnWidth(column, width)
    if mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif mode == "open":
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    else:
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if suggested and not Path(suggested).is_dir():
            dialog.selectFile(Path(suggested).name)
    return dialog


def _ask(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles():
            return dialog.selectedFiles()[0]
        return ""
    finally:
        dialog.deleteLater()


def save_file_name(parent, title: str, suggested: str | Path | None, name_filter: str = "") -> str:
    """The chosen file name to write (Qt asks before replacing a file), or ``""``."""
    return _ask(file_dialog(parent, title, suggested, name_filter, mode="save"))


def open_file_name(parent, title: str, folder: str | Path | None, name_filter: str = "") -> str:
    return _ask(file_dialog(parent, title, folder, name_filter, mode="open"))


def existing_folder(parent, title: str, folder: str | Path | None) -> str:
    return _ask(file_dialog(parent, title, folder, mode="folder"))
