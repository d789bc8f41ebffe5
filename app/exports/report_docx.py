"""The status report as a Word file to edit further: the same sections and figures as the PDF,
charts as images with alt text, a table of contents already filled with its headings (page
numbers as fields Word fills on printing or F9), repeated table headers, page numbers."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from app.domain.documents.report import ReportData
from app.domain.enums import MeetingKind
from app.exports.docx_office import (
    ACCENT,
    Contents,
    DocumentFacts,
    add_heading,
    describe_pictures,
    filled_contents,
    make_office_grade,
    page_setup,
)
from app.exports.files import check_suffix, write_document
from app.exports.report_charts import hours_chart, meetings_chart, png
from app.exports.report_text import REPORT_SECTIONS, knowledge_line, summary_lines


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


def write_report_docx(data: ReportData, out: Path, *, sender: str) -> Path:
    check_suffix(out, (".docx",))
    document = Document()
    page_setup(document, data.title)
    document.add_paragraph(data.title, style="Title")
    document.add_paragraph(f"Berichtszeitraum {data.first:%d.%m.%Y} bis {data.last:%d.%m.%Y}")
    document.add_paragraph(f"{sender} · erstellt am {data.created:%d.%m.%Y}")
    contents_title = document.add_paragraph().add_run("Inhalt")
    contents_title.bold, contents_title.font.size = True, Pt(14)
    contents_title.font.color.rgb = ACCENT
    toc = document.add_paragraph()
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    contents: Contents = []
    add_heading(document, REPORT_SECTIONS[0], 1, contents)
    for line in summary_lines(data):
        document.add_paragraph(line)
    add_heading(document, REPORT_SECTIONS[1], 1, contents)
    _table(document, [["Kontingent", "genutzt", "erlaubt", "Anteil"]]
           + [[q.label, str(q.used), "—" if q.allowed is None else str(q.allowed),
               "" if q.share is None else f"{q.share:.0%}".replace("%", " %")]
              for q in data.quotas], [9, 2.3, 2.3, 2.3])
    add_heading(document, REPORT_SECTIONS[2], 1, contents)
    pictures: list[str] = []
    for chart in (meetings_chart(data.meetings_per_month, [k.label for k in MeetingKind]),
                  hours_chart([(h.category, h.hours, h.budget) for h in data.hours])):
        if chart.has_data:
            document.add_picture(io.BytesIO(png(chart)), width=Cm(16))
            pictures.append(f"Diagramm: {chart.title}")
        else:
            document.add_paragraph(f"{chart.title}: keine Daten im Zeitraum.")
    _meetings(document, data, contents)
    _groups(document, data, contents)
    _pr_and_tasks(document, data, contents)
    _knowledge(document, data, contents)
    filled_contents(toc, contents)
    describe_pictures(document, pictures)
    make_office_grade(document, DocumentFacts(
        title=data.title, author=sender, created=datetime.now().replace(microsecond=0),
        subject=f"Berichtszeitraum {data.first:%d.%m.%Y} bis {data.last:%d.%m.%Y}"))
    return write_document(out, document.save)


def _meetings(document: DocxDocument, data: ReportData, contents: Contents) -> None:
    add_heading(document, REPORT_SECTIONS[3], 1, contents)
    if not data.meetings:
        document.add_paragraph("Im Zeitraum fanden keine Sitzungen statt.")
        return
    _table(document, [["Datum", "Art", "AG", "Titel", "Eingeladen", "Teilgen.", "Protokoll"]]
           + [[f"{m.day:%d.%m.%Y}", m.kind, m.group, m.title, str(m.invited), str(m.attended),
               m.protocol] for m in data.meetings], [2.2, 2.6, 1.6, 4.7, 2.2, 1.8, 1.9])


def _groups(document: DocxDocument, data: ReportData, contents: Contents) -> None:
    add_heading(document, REPORT_SECTIONS[4], 1, contents)
    for group in data.groups:
        add_heading(document, group.name, 2, contents)
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


def _pr_and_tasks(document: DocxDocument, data: ReportData, contents: Contents) -> None:
    add_heading(document, REPORT_SECTIONS[5], 1, contents)
    document.add_paragraph(" · ".join(f"{name}: {count}" for name, count in data.pr_counts))
    if data.pr_items:
        _table(document, [["Datum", "Art", "Titel"]]
               + [[f"{day:%d.%m.%Y}", kind, title] for day, kind, title in data.pr_items],
               [2.2, 4, 10.8])
    add_heading(document, REPORT_SECTIONS[6], 1, contents)
    if not data.open_tasks:
        document.add_paragraph("Keine offenen Aufgaben.")
        return
    _table(document, [["AG", "Aufgabe", "Verantwortlich", "Fällig", "Sitzung"]]
           + [[t.group, t.text, t.who, f"{t.day:%d.%m.%Y}" if t.day else "", t.meeting]
              for t in data.open_tasks], [1.8, 5.5, 3.2, 2.2, 4.3])


def _knowledge(document: DocxDocument, data: ReportData, contents: Contents) -> None:
    add_heading(document, REPORT_SECTIONS[7], 1, contents)
    document.add_paragraph(knowledge_line(data))
    if data.cases_published:
        _table(document, [["Veröffentlicht", "Praxisbeispiel", "Ort", "Thema"]]
               + [[f"{day:%d.%m.%Y}", title, town, topic]
                  for day, title, town, topic in data.cases_published], [2.6, 7, 3.2, 4.2])
    if data.programmes_listed:
        _table(document, [["Förderprogramm", "Fördergeber", "Laufzeit"]]
               + [list(row) for row in data.programmes_listed], [7, 5, 5])
