"""A throwaway PostgreSQL cluster: ``initdb`` + ``pg_ctl`` in a temporary folder, on a Unix socket only.

For the test suite (``tests/pg.py``) and ``dropin bench``, never for a centre's data: fsync is off. ``initdb``
refuses to run as root, so as root the server runs as the ``postgres`` system user (or ``nobody``) in a
folder that user owns.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import psycopg
    from psycopg.abc import ConnParam
    from psycopg.rows import TupleRow

ADMIN = "dropin_admin"
ADMIN_PASSWORD = "throwaway-cluster-owner"
TEMPLATE = "dropin_template"
_numbers = itertools.count(1)


def find_bindir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are (see :func:`dropin.server.dump.program_folders`)."""
    from dropin.server.dump import program_folders

    for folder in program_folders():
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    return None


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
        subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            check=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            cwd=self.folder,
            user=who[0] if who else None,
            group=who[1] if who else None,
            extra_groups=[] if who else None,
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
        """Stop the server and remove its folder (again: nothing happens)."""
        if not self.data.exists():
            return
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

    def connect(
        self, database: str = "postgres", user: str = ADMIN, password: str = ADMIN_PASSWORD, **kwargs: ConnParam
    ) -> psycopg.Connection[TupleRow]:
        """A plain psycopg connection (autocommit), e.g. as one staff member's own server role."""
        import psycopg
        from psycopg.conninfo import make_conninfo

        # the parameters as one connection string, as psycopg.connect joins its keywords
        conninfo = make_conninfo(
            "", host=self.socket_dir, port=self.port, dbname=database, user=user, password=password, **kwargs
        )
        return psycopg.connect(conninfo, autocommit=True)

    def new_database(self, template: str | None = TEMPLATE) -> str:
        name = f"t{os.getpid()}_{next(_numbers)}"
        with self.connect() as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        with self.connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster() -> Cluster | None:
    """A started cluster, or None when PostgreSQL's programs are not on this computer."""
    bindir = find_bindir()
    if bindir is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="dropin-pg-"))
    cluster = Cluster(bindir, folder)
    try:
        cluster.start()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return cluster
