"""Where dropin keeps its files unless ``--db`` says otherwise."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "dropin"


def data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "dropin.db"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The ``resources/`` folder (fonts, icons, translations)."""
    return Path(__file__).resolve().parent.parent / "resources"
