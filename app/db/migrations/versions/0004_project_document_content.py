"""Project documents keep their content in the database, like meeting attachments

Revision ID: 0004_project_document_content
Revises: 0003_distribution_lists_change_log
Create Date: 2026-11-25 09:40:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.db.migration_helpers import empty_bytes_default

revision: str = "0004_project_document_content"
down_revision: str | Sequence[str] | None = "0003_distribution_lists_change_log"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("project_documents") as batch:
        batch.alter_column("stored_path", new_column_name="source_path",
                           existing_type=sa.String(length=1000), existing_nullable=False)
        batch.add_column(sa.Column("size_bytes", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("content", sa.LargeBinary(), nullable=False,
                                   server_default=empty_bytes_default()))


def downgrade() -> None:
    with op.batch_alter_table("project_documents") as batch:
        batch.drop_column("content")
        batch.drop_column("size_bytes")
        batch.alter_column("source_path", new_column_name="stored_path",
                           existing_type=sa.String(length=1000), existing_nullable=False)
