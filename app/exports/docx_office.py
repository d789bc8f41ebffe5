"""What makes a generated Word file one a German public office sends: German proofing language,
honest document properties (title, author, company, the export time), table header rows that
repeat on every page, alt text on pictures, and a table of contents that is already filled.

Every .docx the program writes passes ``make_office_grade`` last, so each export gets the same
treatment from one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

GERMAN = "de-DE"
_APP_PART = "/docProps/app.xml"


@dataclass(frozen=True)
class DocumentFacts:
    """What the document properties say: title, who sends it, when it was made."""

    title: str
    author: str
    created: datetime
    subject: str = ""


def make_office_grade(document: DocxDocument, facts: DocumentFacts, *,
                      keep_own_language: bool = False) -> None:
    """Language, properties and repeated header rows; ``keep_own_language`` for a user's own
    template, which keeps the language it sets (German where it sets none)."""
    set_language(document, force=not keep_own_language)
    set_properties(document, facts)
    for table in document.tables:
        repeat_header_row(table._tbl)


def set_language(document: DocxDocument, *, force: bool) -> None:
    """German proofing in the document defaults and every style that names a language."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
    language = run_defaults.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_defaults.append(language)
    elif not force and language.get(qn("w:val")):
        return
    language.set(qn("w:val"), GERMAN)
    language.set(qn("w:eastAsia"), GERMAN)
    for element in styles.iter(qn("w:lang")):
        if element is not language and element.get(qn("w:val")):
            element.set(qn("w:val"), GERMAN)


def _child(parent: Any, tag: str) -> Any:
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def set_properties(document: DocxDocument, facts: DocumentFacts) -> None:
    properties = document.core_properties
    properties.title = facts.title[:255]
    properties.subject = facts.subject[:255]
    properties.author = facts.author[:255]
    properties.last_modified_by = facts.author[:255]
    properties.comments = ""
    properties.keywords = ""
    properties.language = GERMAN
    moment = facts.created.astimezone(UTC)
    properties.created = moment
    properties.modified = moment
    properties.revision = 1
    _set_company(document, facts.author)


def _set_company(document: DocxDocument, company: str) -> None:
    """The company in docProps/app.xml (python-docx has no API for the extended properties)."""
    for part in document.part.package.iter_parts():
        if str(part.partname) != _APP_PART:
            continue
        xml = part.blob.decode("utf-8")
        value = f"<Company>{escape(company[:255])}</Company>"
        xml = re.sub(r"<Application>[^<]*</Application>",
                     "<Application>Bündnisbüro</Application>", xml)
        if "<Company" in xml:
            xml = re.sub(r"<Company\s*/>|<Company>[^<]*</Company>", value, xml)
        else:
            xml = xml.replace("</Properties>", f"{value}</Properties>")
        part._blob = xml.encode("utf-8")


def repeat_header_row(table: Any) -> None:
    """Mark a table's first row to repeat at the top of each page (once)."""
    rows = table.findall(qn("w:tr"))
    if not rows:
        return
    properties = rows[0].get_or_add_trPr()
    if properties.find(qn("w:tblHeader")) is None:
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        properties.append(header)


def describe_pictures(document: DocxDocument, descriptions: list[str]) -> None:
    """German alt text on the document's pictures, in their order."""
    pictures = list(document.element.body.iter(qn("wp:docPr")))
    for picture, description in zip(pictures, descriptions, strict=False):
        picture.set("descr", description)
        picture.set("title", description[:80])


def filled_contents(paragraph: Paragraph, headings: list[tuple[int, str, str]]) -> None:
    """A table of contents that shows its entries at once: a TOC field whose shown result is
    the headings (level, text, bookmark), each with a PAGEREF field Word fills when it
    prints or on F9; no "update fields?" question when the file opens."""
    body = paragraph._p.getparent()
    anchor = paragraph._p
    begin = _field_paragraph('TOC \\o "1-2" \\h \\z \\u')
    body.replace(anchor, begin)
    previous = begin
    for number, (level, text, bookmark) in enumerate(headings):
        entry = parse_xml(
            f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="TOC{level}"/>'
            f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>'
            f'<w:spacing w:after="60"/><w:ind w:left="{(level - 1) * 400}"/></w:pPr>'
            f'<w:hyperlink w:anchor="{bookmark}" w:history="1"><w:r><w:t xml:space="preserve">'
            f'{escape(text)}</w:t></w:r><w:r><w:tab/></w:r>'
            f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> PAGEREF {bookmark} \\h </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t></w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
            + ('<w:r><w:fldChar w:fldCharType="end"/></w:r>' if number == len(headings) - 1
               else "") + "</w:p>")
        previous.addnext(entry)
        previous = entry
    if not headings:
        previous.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/>'
                                  '</w:r>'))


def _field_paragraph(instruction: str) -> Any:
    return parse_xml(
        f'<w:p {nsdecls("w")}><w:r><w:fldChar w:fldCharType="begin" w:dirty="false"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>')


def bookmark_heading(paragraph: Paragraph, name: str, number: int) -> None:
    """Put a bookmark around a heading, for its entry in the table of contents."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


ACCENT = RGBColor(0x1F, 0x5C, 0x7A)

Contents = list[tuple[int, str, str]]
"""The headings for the table of contents: level, text, bookmark."""


def page_field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A simple Word field (``PAGE``) with the text shown until Word computes it."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def page_setup(document: DocxDocument, title: str) -> None:
    """A4 portrait, 2 cm margins, the house font and colour, a footer with title and page."""
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
    page_field(footer, "PAGE", "1")


def add_heading(document: DocxDocument, text: str, level: int, contents: Contents) -> Paragraph:
    """A heading with a bookmark, noted for the table of contents."""
    paragraph = document.add_paragraph(text, style=f"Heading {level}")
    bookmark = f"_Toc{len(contents) + 1:06d}"
    bookmark_heading(paragraph, bookmark, len(contents) + 1)
    contents.append((level, text, bookmark))
    return paragraph
