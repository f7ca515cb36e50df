"""Which server group role may do what to which table, derived from the one permission matrix.

Nothing here lists roles: the groups are the roles of :data:`dropin.security.permissions.MATRIX`, and a
table's protection comes from its own metadata — the store it belongs to (``info["store"]``, or the schema it
lives in). What this module adds is which permissions open each store:

* a table in no store (the front desk's records, the shelter board, the children's area, outreach, accounts,
  settings) is read and written by every staff role; the services narrow it further;
* a store's tables only by the roles holding one of the store's permissions (:data:`STORE_PERMISSIONS`, or
  the area's, :data:`AREA_PERMISSIONS`); the manager's reports read every store (``REPORT_VIEW``), as the
  weekly figures are computed from them;
* the hand-off (``INCIDENT_HANDOFF``) adds an incident without reading any: it may insert, and see only
  the columns that find its own earlier hand-off (:data:`WRITE_ONLY`);
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
STORE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    **permissions.STORE_PERMISSIONS,
    "legal": frozenset({P.INCIDENT_RECORD, P.INCIDENT_ADVOCACY}),
}
#: a store's tables of one area open only to that area's permissions (the incident tables are in the
#: case-work store, yet social workers do not read legal records)
AREA_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "dropin.models.incidents": STORE_PERMISSIONS["legal"],
    "dropin.models.testing": STORE_PERMISSIONS["health"],
}
#: every store's tables: the reports (the manager) compute the weekly figures from them
ALL_STORES = frozenset({P.REPORT_VIEW})
#: permissions that add rows to a store's table without reading it: the columns their check reads
WRITE_ONLY: dict[Permission, dict[str, tuple[str, ...]]] = {
    P.INCIDENT_HANDOFF: {
        "incidents": ("id", "client_id", "occurred_on", "from_checkin", "violations", "voided_at"),
    },
}
#: tables of models whose area is a store before the tables carry their store in their metadata
AREA_STORES = {"dropin.models.testing": "health"}


@dataclass(frozen=True)
class Grant:
    role: Role
    table: Table
    privileges: tuple[str, ...]
    columns: tuple[str, ...] | None = None  # SELECT of these columns only


def _modules() -> dict[Table, str]:
    # every model maps one table (none maps a join or a query)
    return {
        mapper.local_table: mapper.class_.__module__
        for mapper in Base.registry.mappers
        if isinstance(mapper.local_table, Table)
    }


def store_of(table: Table, modules: dict[Table, str] | None = None) -> str | None:
    """The protected store a table belongs to, or None for the shared tables."""
    store = table.info.get("store") or table.schema
    if store:
        return store
    return AREA_STORES.get((modules if modules is not None else _modules()).get(table, ""))


def readers(table: Table, store: str, modules: dict[Table, str]) -> frozenset[Permission]:
    """The permissions that open a table of a store."""
    area = AREA_PERMISSIONS.get(modules.get(table, ""))
    return (area if area is not None else STORE_PERMISSIONS.get(store, frozenset())) | ALL_STORES


def chain_tables() -> list[Table]:
    """The audit logs: the main one and the chain inside each store (read and added to, never changed)."""
    return [audit.chain_table(chain) for chain in (None, *stores.STORES)]


def table_grants(role: Role) -> list[Grant]:
    """Every GRANT the group of ``role`` gets, table by table."""
    modules = _modules()
    grants = [Grant(role, audit.chain_table(None), ("SELECT", "INSERT"))]
    for name in stores.STORES:
        if MATRIX[role] & STORE_PERMISSIONS[name]:
            grants.append(Grant(role, audit.chain_table(name), ("SELECT", "INSERT")))
    for table in Base.metadata.sorted_tables:
        if table.name == "audit_log":
            continue
        write = ("SELECT", "INSERT", "UPDATE") + (() if "voided_at" in table.c else ("DELETE",))
        store = store_of(table, modules)
        if not store or MATRIX[role] & readers(table, store, modules):
            grants.append(Grant(role, table, write))
            continue
        for permission, tables in WRITE_ONLY.items():
            if permission in MATRIX[role] and table.name in tables:
                grants.append(Grant(role, table, ("INSERT",), tables[table.name]))
    return grants


def schemas() -> list[str]:
    """Every schema the tables live in (``public`` for tables without one)."""
    return sorted({table.schema or "public" for table in Base.metadata.sorted_tables})
