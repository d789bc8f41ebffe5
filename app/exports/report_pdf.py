"""The status report as PDF: title page, contents, summary, quotas, charts, meetings, AGs,
PR work and open tasks; page numbers, repeated table headers and embedded fonts."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.documents.report import ReportData
from app.domain.enums import MeetingKind
from app.exports.files import check_suffix
from app.exports.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    ContentsTemplate,
    PageFooter,
    contents_table,
    markup,
    pdf_facts,
    register_fonts,
    write_pdf,
)
from app.exports.report_charts import drawing, hours_chart, meetings_chart
from app.exports.report_text import REPORT_SECTIONS, knowledge_line, summary_lines

CELL_PADDING = 4


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=24, leading=30,
                                textColor=ACCENT, spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=15, leading=19,
                             textColor=ACCENT, spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=11.5, leading=15,
                             textColor=ACCENT, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5,
                               spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10),
        "contents": ParagraphStyle("contents", fontName=FONT_BOLD, fontSize=15, leading=19,
                                   textColor=ACCENT, spaceAfter=6),
        "toc1": ParagraphStyle("toc1", fontName=FONT, fontSize=10.5, leading=16),
        "toc2": ParagraphStyle("toc2", fontName=FONT, fontSize=9.5, leading=13,
                               leftIndent=14),
    }


def _table(rows: list[list[str]], widths: list[float], styles: dict[str, ParagraphStyle],
           ) -> Table:
    """A table with a repeated header; only cells too wide for their column become paragraphs
    that wrap, because laying out a paragraph per cell dominates the time of long reports."""
    room = [w * cm - 2 * CELL_PADDING for w in widths]
    cell = styles["cell"]
    data: list[list[str | Paragraph]] = [
        [Paragraph(f"<b>{markup(text)}</b>", cell) for text in rows[0]]]
    data += [[text if stringWidth(text, cell.fontName, cell.fontSize) <= space
              else Paragraph(markup(text), cell) for text, space in zip(row, room, strict=True)]
             for row in rows[1:]]
    table = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6EC")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9A9A9A")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F5F8FA")]),
    ]))
    return table


def report_story(data: ReportData, sender: str) -> list[Any]:
    styles = _styles()
    s = styles
    story: list[Any] = [
        Spacer(1, 5 * cm), Paragraph(markup(data.title), s["title"]),
        Paragraph(f"Berichtszeitraum {data.first:%d.%m.%Y} bis {data.last:%d.%m.%Y}", s["body"]),
        Paragraph(f"{markup(sender)} · erstellt am {data.created:%d.%m.%Y}", s["body"]),
        PageBreak(), Paragraph("Inhalt", s["contents"]),
        contents_table([s["toc1"], s["toc2"]]), PageBreak(),
        Paragraph(REPORT_SECTIONS[0], s["h1"]),
    ]
    story += [Paragraph(markup(line), s["body"]) for line in summary_lines(data)]
    story += [Paragraph(REPORT_SECTIONS[1], s["h1"]), _table(
        [["Kontingent", "genutzt", "erlaubt", "Anteil"]]
        + [[q.label, str(q.used), "—" if q.allowed is None else str(q.allowed),
            "" if q.share is None else f"{q.share:.0%}".replace("%", " %")]
           for q in data.quotas], [8.5, 2.5, 2.5, 2.5], styles)]
    story.append(Paragraph(REPORT_SECTIONS[2], s["h1"]))
    for chart in (meetings_chart(data.meetings_per_month, [kind.label for kind in MeetingKind]),
                  hours_chart([(h.category, h.hours, h.budget) for h in data.hours])):
        story += ([drawing(chart), Spacer(1, 0.4 * cm)] if chart.has_data else
                  [Paragraph(f"{markup(chart.title)}: keine Daten im Zeitraum.", s["body"])])
    story += _meetings_part(data, styles) + _groups_part(data, styles)
    story += _pr_and_tasks_part(data, styles)
    story += _knowledge_part(data, styles)
    return story


def _meetings_part(data: ReportData, styles: dict[str, ParagraphStyle]) -> list[Any]:
    part: list[Any] = [Paragraph(REPORT_SECTIONS[3], styles["h1"])]
    if not data.meetings:
        return [*part, Paragraph("Im Zeitraum fanden keine Sitzungen statt.", styles["body"])]
    rows = [["Datum", "Art", "AG", "Titel", "Eingel.", "Teiln.", "Protokoll"]]
    rows += [[f"{m.day:%d.%m.%Y}", m.kind, m.group, m.title, str(m.invited), str(m.attended),
              m.protocol] for m in data.meetings]
    return [*part, _table(rows, [2.0, 3.5, 1.8, 5.0, 1.8, 1.4, 2.0], styles)]


def _groups_part(data: ReportData, styles: dict[str, ParagraphStyle]) -> list[Any]:
    part: list[Any] = [Paragraph(REPORT_SECTIONS[4], styles["h1"])]
    for group in data.groups:
        part.append(Paragraph(markup(group.name), styles["h2"]))
        if group.goals:
            part.append(_table([["Rubrik", "Ziel", "Fällig", "Stand"]]
                               + [list(goal) for goal in group.goals],
                               [4.2, 7.3, 2.2, 3.0], styles))
        part.append(Paragraph(f"<b>Stärken:</b> {markup(group.strengths or '—')}",
                              styles["body"]))
        part.append(Paragraph(f"<b>Schwächen:</b> {markup(group.weaknesses or '—')}",
                              styles["body"]))
        for project in group.projects:
            done = sum(1 for _t, _d, finished in project.milestones if finished)
            milestones = "; ".join(f"{title} ({due}{', erledigt' if finished else ''})"
                                   for title, due, finished in project.milestones)
            part.append(Paragraph(
                f"<b>Pilotprojekt {markup(project.name)}</b> – {markup(project.status)}"
                f"{', ' + markup(project.town) if project.town else ''}; Meilensteine "
                f"{done}/{len(project.milestones)}: {markup(milestones) or '—'}",
                styles["body"]))
    return part


def _pr_and_tasks_part(data: ReportData, styles: dict[str, ParagraphStyle]) -> list[Any]:
    part: list[Any] = [Paragraph(REPORT_SECTIONS[5], styles["h1"]), Paragraph(
        " · ".join(f"{name}: {count}" for name, count in data.pr_counts), styles["body"])]
    if data.pr_items:
        part.append(_table([["Datum", "Art", "Titel"]]
                           + [[f"{day:%d.%m.%Y}", kind, title]
                              for day, kind, title in data.pr_items], [2.2, 4.0, 10.5], styles))
    part.append(Paragraph(REPORT_SECTIONS[6], styles["h1"]))
    if not data.open_tasks:
        return [*part, Paragraph("Keine offenen Aufgaben.", styles["body"])]
    rows = [["AG", "Aufgabe", "Verantwortlich", "Fällig", "Sitzung"]]
    rows += [[t.group, t.text, t.who, f"{t.day:%d.%m.%Y}" if t.day else "", t.meeting]
             for t in data.open_tasks]
    return [*part, _table(rows, [1.8, 5.3, 3.2, 2.3, 4.1], styles)]


def _knowledge_part(data: ReportData, styles: dict[str, ParagraphStyle]) -> list[Any]:
    part: list[Any] = [Paragraph(REPORT_SECTIONS[7], styles["h1"]),
                       Paragraph(markup(knowledge_line(data)), styles["body"])]
    if data.cases_published:
        part.append(_table([["Veröffentlicht", "Praxisbeispiel", "Ort", "Thema"]]
                           + [[f"{day:%d.%m.%Y}", title, town, topic]
                              for day, title, town, topic in data.cases_published],
                           [2.6, 7.0, 3.2, 4.0], styles))
    if data.programmes_listed:
        part.append(Spacer(1, 0.3 * cm))
        part.append(_table([["Förderprogramm", "Fördergeber", "Laufzeit"]]
                           + [list(row) for row in data.programmes_listed],
                           [6.8, 5.0, 5.0], styles))
    return part


def write_report_pdf(data: ReportData, out: Path, *, sender: str) -> Path:
    check_suffix(out, (".pdf",))
    register_fonts()

    def build(stream: BinaryIO, footer: PageFooter) -> None:
        document = ContentsTemplate(
            stream, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
            bottomMargin=2 * cm, **pdf_facts(
                data.title, sender,
                f"Berichtszeitraum {data.first:%d.%m.%Y} bis {data.last:%d.%m.%Y}"))
        frame = Frame(document.leftMargin, document.bottomMargin, document.width,
                      document.height, id="body")
        document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer)])
        document.multiBuild(report_story(data, sender))

    footer = PageFooter(data.title, margin=2 * cm, baseline=1.2 * cm, skip_first_page=True)
    return write_pdf(out, build, footer)
