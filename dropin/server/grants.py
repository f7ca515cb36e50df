"""Which server group role may do what to which table, derived from the one permission matrix.

Nothing here lists roles: the groups are the roles of :data:`dropin.security.permissions.MATRIX`, and a
table's protection comes from its own metadata — the store (schema) it lives in, opened by the same
permissions as give a login the store's key on the file (:data:`dropin.security.permissions.STORE_PERMISSIONS`):

* a table in no store (the front desk's records, the shelter board, the children's area, outreach, accounts,
  settings) is read and written by every staff role; the services narrow it further;
* a store's tables (and its audit chain) only by the roles holding one of the store's permissions; the
  manager's reports read every store (``REPORT_VIEW``), as the weekly figures are computed from them;
* the hand-off from check-in (``INCIDENT_HANDOFF``) opens nothing of the legal store: it is sealed to the
  store's public key in the shared ``incident_handoffs`` (:mod:`dropin.incidents.handoffs`);
* the summary rows the database keeps from the records (``info["derived"]``, :mod:`dropin.models.rollups`)
  are only read: their triggers write them with their owner's rights, so no login can make the figures lie;
* records are voided, never deleted: DELETE only on tables without a ``voided_at`` column (the bed-night
  ledger); the audit log is read and added to, never changed (a trigger refuses even its owner).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table

from dropin.models import Base, stores
from dropin.security import audit, permissions
from dropin.security.permissions import MATRIX, Permission
from dropin.security.roles import Role

P = Permission

#: the permissions that open each store's tables: the same as give a login the store's key on the file
#: (the manager's REPORT_VIEW among them: the reports read every store)
STORE_PERMISSIONS: dict[str, frozenset[Permission]] = permissions.STORE_PERMISSIONS


@dataclass(frozen=True)
class Grant:
    role: Role
    table: Table
    privileges: tuple[str, ...]
    columns: tuple[str, ...] | None = None  # SELECT of these columns only


def store_of(table: Table) -> str | None:
    """The protected store a table belongs to (its schema), or None for the shared tables."""
    return table.schema if table.schema in STORE_PERMISSIONS else None


def chain_tables() -> list[Table]:
    """The audit logs: the main one and the chain inside each store (read and added to, never changed)."""
    return [audit.chain_table(chain) for chain in (None, *stores.STORES)]


def table_grants(role: Role) -> list[Grant]:
    """Every GRANT the group of ``role`` gets, table by table."""
    grants = [Grant(role, audit.chain_table(None), ("SELECT", "INSERT"))]
    for name in stores.STORES:
        if MATRIX[role] & STORE_PERMISSIONS[name]:
            grants.append(Grant(role, audit.chain_table(name), ("SELECT", "INSERT")))
    for table in Base.metadata.sorted_tables:
        if table.name == "audit_log":
            continue
        write = ("SELECT", "INSERT", "UPDATE") + (() if "voided_at" in table.c else ("DELETE",))
        if table.info.get("derived"):
            write = ("SELECT",)
        store = store_of(table)
        if not store or MATRIX[role] & STORE_PERMISSIONS[store]:
            grants.append(Grant(role, table, write))
    return grants


def schemas() -> list[str]:
    """Every schema the tables live in (``public`` for tables without one)."""
    return sorted({table.schema or "public" for table in Base.metadata.sorted_tables})
