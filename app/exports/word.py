"""Word documents of a meeting rendered from docxtpl templates (shipped or the user's own).

Templates are rendered with autoescaping (else "Schmidt & Söhne <KG>" silently loses text) and
with strict undefined variables, so a mistyped tag fails loudly instead of leaving a gap.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, BinaryIO

from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError

from app.domain.documents.meeting import MeetingDocument
from app.exports.files import check_suffix, write_atomically, write_document
from app.exports.templates import TEMPLATE_VARIABLES, TemplateKind, TemplateProblem


def _environment() -> Environment:
    return Environment(undefined=StrictUndefined, autoescape=True)


def _context(document: MeetingDocument) -> dict[str, Any]:
    return {name: getattr(document, name) for name in TEMPLATE_VARIABLES}


def _load(path: Path) -> DocxTemplate:
    template = DocxTemplate(str(path))
    try:
        template.init_docx()
    except Exception as error:
        raise TemplateProblem(f"Die Vorlage „{path.name}“ lässt sich nicht öffnen: Sie ist keine "
                              "gültige Word-Datei (.docx).") from error
    return template


def render_docx(document: MeetingDocument, template: Path, out: Path) -> Path:
    """Render ``template`` with the meeting's data into ``out``; nothing is left on failure."""
    check_suffix(out, (".docx",))
    if not template.is_file():
        raise TemplateProblem(f"Die Vorlage „{template}“ fehlt.")

    def write(stream: BinaryIO) -> None:
        docx = _load(template)
        try:
            docx.render(_context(document), jinja_env=_environment(), autoescape=True)
        except TemplateError as error:
            raise TemplateProblem(_describe(template, error)) from error
        docx.save(stream)

    return write_document(out, write)


def _describe(template: Path, error: TemplateError) -> str:
    if isinstance(error, TemplateSyntaxError):
        return (f"Die Vorlage „{template.name}“ enthält einen fehlerhaften Platzhalter: "
                f"{error.message}.")
    if isinstance(error, UndefinedError):
        return (f"Die Vorlage „{template.name}“ verwendet einen unbekannten Platzhalter "
                f"({error.message}).")
    return f"Die Vorlage „{template.name}“ lässt sich nicht füllen: {error}."


def check_template(path: Path, sample: MeetingDocument) -> None:
    """Refuse a template with broken or unknown tags, with a German message naming it.

    The top-level names are compared with the documented ones; a trial render with sample data
    then catches unknown fields such as ``meeting.titel``.
    """
    docx = _load(path)
    try:
        used = docx.get_undeclared_template_variables(jinja_env=_environment())
    except TemplateError as error:
        raise TemplateProblem(_describe(path, error)) from error
    unknown = sorted(set(used) - TEMPLATE_VARIABLES)
    if unknown:
        raise TemplateProblem(f"Die Vorlage „{path.name}“ verwendet unbekannte Platzhalter: "
                              f"{', '.join(unknown)}. Erlaubt sind: "
                              f"{', '.join(sorted(TEMPLATE_VARIABLES))}.")
    trial = _load(path)
    try:
        trial.render(_context(sample), jinja_env=_environment(), autoescape=True)
    except TemplateError as error:
        raise TemplateProblem(_describe(path, error)) from error


def install_user_template(source: Path, kind: TemplateKind, user_dir: Path,
                          sample: MeetingDocument) -> Path:
    """Check the user's template and copy it into the template folder, replacing the shipped."""
    check_suffix(source, (".docx",))
    if not source.is_file():
        raise TemplateProblem(f"Die Vorlage „{source}“ gibt es nicht.")
    check_template(source, sample)
    user_dir.mkdir(parents=True, exist_ok=True)
    target = user_dir / f"{kind.value}.docx"
    return write_atomically(target, lambda temporary: shutil.copyfile(source, temporary))
