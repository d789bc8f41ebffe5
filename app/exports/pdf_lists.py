"""Printable PDF lists of a meeting: invitation list and attendance list with signature column.

Landscape A4, the table header repeated on every page, "Seite x von y" in the footer, and the
Bitstream Vera fonts that ship with reportlab, so umlauts are embedded and print correctly.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.domain.documents.meeting import MeetingDocument, PersonLine
from app.domain.enums import InvitationResponse
from app.exports.files import check_suffix
from app.exports.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    Build,
    PageFooter,
    count_pages,
    markup,
    pdf_facts,
    register_fonts,
    write_pdf,
)

BLANK_ROWS = 5
"""Empty rows for late-comers on the attendance list, as far as the last page has room."""
ATTENDANCE_ROW = 0.95 * cm


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    title = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=16, leading=20,
                           textColor=ACCENT, spaceAfter=4)
    facts = ParagraphStyle("facts", fontName=FONT, fontSize=10, leading=13)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11)
    return title, facts, cell


def _write(out: Path, document: MeetingDocument, heading: str, headers: Sequence[str],
           rows: Sequence[Sequence[str]], widths: Sequence[float], row_height: float | None,
           ) -> Path:
    check_suffix(out, (".pdf",))
    build, footer = _layout(document, heading, headers, rows, widths, row_height)
    return write_pdf(out, build, footer)


def _layout(document: MeetingDocument, heading: str, headers: Sequence[str],
            rows: Sequence[Sequence[str]], widths: Sequence[float], row_height: float | None,
            ) -> tuple[Build, PageFooter]:
    register_fonts()
    title_style, facts_style, cell_style = _styles()
    meeting = document.meeting
    place = f"{meeting.place}" + (f" · {meeting.online_link}" if meeting.online_link else "")

    def story() -> list[Any]:
        data: list[list[Any]] = [list(headers)]
        data += [[Paragraph(markup(text), cell_style) for text in row] for row in rows]
        table = Table(data, colWidths=[w * cm for w in widths], repeatRows=1,
                      rowHeights=[None] + [row_height] * len(rows) if row_height else None)
        table.setStyle(_table_style())
        return [
            Paragraph(f"{heading}: {markup(meeting.title)}", title_style),
            Paragraph(f"{meeting.weekday}, {meeting.date}, {meeting.start} – {meeting.end} "
                      f"Uhr · {markup(place)}", facts_style),
            Spacer(1, 0.4 * cm), table,
        ]

    footer = PageFooter(f"{document.sender.name} · {heading} · {meeting.title} · {meeting.date}")

    def build(stream: BinaryIO, page_footer: PageFooter) -> None:
        SimpleDocTemplate(stream, pagesize=landscape(A4), leftMargin=1.5 * cm,
                          rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=1.8 * cm,
                          **pdf_facts(f"{heading} – {meeting.title}", document.sender.name,
                                      f"{meeting.title}, {meeting.date}"),
                          ).build(story(), onFirstPage=page_footer,
                                  onLaterPages=page_footer)

    return build, footer


def _table_style() -> TableStyle:
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, 0), 9),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8C8C8C")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F6F8")]),
    ])


def export_attendance_list(document: MeetingDocument, out: Path) -> Path:
    """The list to sign at the meeting: everyone invited who has not declined, plus room."""
    declined = InvitationResponse.DECLINED.label
    persons = [p for p in document.invitees if p.response != declined]
    rows = [(str(number), person.name, person.organisation, "")
            for number, person in enumerate(persons, start=1)]
    headers = ("Nr.", "Name", "Organisation", "Unterschrift")
    widths = (1.2, 7.5, 9.0, 9.0)

    def pages(blank: int) -> int:
        with_room = rows + [(str(number), "", "", "")
                            for number in range(len(rows) + 1, len(rows) + blank + 1)]
        return count_pages(*_layout(document, "Anwesenheitsliste", headers, with_room, widths,
                                    ATTENDANCE_ROW))

    names_only = pages(0)
    blank = next((count for count in range(BLANK_ROWS, 0, -1) if pages(count) == names_only),
                 0)
    rows += [(str(number), "", "", "") for number in range(len(rows) + 1, len(rows) + blank + 1)]
    return _write(out, document, "Anwesenheitsliste", headers, rows, widths, ATTENDANCE_ROW)


def export_invitation_list(document: MeetingDocument, out: Path) -> Path:
    """Everyone invited, with e-mail, response and attendance."""
    rows = [_invitation_row(number, person)
            for number, person in enumerate(document.invitees, start=1)]
    return _write(out, document, "Einladungsliste",
                  ("Nr.", "Name", "Organisation", "E-Mail", "Rückmeldung", "Teilgenommen"),
                  rows, (1.2, 5.6, 7.0, 6.2, 3.0, 3.6), row_height=None)


def _invitation_row(number: int, person: PersonLine) -> tuple[str, ...]:
    return (str(number), person.name, person.organisation, person.email, person.response,
            person.attended)


def export_participant_list(document: MeetingDocument,
                            participants: Sequence[tuple[str, str, str, str]], out: Path) -> Path:
    """The registrations of an event: name, organisation, status, present."""
    rows = [(str(number), *participant) for number, participant in enumerate(participants,
                                                                              start=1)]
    return _write(out, document, "Teilnehmerliste",
                  ("Nr.", "Name", "Organisation", "Status", "Anwesend"), rows,
                  (1.2, 7.5, 9.5, 4.3, 3.0), row_height=None)
