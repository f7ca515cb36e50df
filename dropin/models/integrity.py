"""What is damaged in a database file: SQLCipher's page check, SQLite's structure and key checks.

Used by ``dropin check``, by restore (a damaged backup is refused) and by
backup (a damaged database says what is damaged instead of copying it). The
report names the tables and indexes affected, taken from the tree numbers in
``PRAGMA integrity_check`` and the names in ``PRAGMA foreign_key_check``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dropin.i18n import translate

_TREE = re.compile(r"\bTree (\d+) page", re.IGNORECASE)
_INDEX = re.compile(r"\bindex ([A-Za-z0-9_]+)")
_PAGE = re.compile(r"\bpage (\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...] = ()  # SQLite's and SQLCipher's own lines (for the log and for experts)
    affected: tuple[str, ...] = ()  # tables and indexes (or pages) a person can act on
    foreign_keys: tuple[str, ...] = field(default=())  # tables with rows pointing at missing rows

    def summary(self) -> str:
        """One sentence naming what is damaged."""
        names = ", ".join(self.affected + tuple(n for n in self.foreign_keys if n not in self.affected))
        if not names:
            return translate("Database", "The database file is damaged.")
        return translate("Database", "The database file is damaged; affected: {names}.").format(names=names)


def _rootpages(conn: Any) -> dict[int, str]:
    try:
        rows = conn.execute("SELECT rootpage, name FROM sqlite_master WHERE rootpage > 0").fetchall()
    except Exception:  # noqa: BLE001 - the schema itself may be unreadable
        return {}
    return {int(root): str(name) for root, name in rows}


def _tables(conn: Any) -> list[str]:
    try:
        return [str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    except Exception:  # noqa: BLE001
        return []


def inspect(conn: Any) -> IntegrityReport:  # a raw sqlcipher3 connection
    """Run every check on an unlocked raw SQLCipher connection (never raises for damage)."""
    problems: list[str] = []
    affected: list[str] = []
    roots = _rootpages(conn)

    def note(name: str) -> None:
        if name not in affected:
            affected.append(name)

    try:
        for (line,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
            problems.append(str(line))
    except Exception as error:  # noqa: BLE001
        problems.append(str(error))
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except Exception as error:  # noqa: BLE001 - e.g. "database disk image is malformed"
        rows = [str(error)]
    if rows != ["ok"]:
        for row in rows:
            for line in row.splitlines():
                problems.append(line)
                for tree in _TREE.findall(line):
                    note(roots.get(int(tree), translate("Database", "page {n}").format(n=tree)))
                for index in _INDEX.findall(line):
                    note(index)
    if problems and not affected:
        # SQLite stopped before naming a tree: check table by table (with its indexes) to name them.
        for name in _tables(conn):
            try:
                rows = [str(r[0]) for r in conn.execute(f'PRAGMA integrity_check("{name}")').fetchall()]
            except Exception:  # noqa: BLE001
                rows = ["error"]
            if rows != ["ok"]:
                note(name)
    foreign: list[str] = []
    try:
        for row in conn.execute("PRAGMA foreign_key_check").fetchall():
            if row[0] not in foreign:
                foreign.append(str(row[0]))
    except Exception as error:  # noqa: BLE001
        problems.append(str(error))
    if problems and not affected:
        for line in problems:
            for page in _PAGE.findall(line):
                note(translate("Database", "page {n}").format(n=page))
    ok = not problems and not foreign
    return IntegrityReport(ok, tuple(problems), tuple(affected), tuple(foreign))
