"""Files kept with a meeting (Unterlagen): stored in the database so they travel with backups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.db.database import Database
from app.domain.errors import ValidationError
from app.domain.models import Attachment, Meeting

MAX_SIZE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    description: str
    size_bytes: int
    added_at: datetime


def list_attachments(db: Database, meeting_id: int) -> list[AttachmentRow]:
    query = (select(Attachment.id, Attachment.file_name, Attachment.description,
                    Attachment.size_bytes, Attachment.added_at)
             .where(Attachment.meeting_id == meeting_id).order_by(Attachment.added_at))
    with db.reading() as session:
        return [AttachmentRow(attachment_id, name, description or "", size, added)
                for attachment_id, name, description, size, added in session.execute(query)]


def read_upload(source: Path) -> bytes:
    """The bytes of a file to keep; German ValidationError for a missing or too large file."""
    try:
        size = source.stat().st_size
        if size > MAX_SIZE_BYTES:
            raise ValidationError(f"Die Datei „{source.name}“ ist größer als "
                                  f"{MAX_SIZE_BYTES // (1024 * 1024)} MB.")
        return source.read_bytes()
    except FileNotFoundError as error:
        raise ValidationError(f"Die Datei „{source}“ gibt es nicht.") from error
    except IsADirectoryError as error:
        raise ValidationError(f"„{source}“ ist ein Ordner, keine Datei.") from error
    except OSError as error:
        raise ValidationError(f"Die Datei „{source}“ lässt sich nicht lesen: "
                              f"{error.strerror}.") from error


def add_attachment(db: Database, meeting_id: int, source: Path, description: str = "") -> int:
    """Copy a file into the meeting; German ValidationError for a missing or too large file."""
    content = read_upload(source)
    with db.unit_of_work() as session:
        meeting = session.get_one(Meeting, meeting_id)
        attachment = Attachment(file_name=source.name, source_path=str(source),
                                description=description.strip() or None,
                                added_at=datetime.now().replace(microsecond=0),
                                size_bytes=len(content), content=content)
        meeting.attachments.append(attachment)
        session.flush()
        return attachment.id


def remove_attachment(db: Database, attachment_id: int) -> None:
    with db.unit_of_work() as session:
        session.delete(session.get_one(Attachment, attachment_id))


def attachment_content(db: Database, attachment_id: int) -> tuple[str, bytes]:
    with db.reading() as session:
        attachment = session.get_one(Attachment, attachment_id)
        return attachment.file_name, attachment.content


def extract_attachment(db: Database, attachment_id: int, folder: Path) -> Path:
    """Write the file into ``folder`` (e.g. to open it with its program) and return its path."""
    name, content = attachment_content(db, attachment_id)
    target_folder = folder / str(attachment_id)
    target_folder.mkdir(parents=True, exist_ok=True)
    target = target_folder / Path(name).name
    target.write_bytes(content)
    return target
