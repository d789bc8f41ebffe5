"""Small pieces the migration scripts share, so that they run on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def empty_bytes_default() -> sa.TextClause:
    """The server default of an empty binary column in the dialect being migrated."""
    if op.get_bind().dialect.name == "postgresql":
        return sa.text("''::bytea")
    return sa.text("x''")
