"""Desktop notifications where the platform has them (a tray icon's balloon message), else nothing.

The message is shown by the operating system outside the window, so callers pass text that names
no client.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

_tray: QSystemTrayIcon | None = None
#: the latest notifications of this process (title, text), newest last
sent: deque[tuple[str, str]] = deque(maxlen=20)


def notify_desktop(parent: QWidget, title: str, text: str) -> bool:
    """Show a desktop notification; return False where the platform has no system tray."""
    global _tray
    sent.append((title, text))
    if not QSystemTrayIcon.isSystemTrayAvailable() or not QSystemTrayIcon.supportsMessages():
        return False
    if _tray is None:
        _tray = QSystemTrayIcon(
            QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation), QApplication.instance()
        )
        _tray.show()
    _tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
    return True
