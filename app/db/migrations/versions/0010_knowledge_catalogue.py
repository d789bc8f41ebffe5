"""The knowledge catalogue: practice examples, initiatives, funding programmes and pictures

Revision ID: 0010_knowledge_catalogue
Revises: 0009_public_website
Create Date: 2026-11-30 05:00:00

Four new tables; nothing existing changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_knowledge_catalogue"
down_revision: str | Sequence[str] | None = "0009_public_website"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _versioned() -> list[sa.Column[object]]:
    return [sa.Column("version", sa.Integer(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                      nullable=False)]


def _reference(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete)


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table) as batch:
        for column in columns:
            batch.create_index(batch.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "knowledge_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("town", sa.String(length=100), nullable=False),
        sa.Column("town_size", _enum("townsize", "small", "medium", "large"), nullable=True),
        sa.Column("district", sa.String(length=100), nullable=True),
        sa.Column("topic", _enum("casetopic", "vacancy", "climate", "living", "retail",
                                 "culture", "tourism", "mobility", "other"), nullable=False),
        sa.Column("starting_situation", sa.Text(), nullable=True),
        sa.Column("solution", sa.Text(), nullable=True),
        sa.Column("actors", sa.Text(), nullable=True),
        sa.Column("results", sa.Text(), nullable=True),
        sa.Column("funding", sa.Text(), nullable=True),
        sa.Column("contact_organisation_id", sa.Integer(), nullable=True),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("links", sa.Text(), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("status", _enum("casestatus", "draft", "checked", "published"),
                  nullable=False),
        sa.Column("status_since", sa.Date(), nullable=False),
        sa.Column("public", sa.Boolean(), nullable=False),
        *_versioned(),
        _reference("knowledge_cases", "contact_organisation_id", "organisations", "SET NULL"),
        _reference("knowledge_cases", "contact_person_id", "persons", "SET NULL"),
        _reference("knowledge_cases", "group_id", "working_groups", "SET NULL"),
        _reference("knowledge_cases", "project_id", "pilot_projects", "SET NULL"),
        _reference("knowledge_cases", "meeting_id", "meetings", "SET NULL"),
        _reference("knowledge_cases", "agenda_item_id", "agenda_items", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_cases")),
    )
    _indexes("knowledge_cases", "town", "topic", "contact_organisation_id",
             "contact_person_id", "group_id", "project_id", "meeting_id")
    op.create_table(
        "initiatives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("town", sa.String(length=100), nullable=False),
        sa.Column("organiser", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=100), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("link", sa.String(length=500), nullable=True),
        sa.Column("public", sa.Boolean(), nullable=False),
        *_versioned(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiatives")),
    )
    _indexes("initiatives", "town")
    op.create_table(
        "funding_programmes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("funder", sa.String(length=200), nullable=False),
        sa.Column("applicants", sa.Text(), nullable=True),
        sa.Column("funded", sa.Text(), nullable=True),
        sa.Column("rate", sa.String(length=200), nullable=True),
        sa.Column("deadlines", sa.Text(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("link", sa.String(length=500), nullable=True),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("public", sa.Boolean(), nullable=False),
        *_versioned(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_programmes")),
    )
    op.create_table(
        "catalogue_images",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=40), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("caption", sa.String(length=300), nullable=True),
        sa.Column("credit", sa.String(length=200), nullable=True),
        sa.Column("licence", sa.String(length=100), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        *_versioned(),
        sa.CheckConstraint("(case_id IS NULL) <> (meeting_id IS NULL)",
                           name=op.f("ck_catalogue_images_one_owner")),
        _reference("catalogue_images", "case_id", "knowledge_cases", "CASCADE"),
        _reference("catalogue_images", "meeting_id", "meetings", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_images")),
    )
    _indexes("catalogue_images", "case_id", "meeting_id")


def downgrade() -> None:
    for table in ("catalogue_images", "funding_programmes", "initiatives", "knowledge_cases"):
        op.drop_table(table)
