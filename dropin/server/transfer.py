"""``dropin server import``: a single computer's encrypted database moved to the centre's server.

Every table, every row, with its id; then each table's id sequence is set past the highest id, and the
audit chain is checked on the server and compared with the file's (the same count and head hash). The copy is
one transaction on the server: a failure leaves the server database as it was. The server database must be
new (no accounts and no audit entries yet): rows the migrations seeded there are replaced by the file's.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Integer, Table, func, insert, select, text

from dropin.errors import DropinError
from dropin.i18n import translate
from dropin.models import Base
from dropin.models.database import Database
from dropin.models.security import AuditEntry, User
from dropin.models.server import ServerDatabase
from dropin.models.stores import STORES
from dropin.security.audit import Seal, chain_table, current_seal, verify_chain

BATCH = 2000


@dataclass(frozen=True)
class ImportReport:
    rows: dict[str, int]
    seal: Seal

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _tables() -> list[Table]:
    """Every table, parents first, and the audit chain of every store.

    Not the summary rows the server's triggers keep as the records arrive (``info["derived"]``).
    """
    tables = [t for t in Base.metadata.sorted_tables if not t.info.get("derived")]
    return [*tables, *(chain_table(store) for store in STORES)]


def import_file(source: Database, target: ServerDatabase) -> ImportReport:
    """Copy every row of ``source`` into the new database ``target`` (same schema revision).

    ``source`` must hold every store (a manager's login): a store it cannot read would be left behind."""
    if source.held_stores != frozenset(STORES):
        raise DropinError(
            translate("Server", "Log in to the file as a manager first: only a manager's login opens every store.")
        )
    if source.current_revisions() != target.current_revisions():
        raise DropinError(
            translate(
                "Server",
                "The file and the server database are at different versions; open both with this program first.",
            )
        )
    with target.engine.connect() as conn:
        if (
            conn.execute(select(func.count()).select_from(User.__table__)).scalar()
            or conn.execute(select(func.count()).select_from(AuditEntry.__table__)).scalar()
        ):
            raise DropinError(
                translate(
                    "Server", "The server database already holds accounts or records; import only into a new one."
                )
            )
    with source.engine.connect() as src:
        before = verify_chain(src)
        for store in STORES:
            if before.ok:
                before = verify_chain(src, None, None, store)
        if not before.ok:
            raise DropinError(
                translate("Server", "The file's audit log does not verify ({problem}); nothing was imported.").format(
                    problem=before.problem
                )
            )
        source_seal = current_seal(src)
        source_ends = {store: current_seal(src, store) for store in STORES}
        rows: dict[str, int] = {}
        with target.engine.begin() as dst:
            tables = _tables()
            for table in reversed(tables):
                if table.name != "audit_log":
                    dst.execute(table.delete())  # rows the migrations seeded (a new database: nothing else)
            for table in tables:
                rows[table.name] = 0
                result = src.execution_options(yield_per=BATCH).execute(select(table))
                for batch in result.partitions(BATCH):
                    dst.execute(insert(table), [dict(r._mapping) for r in batch])
                    rows[table.name] += len(batch)
            for table in tables:
                _set_sequence(dst, table)
            after = verify_chain(dst)
            seal = current_seal(dst)
            ends = {store: current_seal(dst, store) for store in STORES}
            whole = all(verify_chain(dst, None, None, store).ok for store in STORES) and all(
                (ends[store].count, ends[store].head) == (source_ends[store].count, source_ends[store].head)
                for store in STORES
            )
            if not after.ok or not whole or (seal.count, seal.head) != (source_seal.count, source_seal.head):
                raise DropinError(
                    translate("Server", "The audit log did not arrive whole on the server; nothing was imported.")
                )
    return ImportReport(rows, seal)


def _set_sequence(conn: Connection, table: Table) -> None:
    """The next id of a table whose ids come from a sequence: one past the highest imported id."""
    keys = list(table.primary_key.columns)
    if len(keys) != 1 or not isinstance(keys[0].type, Integer):
        return
    column = keys[0]
    sequence = conn.execute(
        text("SELECT pg_get_serial_sequence(:table, :column)"), {"table": table.fullname, "column": column.name}
    ).scalar()
    if sequence:
        highest = conn.execute(select(func.max(column))).scalar() or 0
        conn.execute(
            text("SELECT setval(:seq, :value, :called)"),
            {"seq": sequence, "value": max(highest, 1), "called": highest > 0},
        )
