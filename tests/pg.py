"""The PostgreSQL fixtures: a throwaway cluster for the session (:mod:`dropin.server.cluster`), a database per
test copied from a migrated template (``CREATE DATABASE … TEMPLATE``, a fraction of a second).

Without PostgreSQL's programs the PostgreSQL tests are skipped, unless ``DROPIN_REQUIRE_POSTGRES=1`` (CI):
then a missing server fails the run instead.
"""

from __future__ import annotations

import os

import pytest

from dropin.server.cluster import ADMIN, ADMIN_PASSWORD, TEMPLATE, Cluster, find_bindir, start_cluster  # noqa: F401


def required() -> bool:
    return os.environ.get("DROPIN_REQUIRE_POSTGRES", "") not in ("", "0")


@pytest.fixture(scope="session")
def pg_cluster():
    """The session's PostgreSQL cluster with a migrated template database (skips without PostgreSQL)."""
    cluster = start_cluster()
    if cluster is None and required():
        raise RuntimeError("DROPIN_REQUIRE_POSTGRES is set but PostgreSQL's initdb and pg_ctl were not found")
    if cluster is None:
        pytest.skip("PostgreSQL is not installed (set DROPIN_REQUIRE_POSTGRES=1 to fail instead)")
    try:
        from dropin.models.server import ServerDatabase

        with cluster.connect() as conn:
            conn.execute(f'CREATE DATABASE "{TEMPLATE}"')
        template = ServerDatabase.open(cluster.url(TEMPLATE), migrate=True)
        template.close()
        yield cluster
    finally:
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
