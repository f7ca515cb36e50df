"""A throwaway PostgreSQL cluster for the tests: ``initdb`` + ``pg_ctl`` in a temporary folder, a Unix socket only.

The cluster is made once per test session; each test gets a fresh database copied from a migrated template
(``CREATE DATABASE … TEMPLATE``, a fraction of a second). ``initdb`` refuses to run as root, so as root the
server runs as the ``postgres`` system user (or ``nobody``) in a folder that user owns.

Without PostgreSQL's programs the PostgreSQL tests are skipped, unless ``DROPIN_REQUIRE_POSTGRES=1`` (CI):
then a missing server fails the run instead.
"""

from __future__ import annotations

import glob
import itertools
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ADMIN = "dropin_admin"
ADMIN_PASSWORD = "admin-secret-for-tests"
TEMPLATE = "dropin_template"
_numbers = itertools.count(1)


def find_bindir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are: $DROPIN_PG_BINDIR, Debian's /usr/lib/postgresql/<major>/bin, or PATH."""
    candidates = [os.environ.get("DROPIN_PG_BINDIR", "")]

    def major(path: str) -> int:
        match = re.search(r"/(\d+)/bin$", path)
        return int(match.group(1)) if match else 0

    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=major, reverse=True)
    candidates += sorted(glob.glob("/usr/pgsql-*/bin"), reverse=True)
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).parent))
    for folder in candidates:
        if folder and (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    return None


def required() -> bool:
    return os.environ.get("DROPIN_REQUIRE_POSTGRES", "") not in ("", "0")


def _server_user() -> tuple[int, int] | None:
    """(uid, gid) to run the server as when we are root; None when we are not."""
    if os.geteuid() != 0:
        return None
    import pwd

    for name in ("postgres", "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return entry.pw_uid, entry.pw_gid
    raise RuntimeError("running as root and neither the postgres nor the nobody user exists")


@dataclass
class Cluster:
    bindir: Path
    folder: Path
    port: int = 5432

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    def _run(self, *args: str) -> None:
        who = _server_user()
        kwargs = {"user": who[0], "group": who[1], "extra_groups": []} if who else {}
        subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            check=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            cwd=self.folder,
            **kwargs,
        )

    def start(self) -> None:
        who = _server_user()
        if who:
            os.chown(self.folder, *who)
        pwfile = self.folder / "pw"
        pwfile.write_text(ADMIN_PASSWORD)
        if who:
            os.chown(pwfile, *who)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            ADMIN,
            f"--pwfile={pwfile}",
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        pwfile.unlink()
        options = (
            f"-k {self.folder} -p {self.port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=60"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = ADMIN, password: str = ADMIN_PASSWORD) -> str:
        from sqlalchemy import URL

        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=password,
            database=database,
            query={"host": self.socket_dir, "port": str(self.port)},
        ).render_as_string(hide_password=False)

    def connect(self, database: str = "postgres", user: str = ADMIN, password: str = ADMIN_PASSWORD, **kwargs):
        """A plain psycopg connection (autocommit), e.g. as one staff member's own server role."""
        import psycopg

        return psycopg.connect(
            host=self.socket_dir,
            port=self.port,
            dbname=database,
            user=user,
            password=password,
            autocommit=True,
            **kwargs,
        )

    def new_database(self, template: str | None = TEMPLATE) -> str:
        name = f"t{os.getpid()}_{next(_numbers)}"
        with self.connect() as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        with self.connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster() -> Cluster | None:
    bindir = find_bindir()
    if bindir is None:
        if required():
            raise RuntimeError("DROPIN_REQUIRE_POSTGRES is set but PostgreSQL's initdb and pg_ctl were not found")
        return None
    folder = Path(tempfile.mkdtemp(prefix="dropin-pg-"))
    cluster = Cluster(bindir, folder)
    try:
        cluster.start()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return cluster


@pytest.fixture(scope="session")
def pg_cluster():
    """The session's PostgreSQL cluster with a migrated template database (skips without PostgreSQL)."""
    cluster = start_cluster()
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
