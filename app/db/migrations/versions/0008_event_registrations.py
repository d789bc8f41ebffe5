"""Public events: registrations with a waiting list, the event's capacity and its summary of
results

Revision ID: 0008_event_registrations
Revises: 0007_contracts_and_continuity
Create Date: 2026-11-30 00:20:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_event_registrations"
down_revision: str | Sequence[str] | None = "0007_contracts_and_continuity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("status", sa.Enum("registered", "waiting", "cancelled",
                                    name="registrationstatus", native_enum=False,
                                    create_constraint=True, length=32), nullable=False),
        sa.Column("photo_consent", sa.Boolean(), nullable=False),
        sa.Column("publication_consent", sa.Boolean(), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"],
                                name=op.f("fk_registrations_meeting_id_meetings"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"],
                                name=op.f("fk_registrations_person_id_persons"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registrations")),
    )
    with op.batch_alter_table("registrations") as batch:
        batch.create_index(batch.f("ix_registrations_meeting_id"), ["meeting_id"], unique=False)
        batch.create_index(batch.f("ix_registrations_person_id"), ["person_id"], unique=False)
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("capacity", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("results_summary", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("results_summary")
        batch.drop_column("capacity")
    op.drop_table("registrations")
