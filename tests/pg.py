"""The PostgreSQL fixtures: a throwaway cluster for the session (:mod:`dropin.server.cluster`), a database per
test copied from a migrated template (``CREATE DATABASE … TEMPLATE``, a fraction of a second).

Without PostgreSQL's programs the PostgreSQL tests are skipped, unless ``DROPIN_REQUIRE_POSTGRES=1`` (CI):
then a missing server fails the run instead.
"""

from __future__ import annotations

import atexit
import os
import signal

import pytest

from dropin.server.cluster import ADMIN, ADMIN_PASSWORD, TEMPLATE, Cluster, find_bindir, start_cluster  # noqa: F401


def required() -> bool:
    return os.environ.get("DROPIN_REQUIRE_POSTGRES", "") not in ("", "0")


def cluster_or_skip() -> Cluster:
    """A started cluster; without PostgreSQL's programs a skip, or a failure when they are required."""
    cluster = start_cluster()
    if cluster is None:
        if required():
            raise RuntimeError("DROPIN_REQUIRE_POSTGRES is set but PostgreSQL's initdb and pg_ctl were not found")
        pytest.skip("PostgreSQL is not installed (set DROPIN_REQUIRE_POSTGRES=1 to fail instead)")
    return cluster


@pytest.fixture(scope="session")
def pg_cluster():
    """The session's PostgreSQL cluster with a migrated template database (skips without PostgreSQL)."""
    cluster = cluster_or_skip()
    # a run ended by a signal (a time limit) still stops the server: SIGTERM unwinds like Ctrl+C
    atexit.register(cluster.stop)
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        from dropin.models.server import ServerDatabase

        with cluster.connect() as conn:
            conn.execute(f'CREATE DATABASE "{TEMPLATE}"')
        template = ServerDatabase.open(cluster.url(TEMPLATE), migrate=True)
        template.close()
        yield cluster
    finally:
        signal.signal(signal.SIGTERM, previous)
        cluster.stop()


@pytest.fixture
def pg_database(pg_cluster):
    """The name of a fresh, migrated database of its own."""
    name = pg_cluster.new_database()
    yield name
    pg_cluster.drop_database(name)


def server_db(cluster: Cluster, template: str = TEMPLATE):
    """A fresh server database for one test, opened by its owner (a generator for fixtures)."""
    from dropin.models.server import ServerDatabase

    name = cluster.new_database(template)
    database = ServerDatabase.open(cluster.url(name))
    try:
        yield database
    finally:
        database.close()
        cluster.drop_database(name)


def one_account_per_role(database, clock, password: str) -> dict:
    """The manager first, then one account per other role, each made by the manager."""
    from dropin.context import CurrentUser, ServiceContext
    from dropin.security.auth import AuthService, UserService
    from dropin.security.roles import Role

    manager = AuthService(database, clock).create_first_manager("manager", password, "Centre manager")
    service = UserService(ServiceContext(database, manager, clock))
    result = {Role.MANAGER: manager}
    for role in Role:
        if role is not Role.MANAGER:
            info = service.create_user(role.value, password, role)
            result[role] = CurrentUser(info.id, info.username, info.role, info.display_name, info.language)
    return result


@pytest.fixture(scope="session")
def server_accounts_template(pg_cluster):
    """(name, accounts): a migrated server database with one account per role, to copy per test."""
    from dropin.clock import FixedClock
    from dropin.models.server import ServerDatabase
    from tests.conftest import NOW, PASSWORD

    name = pg_cluster.new_database()
    database = ServerDatabase.open(pg_cluster.url(name))
    try:
        accounts = one_account_per_role(database, FixedClock(NOW), PASSWORD)
    finally:
        database.close()
    return name, accounts


def templated(request, file_template):
    """For a module's own ``db`` fixture copying a prepared file: on the server, a copy of the server's
    prepared database instead. ``file_template()`` yields the file's database."""
    if request.getfixturevalue("engine") == "postgres":
        name, _ = request.getfixturevalue("server_accounts_template")
        yield from server_db(request.getfixturevalue("pg_cluster"), name)
    else:
        yield from file_template()


def templated_users(request, file_accounts) -> dict:
    if request.getfixturevalue("engine") == "postgres":
        return dict(request.getfixturevalue("server_accounts_template")[1])
    return dict(file_accounts)


ENGINES = ("sqlite", "postgres")


def add_markers(config) -> None:
    config.addinivalue_line("markers", "both_engines: run on the encrypted file and on a PostgreSQL server")
    config.addinivalue_line("markers", "file_only: in a both_engines module, only on the encrypted file")


def parametrize_engines(metafunc) -> None:
    """A module (or test) marked ``pytest.mark.both_engines`` runs every test that uses the ``db`` fixture on
    both engines; ``pytest.mark.file_only`` keeps one test on the encrypted file."""
    definition = metafunc.definition
    if (
        definition.get_closest_marker("both_engines")
        and not definition.get_closest_marker("file_only")
        and "engine" in metafunc.fixturenames
        and not {"qtbot", "qapp"} & set(metafunc.fixturenames)  # widget tests stay on the file
    ):
        metafunc.parametrize("engine", ENGINES, indirect=True)
