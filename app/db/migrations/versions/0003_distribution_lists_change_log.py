"""Distribution lists of persons and a change log of contacts

Revision ID: 0003_distribution_lists_change_log
Revises: 0002_meeting_uid_attachment_content
Create Date: 2026-11-25 09:30:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_distribution_lists_change_log"
down_revision: str | Sequence[str] | None = "0002_meeting_uid_attachment_content"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "distribution_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_distribution_lists")),
        sa.UniqueConstraint("name", name=op.f("uq_distribution_lists_name")),
    )
    op.create_table(
        "distribution_list_members",
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["list_id"], ["distribution_lists.id"], ondelete="CASCADE",
                                name=op.f("fk_distribution_list_members_list_id_distribution_lists")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="CASCADE",
                                name=op.f("fk_distribution_list_members_person_id_persons")),
        sa.PrimaryKeyConstraint("list_id", "person_id", name=op.f("pk_distribution_list_members")),
    )
    op.create_index(op.f("ix_distribution_list_members_person_id"), "distribution_list_members",
                    ["person_id"])
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("fields", sa.String(length=1000), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index(op.f("ix_change_log_changed_at"), "change_log", ["changed_at"])
    op.create_index(op.f("ix_change_log_entity_id"), "change_log", ["entity_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_change_log_entity_id"), table_name="change_log")
    op.drop_index(op.f("ix_change_log_changed_at"), table_name="change_log")
    op.drop_table("change_log")
    op.drop_index(op.f("ix_distribution_list_members_person_id"),
                  table_name="distribution_list_members")
    op.drop_table("distribution_list_members")
    op.drop_table("distribution_lists")
