"""What leaves the application for a public event: confirmation and waiting-list mails (one
e-mail draft per registrant), name badges and the participant list."""

from __future__ import annotations

from pathlib import Path

from app.db.database import Database
from app.domain.enums import RegistrationStatus
from app.exports.files import ExportError
from app.services.meeting_exports import ExportSetup, load_document, safe_file_name
from app.services.registrations import RegistrationRow, list_registrations


def _with_a_place(rows: list[RegistrationRow]) -> list[RegistrationRow]:
    return [row for row in rows if row.status is RegistrationStatus.REGISTERED]


def write_registration_mails(db: Database, meeting_id: int, folder: Path,
                             setup: ExportSetup) -> list[Path]:
    """One .eml draft per registrant with an address: a confirmation, or the waiting place."""
    from app.exports import email_draft

    rows = [row for row in list_registrations(db, meeting_id)
            if row.email and row.status is not RegistrationStatus.CANCELLED]
    if not rows:
        raise ExportError("Keine Anmeldung mit E-Mail-Adresse; es gibt nichts zu schreiben.")
    document = load_document(db, meeting_id, setup)
    written = []
    for row in rows:
        kind = "Warteliste" if row.waiting_place is not None else "Bestätigung"
        message = email_draft.registration_message(document, name=row.name, email=row.email,
                                                   waiting_place=row.waiting_place)
        target = folder / (safe_file_name(f"{kind} {row.name} {row.id}") + ".eml")
        written.append(email_draft.write_message(message, target))
    return written


def export_badges(db: Database, meeting_id: int, out: Path, setup: ExportSetup) -> Path:
    from app.exports.badges_pdf import write_badges

    rows = _with_a_place(list_registrations(db, meeting_id))
    if not rows:
        raise ExportError("Niemand ist angemeldet; es gibt keine Namensschilder zu drucken.")
    document = load_document(db, meeting_id, setup)
    return write_badges([(row.name, row.organisation) for row in rows], out,
                        event=f"{document.meeting.title} · {document.meeting.date}",
                        author=setup.sender.name)


def export_participant_list(db: Database, meeting_id: int, out: Path,
                            setup: ExportSetup) -> Path:
    from app.exports import pdf_lists

    rows = [row for row in list_registrations(db, meeting_id)
            if row.status is not RegistrationStatus.CANCELLED]
    if not rows:
        raise ExportError("Noch keine Anmeldungen; die Teilnehmerliste wäre leer.")
    waiting = {row.id: f"Warteliste {row.waiting_place}" for row in rows if row.waiting_place}
    return pdf_lists.export_participant_list(
        load_document(db, meeting_id, setup),
        [(row.name, row.organisation, waiting.get(row.id, row.status.label),
          "ja" if row.present else "") for row in rows], out)
