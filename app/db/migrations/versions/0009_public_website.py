"""The alliance in public: "öffentlich" on meetings, agenda items, pilot projects, PR items and
goals; a person's consent to publication; a PR item's text; the record of what was published

Revision ID: 0009_public_website
Revises: 0008_event_registrations
Create Date: 2026-11-30 02:10:00

Public events (and their agenda) start public; everything else starts private, so that nothing
appears on the website before the office has chosen it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_public_website"
down_revision: str | Sequence[str] | None = "0008_event_registrations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FLAGGED = ("meetings", "agenda_items", "pilot_projects", "pr_items", "goals")


def upgrade() -> None:
    for table in FLAGGED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("public", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    op.execute("UPDATE meetings SET public = true WHERE kind = 'public_event'")
    op.execute("UPDATE agenda_items SET public = true WHERE meeting_id IN "
               "(SELECT id FROM meetings WHERE kind = 'public_event')")
    with op.batch_alter_table("pr_items") as batch:
        batch.add_column(sa.Column("text", sa.Text(), nullable=True))
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("publication_consent", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("publication_consent_date", sa.Date(), nullable=True))
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("first_published_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publications")),
        sa.UniqueConstraint("kind", "record_id", name=op.f("uq_publications_kind_record_id")),
    )


def downgrade() -> None:
    op.drop_table("publications")
    with op.batch_alter_table("persons") as batch:
        batch.drop_column("publication_consent_date")
        batch.drop_column("publication_consent")
    with op.batch_alter_table("pr_items") as batch:
        batch.drop_column("text")
    for table in reversed(FLAGGED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("public")
