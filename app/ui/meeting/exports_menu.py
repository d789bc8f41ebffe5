"""The export choices of a meeting: what is written, its file filter and suggested name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.db.database import Database
from app.exports.templates import TemplateKind
from app.services import meeting_exports
from app.services.meeting_exports import ExportSetup

Exporter = Callable[[Database, int, Path, ExportSetup], Path]


def _word(kind: TemplateKind) -> Exporter:
    def export(db: Database, meeting_id: int, out: Path, setup: ExportSetup) -> Path:
        return meeting_exports.export_word(db, meeting_id, kind, out, setup)
    return export


def _sent_as_word(db: Database, meeting_id: int, out: Path, setup: ExportSetup) -> Path:
    return meeting_exports.send_protocol(db, meeting_id, out, setup, attach=".docx")


SENDS_PROTOCOL = frozenset({"protocol_eml", "protocol_eml_docx"})
"""Choices that record the protocol as sent."""


@dataclass(frozen=True)
class ExportChoice:
    key: str
    text: str
    file_filter: str
    name: str
    suffix: str
    run: Exporter


EXPORT_CHOICES: tuple[ExportChoice, ...] = (
    ExportChoice("invitation_docx", "Einladung (Word) …", "Word-Dokument (*.docx)", "Einladung",
                 ".docx", _word(TemplateKind.INVITATION)),
    ExportChoice("letters_docx", "Persönliche Einladungsbriefe (Word) …",
                 "Word-Dokument (*.docx)", "Einladungsbriefe", ".docx",
                 meeting_exports.export_letters),
    ExportChoice("invitation_eml", "Einladung als E-Mail-Entwurf für Outlook (.eml) …",
                 "E-Mail (*.eml)", "Einladung", ".eml", meeting_exports.export_invitation),
    ExportChoice("invitation_ics", "Kalendereintrag für Outlook (.ics) …",
                 "Kalender (*.ics)", "Termin", ".ics", meeting_exports.export_invitation),
    ExportChoice("agenda_docx", "Tagesordnung (Word) …", "Word-Dokument (*.docx)",
                 "Tagesordnung", ".docx", _word(TemplateKind.AGENDA)),
    ExportChoice("protocol_docx", "Protokoll (Word) …", "Word-Dokument (*.docx)", "Protokoll",
                 ".docx", _word(TemplateKind.PROTOCOL)),
    ExportChoice("protocol_pdf", "Protokoll zum Versand (PDF) …", "PDF (*.pdf)", "Protokoll",
                 ".pdf", meeting_exports.export_protocol),
    ExportChoice("protocol_eml", "Protokoll versenden: E-Mail-Entwurf mit PDF (.eml) …",
                 "E-Mail (*.eml)", "Protokoll", ".eml", meeting_exports.send_protocol),
    ExportChoice("protocol_eml_docx", "Protokoll versenden: E-Mail-Entwurf mit Word (.eml) …",
                 "E-Mail (*.eml)", "Protokoll", ".eml", _sent_as_word),
    ExportChoice("poll_eml", "Terminabstimmung als E-Mail-Entwurf (.eml) …", "E-Mail (*.eml)",
                 "Terminabstimmung", ".eml", meeting_exports.export_poll),
    ExportChoice("presentation_pptx", "Sitzungspräsentation (PowerPoint) …",
                 "PowerPoint-Präsentation (*.pptx)", "Sitzungspräsentation", ".pptx",
                 meeting_exports.export_presentation),
    ExportChoice("invitation_list_pdf", "Einladungsliste (PDF) …", "PDF (*.pdf)",
                 "Einladungsliste", ".pdf", meeting_exports.export_invitation_list),
    ExportChoice("attendance_pdf", "Anwesenheitsliste mit Unterschriften (PDF) …", "PDF (*.pdf)",
                 "Anwesenheitsliste", ".pdf", meeting_exports.export_attendance_list),
)


def suggested_name(choice: ExportChoice, title: str, day: str) -> str:
    return meeting_exports.safe_file_name(f"{choice.name} {title} {day}") + choice.suffix
