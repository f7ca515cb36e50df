"""``install-linux.sh``, the installer that travels in the built folder: program, command, menu entry, icon."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def built_folder(where: Path, version: str) -> Path:
    """A stand-in for ``dist/dropin``: the real installer and resources, a tiny program that says its version."""
    folder = where / "dropin"
    shutil.copytree(ROOT / "resources" / "icons", folder / "_internal" / "resources" / "icons")
    shutil.copytree(ROOT / "resources" / "linux", folder / "_internal" / "resources" / "linux")
    program = folder / "dropin"
    program.write_text(f"#!/bin/sh\necho dropin {version}\n")
    program.chmod(0o755)
    shutil.copy2(ROOT / "packaging" / "install-linux.sh", folder / "install-linux.sh")
    return folder


def install(folder: Path, home: Path) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return subprocess.run(
        ["bash", str(folder / "install-linux.sh")], env=env, capture_output=True, text=True, timeout=60
    )


def test_installs_program_command_menu_entry_and_icons_for_the_user(tmp_path):
    home = tmp_path / "home"
    done = install(built_folder(tmp_path / "v1", "1"), home)
    assert done.returncode == 0, done.stderr
    app = home / ".local" / "opt" / "dropin"
    command = home / ".local" / "bin" / "dropin"
    assert command.resolve() == (app / "dropin").resolve()
    assert subprocess.run([str(command)], capture_output=True, text=True).stdout.strip() == "dropin 1"
    entry = (home / ".local" / "share" / "applications" / "dropin.desktop").read_text()
    assert f'Exec="{app}/dropin"' in entry.splitlines()  # the menu works without ~/.local/bin on PATH
    assert "Icon=dropin" in entry.splitlines()
    for size in SIZES:
        assert (home / ".local" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "dropin.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(home / ".local/share/applications/dropin.desktop")],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout


def test_a_newer_version_replaces_the_old_one_and_leaves_nothing_behind(tmp_path):
    home = tmp_path / "home"
    assert install(built_folder(tmp_path / "v1", "1"), home).returncode == 0
    assert install(built_folder(tmp_path / "v2", "2"), home).returncode == 0
    command = home / ".local" / "bin" / "dropin"
    assert subprocess.run([str(command)], capture_output=True, text=True).stdout.strip() == "dropin 2"
    assert sorted(p.name for p in (home / ".local" / "opt").iterdir()) == ["dropin"]


def test_run_outside_a_built_folder_it_refuses_and_installs_nothing(tmp_path):
    folder = tmp_path / "not-built"
    folder.mkdir()
    shutil.copy2(ROOT / "packaging" / "install-linux.sh", folder / "install-linux.sh")
    done = install(folder, tmp_path / "home")
    assert done.returncode == 2 and "make dist" in done.stderr
    assert not (tmp_path / "home" / ".local").exists()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_the_menu_entry_in_the_repository_is_valid():
    check = subprocess.run(
        ["desktop-file-validate", str(ROOT / "resources" / "linux" / "dropin.desktop")], capture_output=True, text=True
    )
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout


def test_the_installer_is_executable_in_the_repository():
    assert os.access(ROOT / "packaging" / "install-linux.sh", os.X_OK)
