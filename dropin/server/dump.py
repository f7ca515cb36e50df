"""Backups of a server database: ``pg_dump`` streamed into an encrypted container, never plain text on disk.

The container is a SQLCipher file (the same encryption as a single computer's database) holding the dump in
chunks as ``pg_dump`` writes them, and what it is (``meta``): the database's name, the audit seal, the
time. It is written under a temporary name and renamed when complete. Restoring streams the chunks into
``pg_restore`` for a new, empty database; ``dropin server init`` then gives it its roles again.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from dropin.config import DEFAULT_KDF_ITER
from dropin.errors import DropinError, StorageError
from dropin.i18n import translate
from dropin.models import files
from dropin.paths import make_private_folder

if TYPE_CHECKING:
    import sqlcipher3
    from sqlalchemy import URL

    from dropin.models.server import ServerDatabase

CHUNK = 1 << 20
FORMAT = "dropin-server-dump-1"


def program_folders() -> list[str]:
    """Where PostgreSQL's programs may be: $DROPIN_PG_BINDIR, Debian's /usr/lib/postgresql/<major>/bin (newest
    first; ``pg_config --bindir`` is often missing), other packagings' folders, then PATH."""

    def major(path: str) -> int:
        found = re.search(r"(\d+)/bin$", path)
        return int(found.group(1)) if found else 0

    folders = [os.environ.get("DROPIN_PG_BINDIR", "")]
    folders += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=major, reverse=True)
    folders += sorted(glob.glob("/usr/pgsql-*/bin"), key=major, reverse=True)
    folders += [str(Path(p).parent) for p in (shutil.which("initdb"), shutil.which("pg_dump")) if p]
    return [f for f in folders if f and Path(f).is_dir()]


def find_program(name: str) -> str:
    """A PostgreSQL program, from :func:`program_folders`."""
    for folder in program_folders():
        if (Path(folder) / name).is_file():
            return str(Path(folder) / name)
    raise DropinError(
        translate(
            "Server", "PostgreSQL's {program} program is needed for this; install PostgreSQL's client programs."
        ).format(program=name)
    )


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection string for ``url`` (the password goes in the environment, not on a command line)."""
    from psycopg.conninfo import make_conninfo

    query = dict(url.query)
    keys = ("host", "port", "sslmode", "sslrootcert", "connect_timeout")
    options = {key: str(query[key]) for key in keys if key in query}  # as make_conninfo would write them
    if url.host:
        options["host"] = url.host
    if url.port:
        options["port"] = str(url.port)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return make_conninfo(dbname=url.database, user=url.username, **options), env


def _container(path: Path, passphrase: str) -> sqlcipher3.Connection:
    from dropin.models.cipher import raw_connect

    return raw_connect(path, passphrase, DEFAULT_KDF_ITER)


def dump(db: ServerDatabase, dest: Path, passphrase: str, seal_text: str) -> Path:
    """Write ``db``'s dump, encrypted with ``passphrase``, to ``dest`` (the caller checked ``dest``)."""
    conninfo, env = _libpq(db.url)
    make_private_folder(dest.parent)
    tmp = files.temp_for(dest, "backup")
    container = _container(tmp, passphrase)
    process = None
    try:
        container.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        container.execute("CREATE TABLE chunks (n INTEGER PRIMARY KEY, data BLOB NOT NULL)")
        container.execute("BEGIN")
        process = subprocess.Popen(
            [find_program("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--dbname", conninfo],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert process.stdout is not None and process.stderr is not None  # both are pipes
        n = 0
        while chunk := process.stdout.read(CHUNK):
            container.execute("INSERT INTO chunks (n, data) VALUES (?, ?)", (n, chunk))
            n += 1
        problem = process.stderr.read().decode("utf-8", "replace").strip()
        if process.wait() != 0 or n == 0:
            raise StorageError(
                translate("Server", "The server's dump failed, so no backup was written: {problem}").format(
                    problem=problem.splitlines()[0] if problem else "-"
                )
            )
        meta = {
            "format": FORMAT,
            "database": db.database,
            "seal": seal_text,
            "made_at": dt.datetime.now().isoformat(timespec="seconds"),
        }
        container.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", list(meta.items()))
        container.execute("COMMIT")
        container.close()  # complete: closing it again below does nothing
        files.fsync_file(tmp)
        os.replace(tmp, dest)
        files.sync_folder(dest.parent)
    finally:
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()
        container.close()
        files.remove_with_sides(tmp)
    return dest


def read_meta(path: Path, passphrase: str) -> dict[str, str]:
    """What a server backup holds (its database, seal, time); a wrong passphrase is refused."""
    import sqlcipher3

    from dropin.errors import WrongPassphrase
    from dropin.models.cipher import wrong_passphrase_message

    conn = _container(Path(path), passphrase)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlcipher3.DatabaseError:
        raise WrongPassphrase(wrong_passphrase_message()) from None
    finally:
        conn.close()
    if meta.get("format") != FORMAT:
        raise DropinError(translate("Server", "This file is not a backup of a dropin server database."))
    return meta


def restore(path: Path, passphrase: str, url: str | URL) -> dict[str, str]:
    """Stream the backup at ``path`` into the new, empty database at ``url`` (its owner's URL)."""
    from dropin.models.server import server_url

    meta = read_meta(path, passphrase)
    conninfo, env = _libpq(server_url(url))
    conn = _container(Path(path), passphrase)
    process = subprocess.Popen(
        [
            find_program("pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            "--dbname",
            conninfo,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdin is not None and process.stderr is not None  # both are pipes
    try:
        for (data,) in conn.execute("SELECT data FROM chunks ORDER BY n"):
            process.stdin.write(data)
        process.stdin.close()
        problem = process.stderr.read().decode("utf-8", "replace").strip()
        if process.wait() != 0:
            raise StorageError(
                translate("Server", "The backup could not be restored on the server: {problem}").format(
                    problem=problem.splitlines()[0] if problem else "-"
                )
            )
    finally:
        conn.close()
        if process.poll() is None:
            process.kill()
            process.wait()
    return meta
