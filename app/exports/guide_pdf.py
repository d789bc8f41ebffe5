"""The printed guides as PDF booklets: title page, contents with page numbers, the cases by
topic (each on its own page, with its pictures and their credits) or the programmes by funder,
and an index (towns, or programmes) whose page numbers come from the layout itself."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.documents.catalogue import CatalogueCase, CataloguePicture, Guide
from app.exports.files import check_suffix
from app.exports.guide_text import (
    PROGRAMME_INDEX,
    TOWN_INDEX,
    case_facts,
    case_sections,
    introduction,
    programme_groups,
    programme_rows,
)
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

PICTURE_WIDTH = 8.0 * cm
PICTURE_HEIGHT = 6.0 * cm


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=26, leading=32,
                                textColor=ACCENT, spaceAfter=14),
        "subtitle": ParagraphStyle("subtitle", fontName=FONT, fontSize=13, leading=18,
                                   spaceAfter=24),
        "h1": ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=16, leading=20,
                             textColor=ACCENT, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=13, leading=17,
                             textColor=ACCENT, spaceBefore=6, spaceAfter=4, keepWithNext=1),
        "label": ParagraphStyle("label", fontName=FONT_BOLD, fontSize=9.5, leading=12,
                                spaceBefore=4, keepWithNext=1),
        "facts": ParagraphStyle("facts", fontName=FONT, fontSize=9, leading=12,
                                textColor=colors.HexColor("#4A4A4A"), spaceAfter=6),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, spaceAfter=3),
        "caption": ParagraphStyle("caption", fontName=FONT, fontSize=7.5, leading=9.5),
        "contents": ParagraphStyle("contents", fontName=FONT_BOLD, fontSize=16, leading=20,
                                   textColor=ACCENT, spaceAfter=8),
        "toc1": ParagraphStyle("toc1", fontName=FONT_BOLD, fontSize=10.5, leading=16),
        "toc2": ParagraphStyle("toc2", fontName=FONT, fontSize=9.5, leading=13,
                               leftIndent=14),
        "index": ParagraphStyle("index", fontName=FONT, fontSize=9.5, leading=13),
    }


def _text(value: str) -> str:
    return markup(value).replace("\n", "<br/>")


def _indexed(text: str, style: ParagraphStyle, terms: tuple[str, ...]) -> Paragraph:
    paragraph = Paragraph(markup(text), style)
    paragraph.index_terms = terms  # type: ignore[attr-defined]
    return paragraph


def guide_story(guide: Guide, index_pages: dict[str, list[int]]) -> list[Any]:
    """The flowables of a guide; ``index_pages`` are the pages an earlier layout found."""
    s = _styles()
    story: list[Any] = [
        Spacer(1, 5 * cm), Paragraph(markup(guide.title), s["title"]),
        Paragraph(markup(guide.subtitle), s["subtitle"]),
        Paragraph(f"{markup(guide.sender)}<br/>Stand: {guide.created:%d.%m.%Y}", s["body"]),
        Spacer(1, 1 * cm), Paragraph(markup(introduction(guide)), s["body"]),
        PageBreak(), Paragraph("Inhalt", s["contents"]),
        contents_table([s["toc1"], s["toc2"]]), PageBreak()]
    if guide.kind == "praxis":
        story += _cases(guide, s)
        terms = [town for town, _cases in guide.catalogue.towns()]
        story += _index(TOWN_INDEX, terms, index_pages, s)
    else:
        story += _programmes(guide, s)
        names = sorted((p.name for p in guide.catalogue.programmes), key=str.casefold)
        story += _index(PROGRAMME_INDEX, names, index_pages, s)
    return story


def _cases(guide: Guide, s: dict[str, ParagraphStyle]) -> list[Any]:
    story: list[Any] = []
    if not guide.catalogue.cases:
        return [Paragraph("Praxisbeispiele", s["h1"]), Paragraph(
            "Es sind noch keine Praxisbeispiele veröffentlicht.", s["body"]), PageBreak()]
    for group in guide.catalogue.topics():
        for number, case in enumerate(group.cases):
            if number == 0:
                story.append(Paragraph(markup(group.label), s["h1"]))
            story += _case(case, s)
            story.append(PageBreak())
    return story


def _case(case: CatalogueCase, s: dict[str, ParagraphStyle]) -> list[Any]:
    part: list[Any] = [_indexed(case.title, s["h2"], (case.town,)),
                       Paragraph(markup(case_facts(case)), s["facts"])]
    for heading, text in case_sections(case):
        part += [Paragraph(markup(heading), s["label"]), Paragraph(_text(text), s["body"])]
    if case.pictures:
        part += [Spacer(1, 0.3 * cm), _pictures(case.pictures, s)]
    return part


def _pictures(pictures: tuple[CataloguePicture, ...], s: dict[str, ParagraphStyle]) -> Table:
    """The pictures two by two, each with its caption and credit beneath."""
    cells = [[_picture(picture), Paragraph(
        "<br/>".join(part for part in (markup(picture.caption),
                                       f"<i>{markup(picture.credit_line)}</i>") if part),
        s["caption"])] for picture in pictures]
    rows = [cells[start:start + 2] for start in range(0, len(cells), 2)]
    data = [[cell for cell in row] + [""] * (2 - len(row)) for row in rows]
    table = Table(data, colWidths=[PICTURE_WIDTH + 0.4 * cm] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _picture(picture: CataloguePicture) -> Image:
    width, height = ImageReader(io.BytesIO(picture.content)).getSize()
    scale = min(PICTURE_WIDTH / width, PICTURE_HEIGHT / height)
    return Image(io.BytesIO(picture.content), width=width * scale, height=height * scale)


def _programmes(guide: Guide, s: dict[str, ParagraphStyle]) -> list[Any]:
    if not guide.catalogue.programmes:
        return [Paragraph("Förderprogramme", s["h1"]), Paragraph(
            "Es sind keine laufenden Förderprogramme veröffentlicht.", s["body"]), PageBreak()]
    story: list[Any] = []
    for funder, programmes in programme_groups(guide):
        story.append(Paragraph(markup(funder), s["h1"]))
        for programme in programmes:
            rows = [[Paragraph(markup(label), s["label"]), Paragraph(_text(text), s["body"])]
                    for label, text in programme_rows(programme)]
            table = Table(rows, colWidths=[4.2 * cm, 12.8 * cm])
            table.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#C8D3DA")),
                ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
            story += [KeepTogether([_indexed(programme.name, s["h2"], (programme.name,)),
                                    table]), Spacer(1, 0.4 * cm)]
    story.append(PageBreak())
    return story


def _index(title: str, terms: list[str], index_pages: dict[str, list[int]],
           s: dict[str, ParagraphStyle]) -> list[Any]:
    """The index: each term with the pages the previous layout placed it on."""
    lines = [Paragraph(f"{markup(term)} … {', '.join(map(str, index_pages.get(term, [])))}",
                       s["index"]) for term in terms]
    return [Paragraph(title, s["h1"]), *lines]


def write_guide_pdf(guide: Guide, out: Path) -> Path:
    check_suffix(out, (".pdf",))
    register_fonts()
    found: dict[str, list[int]] = {}

    def build(stream: BinaryIO, footer: PageFooter) -> None:
        document = ContentsTemplate(
            stream, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
            bottomMargin=2 * cm, **pdf_facts(guide.title, guide.sender, guide.subtitle))
        frame = Frame(document.leftMargin, document.bottomMargin, document.width,
                      document.height, id="body")
        document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer)])
        document.multiBuild(guide_story(guide, dict(found)))
        found.clear()
        found.update(document.index_pages)

    footer = PageFooter(guide.title, margin=2 * cm, baseline=1.2 * cm, skip_first_page=True)
    return write_pdf(out, build, footer)
