"""The Sitzungspräsentation: the seed's structure for the kick-off, speaker notes, the master."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from pptx import Presentation
from sqlalchemy import select

from app import paths
from app.db.database import Database
from app.domain.documents.meeting import Sender
from app.domain.errors import ValidationError
from app.domain.models import Meeting
from app.exports.files import ExportError
from app.exports.presentation_pptx import master_problems
from app.services import meeting_exports, presentation_master
from app.services.meeting_exports import ExportSetup, export_presentation

SETUP = ExportSetup(sender=Sender("Geschäftsstelle", "gs@example.org"),
                    shipped_templates=paths.shipped_template_dir(), user_templates=None,
                    today=date(2023, 2, 20), now=datetime(2023, 2, 20, 9))


def _meeting(db: Database, title: str) -> int:
    with db.reading() as session:
        return int(session.scalars(select(Meeting.id).where(Meeting.title == title)).first()
                   or 0)


def _texts(slide: object) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes  # type: ignore[attr-defined]
            if shape.has_text_frame]


def test_the_kickoff_presentation_follows_the_seed(demo_db: Database, tmp_path: Path) -> None:
    kickoff = _meeting(demo_db, "Jahresauftaktveranstaltung 2023")
    out = export_presentation(demo_db, kickoff, tmp_path / "Auftakt.pptx", SETUP)
    deck = Presentation(str(out))
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert titles[0] == "Jahresauftaktveranstaltung 2023"
    assert titles[1] == "Tagesordnung" and titles[2] == "TOP 1: Begrüßung"
    assert titles[3].startswith("TOP 2: Eineinhalb Jahre Aktionsbündnis / Bilanz")
    assert titles[4].startswith("Bilanz seit") and titles[5] == "Sitzungen je Quartal"
    assert titles[6:9] == ["AG Klima", "AG Leerstand", "AG WULIS – Wohnen & Leben in der Stadt"]
    assert titles[9] == "Nächste Schritte" and titles[-1] == "Vielen Dank für Ihre Aufmerksamkeit"
    assert len([t for t in titles if t.startswith("TOP ")]) == 7
    balance = "\n".join(_texts(deck.slides[4]))
    assert "7 Netzwerktreffen; 23 AG-Treffen" in balance and "Kontingente 2023" in balance
    agenda = "\n".join(_texts(deck.slides[1]))
    assert "TOP 1: Begrüßung (IHK Erfurt)" in agenda
    klima = "\n".join(_texts(deck.slides[6]))
    assert "Stärken" in klima and "Wissenstransfer auf allen Ebenen" in klima
    assert "wurde berichtet" in deck.slides[2].notes_slide.notes_text_frame.text
    assert "gs@example.org" in "\n".join(_texts(deck.slides[-1]))
    chart = next(shape for shape in deck.slides[5].shapes if shape.has_chart)
    assert chart._element.xpath("./p:nvGraphicFramePr/p:cNvPr")[0].get("descr")
    assert deck.core_properties.language == "de-DE"
    assert deck.core_properties.title == "Sitzungspräsentation – Jahresauftaktveranstaltung 2023"


def test_an_ag_meeting_has_no_generated_slides(demo_db: Database, tmp_path: Path) -> None:
    session_id = _meeting(demo_db, "AG Klima: Sitzung")
    deck = Presentation(str(export_presentation(demo_db, session_id, tmp_path / "ag.pptx",
                                                SETUP)))
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert not any(title.startswith("Bilanz") for title in titles)
    assert titles[-1] == "Vielen Dank für Ihre Aufmerksamkeit"


def test_an_own_master_is_checked_and_used(demo_db: Database, tmp_path: Path) -> None:
    assert master_problems(b"not a presentation") == [
        "Die Datei ist keine lesbare PowerPoint-Präsentation (.pptx)."]
    with pytest.raises(ValidationError, match="keine lesbare"):
        presentation_master.install_master(demo_db, "kaputt.pptx", b"PK\x03\x04 kaputt")
    master = Presentation()
    master.slide_layouts[0].name = "Titelfolie"
    master.slides.add_slide(master.slide_layouts[1]).shapes.title.text = "Beispielfolie"
    stream = io.BytesIO()
    master.save(stream)
    presentation_master.install_master(demo_db, "Bündnis.pptx", stream.getvalue())
    assert presentation_master.master_name(demo_db) == "Bündnis.pptx"
    kickoff = _meeting(demo_db, "Jahresauftaktveranstaltung 2023")
    deck = Presentation(str(export_presentation(demo_db, kickoff, tmp_path / "a.pptx", SETUP)))
    assert "Beispielfolie" not in [slide.shapes.title.text for slide in deck.slides]
    assert deck.slides[0].slide_layout.name == "Titelfolie"
    presentation_master.remove_master(demo_db)
    assert presentation_master.own_master(demo_db) is None
    with pytest.raises(ExportError, match=r"\.pptx"):
        meeting_exports.export_presentation(demo_db, kickoff, tmp_path / "a.ppt", SETUP)
