"""Alembic environment: always runs on the connection the Database layer hands over."""

from alembic import context

from dropin.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via Database
    raise RuntimeError("Run migrations through dropin.models.database.Database.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things in place
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
