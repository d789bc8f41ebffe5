"""Exporting a meeting's documents to files: Word, PDF, Outlook calendar and e-mail draft."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import NoResultFound

from app import paths
from app.db.database import Database
from app.domain.documents.meeting import MeetingDocument, Sender
from app.domain.errors import DomainError
from app.domain.models import Meeting
from app.exports.files import ExportError
from app.exports.templates import TemplateKind

if TYPE_CHECKING:
    from app.exports.word import WordTemplate
from app.services.meeting_documents import meeting_document
from app.settings import Settings


@dataclass(frozen=True)
class ExportSetup:
    """Where templates come from, who sends, and the clock."""

    sender: Sender
    shipped_templates: Path
    user_templates: Path | None
    today: date
    now: datetime



def standard_setup(settings: Settings, *, today: date, now: datetime) -> ExportSetup:
    """The setup of a normal run: the shipped templates, replaced by the user's own."""
    return ExportSetup(sender=Sender(settings.sender_name, settings.sender_email),
                       shipped_templates=paths.shipped_template_dir(),
                       user_templates=paths.user_template_dir(), today=today, now=now)


def load_document(db: Database, meeting_id: int, setup: ExportSetup) -> MeetingDocument:
    try:
        return meeting_document(db, meeting_id, sender=setup.sender, today=setup.today)
    except NoResultFound as error:
        raise DomainError(f"Eine Sitzung mit der Nummer {meeting_id} gibt es nicht.") from error


def export_word(db: Database, meeting_id: int, kind: TemplateKind, out: Path,
                setup: ExportSetup) -> Path:
    from app.exports import word

    document = load_document(db, meeting_id, setup)
    return word.render_docx(document, template_of(db, kind, setup), out,
                            word.document_facts(document, kind.label, setup.now))


def template_of(db: Database, kind: TemplateKind, setup: ExportSetup) -> WordTemplate:
    from app.services.document_templates import word_template

    return word_template(db, kind, shipped_dir=setup.shipped_templates,
                         user_dir=setup.user_templates)


def export_invitation(db: Database, meeting_id: int, out: Path, setup: ExportSetup) -> Path:
    """The invitation as Word letter, calendar entry or e-mail draft, chosen by the suffix."""
    suffix = out.suffix.lower()
    if suffix == ".docx":
        return export_word(db, meeting_id, TemplateKind.INVITATION, out, setup)
    from app.exports import icalendar_export

    document = load_document(db, meeting_id, setup)
    if suffix == ".ics":
        return icalendar_export.export_meeting_ics(document, out, stamp=setup.now)
    if suffix == ".eml":
        return _export_eml(db, document, out, setup)
    raise ExportError(f"„{out.name}“: Die Einladung kann als .docx, .ics oder .eml "
                      "gespeichert werden.")


def _export_eml(db: Database, document: MeetingDocument, out: Path,
                setup: ExportSetup) -> Path:
    from app.exports import email_draft, icalendar_export, word

    docx = word.docx_bytes(document, template_of(db, TemplateKind.INVITATION, setup),
                           word.document_facts(document, TemplateKind.INVITATION.label,
                                               setup.now))
    ics = icalendar_export.meeting_ics_bytes(document, stamp=setup.now)
    return email_draft.export_invitation_eml(
        document, out, docx=docx, docx_name=invitation_file_name(document), ics=ics)


def invitation_file_name(document: MeetingDocument) -> str:
    return safe_file_name(f"Einladung {document.meeting.title} {document.meeting.date}") + ".docx"


def safe_file_name(text: str) -> str:
    """A file name without the characters Windows forbids."""
    cleaned = "".join("_" if char in '<>:"/\\|?*' or ord(char) < 32 else char for char in text)
    return cleaned.strip(" .") or "Export"


def export_protocol(db: Database, meeting_id: int, out: Path, setup: ExportSetup) -> Path:
    """The protocol as Word file (from its template) or PDF for sending, by the suffix."""
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        from app.exports.protocol_pdf import write_protocol_pdf

        return write_protocol_pdf(load_document(db, meeting_id, setup), out)
    if suffix == ".docx":
        return export_word(db, meeting_id, TemplateKind.PROTOCOL, out, setup)
    raise ExportError(f"„{out.name}“: Das Protokoll kann als .docx oder .pdf gespeichert "
                      "werden.")


def send_protocol(db: Database, meeting_id: int, out: Path, setup: ExportSetup, *,
                  attach: str = ".pdf") -> Path:
    """An e-mail draft (.eml) to the invitees with the protocol attached (PDF or Word); the
    protocol counts as sent today, unless a date sent is already recorded."""
    import tempfile

    from app.exports import email_draft
    from app.services.protocols import mark_sent

    document = load_document(db, meeting_id, setup)
    if not any(person.email for person in document.invitees):
        raise ExportError("Niemand unter den Eingeladenen hat eine E-Mail-Adresse; das "
                          "Protokoll kann nicht per E-Mail versandt werden.")
    name = safe_file_name(f"Protokoll {document.meeting.title} {document.meeting.date}") + attach
    with tempfile.TemporaryDirectory() as folder:
        content = export_protocol(db, meeting_id, Path(folder) / name, setup).read_bytes()
    content_type = email_draft.PDF_TYPE if attach == ".pdf" else email_draft.DOCX_TYPE
    message = email_draft.protocol_message(document, content=content, file_name=name,
                                           content_type=content_type)
    path = email_draft.write_message(message, out)
    mark_sent(db, meeting_id, setup.today)
    return path


def export_poll(db: Database, meeting_id: int, out: Path, setup: ExportSetup) -> Path:
    """The date poll as an e-mail draft (.eml) to the invitees."""
    from app.exports import email_draft
    from app.services.polls import poll_grid

    grid = poll_grid(db, meeting_id)
    if not grid.options:
        raise ExportError("Die Terminabstimmung hat noch keine Terminvorschläge.")
    if grid.closed_on is not None:
        raise ExportError(f"Die Terminabstimmung ist seit dem {grid.closed_on:%d.%m.%Y} "
                          "abgeschlossen.")
    document = load_document(db, meeting_id, setup)
    if not any(person.email for person in document.invitees):
        raise ExportError("Niemand unter den Eingeladenen hat eine E-Mail-Adresse. Bitte zuerst "
                          "im Reiter „Einladungen“ die Teilnehmenden eintragen.")
    message = email_draft.poll_message(
        document, [(option.starts_at, option.ends_at) for option in grid.options])
    return email_draft.write_message(message, out)


def export_presentation(db: Database, meeting_id: int, out: Path, setup: ExportSetup) -> Path:
    """The Sitzungspräsentation (.pptx) on the office's master, if one is installed."""
    from app.exports.presentation_pptx import write_presentation
    from app.services.presentation import presentation_data
    from app.services.presentation_master import own_master

    return write_presentation(presentation_data(db, meeting_id, setup.sender), out,
                              master=own_master(db), created=setup.now)


def export_letters(db: Database, meeting_id: int, out: Path, setup: ExportSetup) -> Path:
    """One Word file with a personal invitation letter per invitee."""
    from app.exports.letters_docx import write_letters_docx
    from app.services.meeting_documents import addressees

    document = load_document(db, meeting_id, setup)
    recipients = addressees(db, meeting_id)
    if not recipients:
        raise ExportError("Zu dieser Sitzung ist noch niemand eingeladen; es gibt keine Briefe "
                          "zu schreiben.")
    return write_letters_docx(document, recipients, out, created=setup.now)


def export_attendance_list(db: Database, meeting_id: int, out: Path,
                           setup: ExportSetup) -> Path:
    from app.exports import pdf_lists

    return pdf_lists.export_attendance_list(load_document(db, meeting_id, setup), out)


def export_invitation_list(db: Database, meeting_id: int, out: Path,
                           setup: ExportSetup) -> Path:
    from app.exports import pdf_lists

    return pdf_lists.export_invitation_list(load_document(db, meeting_id, setup), out)


def export_calendar(db: Database, first: date, last: date, out: Path,
                    setup: ExportSetup) -> tuple[Path, int]:
    """All meetings from ``first`` to ``last`` in one .ics; returns the file and the count."""
    if last < first:
        raise DomainError("Das Ende des Zeitraums liegt vor seinem Anfang.")
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last, datetime.max.time())
    with db.reading() as session:
        ids = session.scalars(select(Meeting.id).where(Meeting.starts_at.between(start, end))
                              .order_by(Meeting.starts_at)).all()
    from app.exports import icalendar_export

    documents = [load_document(db, meeting_id, setup) for meeting_id in ids]
    return icalendar_export.export_calendar_ics(documents, out, stamp=setup.now), len(documents)
