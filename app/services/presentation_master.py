"""The office's own PowerPoint master for the Sitzungspräsentation, kept in the database beside
the Word templates (every workstation on a shared database uses it)."""

from __future__ import annotations

from sqlalchemy import delete, select

from app.db.database import Database
from app.domain.document_templates import DocumentTemplate
from app.domain.errors import ValidationError

MASTER_KIND = "praesentation"


def own_master(db: Database) -> bytes | None:
    with db.reading() as session:
        return session.scalar(select(DocumentTemplate.content).where(
            DocumentTemplate.kind == MASTER_KIND))


def master_name(db: Database) -> str | None:
    with db.reading() as session:
        return session.scalar(select(DocumentTemplate.file_name).where(
            DocumentTemplate.kind == MASTER_KIND))


def install_master(db: Database, file_name: str, content: bytes) -> None:
    """Check the master (German ``ValidationError`` naming what is missing) and keep it."""
    from app.exports.presentation_pptx import master_problems

    problems = master_problems(content)
    if problems:
        raise ValidationError(f"„{file_name}“ taugt nicht als Präsentationsvorlage: "
                              + " ".join(problems))
    with db.unit_of_work() as session:
        stored = session.scalar(select(DocumentTemplate).where(
            DocumentTemplate.kind == MASTER_KIND))
        if stored is None:
            stored = DocumentTemplate(kind=MASTER_KIND)
            session.add(stored)
        stored.file_name = file_name[:255]
        stored.content = content


def remove_master(db: Database) -> None:
    with db.unit_of_work() as session:
        session.execute(delete(DocumentTemplate).where(DocumentTemplate.kind == MASTER_KIND))
