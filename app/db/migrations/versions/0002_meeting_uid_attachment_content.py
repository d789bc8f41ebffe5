"""Meetings get a stable iCalendar UID; attachments keep their content in the database

Revision ID: 0002_meeting_uid_attachment_content
Revises: 0001_baseline
Create Date: 2026-11-25 09:10:00

"""

from collections.abc import Sequence
from uuid import uuid4

import sqlalchemy as sa
from alembic import op

from app.db.migration_helpers import empty_bytes_default

revision: str = "0002_meeting_uid_attachment_content"
down_revision: str | Sequence[str] | None = "0001_baseline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the UID (filled for existing meetings) and the attachment's content and size."""
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("uid", sa.String(length=64), nullable=True))
    connection = op.get_bind()
    ids = connection.execute(sa.text("SELECT id FROM meetings")).scalars().all()
    for meeting_id in ids:
        connection.execute(sa.text("UPDATE meetings SET uid = :uid WHERE id = :id"),
                           {"uid": f"{uuid4()}@buendnisbuero", "id": meeting_id})
    with op.batch_alter_table("meetings") as batch:
        batch.alter_column("uid", existing_type=sa.String(length=64), nullable=False)
        batch.create_unique_constraint(batch.f("uq_meetings_uid"), ["uid"])
    with op.batch_alter_table("attachments") as batch:
        batch.alter_column("stored_path", new_column_name="source_path",
                           existing_type=sa.String(length=1000), existing_nullable=False)
        batch.add_column(sa.Column("size_bytes", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("content", sa.LargeBinary(), nullable=False,
                                   server_default=empty_bytes_default()))


def downgrade() -> None:
    with op.batch_alter_table("attachments") as batch:
        batch.drop_column("content")
        batch.drop_column("size_bytes")
        batch.alter_column("source_path", new_column_name="stored_path",
                           existing_type=sa.String(length=1000), existing_nullable=False)
    with op.batch_alter_table("meetings") as batch:
        batch.drop_constraint(batch.f("uq_meetings_uid"), type_="unique")
        batch.drop_column("uid")
