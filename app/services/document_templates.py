"""Which Word template a meeting document is written with, and taking an office's own.

An own template is kept in the database (every workstation on a shared database uses it); a
file of the same name in the user's template folder is the older way in and still counts when
the database holds none; else the shipped template is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from app.db.database import Database
from app.domain.document_templates import DocumentTemplate
from app.exports.templates import TemplateKind, template_path

if TYPE_CHECKING:
    from pathlib import Path

    from app.domain.documents.meeting import MeetingDocument
    from app.exports.word import WordTemplate


def own_template(db: Database, kind: TemplateKind) -> WordTemplate | None:
    from app.exports.word import WordTemplate

    with db.reading() as session:
        row = session.execute(select(DocumentTemplate.file_name, DocumentTemplate.content)
                              .where(DocumentTemplate.kind == kind.value)).first()
    return None if row is None else WordTemplate(row[0], row[1], own=True)


def word_template(db: Database, kind: TemplateKind, *, shipped_dir: Path,
                  user_dir: Path | None) -> WordTemplate:
    """The template a document of ``kind`` is written with."""
    from app.exports.word import read_template

    own = own_template(db, kind)
    if own is not None:
        return own
    path = template_path(kind, shipped_dir=shipped_dir, user_dir=user_dir)
    return read_template(path, own=path.parent != shipped_dir)


def install_template(db: Database, kind: TemplateKind, template: WordTemplate,
                     sample: MeetingDocument) -> None:
    """Check the template (``TemplateProblem`` with the German reasons) and keep it as the
    office's own template of ``kind``."""
    from app.exports.word import check_template

    check_template(template, sample)
    with db.unit_of_work() as session:
        stored = session.scalar(select(DocumentTemplate).where(
            DocumentTemplate.kind == kind.value))
        if stored is None:
            stored = DocumentTemplate(kind=kind.value)
            session.add(stored)
        stored.file_name = template.name[:255]
        stored.content = template.content


def remove_template(db: Database, kind: TemplateKind, user_dir: Path | None) -> None:
    """Back to the shipped template: the own one leaves the database and the user's folder."""
    from app.exports.templates import remove_user_template

    with db.unit_of_work() as session:
        session.execute(delete(DocumentTemplate).where(DocumentTemplate.kind == kind.value))
    if user_dir is not None:
        remove_user_template(kind, user_dir)


def template_origins(db: Database, user_dir: Path | None) -> dict[TemplateKind, str]:
    """Per kind, where its template comes from, in German."""
    with db.reading() as session:
        own = {kind: name for kind, name in session.execute(
            select(DocumentTemplate.kind, DocumentTemplate.file_name))}
    origins: dict[TemplateKind, str] = {}
    for kind in TemplateKind:
        if kind.value in own:
            origins[kind] = f"eigene Vorlage „{own[kind.value]}“"
        elif user_dir is not None and (user_dir / f"{kind.value}.docx").is_file():
            origins[kind] = "eigene Vorlage (Vorlagenordner)"
        else:
            origins[kind] = "mitgeliefert"
    return origins
