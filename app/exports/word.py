"""Word documents of a meeting rendered from docxtpl templates (shipped, the office's own from
the database, or one in the user's template folder).

Templates are rendered in Jinja's sandbox with autoescaping (else "Schmidt & Söhne <KG>"
silently loses text) and strict undefined names, so a mistyped tag fails loudly instead of
leaving a gap (``template_sandbox``).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from jinja2 import TemplateError

from app.domain.documents.meeting import MeetingDocument
from app.exports.docx_office import DocumentFacts, make_office_grade
from app.exports.files import check_suffix, write_document
from app.exports.template_sandbox import (
    NO_PLACEHOLDER,
    TemplateProblem,
    has_placeholder,
    render_problem,
    source_problems,
    template_environment,
)
from app.exports.templates import TEMPLATE_VARIABLES


@dataclass(frozen=True)
class WordTemplate:
    """A template's file name (for messages) and its bytes; ``own`` for an office's own
    template, which keeps the proofing language it sets."""

    name: str
    content: bytes
    own: bool = False


def _context(document: MeetingDocument) -> dict[str, Any]:
    return {name: getattr(document, name) for name in TEMPLATE_VARIABLES}


def _load(template: WordTemplate) -> DocxTemplate:
    docx = DocxTemplate(io.BytesIO(template.content))
    try:
        docx.init_docx()
    except Exception as error:
        raise TemplateProblem(f"Die Vorlage „{template.name}“ lässt sich nicht öffnen: Sie ist "
                              "keine gültige Word-Datei (.docx).") from error
    return docx


def _filled(template: WordTemplate, document: MeetingDocument,
            facts: DocumentFacts | None = None) -> DocxTemplate:
    docx = _load(template)
    try:
        docx.render(_context(document), jinja_env=template_environment(), autoescape=True)
    except TemplateError as error:
        raise TemplateProblem(f"Die Vorlage „{template.name}“: {render_problem(error)}"
                              ) from error
    if facts is not None:
        make_office_grade(docx.docx, facts, keep_own_language=template.own)
    return docx


def document_facts(document: MeetingDocument, what: str, created: datetime) -> DocumentFacts:
    """The properties of a meeting's Word file, e.g. title "Protokoll – 15. Netzwerktreffen"."""
    return DocumentFacts(title=f"{what} – {document.meeting.title}",
                         author=document.sender.name, created=created,
                         subject=f"{document.meeting.title}, {document.meeting.date}")


def render_docx(document: MeetingDocument, template: WordTemplate, out: Path,
                facts: DocumentFacts) -> Path:
    """Render ``template`` with the meeting's data into ``out``; nothing is left on failure."""
    check_suffix(out, (".docx",))

    def write(stream: BinaryIO) -> None:
        _filled(template, document, facts).save(stream)

    return write_document(out, write)


def docx_bytes(document: MeetingDocument, template: WordTemplate,
               facts: DocumentFacts) -> bytes:
    """The filled template as the bytes of a .docx (to attach it to an e-mail)."""
    buffer = io.BytesIO()
    _filled(template, document, facts).save(buffer)
    return buffer.getvalue()


def _read(template: WordTemplate) -> tuple[list[str], list[str]]:
    """From one reading of the file: the Jinja source of the body, headers and footers, as
    docxtpl renders them, and the text of every paragraph (to say where a problem stands)."""
    docx = _load(template)
    word = docx.docx
    sources = [docx.patch_xml(docx.xml_to_string(word.element.body))]
    for relation in word.part.rels.values():
        if relation.reltype in (RELATIONSHIP_TYPE.HEADER, RELATIONSHIP_TYPE.FOOTER) \
                and relation.target_part.blob:
            sources.append(docx.patch_xml(docx.xml_to_string(
                parse_xml(relation.target_part.blob))))
    return sources, _paragraph_texts(word)


def template_problems(template: WordTemplate, sample: MeetingDocument) -> list[str]:
    """Every reason to refuse a template (German, naming the template), empty when it is fine.

    The Jinja source is checked (syntax, underscores, unknown names, at least one placeholder);
    a trial render in the sandbox with sample data then catches unknown fields such as
    ``meeting.titel``.
    """
    try:
        sources, texts = _read(template)
    except TemplateProblem as error:
        return [str(error)]
    try:
        problems = [_located(problem, texts) for source in sources
                    for problem in source_problems(source, TEMPLATE_VARIABLES)]
    except TemplateProblem as error:
        return [f"Die Vorlage „{template.name}“: {error}{_unbalanced(texts)}"]
    if not problems and not any(has_placeholder(source) for source in sources):
        problems.append(NO_PLACEHOLDER)
    if not problems:
        try:
            _filled(template, sample)
        except TemplateProblem as error:
            return [_located(str(error), texts)]
    return [f"Die Vorlage „{template.name}“: {problem}" for problem in dict.fromkeys(problems)]


def _paragraph_texts(word: DocxDocument) -> list[str]:
    """The text of every paragraph, in tables, headers and footers too."""
    parts = [word.element.body]
    parts += [section.header._element for section in word.sections]
    parts += [section.footer._element for section in word.sections]
    texts: list[str] = []
    for part in parts:
        for paragraph in part.iter(qn("w:p")):
            text = "".join(node.text or "" for node in paragraph.iter(qn("w:t")))
            if text.strip():
                texts.append(text.strip())
    return texts


def _located(problem: str, texts: list[str]) -> str:
    """The problem, with the paragraph its quoted name stands in."""
    for name in re.findall(r"„([^“]+)“", problem):
        found = next((text for text in texts if name in text), None)
        if found:
            return f"{problem} Die Stelle: „{found[:80]}“."
    return problem


def _unbalanced(texts: list[str]) -> str:
    """The first paragraph whose placeholder brackets do not close."""
    for text in texts:
        if text.count("{{") != text.count("}}") or text.count("{%") != text.count("%}"):
            return f" Die Stelle: „{text[:80]}“."
    return ""


def read_template(path: Path, *, own: bool = True) -> WordTemplate:
    """A template file (the user's own unless ``own`` is False), as bytes."""
    check_suffix(path, (".docx",))
    try:
        return WordTemplate(path.name, path.read_bytes(), own)
    except FileNotFoundError as error:
        raise TemplateProblem(f"Die Vorlage „{path}“ gibt es nicht.") from error
    except OSError as error:
        raise TemplateProblem(f"Die Vorlage „{path}“ lässt sich nicht lesen "
                              f"({error.strerror}).") from error


def check_template(template: WordTemplate, sample: MeetingDocument) -> None:
    """Refuse a broken, unsafe or placeholder-less template with its German reasons."""
    problems = template_problems(template, sample)
    if problems:
        raise TemplateProblem(" ".join(problems))

