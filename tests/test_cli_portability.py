"""No dropin module needs a Unix-only module: with ``resource``, ``fcntl``, ``termios``, ``pwd`` and ``grp``
made unimportable for dropin's own code (as on Windows: a meta-path finder and an import hook refuse
them to any ``dropin.*`` module), every module imports, ``dropin --help`` runs and
the bench's memory figure says it cannot be measured. A module may still use one behind a guard."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import importlib, importlib.abc, json, os, pkgutil, sys

UNIX_ONLY = {"resource", "fcntl", "termios", "pwd", "grp"}


def importer():
    # the module whose code runs the import statement (skipping the import machinery)
    frame = sys._getframe(2)
    while frame is not None and (frame.f_code.co_filename.startswith("<frozen")
                                 or "importlib" in frame.f_code.co_filename):
        frame = frame.f_back
    return frame.f_globals.get("__name__", "") if frame is not None else ""


class Blocker(importlib.abc.MetaPathFinder):
    blocked = []

    def find_spec(self, name, path=None, target=None):
        if name in UNIX_ONLY:
            who = importer()
            if who == "dropin" or who.startswith("dropin."):
                self.blocked.append([name, who])
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


for name in UNIX_ONLY:
    sys.modules.pop(name, None)
sys.meta_path.insert(0, Blocker())

# an import statement in dropin's code is refused even once another library has loaded the module
import builtins
_real_import = builtins.__import__


def _import(name, globals=None, locals=None, fromlist=(), level=0):
    who = (globals or {}).get("__name__") or ""
    if level == 0 and name.split(".")[0] in UNIX_ONLY and (who == "dropin" or who.startswith("dropin.")):
        Blocker.blocked.append([name, who])
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    return _real_import(name, globals, locals, fromlist, level)


builtins.__import__ = _import

import dropin

failed = {}
names = ["dropin"]
for info in pkgutil.walk_packages(dropin.__path__, "dropin."):
    if info.name in ("dropin.__main__", "dropin.models.migrations.env"):  # scripts: run, not imported
        continue
    names.append(info.name)
for name in names:
    try:
        importlib.import_module(name)
    except Exception as error:  # noqa: BLE001
        failed[name] = repr(error)

from dropin.cli import main
try:
    main(["--help"])
    help_code = None
except SystemExit as done:
    help_code = done.code

from dropin.models.database import Database  # and a real database, migrations and all
Database.create("portable.db", "a passphrase", kdf_iter=4000).close()
Database.open("portable.db", "a passphrase", kdf_iter=4000).close()

from dropin.bench.program import measure_memory
memory = measure_memory()
print(json.dumps({"modules": len(names), "failed": failed, "help": help_code, "blocked": Blocker.blocked,
                  "memory": [memory.status, memory.note]}))
"""


def test_every_module_imports_without_unix_only_modules(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["failed"] == {}
    assert report["modules"] > 100  # the walk really found the package
    assert report["help"] == 0
    assert report["memory"] == ["skipped", "skipped (not measurable on this system)"]
    # the guard in the bench was exercised: it asked, was refused, and carried on
    assert ["resource", "dropin.bench.program"] in report["blocked"]


def test_the_blocker_catches_an_unguarded_import(tmp_path):
    """The check can fail: code of a dropin module importing ``fcntl`` unguarded is reported."""
    probe = CHILD.replace(
        "from dropin.cli import main",
        (
            "try:\n"
            "    exec('import fcntl', {'__name__': 'dropin.probe'})\n"
            "except ImportError as error:\n"
            "    failed['dropin.probe'] = repr(error)\n"
            "from dropin.cli import main"
        ),
        1,
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert list(report["failed"]) == ["dropin.probe"] and "fcntl" in report["failed"]["dropin.probe"]
