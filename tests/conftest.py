"""Shared fixtures: a real encrypted database in a temp folder, one account per role, a fixed clock."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
import weakref
from pathlib import Path

import pytest

# qt-material and Qt write to $HOME; keep tests out of the real one. Each process of the suite (each
# parallel worker) has a home of its own, so the computer's settings (QSettings) of one never reach another.
_HOME = tempfile.mkdtemp(prefix="dropin-test-home-")
os.environ["HOME"] = _HOME
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, ".local", "share")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, ".config")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dropin.clock import FixedClock  # noqa: E402
from dropin.context import CurrentUser, ServiceContext  # noqa: E402
from dropin.models.database import Database  # noqa: E402
from dropin.security.roles import Role  # noqa: E402
from tests import pg  # noqa: E402
from tests.hashing import use_cheap_hashing  # noqa: E402
from tests.pg import pg_cluster, pg_database, server_accounts_template, server_db  # noqa: E402,F401  (PostgreSQL)


def pytest_configure(config):
    pg.add_markers(config)


def pytest_generate_tests(metafunc):
    pg.parametrize_engines(metafunc)


# `make test` runs the suite in parallel (pytest-xdist, --dist loadgroup): each test goes to whichever worker
# is free, but the tests of a file with a module (or class) fixture go to one worker together, so that the
# fixture is built once. The files in FIRST hold the longest tests: they start first, so that no worker is
# left with one of them at the end.
FIRST = [
    "test_reliability_crash.py",
    "test_reliability_bench.py",
    "test_reliability_badinput_areas.py",
    "test_reliability_badinput.py",
]


def _shares_a_fixture(item) -> bool:
    return any(defs[-1].scope in ("class", "module", "package") for defs in item._fixtureinfo.name2fixturedefs.values())


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(config, items):
    sharing = {item.path for item in items if _shares_a_fixture(item)}
    for item in items:
        if item.path in sharing and not any(item.iter_markers("xdist_group")):
            item.add_marker(pytest.mark.xdist_group(item.path.name))
    rank = {name: i for i, name in enumerate(FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: the rest keep their order


# Cheap hashing parameters keep account fixtures fast (tests/hashing.py).
use_cheap_hashing()

TEST_KDF_ITER = 4000
PASSPHRASE = "correct horse \"battery\" 'staple' ключ"
PASSWORD = "password-123"
NOW = dt.datetime(2026, 11, 23, 10, 0, 0)  # a Monday


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "centre.db"


@pytest.fixture
def engine(request) -> str:
    """``sqlite`` (the encrypted file), or ``postgres`` for a module marked ``both_engines``."""
    return getattr(request, "param", "sqlite")


class FileTemplate:
    """A database made once per test process by :meth:`Database.create` (every migration: most of a second),
    optionally with one account per role made at ``NOW``; each test's ``db`` is a copy of its files."""

    def __init__(self, folder: Path, with_accounts: bool):
        self.path = folder / "centre.db"
        database = Database.create(self.path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
        try:
            self.keys = database.store_keys()
            self.recovery_key = database.new_recovery_key
            self.accounts = pg.one_account_per_role(database, FixedClock(NOW), PASSWORD) if with_accounts else None
        finally:
            database.close()

    def copy(self, dest: Path) -> Database:
        """The template's files (main file, stores, audit anchor, lock file) under ``dest``, opened as made."""
        for source in self.path.parent.iterdir():
            target = dest.with_name(dest.name + source.name[len(self.path.name) :])
            shutil.copyfile(source, target)
            shutil.copymode(source, target)
        database = Database.open(dest, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
        database.hold_stores(self.keys)  # the creator's hold on every store
        database.new_recovery_key = self.recovery_key
        return database


#: the accounts of each open test database copied from the template with accounts
_prepared_accounts: weakref.WeakKeyDictionary[Database, dict[Role, CurrentUser]] = weakref.WeakKeyDictionary()


@pytest.fixture(scope="session")
def file_template(tmp_path_factory):
    """``file_template(with_accounts)``: the process's template database (made at first use)."""
    made: dict[bool, FileTemplate] = {}

    def get(with_accounts: bool) -> FileTemplate:
        if with_accounts not in made:
            folder = tmp_path_factory.mktemp("accounts-template" if with_accounts else "template")
            made[with_accounts] = FileTemplate(folder, with_accounts)
        return made[with_accounts]

    return get


@pytest.fixture
def db(db_path, engine, request):
    if engine == "postgres":
        yield from server_db(request.getfixturevalue("pg_cluster"))
        return
    # a test that takes the accounts below (at the usual clock) gets them already made in its copy
    with_accounts = "users" in request.fixturenames and request.getfixturevalue("clock").now() == NOW
    template = request.getfixturevalue("file_template")(with_accounts)
    database = template.copy(db_path)
    if with_accounts:
        _prepared_accounts[database] = template.accounts
    yield database
    database.close()


@pytest.fixture
def users(db, clock) -> dict[Role, CurrentUser]:
    """One account per role; the manager is the first account."""
    prepared = _prepared_accounts.get(db)
    return dict(prepared) if prepared is not None else pg.one_account_per_role(db, clock, PASSWORD)


@pytest.fixture
def ctx_for(db, users, clock):
    """``ctx_for(Role.FRONT_DESK)`` gives a service context logged in with that role."""

    def make(role: Role) -> ServiceContext:
        return ServiceContext(db, users[role], clock)

    return make


@pytest.fixture(autouse=True)
def english_interface(request):
    """Every GUI test starts with the English catalogue (plural forms) installed, whatever ran before, and
    ends with its widgets gone."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    app = request.getfixturevalue("qapp")
    from PySide6.QtCore import QEvent

    from dropin import i18n
    from dropin.ui.language import manager

    manager().apply("en")
    yield
    # pytest-qt closes the test's widgets with deleteLater(), which outside a running event loop deletes
    # nothing: without this every widget of every earlier test would stay alive, and each later restyle or
    # language change would walk all of them.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.install(None)


def copy_database(src, dest) -> None:
    """Copy a closed database with its store files (``centre.db.health`` ...)."""
    import shutil

    from dropin.models.stores import STORES, store_path

    shutil.copyfile(src, dest)
    for store in STORES:
        shutil.copyfile(store_path(src, store), store_path(dest, store))


def every_log(session, *where):
    """Entries of the main audit log and of every attached store's chain, oldest first per chain."""
    from sqlalchemy import select

    from dropin.models.stores import attached
    from dropin.security.audit import chain_table

    rows = []
    for chain in (None, *attached(session.connection())):
        t = chain_table(chain)
        rows += list(session.execute(select(t).where(*(w(t) for w in where)).order_by(t.c.id)))
    return rows


def model_diffs(conn) -> list:
    """What the migrated database lacks or has beyond the models, in the main file and every store.

    Foreign keys to a table in another file cannot exist in SQLite (the services check those ids), and a
    store's own bookkeeping tables are not models.
    """
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from dropin.models import Base
    from dropin.models.stores import STORES

    def include(obj, name, type_, reflected, compare_to):
        if type_ == "foreign_key_constraint":
            return obj.parent.schema == obj.referred_table.schema
        if type_ == "table" and reflected and compare_to is None and obj.schema in STORES:
            return False
        return True

    opts = {"compare_type": True, "include_schemas": True, "include_object": include}
    return compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)


#: the screenshots saved in this run, by file name: the test that saved each
_SCREENSHOTS: dict[str, str] = {}


def screenshot_name(name: str) -> str:
    """The file a test's screenshot ``name`` is kept as: the test's id first (its file, function and parameters),
    so tests in parallel workers never write one file; saving one file twice in a run fails the test."""
    test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0]
    stem = re.sub(r"[^A-Za-z0-9_.=-]+", "_", test.removeprefix("tests/").replace(".py::", ".")).strip("_")
    file = f"{stem}--{name}" if stem else name
    if file in _SCREENSHOTS:
        pytest.fail(f"two screenshots are saved as {file!r} ({_SCREENSHOTS[file]}, {test}): give each its own name")
    _SCREENSHOTS[file] = test
    return file


def save_screenshot(widget, name: str) -> None:
    """Render ``widget``; keep the picture when DROPIN_SCREENSHOTS names a folder (for looking at the UI), under
    :func:`screenshot_name`."""
    picture = widget.grab()
    assert not picture.isNull() and picture.width() > 0
    file = screenshot_name(name)
    folder = os.environ.get("DROPIN_SCREENSHOTS")
    if folder:
        os.makedirs(folder, exist_ok=True)
        picture.save(os.path.join(folder, file))
