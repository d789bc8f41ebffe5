"""The printed guides as Word files to edit further: the same content as the PDF booklets, a
filled table of contents, pictures with alt text and their credits beneath, each case on a new
page, and an index whose page numbers are fields Word fills."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from app.domain.documents.catalogue import CatalogueCase, Guide
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
from app.exports.guide_text import (
    PROGRAMME_INDEX,
    TOWN_INDEX,
    case_facts,
    case_sections,
    introduction,
    programme_groups,
    programme_rows,
)

PICTURE_WIDTH = Cm(8)


def write_guide_docx(guide: Guide, out: Path) -> Path:
    check_suffix(out, (".docx",))
    document = Document()
    page_setup(document, guide.title)
    document.add_paragraph(guide.title, style="Title")
    document.add_paragraph(guide.subtitle)
    document.add_paragraph(f"{guide.sender} · Stand: {guide.created:%d.%m.%Y}")
    document.add_paragraph(introduction(guide))
    _page_break(document)
    contents_title = document.add_paragraph().add_run("Inhalt")
    contents_title.bold, contents_title.font.size = True, Pt(14)
    contents_title.font.color.rgb = ACCENT
    toc = document.add_paragraph()
    _page_break(document)
    contents: Contents = []
    pictures: list[str] = []
    anchors: dict[str, list[str]] = {}
    if guide.kind == "praxis":
        _cases(document, guide, contents, pictures, anchors)
        terms = [town for town, _cases in guide.catalogue.towns()]
        _index(document, TOWN_INDEX, terms, anchors, contents)
    else:
        _programmes(document, guide, contents, anchors)
        names = sorted((p.name for p in guide.catalogue.programmes), key=str.casefold)
        _index(document, PROGRAMME_INDEX, names, anchors, contents)
    filled_contents(toc, contents)
    describe_pictures(document, pictures)
    make_office_grade(document, DocumentFacts(
        title=guide.title, author=guide.sender, created=datetime.now().replace(microsecond=0),
        subject=guide.subtitle))
    return write_document(out, document.save)


def _page_break(document: DocxDocument) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _cases(document: DocxDocument, guide: Guide, contents: Contents, pictures: list[str],
           anchors: dict[str, list[str]]) -> None:
    if not guide.catalogue.cases:
        add_heading(document, "Praxisbeispiele", 1, contents)
        document.add_paragraph("Es sind noch keine Praxisbeispiele veröffentlicht.")
        return
    for group in guide.catalogue.topics():
        for number, case in enumerate(group.cases):
            if number == 0:
                add_heading(document, group.label, 1, contents)
            heading = add_heading(document, case.title, 2, contents)
            anchors.setdefault(case.town, []).append(contents[-1][2])
            _keep_on_new_page(heading, first_of_topic=number == 0)
            _case(document, case, pictures)


def _keep_on_new_page(heading: Paragraph, *, first_of_topic: bool) -> None:
    """Each case starts a page (the topic heading before the first one starts it instead)."""
    heading.paragraph_format.page_break_before = not first_of_topic
    if first_of_topic:
        previous = heading._p.getprevious()
        if previous is not None:
            Paragraph(previous, heading._parent).paragraph_format.page_break_before = True


def _case(document: DocxDocument, case: CatalogueCase, pictures: list[str]) -> None:
    facts = document.add_paragraph().add_run(case_facts(case))
    facts.italic = True
    for label, text in case_sections(case):
        document.add_paragraph().add_run(label).bold = True
        document.add_paragraph(text)
    for picture in case.pictures:
        document.add_picture(io.BytesIO(picture.content), width=PICTURE_WIDTH)
        pictures.append(f"Bild: {picture.caption or case.title}")
        caption = document.add_paragraph()
        if picture.caption:
            caption.add_run(picture.caption + "\n").font.size = Pt(8)
        credit = caption.add_run(picture.credit_line)
        credit.italic, credit.font.size = True, Pt(8)


def _programmes(document: DocxDocument, guide: Guide, contents: Contents,
                anchors: dict[str, list[str]]) -> None:
    if not guide.catalogue.programmes:
        add_heading(document, "Förderprogramme", 1, contents)
        document.add_paragraph("Es sind keine laufenden Förderprogramme veröffentlicht.")
        return
    for funder, programmes in programme_groups(guide):
        add_heading(document, funder, 1, contents)
        for programme in programmes:
            add_heading(document, programme.name, 2, contents)
            anchors.setdefault(programme.name, []).append(contents[-1][2])
            rows = programme_rows(programme)
            table = document.add_table(rows=len(rows), cols=2)
            table.style = document.styles["Table Grid"]
            for row, (label, text) in zip(table.rows, rows, strict=True):
                row.cells[0].width, row.cells[1].width = Cm(4.5), Cm(12.5)
                row.cells[0].paragraphs[0].add_run(label).bold = True
                row.cells[1].paragraphs[0].add_run(text)


def _index(document: DocxDocument, title: str, terms: list[str],
           anchors: dict[str, list[str]], contents: Contents) -> None:
    """Each term with the pages of its entries, as PAGEREF fields Word fills on printing."""
    heading = add_heading(document, title, 1, contents)
    heading.paragraph_format.page_break_before = True
    for term in terms:
        paragraph = document.add_paragraph(f"{term} … ")
        for number, bookmark in enumerate(anchors.get(term, [])):
            if number:
                paragraph.add_run(", ")
            paragraph._p.append(parse_xml(
                f'<w:fldSimple {nsdecls("w")} w:instr=" PAGEREF {bookmark} \\h ">'
                '<w:r><w:t>–</w:t></w:r></w:fldSimple>'))
