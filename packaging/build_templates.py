"""Build the shipped Word templates in resources/templates/ (run once after changing this file).

The templates use docxtpl tags; every tag is one run, so Word and docxtpl agree on it.
Usage: python packaging/build_templates.py
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.exports.docx_office import DocumentFacts, make_office_grade  # noqa: E402

TARGET = ROOT / "resources" / "templates"
ACCENT = RGBColor(0x1F, 0x5C, 0x7A)
GREY = RGBColor(0x59, 0x59, 0x59)
FONT = "Calibri"


def new_document() -> DocxDocument:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin, section.bottom_margin = Cm(3.2), Cm(2.2)
    section.header_distance, section.footer_distance = Cm(1.0), Cm(1.0)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 20), ("Heading 1", 14), ("Heading 2", 12)):
        style = document.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = ACCENT
        style.font.bold = name != "Title"
        style.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(6)
    _letterhead(document)
    return document


def _letterhead(document: DocxDocument) -> None:
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title = header.add_run("Innenstädte mit Zukunft")
    title.bold = True
    title.font.size = Pt(12)
    title.font.color.rgb = ACCENT
    header.add_run("\n")
    sender = header.add_run("{{ sender.name }}")
    sender.font.size = Pt(9)
    sender.font.color.rgb = GREY
    _bottom_border(header)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in ("{{ sender.name }} · {{ sender.email }} · Seite ",):
        run = footer.add_run(text)
        run.font.size = Pt(8)
        run.font.color.rgb = GREY
    _page_field(footer)


def _bottom_border(paragraph: Paragraph) -> None:
    properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "4"),
                       ("w:color", "1F5C7A")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    properties.append(borders)


def _page_field(paragraph: Paragraph) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "16")
    properties.append(size)
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _shade(cell: _Cell, colour: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    properties.append(shading)


def facts_table(document: DocxDocument, rows: list[tuple[str, str]]) -> Table:
    table = document.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for caption, value in rows:
        cells = table.add_row().cells
        label = cells[0].paragraphs[0].add_run(caption)
        label.bold = True
        label.font.color.rgb = GREY
        cells[1].paragraphs[0].add_run(value)
    set_widths(table, [3.2, 13.2])
    built: Table = table
    return built


def set_widths(table: Table, widths: list[float]) -> None:
    """Fixed column widths on the grid and every cell, which Word and LibreOffice both honour."""
    table.autofit = False
    for index, width in enumerate(widths):
        table.columns[index].width = Cm(width)
    for row in table.rows:
        for index, cell in enumerate(row.cells):
            cell.width = Cm(widths[index])


def loop_table(document: DocxDocument, headers: list[str], loop: str,
               cells: list[str], widths: list[float]) -> Table:
    """A table with a header row and one row per item: ``{%tr for … %}`` … ``{%tr endfor %}``."""
    table = document.add_table(rows=1, cols=len(headers))
    table.style = document.styles["Table Grid"]
    for index, text in enumerate(headers):
        cell = table.rows[0].cells[index]
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(cell, "1F5C7A")
    _repeat_header(table)
    table.add_row().cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    row = table.add_row().cells
    for index, text in enumerate(cells):
        row[index].paragraphs[0].add_run(text)
    table.add_row().cells[0].paragraphs[0].add_run("{%tr endfor %}")
    set_widths(table, widths)
    built: Table = table
    return built


def _repeat_header(table: Table) -> None:
    properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def meeting_facts(document: DocxDocument) -> None:
    facts_table(document, [
        ("Datum", "{{ meeting.weekday }}, {{ meeting.date }}"),
        ("Uhrzeit", "{{ meeting.start }} – {{ meeting.end }} Uhr"),
        ("Format", "{{ meeting.format }}"),
        ("Ort", "{{ meeting.place }}"),
    ])
    document.add_paragraph("{%p if meeting.online_link %}")
    online = document.add_paragraph()
    online.add_run("Online-Zugang: ").bold = True
    online.add_run("{{ meeting.online_link }}")
    document.add_paragraph("{%p endif %}")


def agenda_table(document: DocxDocument) -> None:
    loop_table(document, ["TOP", "Thema", "Vortragende", "Dauer"], "item in agenda",
               ["{{ item.number }}", "{{ item.title }}", "{{ item.presenter }}",
                "{{ item.minutes }}"], [1.3, 9.0, 4.0, 2.1])
    total = document.add_paragraph()
    total.add_run("Geplante Dauer insgesamt: {{ agenda_total_minutes }} Minuten").italic = True


def build_invitation() -> DocxDocument:
    document = new_document()
    document.add_paragraph("{{ today }}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("Einladung", style="Title")
    document.add_paragraph("{{ meeting.title }}", style="Heading 1")
    document.add_paragraph("Sehr geehrte Damen und Herren, liebe Partnerinnen und Partner,")
    document.add_paragraph(
        "hiermit laden wir Sie herzlich zu unserer Sitzung „{{ meeting.title }}“ ein.")
    meeting_facts(document)
    document.add_paragraph("Tagesordnung", style="Heading 2")
    agenda_table(document)
    document.add_paragraph(
        "Bitte geben Sie uns{% if meeting.rsvp_by %} bis zum {{ meeting.rsvp_by }}"
        "{% else %} kurz{% endif %} Bescheid, ob Sie teilnehmen können. Die Unterlagen zur "
        "Sitzung senden wir Ihnen rechtzeitig zu.")
    document.add_paragraph("Mit freundlichen Grüßen")
    document.add_paragraph("{{ sender.name }}")
    return document


def build_agenda() -> DocxDocument:
    document = new_document()
    document.add_paragraph("Tagesordnung", style="Title")
    document.add_paragraph("{{ meeting.title }}", style="Heading 1")
    meeting_facts(document)
    agenda_table(document)
    return document


def build_protocol() -> DocxDocument:
    document = new_document()
    document.add_paragraph("Protokoll", style="Title")
    document.add_paragraph("{{ meeting.title }}", style="Heading 1")
    facts_table(document, [
        ("Datum", "{{ meeting.weekday }}, {{ meeting.date }}"),
        ("Uhrzeit", "{{ meeting.start }} – {{ meeting.end }} Uhr"),
        ("Ort", "{{ meeting.place }}"),
        ("Sitzungsleitung", "{{ protocol.chair }}"),
        ("Protokoll", "{{ protocol.author }}"),
    ])
    document.add_paragraph("Anwesend", style="Heading 2")
    loop_table(document, ["Name", "Organisation"], "person in attendees",
               ["{{ person.name }}", "{{ person.organisation }}"], [6.5, 9.9])
    document.add_paragraph("{%p if excused %}")
    excused = document.add_paragraph()
    excused.add_run("Entschuldigt: ").bold = True
    excused.add_run("{{ excused | map(attribute='name') | join(', ') }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p for top in protocol.tops %}")
    document.add_paragraph("TOP {{ top.number }}: {{ top.title }}", style="Heading 2")
    document.add_paragraph("{%p for paragraph in top.paragraphs %}")
    document.add_paragraph("{{ paragraph }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p for decision in top.decisions %}")
    decision = document.add_paragraph()
    decision.add_run("Beschluss: ").bold = True
    decision.add_run("{{ decision }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p for task in top.tasks %}")
    task = document.add_paragraph()
    task.add_run("Aufgabe {{ task.number }}: ").bold = True
    task.add_run("{{ task.description }}{% if task.responsible %} – {{ task.responsible }}"
                 "{% endif %}{% if task.due %}, fällig {{ task.due }}{% endif %}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p if protocol.decisions %}")
    document.add_paragraph("Beschlüsse auf einen Blick", style="Heading 2")
    document.add_paragraph("{%p for decision in protocol.decisions %}")
    document.add_paragraph("{{ decision }}", style="List Number")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("Aufgaben", style="Heading 2")
    loop_table(document, ["Nr.", "Aufgabe", "Verantwortlich", "Fällig", "Stand"],
               "task in protocol.tasks",
               ["{{ task.number }}", "{{ task.description }}", "{{ task.responsible }}",
                "{{ task.due }}", "{{ task.done }}"], [1.3, 6.3, 4.0, 2.7, 2.1])
    _signatures(document)
    return document


def _signatures(document: DocxDocument) -> None:
    """The block the protocol is signed off with: place and date, chair and minute-taker."""
    document.add_paragraph()
    table = document.add_table(rows=3, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for column, (role, name) in enumerate((("Sitzungsleitung", "{{ protocol.chair }}"),
                                           ("Protokollführung", "{{ protocol.author }}"))):
        table.rows[0].cells[column].paragraphs[0].add_run(
            "{{ meeting.location or meeting.place }}, den ____________")
        table.rows[1].cells[column].paragraphs[0].add_run("\n\n______________________________")
        label = table.rows[2].cells[column].paragraphs[0]
        label.add_run(f"{role}: ").bold = True
        label.add_run(name)
    set_widths(table, [8.2, 8.2])


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, title, build in (("einladung", "Einladung", build_invitation),
                               ("tagesordnung", "Tagesordnung", build_agenda),
                               ("protokoll", "Protokoll", build_protocol)):
        document = build()
        make_office_grade(document, DocumentFacts(
            title=f"{title} (Vorlage)", author="Bündnisbüro",
            created=datetime(2026, 11, 29, 12, 0)))
        document.save(str(TARGET / f"{name}.docx"))
        print(TARGET / f"{name}.docx")


if __name__ == "__main__":
    main()
