"""No page takes a key the whole window relies on (a clash silently disables both, as Ctrl+L once did)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut

from dropin.security.roles import Role
from dropin.ui.shell.main_window import MainWindow

RESERVED = {
    QKeySequence("Ctrl+L").toString(),
    QKeySequence("Ctrl+Q").toString(),
    *(QKeySequence(f"Ctrl+{n}").toString() for n in range(1, 10)),
}


def test_pages_do_not_reuse_window_shortcuts(qtbot, ctx_for):
    for role in (Role.MANAGER, Role.PEER_COUNSELLOR, Role.SOCIAL_WORKER):
        window = MainWindow(ctx_for(role), idle_ms=10**8)
        qtbot.addWidget(window)
        clashes = []
        for key in window.page_keys():
            page = window.show_page(key)
            keys = [s.key().toString() for s in page.findChildren(QShortcut)]
            keys += [a.shortcut().toString() for a in page.findChildren(QAction) if not a.shortcut().isEmpty()]
            clashes += [(key, k) for k in keys if k in RESERVED]
        assert window.lock_action.shortcut().toString() == "Ctrl+L"
        assert not clashes, clashes
        window.idle.stop()
        window.close()
