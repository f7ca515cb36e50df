"""Upgrading a database to the newest revision of its Alembic migrations (the file and the server alike)."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, exc

from dropin.errors import DropinError
from dropin.i18n import translate
from dropin.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = migrations_dir()


@functools.cache
def migration_heads(folder: str) -> frozenset[str]:
    """The newest revisions of the migration scripts in ``folder``: read once per process (they do not change)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", folder)
    return frozenset(ScriptDirectory.from_config(cfg).get_heads())


class MigrationsMixin:
    """Needs ``path`` and ``engine``."""

    path: Path
    engine: Engine

    def _alembic_config(self) -> Config:
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        return cfg

    def current_revisions(self) -> set[str]:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return set(MigrationContext.configure(conn).get_current_heads())

    def head_revisions(self) -> set[str]:
        return set(migration_heads(str(MIGRATIONS_DIR)))

    def needs_upgrade(self) -> bool:
        current = self.current_revisions()
        heads = self.head_revisions()
        if current == heads:
            return False
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(self._alembic_config())
        known = {rev.revision for rev in script.walk_revisions()}
        if not current <= known:
            raise DropinError(
                translate("Database", "This database was made by a newer version of dropin. Please update the program.")
            )
        return True

    def upgrade(self, target: str = "heads") -> None:
        self._upgrade(target)

    def _upgrade(self, target: str = "heads") -> None:
        from alembic import command

        cfg = self._alembic_config()
        with self.engine.connect() as conn:
            # A revision may rebuild a table others refer to (SQLite's way to change a constraint):
            # foreign keys are off while it runs (the pragma only works outside a transaction) and are
            # checked before the one transaction commits.
            sqlite = conn.dialect.name == "sqlite"
            raw = conn.connection.dbapi_connection
            assert raw is not None  # a connection that is open
            if sqlite:
                raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, target)
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() if sqlite else []
                    if broken:
                        raise exc.IntegrityError("PRAGMA foreign_key_check", None, Exception(repr(broken[:5])))
            finally:
                if sqlite:
                    raw.execute("PRAGMA foreign_keys = ON")

    def _upgrade_backup_path(self) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        return self.path.with_name(f"{self.path.stem}.before-upgrade-{stamp}{self.path.suffix or '.db'}")
