"""Every Word file as a German public office sends it, checked in the files themselves: proofing
language, document properties, heading styles, repeated header rows, chart alt text, a filled
table of contents, header words that fit their columns."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from docx import Document
from reportlab.pdfbase.pdfmetrics import stringWidth

from app import paths
from app.db.database import Database
from app.exports.pdf_base import FONT_BOLD, register_fonts
from app.exports.templates import TemplateKind
from app.services import document_templates, meeting_exports
from app.services.meeting_exports import ExportSetup
from app.services.report_exports import export_report

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _xml(path: Path, part: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(part).decode("utf-8")


@pytest.fixture
def word_files(demo_db: Database, meeting_id: int, setup: ExportSetup,
               tmp_path: Path) -> dict[str, Path]:
    files = {kind.value: meeting_exports.export_word(demo_db, meeting_id, kind,
                                                     tmp_path / f"{kind.value}.docx", setup)
             for kind in TemplateKind}
    files["bericht"] = export_report(demo_db, date(2023, 1, 1), date(2023, 10, 31),
                                     tmp_path / "bericht.docx", sender="Geschäftsstelle IMZ")
    return files


def _shipped() -> dict[str, Path]:
    return {kind.value: paths.shipped_template_dir() / f"{kind.value}.docx"
            for kind in TemplateKind}


def test_every_word_file_is_german(word_files: dict[str, Path]) -> None:
    for name, path in {**word_files, **{f"Vorlage {k}": p for k, p in _shipped().items()}}.items():
        styles = _xml(path, "word/styles.xml")
        languages = set(re.findall(r'<w:lang [^>]*w:val="([^"]+)"', styles))
        assert languages == {"de-DE"}, (name, languages)
        assert "en-US" not in _xml(path, "word/document.xml"), name


def test_document_properties_name_title_sender_and_export_time(
        word_files: dict[str, Path]) -> None:
    titles = {"einladung": "Einladung – AG Klima: Hitzeschutz",
              "tagesordnung": "Tagesordnung – AG Klima: Hitzeschutz",
              "protokoll": "Protokoll – AG Klima: Hitzeschutz"}
    for name, path in word_files.items():
        properties = Document(str(path)).core_properties
        assert "python-docx" not in f"{properties.author}{properties.comments}", name
        assert properties.created is not None and properties.created.year >= 2024, name
        assert properties.language == "de-DE"
        if name in titles:
            assert properties.title == titles[name]
            assert properties.author == "Geschäftsstelle Innenstädte mit Zukunft"
            assert properties.created == datetime(2024, 3, 1, 9, 30).astimezone(UTC)
        else:
            assert properties.title
            assert properties.author == "Geschäftsstelle IMZ"
        assert "<Company>" in _xml(path, "docProps/app.xml")


def test_headings_repeated_header_rows_and_alt_text(word_files: dict[str, Path]) -> None:
    for name, path in word_files.items():
        document = Document(str(path))
        assert any(p.style is not None and p.style.name.startswith("Heading")
                   for p in document.paragraphs), name
        for table in document.tables:
            if len(table.rows) > 1 and len(table.columns) > 2:
                first = table.rows[0]._tr
                assert first.find(f"{W}trPr/{W}tblHeader") is not None, name
    report = _xml(word_files["bericht"], "word/document.xml")
    pictures = re.findall(r"<wp:docPr [^>]*>", report)
    assert pictures and all('descr="Diagramm: ' in picture for picture in pictures)


def test_the_reports_contents_are_filled_at_export(word_files: dict[str, Path]) -> None:
    document = Document(str(word_files["bericht"]))
    texts = [paragraph.text for paragraph in document.paragraphs]
    contents = texts.index("Inhalt")
    headings = [p.text for p in document.paragraphs
                if p.style is not None and p.style.name in ("Heading 1", "Heading 2")]
    assert len(headings) > 5
    shown = [text for text in texts[contents + 1:] if text][:len(headings)]
    assert [entry.strip() for entry in shown] == headings
    settings = _xml(word_files["bericht"], "word/settings.xml")
    assert "updateFields" not in settings
    body = _xml(word_files["bericht"], "word/document.xml")
    assert body.count("PAGEREF _Toc") == len(headings)


def test_header_words_fit_their_columns(word_files: dict[str, Path]) -> None:
    """Measured with the bold DejaVu of the PDFs, which is wider than Calibri."""
    register_fonts()
    for name, path in {**word_files, **_shipped()}.items():
        for table in Document(str(path)).tables:
            header = table.rows[0]
            for cell in header.cells:
                width_cm = (cell.width or 0) / 360000
                if not width_cm:
                    continue
                runs = [run for p in cell.paragraphs for run in p.runs]
                size = next((run.font.size.pt for run in runs if run.font.size), 10.5)
                for word in cell.text.split():
                    needed = stringWidth(word, FONT_BOLD, size) / 72 * 2.54 + 0.38
                    assert needed <= width_cm, (name, word, needed, width_cm)


def test_an_own_template_keeps_its_language(demo_db: Database, meeting_id: int,
                                            setup: ExportSetup, tmp_path: Path) -> None:
    from app.domain.documents.meeting import Sender, sample_document
    from app.exports.docx_office import set_language
    from app.exports.word import read_template

    for language, expected in (("fr-FR", "fr-FR"), (None, "de-DE")):
        own = Document()
        own.add_paragraph("{{ meeting.title }}")
        defaults = own.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        assert defaults is not None
        if language is None:
            defaults.getparent().remove(defaults)
        else:
            set_language(own, force=True)
            for element in own.styles.element.iter(f"{W}lang"):
                element.set(f"{W}val", language)
        own.save(str(tmp_path / "eigen.docx"))
        document_templates.install_template(
            demo_db, TemplateKind.AGENDA, read_template(tmp_path / "eigen.docx"),
            sample_document(Sender("GS", "gs@example.org")))
        out = meeting_exports.export_word(demo_db, meeting_id, TemplateKind.AGENDA,
                                          tmp_path / f"T-{expected}.docx", setup)
        styles = _xml(out, "word/styles.xml")
        assert re.search(r'<w:docDefaults>.*?<w:lang [^>]*w:val="([^"]+)"', styles,
                         re.DOTALL).group(1) == expected  # type: ignore[union-attr]
