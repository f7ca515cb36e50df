"""Opening and creating the encrypted database: the unlock screen and the first-run wizard call these.

Both run on a worker thread of the GUI; the heavy modules are imported when called, so the
unlock screen shows without them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dropin.clock import Clock
    from dropin.context import CurrentUser
    from dropin.models.database import Database


def open_database(path: Path, passphrase: str, kdf_iter: int) -> Database:
    """Open (and upgrade) the file, holding its lock as the app does from here on."""
    from dropin.models.database import Database

    return Database.open(path, passphrase, kdf_iter=kdf_iter, exclusive=True)


def create_database(
    path: Path,
    passphrase: str,
    username: str,
    password: str,
    display_name: str | None,
    kdf_iter: int,
    clock: Clock | None = None,
) -> tuple[Database, CurrentUser]:
    """Create the file and the first manager, and log that manager in. Returns ``(db, user)``.

    The file is built under a temporary name with its first manager and only then named (see
    ``Database.create``), so a failure leaves nothing behind and the wizard can simply be retried.
    The app keeps the database's lock from here on.
    """
    from dropin.models.database import Database
    from dropin.security.auth import AuthService

    db = Database.create(
        path,
        passphrase,
        kdf_iter=kdf_iter,
        exclusive=True,
        setup=lambda new: AuthService(new, clock).create_first_manager(username, password, display_name),
    )
    try:
        user = AuthService(db, clock).login(username, password)
    except BaseException:
        db.close()
        raise
    return db, user


def read_migration_heads() -> None:
    """Read the migration scripts' heads ahead of the unlock (they are kept for the process)."""
    from dropin.models.migrating import MIGRATIONS_DIR, migration_heads

    migration_heads(str(MIGRATIONS_DIR))


def configure_models() -> None:
    """Build the ORM's mappings of every model now (otherwise the first query does)."""
    from sqlalchemy.orm import configure_mappers

    import dropin.models  # noqa: F401 - every model module

    configure_mappers()


def open_connection(db: Database) -> None:
    """Open this thread's connection to ``db`` (each thread's first one derives the key)."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
