"""On the server, the visits' summary rows are written only by their triggers.

Revision ``0011_weekfast_visit_rollups`` wrote the trigger functions as
ordinary (invoker's) functions, so a staff login needed write GRANTs on the
summary tables for its check-in to update them, and with those it could write
summary rows directly and make the report's figures lie. Here the functions
run with the rights of their owner (the owner of the tables, who runs the
upgrade) at a fixed ``search_path``, and nobody else may call them: ``dropin
server init`` then gives the staff roles SELECT only on the summary tables
(``dropin/server/grants.py``), and a check-in still moves them in its own
transaction. The file has no server roles: nothing changes there.

Revision ID: 0012_weekfast2_rollup_definer
Revises: 0011_weekfast_visit_rollups
"""

from alembic import op

revision = "0012_weekfast2_rollup_definer"
down_revision = "0011_weekfast_visit_rollups"
branch_labels = None
depends_on = None

#: every function of the summary triggers (revision 0011), with its arguments
FUNCTIONS = (
    "dropin_rollup_client_service(integer, date, integer, integer)",
    "dropin_rollup_visit(visits, integer)",
    "dropin_rollup_line(visit_services, integer)",
    "dropin_rollup_visits()",
    "dropin_rollup_lines()",
    "dropin_rollup_gender()",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.dialect.identifier_preparer.quote(str(bind.exec_driver_sql("SELECT current_schema()").scalar()))
    for function in FUNCTIONS:
        op.execute(f"ALTER FUNCTION {function} SECURITY DEFINER SET search_path = {schema}, pg_temp")
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for function in FUNCTIONS:
        op.execute(f"ALTER FUNCTION {function} SECURITY INVOKER RESET search_path")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO PUBLIC")
