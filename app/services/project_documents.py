"""Documents kept with a pilot project, stored in the database like meeting attachments."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.db.database import Database
from app.domain.models import ProjectDocument
from app.services.attachments import AttachmentRow, read_upload


def list_documents(db: Database, project_id: int) -> list[AttachmentRow]:
    query = (select(ProjectDocument.id, ProjectDocument.file_name, ProjectDocument.size_bytes,
                    ProjectDocument.added_at)
             .where(ProjectDocument.project_id == project_id)
             .order_by(ProjectDocument.added_at))
    with db.reading() as session:
        return [AttachmentRow(document_id, name, "", size, added)
                for document_id, name, size, added in session.execute(query)]


def add_document(db: Database, project_id: int, source: Path) -> int:
    content = read_upload(source)
    with db.unit_of_work() as session:
        document = ProjectDocument(project_id=project_id, file_name=source.name,
                                   source_path=str(source), size_bytes=len(content),
                                   content=content,
                                   added_at=datetime.now().replace(microsecond=0))
        session.add(document)
        session.flush()
        return document.id


def remove_document(db: Database, document_id: int) -> None:
    with db.unit_of_work() as session:
        session.delete(session.get_one(ProjectDocument, document_id))


def extract_document(db: Database, document_id: int, folder: Path) -> Path:
    with db.reading() as session:
        document = session.get_one(ProjectDocument, document_id)
        name, content = document.file_name, document.content
    target = folder / f"projekt-{document_id}"
    target.mkdir(parents=True, exist_ok=True)
    path = target / Path(name).name
    path.write_bytes(content)
    return path
