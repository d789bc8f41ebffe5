"""Word templates: the office's own (kept in the database) replace the shipped ones; broken,
unsafe or placeholder-less templates are refused in German, naming the template and the place."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document

from app import paths
from app.cli import main as cli_main
from app.db.database import Database
from app.domain.documents.meeting import Sender, sample_document
from app.exports.template_sandbox import TemplateProblem
from app.exports.templates import TemplateKind
from app.exports.word import (
    WordTemplate,
    check_template,
    document_facts,
    read_template,
    render_docx,
)
from app.services import document_templates, meeting_exports
from app.services.meeting_exports import ExportSetup

SAMPLE = sample_document(Sender("GS", "gs@example.org"))
FACTS = document_facts(SAMPLE, "Tagesordnung", datetime(2024, 5, 6, 9, 30))
ESCAPE = "{{ meeting.title.__class__.__mro__[1].__subclasses__()|length }}"


def _template(path: Path, *lines: str) -> Path:
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_shipped_templates_pass_their_own_check() -> None:
    for kind in TemplateKind:
        check_template(read_template(paths.shipped_template_dir() / f"{kind.value}.docx"),
                       SAMPLE)


def test_own_template_is_kept_in_the_database_and_used(demo_db: Database, meeting_id: int,
                                                       setup: ExportSetup,
                                                       tmp_path: Path) -> None:
    own = _template(tmp_path / "mein.docx", "Unser Briefkopf", "{{ meeting.title }}",
                    "{{ sender.name }}")
    document_templates.install_template(demo_db, TemplateKind.AGENDA, read_template(own),
                                        SAMPLE)
    own.unlink()
    out = meeting_exports.export_word(demo_db, meeting_id, TemplateKind.AGENDA,
                                      tmp_path / "T.docx", setup)
    texts = [paragraph.text for paragraph in Document(str(out)).paragraphs]
    assert texts == ["Unser Briefkopf", "AG Klima: Hitzeschutz",
                     "Geschäftsstelle Innenstädte mit Zukunft"]
    origins = document_templates.template_origins(demo_db, setup.user_templates)
    assert origins[TemplateKind.AGENDA] == "eigene Vorlage „mein.docx“"
    document_templates.remove_template(demo_db, TemplateKind.AGENDA, setup.user_templates)
    assert document_templates.own_template(demo_db, TemplateKind.AGENDA) is None
    assert document_templates.template_origins(
        demo_db, setup.user_templates)[TemplateKind.AGENDA] == "mitgeliefert"


def test_a_file_in_the_template_folder_still_counts(demo_db: Database, meeting_id: int,
                                                    setup: ExportSetup, tmp_path: Path) -> None:
    assert setup.user_templates is not None
    setup.user_templates.mkdir()
    _template(setup.user_templates / "tagesordnung.docx", "Ordner: {{ meeting.title }}")
    out = meeting_exports.export_word(demo_db, meeting_id, TemplateKind.AGENDA,
                                      tmp_path / "T.docx", setup)
    assert Document(str(out)).paragraphs[0].text == "Ordner: AG Klima: Hitzeschutz"


def test_ampersand_and_angle_brackets_survive(tmp_path: Path) -> None:
    template = read_template(_template(tmp_path / "t.docx", "{{ invitees[0].organisation }}"))
    out = render_docx(SAMPLE, template, tmp_path / "out.docx", FACTS)
    assert Document(str(out)).paragraphs[0].text == "Muster & Söhne <KG>"


@pytest.mark.parametrize(("line", "message"), [
    ("{{ tagesordnung }}", "Unbekannter Platzhalter „tagesordnung“"),
    ("{{ meeting.titel }}", "Unbekannter Platzhalter „titel“"),
    ("{{ meeting.title }", "falsch geschlossen"),
    ("{% for x in agenda %}", "Block ist nicht geschlossen"),
    (ESCAPE, "„__class__“"),
    ("{{ meeting['_sa_instance_state'] }}", "„_sa_instance_state“"),
    ("{{ meeting.title|attr('__class__') }}", "Programm-Interna"),
    ("Nur fester Text ohne Platzhalter", "keinen einzigen Platzhalter"),
])
def test_broken_unsafe_or_empty_templates_are_refused(tmp_path: Path, line: str,
                                                      message: str) -> None:
    broken = read_template(_template(tmp_path / "kaputt.docx", "Briefkopf", line))
    with pytest.raises(TemplateProblem, match=message) as raised:
        check_template(broken, SAMPLE)
    text = str(raised.value)
    assert "kaputt.docx" in text
    assert "jinja" not in text.lower() and "expected" not in text and "908" not in text


def test_the_sandbox_holds_even_without_the_check(tmp_path: Path) -> None:
    template = read_template(_template(tmp_path / "flucht.docx", ESCAPE))
    with pytest.raises(TemplateProblem, match="Programm-Interna"):
        render_docx(SAMPLE, template, tmp_path / "out.docx", FACTS)
    assert not (tmp_path / "out.docx").exists()


def test_a_broken_template_leaves_no_half_written_file(demo_db: Database, meeting_id: int,
                                                       setup: ExportSetup,
                                                       tmp_path: Path) -> None:
    assert setup.user_templates is not None
    setup.user_templates.mkdir()
    _template(setup.user_templates / "protokoll.docx", "{{ meeting.nope }}")
    out = tmp_path / "P.docx"
    with pytest.raises(TemplateProblem, match="protokoll.docx"):
        meeting_exports.export_word(demo_db, meeting_id, TemplateKind.PROTOCOL, out, setup)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_not_a_docx_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TemplateProblem, match="keine gültige Word-Datei"):
        check_template(WordTemplate("fake.docx", b"kein Word"), SAMPLE)


def test_check_template_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unsafe = _template(tmp_path / "flucht.docx", ESCAPE)
    assert cli_main(["check-template", str(unsafe)]) == 1
    error = capsys.readouterr().err
    assert "flucht.docx" in error and "Unterstrich" in error and "Traceback" not in error
    good = _template(tmp_path / "gut.docx", "{{ meeting.title }}")
    assert cli_main(["check-template", str(good)]) == 0
    assert "ist in Ordnung" in capsys.readouterr().out
    assert cli_main(["check-template", str(tmp_path / "fehlt.docx")]) == 1
    assert "gibt es nicht" in capsys.readouterr().err


@pytest.mark.parametrize(("line", "where"), [
    ("Betreff: {{ meeting.titel }}", "Betreff: {{ meeting.titel }}"),
    ("Gruß {{ absender }}", "Gruß {{ absender }}"),
    ("Datum: {{ today }", "Datum: {{ today }"),
])
def test_the_message_names_where_the_placeholder_stands(tmp_path: Path, line: str,
                                                        where: str) -> None:
    broken = read_template(_template(tmp_path / "k.docx", "{{ meeting.title }}", line))
    with pytest.raises(TemplateProblem, match=f"Die Stelle: „{re.escape(where)}“"):
        check_template(broken, SAMPLE)
