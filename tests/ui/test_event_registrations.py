"""A public event in the editor: capacity 20, 25 registrations, a cancellation, badges, the
participant list and the check-in at the door, through the real widgets."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.domain.enums import MeetingKind
from app.services.meeting_editing import MeetingDraft
from app.ui.meeting.meeting_editor import MeetingEditor
from app.ui.pdf_printing import PdfPrintPreview
from tests.ui.printing import assert_prints_like_the_pdf


def test_registrations_waiting_list_badges_and_check_in(
        qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    editor = MeetingEditor(db=db, today=date(2027, 5, 3), proposal=MeetingDraft(
        kind=MeetingKind.PUBLIC_EVENT, title="Innenstadtforum 2027",
        starts_at=datetime(2027, 6, 17, 10), ends_at=datetime(2027, 6, 17, 16),
        location="Erfurt"))
    qtbot.addWidget(editor)
    editor.show()
    editor.confirm_warnings = lambda _warnings: True
    assert editor.save()
    page = editor.registrations
    assert page is not None
    page.capacity_spin.setValue(20)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    form = tmp_path / "formular.csv"
    form.write_text("Vorname;Nachname;Organisation;E-Mail\n" + "".join(
        f"Vorname{n};Nachname{n};Stadt {n};p{n}@example.org\n" for n in range(1, 25)),
        encoding="utf-8")
    broken = tmp_path / "kaputt.csv"
    broken.write_text("Name;E-Mail\nAnna Berg;anna@\n;b@example.org\n", encoding="utf-8")
    page.ask_open_path = lambda _title: broken
    preview = page.import_file()
    assert preview is not None and "2 von 2 Zeilen sind fehlerhaft" in preview.summary_label.text()
    assert not preview.buttons.button(preview.buttons.StandardButton.Ok).isEnabled()
    preview.reject()
    page.ask_open_path = lambda _title: form
    preview = page.import_file()
    assert preview is not None and preview.table.visible_rows() == 24
    preview.accept()
    page.name_edit.setText("Jürgen Müller")
    page.organisation_edit.setText("Stadt Gotha")
    qtbot.keyClicks(page.email_edit, "jm@example.org")
    qtbot.keyClick(page.email_edit, Qt.Key.Key_Return)
    assert "angemeldet 20 von 20" in page.counts_label.text()
    assert "Warteliste 5" in page.counts_label.text()
    placed = next(row for row in page.table.model_rows() if row.waiting_place is None)
    page.table.select_ids([placed.id])
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert "Warteliste 4" in page.counts_label.text() and "nachgerückt" in page.counts_label.text()
    assert "angemeldet 20 von 20" in page.counts_label.text()

    qtbot.keyClicks(page.search, "nachname7")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert "anwesend 1" in page.counts_label.text()
    page.search.clear()

    page.ask_save_path = lambda _title, name, _filter: tmp_path / name
    badges = page.export_pdf("badges")
    assert badges is not None
    text = "".join(p.extract_text() for p in PdfReader(str(badges)).pages)
    assert len(PdfReader(str(badges)).pages) == 3
    listing = page.export_pdf("list")
    assert listing is not None and "Teilnehmerliste" in PdfReader(str(listing)).pages[0] \
        .extract_text()
    page.ask_folder = lambda _title: tmp_path
    assert len(page.write_mails()) == 24
    preview = page.print_preview("badges")
    assert isinstance(preview, PdfPrintPreview)
    assert_prints_like_the_pdf(preview, tmp_path)
    preview.close()
    assert text.count("Vorname7 Nachname7") == 1
    editor.close()


def test_the_kickoff_presentation_from_the_meeting_editor(
        qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    from pptx import Presentation
    from sqlalchemy import select

    from app.domain.models import Meeting

    with demo_db.reading() as session:
        kickoff = session.scalars(select(Meeting.id).where(
            Meeting.title == "Jahresauftaktveranstaltung 2023")).one()
    editor = MeetingEditor(db=demo_db, today=date(2023, 2, 20), meeting_id=kickoff)
    qtbot.addWidget(editor)
    editor.ask_save_path = lambda _title, name, _filter: tmp_path / name
    assert "presentation_pptx" in editor.export_actions
    editor.export_actions["presentation_pptx"].trigger()
    [written] = list(tmp_path.glob("*.pptx"))
    deck = Presentation(str(written))
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert "TOP 7: Zusammenfassung / Come Together / Buffet" in titles
    assert {"AG Klima", "AG Leerstand"} <= set(titles)
    editor.close()
