"""The printed guides: the PDF's table of contents and index match the pages (read back with
pypdf), every printed picture's credit is there, nothing unpublished is; the Word file holds
the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from sqlalchemy import select

from app.db.database import Database
from app.domain.models import CatalogueImage, FundingProgramme, KnowledgeCase
from app.exports.files import ExportError
from app.services.knowledge_guide import build_guide, export_guide
from tests.demo_day import DEMO_TODAY

SENDER = "LEG Thüringen – Geschäftsstelle"
_ENTRY = re.compile(r"^\s*(\S.*?)\s+(?:\.\s+)*\.?\s*(\d+)\s*$")


def _pages(path: Path) -> list[str]:
    return [page.extract_text(extraction_mode="layout") for page in PdfReader(path).pages]


def _normal(text: str) -> str:
    return " ".join(text.split())


def _contents(pages: list[str]) -> list[tuple[str, int]]:
    """(entry, page number) of the contents page, as a reader sees them."""
    page = next(text for text in pages if "Inhalt" in text)
    entries = []
    for line in page.splitlines():
        match = _ENTRY.match(line)
        if match and "Seite" not in line:
            entries.append((match.group(1).strip(), int(match.group(2))))
    return entries


@pytest.mark.parametrize("kind", ["praxis", "wegweiser"])
def test_the_contents_match_their_pages(demo_db: Database, tmp_path: Path, kind: str) -> None:
    out = export_guide(demo_db, kind, tmp_path / f"{kind}.pdf", today=DEMO_TODAY,
                       sender=SENDER).path
    pages = _pages(out)
    entries = _contents(pages)
    guide = build_guide(demo_db, kind, today=DEMO_TODAY, sender=SENDER)
    expected = (len(guide.catalogue.cases) + len(guide.catalogue.topics()) + 1
                if kind == "praxis" else
                len(guide.catalogue.programmes) + len({p.funder for p in guide.catalogue
                                                       .programmes}) + 1)
    assert len(entries) == expected
    for title, number in entries:
        assert 2 < number <= len(pages), title
        assert _normal(title) in _normal(pages[number - 1]), (title, number)
        assert f"Seite {number} von {len(pages)}" in _normal(pages[number - 1])
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title == guide.title
    assert len(reader.outline) >= 2


def test_each_case_starts_a_page_and_the_town_index_is_right(demo_db: Database,
                                                             tmp_path: Path) -> None:
    out = export_guide(demo_db, "praxis", tmp_path / "praxis.pdf", today=DEMO_TODAY,
                       sender=SENDER).path
    pages = [_normal(text) for text in _pages(out)]
    guide = build_guide(demo_db, "praxis", today=DEMO_TODAY, sender=SENDER)
    page_of = {}
    for case in guide.catalogue.cases:
        found = [number for number, text in enumerate(pages, start=1)
                 if _normal(case.title) in text and "Inhalt" not in text
                 and "Ortsverzeichnis" not in text]
        assert len(found) == 1, case.title
        page_of[case.title] = found[0]
    assert len(set(page_of.values())) == len(page_of)
    index = pages[-1]
    assert index.startswith("Ortsverzeichnis") or "Ortsverzeichnis" in index
    for town, cases in guide.catalogue.towns():
        numbers = ", ".join(str(page_of[case.title]) for case in cases)
        assert f"{town} … {numbers}" in index, town


def test_every_printed_picture_has_its_credit_and_nothing_unpublished_is_printed(
        demo_db: Database, tmp_path: Path) -> None:
    out = export_guide(demo_db, "praxis", tmp_path / "praxis.pdf", today=DEMO_TODAY,
                       sender=SENDER).path
    text = _normal(" ".join(_pages(out)))
    reader = PdfReader(out)
    drawn = sum(len(page.images) for page in reader.pages)
    with demo_db.reading() as session:
        printable = session.execute(
            select(CatalogueImage.credit, CatalogueImage.caption)
            .join(KnowledgeCase, CatalogueImage.case_id == KnowledgeCase.id)
            .where(KnowledgeCase.public.is_(True), KnowledgeCase.status == "published",
                   CatalogueImage.credit.is_not(None))).all()
        uncredited = session.scalars(select(CatalogueImage.caption).where(
            CatalogueImage.credit.is_(None), CatalogueImage.case_id.is_not(None))).all()
        hidden = session.scalars(select(KnowledgeCase.title).where(
            (KnowledgeCase.public.is_(False)) | (KnowledgeCase.status != "published"))).all()
    assert drawn == len(printable)
    for credit, _caption in printable:
        assert _normal(credit) in text
    assert uncredited
    for title in hidden:
        assert _normal(title) not in text, title


def test_the_wegweiser_leaves_out_ended_and_private_programmes(demo_db: Database,
                                                               tmp_path: Path) -> None:
    out = export_guide(demo_db, "wegweiser", tmp_path / "w.pdf", today=DEMO_TODAY,
                       sender=SENDER).path
    text = _normal(" ".join(_pages(out)))
    with demo_db.reading() as session:
        programmes = session.execute(select(FundingProgramme.name, FundingProgramme.public,
                                            FundingProgramme.valid_to)).all()
    for name, public, valid_to in programmes:
        shown = public and (valid_to is None or valid_to >= DEMO_TODAY)
        assert (_normal(name) in text) is shown, name


def test_the_word_guide_has_contents_headings_pictures_and_credits(demo_db: Database,
                                                                   tmp_path: Path) -> None:
    out = export_guide(demo_db, "praxis", tmp_path / "praxis.docx", today=DEMO_TODAY,
                       sender=SENDER).path
    document = Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style is not None
                and p.style.name.startswith("Heading")]
    guide = build_guide(demo_db, "praxis", today=DEMO_TODAY, sender=SENDER)
    assert [case.title for case in guide.catalogue.cases] == [
        h for h in headings if h in {case.title for case in guide.catalogue.cases}]
    assert headings[-1] == "Ortsverzeichnis"
    body = "\n".join(p.text for p in document.paragraphs)
    pictures = [picture for case in guide.catalogue.cases for picture in case.pictures]
    assert len(document.inline_shapes) == len(pictures)
    for picture in pictures:
        assert picture.credit_line in body
    assert document.core_properties.title == "Best-Practice-Börse"
    xml = document.element.xml
    assert "TOC \\o" in xml and "PAGEREF _Toc" in xml


def test_only_pdf_and_word_are_written(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"\.pdf oder \.docx"):
        export_guide(demo_db, "praxis", tmp_path / "heft.txt", today=DEMO_TODAY, sender=SENDER)
