"""Where the installed program finds its resources and keeps its data (source tree, bundle, Windows)."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest

from dropin import i18n, paths

ROOT = Path(__file__).resolve().parent.parent


def test_from_the_source_tree_resources_and_migrations_are_the_repository_folders():
    assert not paths.is_bundled()
    assert paths.resources_dir() == ROOT / "resources"
    assert i18n.translations_dir() == ROOT / "resources" / "translations"
    from dropin.models.migrating import MIGRATIONS_DIR

    assert MIGRATIONS_DIR == paths.migrations_dir() == ROOT / "dropin" / "models" / "migrations"
    assert (MIGRATIONS_DIR / "versions" / "0001_foundation.py").is_file()
    for needed in (
        "fonts/DejaVuSans.ttf",
        "fonts/DejaVuSans-Bold.ttf",
        "translations/dropin_ru.qm",
        "icons/dropin-256.png",
        "linux/dropin.desktop",
    ):
        assert (paths.resources_dir() / needed).is_file(), needed


def test_in_the_bundle_every_resource_comes_from_the_unpacked_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.is_bundled()
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.migrations_dir() == tmp_path / "dropin" / "models" / "migrations"
    assert i18n.translations_dir() == tmp_path / "resources" / "translations"
    from dropin.reports import pdfpage

    opened = []  # the PDF fonts are read from the bundle, not from the source tree
    monkeypatch.setattr(pdfpage.pdfmetrics, "getRegisteredFontNames", lambda: [])
    monkeypatch.setattr(pdfpage.pdfmetrics, "registerFont", lambda font: None)
    monkeypatch.setattr(pdfpage, "TTFont", lambda name, path: opened.append(Path(path)))
    pdfpage.register_fonts()
    assert opened == [
        tmp_path / "resources" / "fonts" / "DejaVuSans.ttf",
        tmp_path / "resources" / "fonts" / "DejaVuSans-Bold.ttf",
    ]


def test_frozen_without_the_unpacked_folder_is_not_a_bundle(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert not paths.is_bundled()
    assert paths.resources_dir() == ROOT / "resources"


@pytest.fixture
def windows(monkeypatch, tmp_path):
    """platformdirs answering as on Windows, with %LOCALAPPDATA% and %APPDATA% in tmp_path."""
    local, roaming = tmp_path / "AppData" / "Local", tmp_path / "AppData" / "Roaming"
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.setenv("APPDATA", str(roaming))
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", platformdirs.windows.get_win_folder_from_env_vars)
    return local


def test_on_windows_data_database_and_log_are_in_localappdata(windows):
    folder = windows / "dropin"
    assert paths.data_dir() == folder and folder.is_dir()
    assert paths.default_db_path() == folder / "dropin.db"
    assert paths.log_path() == folder / "dropin.log"
    assert not (windows.parent / "Roaming" / "dropin").exists()  # not roaming: the database stays on this PC
