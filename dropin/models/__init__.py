"""ORM tables and the encrypted database layer.

Every module in this package that defines tables is imported here so that
``Base.metadata`` is complete for migrations and tests.
"""

from __future__ import annotations

import importlib
import pkgutil

from dropin.models.base import Base, Tracked

_SKIP = {
    "base",
    "cipher",
    "backup",
    "database",
    "hooks",
    "migrations",
    "files",
    "integrity",
    "lock",
    "restore",
}  # no tables

for _info in pkgutil.iter_modules(__path__):
    if _info.name not in _SKIP and not _info.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_info.name}")

__all__ = ["Base", "Tracked"]

from dropin.models import hooks as _hooks  # noqa: E402,F401  (registers the session hooks)
