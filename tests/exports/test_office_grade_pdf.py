"""Every PDF as an office sends it, checked in the files: metadata and language, the report's
outline, no heading alone at a page's foot, no page of blank signature rows only, header texts
that fit their columns."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.db.database import Database
from app.domain.documents.meeting import PersonLine, Sender, sample_document
from app.exports import pdf_lists
from app.exports.pdf_base import FONT_BOLD, register_fonts
from app.services import gdpr, meeting_exports
from app.services.meeting_exports import ExportSetup
from app.services.report_exports import export_report


@pytest.fixture
def pdf_files(demo_db: Database, meeting_id: int, setup: ExportSetup,
              tmp_path: Path) -> dict[str, Path]:
    return {
        "Anwesenheitsliste": meeting_exports.export_attendance_list(
            demo_db, meeting_id, tmp_path / "a.pdf", setup),
        "Einladungsliste": meeting_exports.export_invitation_list(
            demo_db, meeting_id, tmp_path / "i.pdf", setup),
        "Statusbericht": export_report(demo_db, date(2023, 1, 1), date(2023, 12, 31),
                                       tmp_path / "b.pdf", sender="Geschäftsstelle IMZ"),
        "Auskunft": gdpr.export_access_pdf(demo_db, 3, tmp_path / "p.pdf",
                                           now=datetime(2024, 3, 1)),
    }


def test_every_pdf_has_title_author_subject_and_language(pdf_files: dict[str, Path]) -> None:
    for name, path in pdf_files.items():
        reader = PdfReader(path)
        metadata = reader.metadata
        assert metadata is not None
        assert metadata.title and metadata.title.startswith(name), name
        assert metadata.author and metadata.subject, name
        root: Any = reader.trailer["/Root"]
        assert root["/Lang"] == "de-DE", name


def test_the_report_has_an_outline_of_its_chapters(pdf_files: dict[str, Path]) -> None:
    reader = PdfReader(pdf_files["Statusbericht"])
    titles = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert titles[:7] == ["1 Zusammenfassung", "2 Kontingente", "3 Diagramme",
                          "4 Sitzungen", "5 Arbeitsgruppen", "6 Öffentlichkeitsarbeit",
                          "7 Offene Aufgaben"]
    nested = [entry for entry in reader.outline if isinstance(entry, list)]
    assert nested and any("AG Klima" in str(getattr(child, "title", ""))
                          for child in nested[0])


def test_no_heading_stands_alone_at_a_pages_foot(pdf_files: dict[str, Path]) -> None:
    headings = ("Sitzungen", "Arbeitsgruppen", "Öffentlichkeitsarbeit", "Offene Aufgaben",
                "AG Klima", "AG Leerstand")
    for page in PdfReader(pdf_files["Statusbericht"]).pages[2:]:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith(("Statusbericht", "Seite"))
                and "Seite " not in line]
        if body:
            assert not body[-1].endswith(headings), body[-1]


@pytest.mark.parametrize("names", [1, 5, 11, 12, 14, 15, 16, 17, 30, 32, 33, 34, 36])
def test_the_attendance_list_never_ends_on_blank_rows_only(tmp_path: Path,
                                                           names: int) -> None:
    sample = sample_document(Sender("GS", "gs@example.org"))
    people = tuple(PersonLine(f"Person {number:02d}", "Stadt Erfurt", "", "offen", "")
                   for number in range(1, names + 1))
    document = replace(sample, invitees=people)
    out = pdf_lists.export_attendance_list(document, tmp_path / "a.pdf")
    pages = PdfReader(out).pages
    assert f"Person {names:02d}" in pages[-1].extract_text()


def test_header_texts_fit_their_columns() -> None:
    register_fonts()
    for headers, widths in (
            (("Nr.", "Name", "Organisation", "E-Mail", "Rückmeldung", "Teilgenommen"),
             (1.2, 5.6, 7.0, 6.2, 3.0, 3.6)),
            (("Nr.", "Name", "Organisation", "Unterschrift"), (1.2, 7.5, 9.0, 9.0))):
        for header, width in zip(headers, widths, strict=True):
            needed = stringWidth(header, FONT_BOLD, 9) + 12
            assert needed <= width / 2.54 * 72, header
    source = Path(pdf_lists.__file__).read_text(encoding="utf-8")
    assert "(1.2, 5.6, 7.0, 6.2, 3.0, 3.6)" in source and "(1.2, 7.5, 9.0, 9.0)" in source


def test_names_from_all_of_europe_print(tmp_path: Path) -> None:
    """The bundled font covers Latin Extended: Dvořák and Pethő are not boxes."""
    from reportlab.pdfbase.pdfmetrics import getFont

    register_fonts()
    for font in (getFont("BB-Sans"), getFont(FONT_BOLD)):
        covered = font.face.charToGlyph  # type: ignore[attr-defined]
        for char in "řőűčšžłńĆŸäöüß€–„“":
            assert ord(char) in covered, (font.fontName, char)
    sample = sample_document(Sender("GS", "gs@example.org"))
    people = (PersonLine("Antonín Dvořák", "Město Brno", "", "offen", ""),
              PersonLine("Pethő Zsófia", "Győr", "", "offen", ""))
    out = pdf_lists.export_attendance_list(replace(sample, invitees=people), tmp_path / "a.pdf")
    text = PdfReader(out).pages[0].extract_text()
    assert "Dvořák" in text and "Pethő" in text and "Győr" in text


@pytest.mark.parametrize(("peak", "ticks"), [(0, [0, 1]), (1, [0, 1]), (5, [0, 1, 2, 3, 4, 5]),
                                             (7, [0, 2, 4, 6, 8]), (37, [0, 10, 20, 30, 40]),
                                             (1234, [0, 500, 1000, 1500])])
def test_chart_ticks_are_whole_counts(peak: float, ticks: list[int]) -> None:
    from app.domain.formatting import format_count
    from app.exports.report_charts import value_ticks

    assert value_ticks(peak) == ticks
    assert format_count(1500) == "1.500"


def test_charts_keep_legend_and_ticks_inside_in_pdf_and_word(demo_db: Database) -> None:
    from PIL import Image
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend

    from app.domain.enums import MeetingKind
    from app.exports.report_charts import drawing, meetings_chart, png
    from app.services.status_report import build_report

    data = build_report(demo_db, date(2023, 1, 1), date(2023, 12, 31))
    chart = meetings_chart(data.meetings_per_month, [kind.label for kind in MeetingKind])
    picture = drawing(chart)
    bars = next(item for item in picture.contents if isinstance(item, VerticalBarChart))
    legend = next(item for item in picture.contents if isinstance(item, Legend))
    assert float(bars.valueAxis.valueStep).is_integer()
    assert bars.valueAxis.valueMax % bars.valueAxis.valueStep == 0
    x0, _y0, x1, _y1 = legend.getBounds()
    assert 0 <= x0 and x1 <= picture.width
    assert bars.x + bars.width <= x0
    image = Image.open(io.BytesIO(png(chart)))
    right_column = [image.getpixel((image.width - 3, y)) for y in range(image.height)]
    assert all(pixel == (255, 255, 255) for pixel in right_column)
