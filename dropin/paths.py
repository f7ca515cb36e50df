"""Where dropin keeps its files unless ``--db`` says otherwise, and where its own resources are.

Resources (fonts, translations, icons, migrations) are found through :func:`resources_dir`
and :func:`migrations_dir`, both from the source tree and from the installed bundle
(PyInstaller sets ``sys.frozen`` and unpacks the data beside the program in ``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "dropin"


def data_dir() -> Path:
    """Linux ``~/.local/share/dropin``, Windows ``%LOCALAPPDATA%\\dropin``, macOS ``~/Library/Application Support/dropin``."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "dropin.db"


def log_path() -> Path:
    return data_dir() / "dropin.log"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def is_bundled() -> bool:
    """True when running from the installed bundle rather than the source tree."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder that holds ``resources/`` and the ``dropin`` package's data files."""
    if is_bundled():
        return Path(sys._MEIPASS)  # noqa: SLF001 - set by the bundle's boot loader
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The ``resources/`` folder (fonts, icons, translations)."""
    return bundle_root() / "resources"


def migrations_dir() -> Path:
    """The Alembic scripts (kept as source files in the bundle: Alembic reads them from disk)."""
    return bundle_root() / "dropin" / "models" / "migrations"
