"""The protocol as a PDF for sending: header data with chair and minute-taker, who attended,
every TOP with discussion, decisions and tasks, the decisions at a glance, the task list and a
signature block; the same content as the Word protocol."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.documents.meeting import MeetingDocument
from app.exports.files import check_suffix
from app.exports.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    PageFooter,
    markup,
    pdf_facts,
    register_fonts,
    write_pdf,
)


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=20, leading=24,
                                textColor=ACCENT, spaceAfter=4),
        "h1": ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=13, leading=17,
                             textColor=ACCENT, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=11, leading=14,
                             textColor=ACCENT, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5,
                               spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5),
        "label": ParagraphStyle("label", fontName=FONT_BOLD, fontSize=8.5, leading=10.5,
                                textColor=colors.HexColor("#595959")),
    }


def write_protocol_pdf(document: MeetingDocument, out: Path, *,
                       reproducible: bool = False) -> Path:
    """Args:
        reproducible: the same document gives the same bytes (no creation time, a fixed
            document id), as the website needs for uploads that carry only changes.
    """
    check_suffix(out, (".pdf",))
    register_fonts()
    meeting = document.meeting
    styles = _styles()

    def build(stream: BinaryIO, footer: PageFooter) -> None:
        SimpleDocTemplate(stream, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm,
                          **pdf_facts(f"Protokoll – {meeting.title}", document.sender.name,
                                      f"{meeting.title}, {meeting.date}"),
                          invariant=1 if reproducible else None,
                          ).build(_story(document, styles), onFirstPage=footer,
                                  onLaterPages=footer)

    footer = PageFooter(f"{document.sender.name} · Protokoll · {meeting.title} · "
                        f"{meeting.date}", margin=2.2 * cm, baseline=1.2 * cm)
    return write_pdf(out, build, footer)


def _story(document: MeetingDocument, styles: dict[str, ParagraphStyle]) -> list[Any]:
    meeting, protocol = document.meeting, document.protocol
    facts = [("Datum", f"{meeting.weekday}, {meeting.date}"),
             ("Uhrzeit", f"{meeting.start} – {meeting.end} Uhr"), ("Ort", meeting.place),
             ("Sitzungsleitung", protocol.chair or "—"), ("Protokoll", protocol.author or "—")]
    story: list[Any] = [
        Paragraph("Protokoll", styles["title"]),
        Paragraph(markup(meeting.title), styles["h1"]),
        _table([[Paragraph(label, styles["label"]), Paragraph(markup(value), styles["cell"])]
                for label, value in facts], [3.6, 13.0], header=False),
        Paragraph("Anwesend", styles["h2"]),
    ]
    if document.attendees:
        story.append(_table(
            [[Paragraph("Name", styles["label"]), Paragraph("Organisation", styles["label"])]]
            + [[Paragraph(markup(person.name), styles["cell"]),
                Paragraph(markup(person.organisation), styles["cell"])]
               for person in document.attendees], [6.0, 10.6], header=True))
    elif not document.unnamed_attendees:
        story.append(Paragraph("Keine Anwesenheit erfasst.", styles["body"]))
    if document.unnamed_attendees:
        story.append(Paragraph(
            f"{'Weitere ' if document.attendees else ''}{document.unnamed_attendees} "
            "Teilnehmende ohne Einwilligung zur Veröffentlichung werden nicht namentlich "
            "genannt.", styles["body"]))
    if document.excused:
        story.append(Paragraph("<b>Entschuldigt:</b> " + markup(
            ", ".join(person.name for person in document.excused)), styles["body"]))
    for top in protocol.tops:
        story.append(Paragraph(markup(f"TOP {top.number}: {top.title}"), styles["h2"]))
        story += [Paragraph(markup(paragraph), styles["body"]) for paragraph in top.paragraphs]
        story += [Paragraph(f"<b>Beschluss:</b> {markup(decision)}", styles["body"])
                  for decision in top.decisions]
        story += [Paragraph(f"<b>Aufgabe {task.number}:</b> {markup(task.description)}"
                            + (f" – {markup(task.responsible)}" if task.responsible else "")
                            + (f", fällig {markup(task.due)}" if task.due else ""),
                            styles["body"]) for task in top.tasks]
    if protocol.decisions:
        story.append(Paragraph("Beschlüsse auf einen Blick", styles["h2"]))
        items: list[Any] = [ListItem(Paragraph(markup(text), styles["body"]))
                            for text in protocol.decisions]
        story.append(ListFlowable(items, bulletType="1", bulletFontName=FONT,
                                  bulletFontSize=9.5))
    if protocol.tasks:
        story.append(Paragraph("Aufgaben", styles["h2"]))
        story.append(_table(
            [[Paragraph(text, styles["label"]) for text in
              ("Nr.", "Aufgabe", "Verantwortlich", "Fällig", "Stand")]]
            + [[Paragraph(markup(value), styles["cell"]) for value in
                (str(task.number), task.description, task.responsible, task.due, task.done)]
               for task in protocol.tasks], [1.3, 7.0, 4.0, 2.3, 2.0], header=True))
    story.append(_signatures(document, styles))
    return story


def _signatures(document: MeetingDocument, styles: dict[str, ParagraphStyle]) -> Any:
    place = document.meeting.location or document.meeting.place
    cells: list[list[Any]] = [
             [Paragraph(markup(f"{place}, den ____________"), styles["cell"])] * 2,
             [Spacer(1, 1.2 * cm)] * 2,
             [Paragraph("______________________________", styles["cell"])] * 2,
             [Paragraph(f"<b>Sitzungsleitung:</b> {markup(document.protocol.chair)}",
                        styles["cell"]),
              Paragraph(f"<b>Protokollführung:</b> {markup(document.protocol.author)}",
                        styles["cell"])]]
    return KeepTogether([Spacer(1, 0.8 * cm), Table(cells, colWidths=[8.3 * cm, 8.3 * cm])])


def _table(rows: list[list[Any]], widths: list[float], *, header: bool) -> Table:
    table = Table(rows, colWidths=[width * cm for width in widths],
                  repeatRows=1 if header else 0)
    style: list[Any] = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8C8C8C")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6EC")))
    table.setStyle(TableStyle(style))
    return table
