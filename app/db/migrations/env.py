"""Alembic environment: runs on the connection handed over by ``app.db.migrate``."""

from alembic import context
from sqlalchemy import Connection, create_engine, text

from app.domain.models import Base

config = context.config


VERSION_LENGTH = 128
"""Our revision ids are descriptive and longer than Alembic's default VARCHAR(32)."""


def _prepare_version_table(connection: Connection) -> None:
    """Create (or widen) ``alembic_version`` so that long revision ids fit on PostgreSQL."""
    if connection.dialect.name != "postgresql":
        return
    connection.execute(text(
        f"CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR({VERSION_LENGTH}) "
        "NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
    connection.execute(text(
        f"ALTER TABLE alembic_version ALTER COLUMN version_num TYPE VARCHAR({VERSION_LENGTH})"))


def _run(connection: Connection) -> None:
    _prepare_version_table(connection)
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as own_connection:
        _run(own_connection)
