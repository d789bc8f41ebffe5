"""Personal invitation letters: one Word file with a letter per invitee, each on its own page,
laid out after DIN 5008 (form B): the sender's return line and the address block at 45 mm
from the top edge, the date on the right, a bold subject, the personal salutation, the meeting's
facts and agenda, the reply-by date and the closing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from app.domain.documents.meeting import Addressee, MeetingDocument
from app.exports.docx_office import DocumentFacts, make_office_grade
from app.exports.files import check_suffix, write_document

GREY = RGBColor(0x59, 0x59, 0x59)


def write_letters_docx(document: MeetingDocument, addressees: Sequence[Addressee], out: Path,
                       *, created: datetime) -> Path:
    check_suffix(out, (".docx",))
    word = Document()
    _page(word)
    for number, addressee in enumerate(addressees):
        _letter(word, document, addressee, first=number == 0)
    make_office_grade(word, DocumentFacts(
        title=f"Einladungsbriefe – {document.meeting.title}", author=document.sender.name,
        created=created, subject=f"{document.meeting.title}, {document.meeting.date}"))
    return write_document(out, word.save)


def _page(word: DocxDocument) -> None:
    section = word.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2.7), Cm(2)
    normal = word.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)


def _letter(word: DocxDocument, document: MeetingDocument, addressee: Addressee, *,
            first: bool) -> None:
    meeting = document.meeting
    sender = word.add_paragraph()
    if not first:
        sender.paragraph_format.page_break_before = True
    sender.paragraph_format.space_before = Pt(50)
    run = sender.add_run(f"{document.sender.name} · {document.sender.email}")
    run.font.size, run.font.color.rgb, run.underline = Pt(7), GREY, True
    for address_line in addressee.address or ("",):
        word.add_paragraph(address_line)
    for _blank in range(max(0, 6 - len(addressee.address))):
        word.add_paragraph()
    date_line = word.add_paragraph(document.today)
    date_line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    date_line.paragraph_format.space_before = Pt(24)
    subject = word.add_paragraph()
    subject.paragraph_format.space_before = Pt(18)
    subject.paragraph_format.space_after = Pt(14)
    subject.add_run(f"Einladung: {meeting.title} am {meeting.date}").bold = True
    _text(word, addressee.salutation)
    _text(word, f"hiermit laden wir Sie herzlich zu unserer Sitzung „{meeting.title}“ ein.")
    for label, value in (("Datum", f"{meeting.weekday}, {meeting.date}"),
                         ("Uhrzeit", f"{meeting.start} – {meeting.end} Uhr"),
                         ("Ort", meeting.place), ("Online-Zugang", meeting.online_link)):
        if value:
            fact = word.add_paragraph()
            fact.paragraph_format.left_indent = Cm(0.5)
            fact.add_run(f"{label}: ").bold = True
            fact.add_run(value)
    if document.agenda:
        _text(word, "Tagesordnung:", before=10)
        for item in document.agenda:
            line = word.add_paragraph(f"TOP {item.number}: {item.title}"
                                      + (f" ({item.presenter})" if item.presenter else ""))
            line.paragraph_format.left_indent = Cm(0.5)
    reply = (f"Bitte geben Sie uns bis zum {meeting.rsvp_by} Bescheid, ob Sie teilnehmen "
             "können." if meeting.rsvp_by
             else "Bitte geben Sie uns kurz Bescheid, ob Sie teilnehmen können.")
    _text(word, reply, before=10)
    _text(word, "Mit freundlichen Grüßen", before=10)
    _text(word, document.sender.name, before=24)


def _text(word: DocxDocument, text: str, *, before: float = 0) -> None:
    paragraph = word.add_paragraph(text)
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.space_after = Pt(6)
