"""Word templates: the user's own replace the shipped ones, broken ones are refused in German."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from app import paths
from app.db.database import Database
from app.domain.documents.meeting import Sender, sample_document
from app.exports.templates import TemplateKind, remove_user_template
from app.exports.word import (
    TemplateProblem,
    check_template,
    install_user_template,
)
from app.services import meeting_exports
from app.services.meeting_exports import ExportSetup

SAMPLE = sample_document(Sender("GS", "gs@example.org"))


def _template(path: Path, *lines: str) -> Path:
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_shipped_templates_pass_their_own_check() -> None:
    for kind in TemplateKind:
        check_template(paths.shipped_template_dir() / f"{kind.value}.docx", SAMPLE)


def test_own_template_is_used_instead_of_the_shipped(demo_db: Database, meeting_id: int,
                                                     setup: ExportSetup, tmp_path: Path) -> None:
    assert setup.user_templates is not None
    own = _template(tmp_path / "mein.docx", "Unser Briefkopf", "{{ meeting.title }}",
                    "{{ sender.name }}")
    install_user_template(own, TemplateKind.AGENDA, setup.user_templates, SAMPLE)
    out = meeting_exports.export_word(demo_db, meeting_id, TemplateKind.AGENDA,
                                      tmp_path / "T.docx", setup)
    texts = [paragraph.text for paragraph in Document(str(out)).paragraphs]
    assert texts == ["Unser Briefkopf", "AG Klima: Hitzeschutz",
                     "Geschäftsstelle Innenstädte mit Zukunft"]
    assert remove_user_template(TemplateKind.AGENDA, setup.user_templates)
    assert setup.template(TemplateKind.AGENDA).parent == paths.shipped_template_dir()


def test_ampersand_and_angle_brackets_survive(tmp_path: Path) -> None:
    from app.exports.word import render_docx

    template = _template(tmp_path / "t.docx", "{{ invitees[0].organisation }}")
    out = render_docx(SAMPLE, template, tmp_path / "out.docx")
    assert Document(str(out)).paragraphs[0].text == "Muster & Söhne <KG>"


@pytest.mark.parametrize(("line", "message"), [
    ("{{ tagesordnung }}", "unbekannte Platzhalter: tagesordnung"),
    ("{{ meeting.titel }}", "unbekannten Platzhalter"),
    ("{{ meeting.title }", "fehlerhaften Platzhalter"),
    ("{% for x in agenda %}", "fehlerhaften Platzhalter"),
])
def test_broken_templates_are_refused_naming_template_and_problem(
        tmp_path: Path, line: str, message: str) -> None:
    broken = _template(tmp_path / "kaputt.docx", line)
    user_dir = tmp_path / "Vorlagen"
    with pytest.raises(TemplateProblem, match=message) as raised:
        install_user_template(broken, TemplateKind.PROTOCOL, user_dir, SAMPLE)
    assert "kaputt.docx" in str(raised.value)
    assert not (user_dir / "protokoll.docx").exists()


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
    fake = tmp_path / "fake.docx"
    fake.write_text("kein Word")
    with pytest.raises(TemplateProblem, match="keine gültige Word-Datei"):
        install_user_template(fake, TemplateKind.INVITATION, tmp_path / "V", SAMPLE)
