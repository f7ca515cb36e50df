"""Render ``resources/icons/dropin.svg`` to the PNG sizes desktops use and a Windows ``.ico``.

Run after changing the drawing: ``.venv/bin/python packaging/render_icons.py`` (the renders are kept
in the repository so that building the bundle needs no drawing tools).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - needed for painting
    renderer = QSvgRenderer(str(ICONS / "dropin.svg"))
    if not renderer.isValid():
        print("dropin.svg is not a valid drawing", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"dropin-{size}.png"))
        if size == 256 and not image.save(str(ICONS / "dropin.ico"), "ICO"):
            print("could not write dropin.ico (Qt's ico image plug-in is missing)", file=sys.stderr)
            return 1
    print(f"rendered {len(SIZES)} sizes into {ICONS.name}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
