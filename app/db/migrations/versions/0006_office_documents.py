"""Office-grade documents: own Word templates kept in the database (shared by every
workstation), the meeting's reply-by date and the protocol's chair

Revision ID: 0006_office_documents
Revises: 0005_safe_stored_text
Create Date: 2026-11-29 21:30:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_office_documents"
down_revision: str | Sequence[str] | None = "0005_safe_stored_text"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_templates")),
        sa.UniqueConstraint("kind", name=op.f("uq_document_templates_kind")),
    )
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("rsvp_by", sa.Date(), nullable=True))
    with op.batch_alter_table("protocols") as batch:
        batch.add_column(sa.Column("chair_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_protocols_chair_id"), ["chair_id"], unique=False)
        batch.create_foreign_key(batch.f("fk_protocols_chair_id_persons"), "persons",
                                 ["chair_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("protocols") as batch:
        batch.drop_constraint(batch.f("fk_protocols_chair_id_persons"), type_="foreignkey")
        batch.drop_index(batch.f("ix_protocols_chair_id"))
        batch.drop_column("chair_id")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("rsvp_by")
    op.drop_table("document_templates")
