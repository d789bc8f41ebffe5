"""The status report as PDF and Word carries the database's figures, every meeting and the
AGs' goals; an empty period says so; a reversed period is refused."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db.database import Database
from app.domain.enums import MeetingKind, MeetingStatus, PrKind
from app.domain.errors import DomainError
from app.domain.models import Goal, Meeting, PrItem, WorkingGroup
from app.services.report_exports import export_report

FIRST, LAST = date(2023, 1, 1), date(2023, 10, 31)


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split())


def _quota_counts(db: Database) -> dict[str, int]:
    start, end = datetime(2023, 1, 1), datetime(2023, 11, 1)
    with db.reading() as session:
        counts = {kind: session.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.kind == kind, Meeting.starts_at >= start, Meeting.starts_at < end,
            Meeting.status != MeetingStatus.CANCELLED)) or 0 for kind in MeetingKind}
        teasers = session.scalar(select(func.count()).select_from(PrItem).where(
            PrItem.kind == PrKind.TEASER, PrItem.published_on.between(FIRST, LAST)))
    return {"Netzwerktreffen": counts[MeetingKind.NETWORK],
            "AG-Sitzungen": counts[MeetingKind.GROUP_SESSION],
            "AG-Leitungstreffen": counts[MeetingKind.LEADERS],
            "Teaser-Texte": teasers or 0}


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_report_figures_meetings_and_goals(demo_db: Database, tmp_path: Path,
                                           suffix: str) -> None:
    out = export_report(demo_db, FIRST, LAST, tmp_path / f"Bericht{suffix}",
                        sender="Geschäftsstelle", title="Statusbericht 2023",
                        today=date(2023, 11, 1))
    text = _pdf_text(out) if suffix == ".pdf" else _docx_text(out)
    for label, used in _quota_counts(demo_db).items():
        assert f"{label} {used} " in text, label
    with demo_db.reading() as session:
        meetings = session.execute(select(Meeting.starts_at, Meeting.title).where(
            Meeting.starts_at >= datetime(2023, 1, 1),
            Meeting.starts_at < datetime(2023, 11, 1))).all()
        goals = session.execute(select(Goal.title, Goal.status, WorkingGroup.name).join(
            WorkingGroup, Goal.group_id == WorkingGroup.id)).all()
    for starts, title in meetings:
        assert f"{starts:%d.%m.%Y}" in text and title in text
    for title, status, group in goals:
        assert title in text and group in text
        assert f"{title} " in text and status.label in text
    for heading in ("Inhalt", "Zusammenfassung", "Kontingente", "Diagramme", "Sitzungen",
                    "Arbeitsgruppen", "Öffentlichkeitsarbeit", "Offene Aufgaben"):
        assert heading in text


def test_pdf_has_page_numbers_and_embedded_fonts(demo_db: Database, tmp_path: Path) -> None:
    out = export_report(demo_db, FIRST, LAST, tmp_path / "Bericht.pdf", sender="GS")
    reader = PdfReader(out)
    assert "Seite 2" in reader.pages[1].extract_text()
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    # reportlab declares Helvetica as the page's initial font; every text is set in Vera.
    assert fonts - {"/Helvetica"} == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"}
    assert "Öffentlichkeitsarbeit" in reader.pages[1].extract_text()


def test_empty_period_gives_a_report_that_says_so(demo_db: Database, tmp_path: Path) -> None:
    out = export_report(demo_db, date(2030, 1, 1), date(2030, 3, 31), tmp_path / "Leer.pdf",
                        sender="GS")
    assert "keine Sitzungen, keine erfassten Stunden" in _pdf_text(out)


def test_reversed_period_and_wrong_suffix_are_refused(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="vor seinem Anfang"):
        export_report(demo_db, LAST, FIRST, tmp_path / "x.pdf", sender="GS")
    with pytest.raises(DomainError, match=".pdf oder .docx"):
        export_report(demo_db, FIRST, LAST, tmp_path / "x.txt", sender="GS")


@pytest.mark.parametrize("name", ['AG <img src="/etc/hostname"/> Bild', "AG <b>fett",
                                  "Schmidt & Söhne <KG>"])
def test_markup_in_a_name_stays_literal_in_the_pdf_and_its_contents(
        demo_db: Database, tmp_path: Path, name: str) -> None:
    with demo_db.unit_of_work() as session:
        group = session.scalars(select(WorkingGroup).order_by(WorkingGroup.id)).first()
        assert group is not None
        group.name = name
    out = export_report(demo_db, date(2023, 1, 1), date(2023, 10, 31), tmp_path / "b.pdf",
                        sender="Geschäftsstelle")
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert text.count(name) >= 2, "im Inhaltsverzeichnis und im Kapitel"
    assert not any("/Image" in str(page.get("/Resources", {}).get("/XObject", {}))
                   for page in reader.pages[:3] if "/Resources" in page)
