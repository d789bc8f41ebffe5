"""Stored text made safe: control characters removed, line breaks in one-line fields turned
into spaces, bytes that are no UTF-8 replaced (text written by older versions or other programs)

Revision ID: 0005_safe_stored_text
Revises: 0004_project_document_content
Create Date: 2026-11-29 20:40:00

"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_safe_stored_text"
down_revision: str | Sequence[str] | None = "0004_project_document_content"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ONE_LINE: dict[str, tuple[str, ...]] = {
    "distribution_lists": ("name",),
    "organisations": ("name", "short_name", "street", "postal_code", "city", "website"),
    "reporting_periods": ("title",),
    "staff_members": ("name",),
    "working_groups": ("name", "short_name"),
    "goals": ("title",),
    "meetings": ("title", "location", "online_link"),
    "persons": ("salutation", "title", "first_name", "last_name", "function", "email", "phone",
                "street", "postal_code", "city", "consent_purpose", "consent_source"),
    "pilot_projects": ("name", "town", "funding_programme"),
    "pr_items": ("title", "channel", "link"),
    "agenda_items": ("title", "presenter"),
    "attachments": ("file_name", "description"),
    "milestones": ("title",),
    "project_documents": ("file_name",),
}
MULTI_LINE: dict[str, tuple[str, ...]] = {
    "distribution_lists": ("description",),
    "organisations": ("notes",),
    "working_groups": ("fields_of_action", "description"),
    "goals": ("description",),
    "group_assessments": ("summary", "strengths", "weaknesses", "challenges"),
    "meetings": ("notes",),
    "persons": ("notes",),
    "pilot_projects": ("goal",),
    "time_entries": ("description",),
    "decisions": ("text",),
    "protocol_notes": ("discussion",),
    "tasks": ("description",),
}
_NOT_PRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _safe(raw: bytes | str, one_line: bool) -> str:
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    text = _NOT_PRINTABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if one_line:
        text = " ".join(part.strip() for part in text.split("\n") if part.strip())
    return text


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    for columns, one_line in ((ONE_LINE, True), (MULTI_LINE, False)):
        for table, names in columns.items():
            for name in names:
                _clean_column(connection, table, name, one_line=one_line, sqlite=sqlite)


def _clean_column(connection: sa.Connection, table: str, name: str, *, one_line: bool,
                  sqlite: bool) -> None:
    stored = f"CAST({name} AS BLOB)" if sqlite else name
    rows = connection.execute(sa.text(
        f"SELECT id, {stored} FROM {table} WHERE {name} IS NOT NULL")).all()
    changed = []
    for row_id, raw in rows:
        original = raw.decode("utf-8", errors="surrogateescape") if isinstance(raw, bytes) \
            else raw
        safe = _safe(raw, one_line)
        if safe != original:
            changed.append({"id": row_id, "value": safe})
    if changed:
        connection.execute(sa.text(f"UPDATE {table} SET {name} = :value WHERE id = :id"),
                           changed)


def downgrade() -> None:
    """Nothing to undo: the removed characters were never meant to be stored."""
