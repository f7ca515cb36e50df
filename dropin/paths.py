"""Where dropin keeps its files unless ``--db`` says otherwise, how it creates them, and where its own
resources are.

Everything dropin writes beside a database (the database itself, its
write-ahead log, backups, the audit anchor, the lock, before-upgrade and
replaced copies, the log file) is readable by the owner only: files 0600 and
the data folder 0700 on POSIX. SQLite gives the ``-wal`` and ``-shm`` files the
mode of the database file, so creating that one right is enough for them.

Resources (fonts, translations, icons, migrations) are found through :func:`resources_dir`
and :func:`migrations_dir`, both from the source tree and from the installed bundle
(PyInstaller sets ``sys.frozen`` and unpacks the data beside the program in ``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

APP_NAME = "dropin"
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def data_dir() -> Path:
    """Linux ``~/.local/share/dropin``, Windows ``%LOCALAPPDATA%\\dropin``, macOS ``~/Library/Application Support/dropin``."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    make_private_folder(path)
    if os.name == "posix" and path.stat().st_mode & 0o077:
        try:
            os.chmod(path, PRIVATE_FOLDER)  # dropin's own folder, also when an older version made it
        except OSError:
            pass
    return path


def default_db_path() -> Path:
    return data_dir() / "dropin.db"


def log_path() -> Path:
    return data_dir() / "dropin.log"


def is_bundled() -> bool:
    """True when running from the installed bundle rather than the source tree."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder that holds ``resources/`` and the ``dropin`` package's data files."""
    if is_bundled():
        return Path(getattr(sys, "_MEIPASS"))  # noqa: B009 - set by the bundle's boot loader, unknown to typing
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The ``resources/`` folder (fonts, icons, translations)."""
    return bundle_root() / "resources"


def migrations_dir() -> Path:
    """The Alembic scripts (kept as source files in the bundle: Alembic reads them from disk)."""
    return bundle_root() / "dropin" / "models" / "migrations"


def documents_dir() -> Path:
    """Where file dialogs start: the user's documents (or home) folder, never the data folder."""
    for candidate in (Path(platformdirs.user_documents_dir()), Path.home()):
        if candidate.is_dir() and candidate.resolve() != data_dir().resolve():
            return candidate
    return Path.home()


def make_private_folder(path: Path) -> None:
    """Create ``path`` (and missing parents) so that only the owner can enter the last folder."""
    path = Path(path)
    existed = path.is_dir()
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if not existed and os.name == "posix":
        os.chmod(path, PRIVATE_FOLDER)  # mkdir's mode is narrowed by the umask, never widened


def make_private(path: Path) -> None:
    """Narrow an existing file to owner-only (a no-op where the OS has no such modes)."""
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)


@contextmanager
def owner_only() -> Iterator[None]:
    """Files created inside this block are owner-only, whoever creates them (SQLite, a library)."""
    if os.name != "posix":
        yield
        return
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def private_temp(folder: Path, prefix: str, suffix: str = ".tmp") -> Path:
    """An empty owner-only file with a unique name in ``folder`` (``mkstemp`` creates it 0600)."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    os.close(fd)
    return Path(name)


@contextmanager
def replacing(out: Path, prefix: str, suffix: str = ".tmp") -> Iterator[Path]:
    """Write the new ``out`` into the temporary file this yields, beside it (owner-only).

    It takes the place of ``out`` only when the block completes; if the block fails it is removed,
    so a half-written file never replaces a good one.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = private_temp(out.parent, prefix, suffix)
    try:
        yield tmp
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
