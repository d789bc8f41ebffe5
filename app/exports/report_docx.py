"""The status report as a Word file to edit further: the same sections and figures as the PDF,
charts as images, a contents field Word fills in, repeated table headers, page numbers."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from app.domain.documents.report import ReportData
from app.domain.enums import MeetingKind
from app.exports.files import check_suffix, write_document
from app.exports.report_charts import hours_chart, meetings_chart, png
from app.exports.report_text import REPORT_SECTIONS, summary_lines

ACCENT = RGBColor(0x1F, 0x5C, 0x7A)


def _field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _table(document: DocxDocument, rows: list[list[str]], widths: list[float]) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = document.styles["Table Grid"]
    table.autofit = False
    for number, values in enumerate(rows):
        cells = table.add_row().cells
        for index, value in enumerate(values):
            cells[index].width = Cm(widths[index])
            run = cells[index].paragraphs[0].add_run(value)
            run.font.size = Pt(8)
            run.bold = number == 0
    for index, width in enumerate(widths):
        table.columns[index].width = Cm(width)
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header.append(repeat)


def _setup(document: DocxDocument, title: str) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10)
    for name in ("Title", "Heading 1", "Heading 2"):
        document.styles[name].font.color.rgb = ACCENT
    footer = section.footer.paragraphs[0]
    footer.add_run(f"{title} · Seite ").font.size = Pt(8)
    _field(footer, "PAGE", "1")


def write_report_docx(data: ReportData, out: Path, *, sender: str) -> Path:
    check_suffix(out, (".docx",))
    document = Document()
    _setup(document, data.title)
    document.add_paragraph(data.title, style="Title")
    document.add_paragraph(f"Berichtszeitraum {data.first:%d.%m.%Y} bis {data.last:%d.%m.%Y}")
    document.add_paragraph(f"{sender} · erstellt am {data.created:%d.%m.%Y}")
    document.add_paragraph("Inhalt", style="Heading 1")
    _field(document.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u',
           "Das Inhaltsverzeichnis aktualisiert Word beim Öffnen (sonst F9 drücken).")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph(REPORT_SECTIONS[0], style="Heading 1")
    for line in summary_lines(data):
        document.add_paragraph(line)
    document.add_paragraph(REPORT_SECTIONS[1], style="Heading 1")
    _table(document, [["Kontingent", "genutzt", "erlaubt", "Anteil"]]
           + [[q.label, str(q.used), "—" if q.allowed is None else str(q.allowed),
               "" if q.share is None else f"{q.share:.0%}".replace("%", " %")]
              for q in data.quotas], [9, 2.3, 2.3, 2.3])
    document.add_paragraph(REPORT_SECTIONS[2], style="Heading 1")
    for chart in (meetings_chart(data.meetings_per_month, [k.label for k in MeetingKind]),
                  hours_chart([(h.category, h.hours, h.budget) for h in data.hours])):
        if chart.has_data:
            document.add_picture(io.BytesIO(png(chart)), width=Cm(16))
        else:
            document.add_paragraph(f"{chart.title}: keine Daten im Zeitraum.")
    _meetings(document, data)
    _groups(document, data)
    _pr_and_tasks(document, data)
    return write_document(out, document.save)


def _meetings(document: DocxDocument, data: ReportData) -> None:
    document.add_paragraph(REPORT_SECTIONS[3], style="Heading 1")
    if not data.meetings:
        document.add_paragraph("Im Zeitraum fanden keine Sitzungen statt.")
        return
    _table(document, [["Datum", "Art", "AG", "Titel", "Eingeladen", "Teilgen.", "Protokoll"]]
           + [[f"{m.day:%d.%m.%Y}", m.kind, m.group, m.title, str(m.invited), str(m.attended),
               m.protocol] for m in data.meetings], [2.2, 2.8, 1.8, 5.2, 1.6, 1.5, 1.9])


def _groups(document: DocxDocument, data: ReportData) -> None:
    document.add_paragraph(REPORT_SECTIONS[4], style="Heading 1")
    for group in data.groups:
        document.add_paragraph(group.name, style="Heading 2")
        if group.goals:
            _table(document, [["Rubrik", "Ziel", "Fällig", "Stand"]]
                   + [list(goal) for goal in group.goals], [4, 7.5, 2.2, 3])
        document.add_paragraph(f"Stärken: {group.strengths or '—'}")
        document.add_paragraph(f"Schwächen: {group.weaknesses or '—'}")
        for project in group.projects:
            milestones = "; ".join(f"{title} ({due}{', erledigt' if done else ''})"
                                   for title, due, done in project.milestones)
            document.add_paragraph(f"Pilotprojekt {project.name} – {project.status}"
                                   f"{', ' + project.town if project.town else ''}; "
                                   f"Meilensteine: {milestones or '—'}")


def _pr_and_tasks(document: DocxDocument, data: ReportData) -> None:
    document.add_paragraph(REPORT_SECTIONS[5], style="Heading 1")
    document.add_paragraph(" · ".join(f"{name}: {count}" for name, count in data.pr_counts))
    if data.pr_items:
        _table(document, [["Datum", "Art", "Titel"]]
               + [[f"{day:%d.%m.%Y}", kind, title] for day, kind, title in data.pr_items],
               [2.2, 4, 10.8])
    document.add_paragraph(REPORT_SECTIONS[6], style="Heading 1")
    if not data.open_tasks:
        document.add_paragraph("Keine offenen Aufgaben.")
        return
    _table(document, [["AG", "Aufgabe", "Verantwortlich", "Fällig", "Sitzung"]]
           + [[t.group, t.text, t.who, f"{t.day:%d.%m.%Y}" if t.day else "", t.meeting]
              for t in data.open_tasks], [1.8, 5.5, 3.2, 2.2, 4.3])
