"""The Windows build: every dropin module imports without the Unix-only parts of the standard library.

A meta-path blocker in a fresh interpreter hides ``resource``, ``fcntl``, ``termios``, ``pwd``,
``grp`` and ``posix`` (as on Windows), then every module of the package is imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNIX_ONLY = ("resource", "fcntl", "termios", "pwd", "grp", "posix")

#: Modules that act when imported: the package's ``__main__`` and Alembic's environment script.
NOT_IMPORTED = ("dropin.__main__", "dropin.models.migrations.env")

CHILD = r"""
import importlib, importlib.abc, json, pkgutil, sys

HIDDEN = set(sys.argv[1].split(","))
SKIP = set(sys.argv[2].split(","))


class WindowsHasNoSuchModule(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HIDDEN:
            raise ImportError(f"No module named {name!r} (hidden: not on Windows)", name=name)
        return None


sys.meta_path.insert(0, WindowsHasNoSuchModule())
for name in list(sys.modules):
    if name.split(".")[0] in HIDDEN:
        del sys.modules[name]  # modules already bound (os keeps its own reference) stay usable

import dropin

failed, imported = {}, []
for info in pkgutil.walk_packages(dropin.__path__, "dropin."):
    if info.name in SKIP:
        continue
    try:
        importlib.import_module(info.name)
        imported.append(info.name)
    except Exception as error:  # noqa: BLE001
        failed[info.name] = f"{type(error).__name__}: {error}"
print(json.dumps({"imported": imported, "failed": failed}))
"""


def run_child(hidden=UNIX_ONLY) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, ",".join(hidden), ",".join(NOT_IMPORTED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_every_module_imports_without_unix_only_modules():
    result = run_child()
    assert not result["failed"], result["failed"]
    imported = set(result["imported"])
    # the walk really covered the program: command line, GUI, every area, the migrations
    for name in (
        "dropin.cli",
        "dropin.bench",
        "dropin.selftest",
        "dropin.ui.app",
        "dropin.ui.shell.main_window",
        "dropin.reports.pdf",
        "dropin.models.database",
        "dropin.models.migrations.versions.0001_foundation",
    ):
        assert name in imported, name
    assert len(imported) > 60


def test_the_blocker_really_hides_modules():
    """The same child with SQLAlchemy hidden must report the modules that need it, so a miss would show."""
    result = run_child(UNIX_ONLY + ("sqlalchemy",))
    assert result["failed"], "hiding a module the program uses broke nothing: the blocker is not working"
