"""CHECK constraints get the names the models' naming convention gives (``ck_<table>_<name>``).

Revisions 0002–0004 (and the case-work and shelter-correction tables after them) passed names that
already carried the ``ck_<table>_`` prefix, and the naming convention added it a second time
(``ck_shelter_stays_ck_shelter_stays_status_known``). This revision renames every such constraint,
whatever revision made it; the rule each one enforces does not change.

On SQLite a constraint cannot be renamed in place: the table is rebuilt (Alembic batch mode, every
row, index and foreign key kept; the upgrade runs with foreign keys off and checks them before it
commits, see ``Database._upgrade``). PostgreSQL renames in place.

Revision ID: 0009_mutations_check_names
Revises: 0008_incidents_records
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.util import md5_hex

revision = "0009_mutations_check_names"
down_revision = "0008_incidents_records"
branch_labels = None
depends_on = None


#: the names revisions before this one doubled, by table (to undo it, and to recognise a doubled name a
#: dialect cut to its identifier length); any other ``ck_<table>_ck_<table>_…`` is renamed as well
DOUBLED = {
    "visit_services": ("quantity_positive",),
    "hts_kit_lots": ("quantity_positive",),
    "hts_kit_discards": ("quantity_positive",),
    "hts_qc_runs": ("kits_used_not_negative",),
    "shelter_rooms": ("capacity_positive",),
    "shelter_bed_outages": ("outage_dates",),
    "shelter_stays": (
        "planned_after_admission",
        "discharge_after_admission",
        "children_not_negative",
        "status_known",
        "type_known",
    ),
    "shelter_extensions": ("later_end",),
    "shelter_shortenings": ("earlier_end",),
    "shelter_children_changes": ("children_not_negative",),
    "incidents": ("precision_known", "complaint_needs_choice"),
    "legal_cases": ("outcome_known", "decided_after_opened"),
}


def _stored(bind: sa.engine.Connection, name: str) -> str:
    """A generated name as the dialect stores it: SQLAlchemy cuts a long one and adds a hash suffix."""
    limit = bind.dialect.max_identifier_length
    return name if len(name) <= limit else name[: limit - 8] + "_" + md5_hex(name)[-4:]


def _wanted(bind: sa.engine.Connection, table: str, name: str, undo: bool) -> str | None:
    """The name a stored CHECK constraint should get, or None to leave it."""
    prefix = f"ck_{table}_"
    for short in DOUBLED.get(table, ()):
        doubled = _stored(bind, prefix + prefix + short)
        if undo and name == _stored(bind, prefix + short):
            return doubled
        if not undo and name == doubled:
            return prefix + short
    if not undo and name.startswith(prefix + prefix):
        return name[len(prefix) :]
    return None


def _renames(bind: sa.engine.Connection, undo: bool) -> dict[str, list[tuple[str, str, str]]]:
    """Per table: (name in the database, name wanted, the check's SQL) for each CHECK to rename."""
    inspector = sa.inspect(bind)
    found: dict[str, list[tuple[str, str, str]]] = {}
    for table in inspector.get_table_names():
        for check in inspector.get_check_constraints(table):
            name = check.get("name") or ""
            new = _wanted(bind, table, name, undo)
            if new is not None:
                found.setdefault(table, []).append((name, new, check["sqltext"]))
    return found


def _rename(undo: bool = False) -> None:
    bind = op.get_bind()
    for table, names in _renames(bind, undo).items():
        if bind.dialect.name == "sqlite":
            with op.batch_alter_table(table, recreate="always") as batch:
                for old, new, sqltext in names:
                    batch.drop_constraint(op.f(old), type_="check")
                    batch.create_check_constraint(op.f(new), sa.text(sqltext))
        else:
            for old, new, _sqltext in names:
                op.execute(sa.text(f'ALTER TABLE "{table}" RENAME CONSTRAINT "{old}" TO "{new}"'))


def upgrade() -> None:
    _rename()


def downgrade() -> None:
    _rename(undo=True)
