"""The Art. 15 access report as a readable PDF: the person's fields, then every table."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

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

TABLE_NAMES = {
    "memberships": "Mitgliedschaften in Arbeitsgruppen", "invitations": "Einladungen",
    "protocols": "Protokolle (als Verfasser/in)", "tasks": "Aufgaben",
    "poll_votes": "Terminabstimmungen", "distribution_list_members": "Verteiler",
}


def write_access_pdf(report: dict[str, Any], out: Path) -> Path:
    register_fonts()
    title = ParagraphStyle("t", fontName=FONT_BOLD, fontSize=15, leading=19, textColor=ACCENT)
    heading = ParagraphStyle("h", fontName=FONT_BOLD, fontSize=11, leading=14,
                             textColor=ACCENT, spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("b", fontName=FONT, fontSize=8.5, leading=10.5)

    def build(stream: BinaryIO, footer: PageFooter) -> None:
        SimpleDocTemplate(stream, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm,
                          **pdf_facts("Auskunft nach Art. 15 DSGVO", "Bündnisbüro",
                                      f"Person Nr. {report['person_id']}"),
                          ).build(_story(report, title, heading, body), onFirstPage=footer,
                                  onLaterPages=footer)

    footer = PageFooter(f"Auskunft nach Art. 15 DSGVO · Person Nr. {report['person_id']}",
                        margin=2 * cm, baseline=1.2 * cm)
    return write_pdf(out, build, footer)


def _story(report: dict[str, Any], title: ParagraphStyle, heading: ParagraphStyle,
           body: ParagraphStyle) -> list[Any]:
    story: list[Any] = [
        Paragraph("Auskunft nach Art. 15 DSGVO", title),
        Paragraph(f"Erstellt am {markup(report['erstellt_am'])} · Person Nr. "
                  f"{report['person_id']}", body), Spacer(1, 0.3 * cm),
        Paragraph("Gespeicherte Angaben", heading),
    ]
    person_rows = [[Paragraph(markup(key), body), Paragraph(markup(value), body)]
                   for key, value in report["person"].items()]
    person_rows.append([Paragraph("organisation", body),
                        Paragraph(markup(report["organisation"]), body)])
    story.append(_table(person_rows, [5 * cm, 12 * cm]))
    for name, rows in report["bezuege"].items():
        story.append(Paragraph(f"{markup(TABLE_NAMES.get(name, name))} ({len(rows)})",
                               heading))
        if rows:
            keys = list(rows[0].keys())
            data = [[Paragraph(markup(key), body) for key in keys]]
            data += [[Paragraph(markup(row[key]), body) for key in keys] for row in rows]
            story.append(_table(data, [17 * cm / len(keys)] * len(keys), header=True))
    story.append(Paragraph(f"Änderungsprotokoll ({len(report['aenderungsprotokoll'])})",
                           heading))
    for entry in report["aenderungsprotokoll"]:
        story.append(Paragraph(markup(f"{entry['am']} · {entry['von']} · {entry['aktion']} "
                                       f"{entry['felder']}"), body))
    return story


def _table(data: list[list[Any]], widths: list[float], header: bool = False) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style: list[Any] = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8C8C8C")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6EC")))
    table.setStyle(TableStyle(style))
    return table
