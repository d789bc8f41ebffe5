"""Printable PDF lists of a meeting: invitation list and attendance list with signature column.

Landscape A4, the table header repeated on every page, "Seite x von y" in the footer, and the
Bitstream Vera fonts that ship with reportlab, so umlauts are embedded and print correctly.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.domain.documents.meeting import MeetingDocument, PersonLine
from app.domain.enums import InvitationResponse
from app.exports.files import check_suffix, write_atomically

FONT = "Vera"
FONT_BOLD = "Vera-Bold"
ACCENT = colors.HexColor("#1F5C7A")
_registered = False


def register_fonts() -> None:
    global _registered  # noqa: PLW0603 - registering a font is process-wide in reportlab anyway
    if not _registered:
        pdfmetrics.registerFont(TTFont(FONT, "Vera.ttf"))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, "VeraBd.ttf"))
        _registered = True


class _NumberedCanvas(Canvas):
    """Defers each page so the footer can say "Seite x von y" once the total is known."""

    footer_text = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _ = self._pagesize
        self.setFont(FONT, 8)
        self.setFillColor(colors.grey)
        self.drawString(1.5 * cm, 1.0 * cm, self.footer_text)
        self.drawRightString(width - 1.5 * cm, 1.0 * cm,
                             f"Seite {self._pageNumber} von {total}")


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
    register_fonts()
    title_style, facts_style, cell_style = _styles()
    meeting = document.meeting
    place = f"{meeting.place}" + (f" · {meeting.online_link}" if meeting.online_link else "")
    story: list[Any] = [
        Paragraph(f"{heading}: {_escape(meeting.title)}", title_style),
        Paragraph(f"{meeting.weekday}, {meeting.date}, {meeting.start} – {meeting.end} Uhr · "
                  f"{_escape(place)}", facts_style),
        Spacer(1, 0.4 * cm),
    ]
    data: list[list[Any]] = [list(headers)]
    data += [[Paragraph(_escape(text), cell_style) for text in row] for row in rows]
    table = Table(data, colWidths=[w * cm for w in widths], repeatRows=1,
                  rowHeights=[None] + [row_height] * len(rows) if row_height else None)
    table.setStyle(_table_style())
    story.append(table)

    class Footer(_NumberedCanvas):
        footer_text = f"{document.sender.name} · {heading} · {meeting.title} · {meeting.date}"

    def write(target: Path) -> None:
        SimpleDocTemplate(str(target), pagesize=landscape(A4), leftMargin=1.5 * cm,
                          rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=1.8 * cm,
                          title=f"{heading} {meeting.title}", author=document.sender.name,
                          ).build(story, canvasmaker=Footer)

    return write_atomically(out, write)


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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def export_attendance_list(document: MeetingDocument, out: Path) -> Path:
    """The list to sign at the meeting: everyone invited who has not declined, plus room."""
    declined = InvitationResponse.DECLINED.label
    persons = [p for p in document.invitees if p.response != declined]
    rows = [(str(number), person.name, person.organisation, "")
            for number, person in enumerate(persons, start=1)]
    rows += [(str(number), "", "", "") for number in range(len(rows) + 1, len(rows) + 6)]
    return _write(out, document, "Anwesenheitsliste", ("Nr.", "Name", "Organisation",
                                                        "Unterschrift"),
                  rows, (1.2, 7.5, 9.0, 9.0), row_height=0.95 * cm)


def export_invitation_list(document: MeetingDocument, out: Path) -> Path:
    """Everyone invited, with e-mail, response and attendance."""
    rows = [_invitation_row(number, person)
            for number, person in enumerate(document.invitees, start=1)]
    return _write(out, document, "Einladungsliste",
                  ("Nr.", "Name", "Organisation", "E-Mail", "Rückmeldung", "Teilgenommen"),
                  rows, (1.2, 6.0, 7.5, 6.5, 2.8, 2.7), row_height=None)


def _invitation_row(number: int, person: PersonLine) -> tuple[str, ...]:
    return (str(number), person.name, person.organisation, person.email, person.response,
            person.attended)
