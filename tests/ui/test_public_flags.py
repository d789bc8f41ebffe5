""""Öffentlich" in the meeting editor and on each TOP: chosen by the user, stored, and a public
event starts public."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.database import Database
from app.domain.models import AgendaItem, Meeting
from app.services import agenda
from app.ui.main_window import MainWindow
from tests.ui.test_meeting_editor import _double_click_day, window  # noqa: F401

__all__ = ["window"]


def test_a_public_event_is_public_with_its_programme_and_a_top_can_be_kept_private(
        qtbot: QtBot, window: MainWindow, demo_db: Database,  # noqa: F811
        tmp_path: Path) -> None:
    _double_click_day(qtbot, window, date(2024, 10, 22))
    editor = window.calendar.editors[-1]
    general = editor.general
    assert not general.public_check.isChecked()
    general.kind_box.setCurrentIndex(general.kind_box.findText("Öffentliche Veranstaltung"))
    assert general.public_check.isChecked()
    qtbot.keyClicks(general.title_edit, "Forum Innenstadt")
    qtbot.keyClicks(general.location_edit, "Erfurt, Rathaus")
    editor.follow_on_box.setChecked(False)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.meeting_id is not None
    page = editor.agenda
    assert page is not None
    model = page.model
    model.set_entries([agenda.AgendaEntry("Begrüßung"), agenda.AgendaEntry("Interna")])
    page.save()
    assert [entry.public for entry in model.entries] == [True, True]
    public = model.index(1, 4)
    assert model.flags(public) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(public, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: not agenda.load_agenda(demo_db, editor.meeting_id)[1].public)
    with demo_db.reading() as session:
        meeting = session.get_one(Meeting, editor.meeting_id)
        assert meeting.public
        flags = session.execute(select(AgendaItem.title, AgendaItem.public)
                                .where(AgendaItem.meeting_id == meeting.id)
                                .order_by(AgendaItem.position)).all()
    assert [tuple(row) for row in flags] == [("Begrüßung", True), ("Interna", False)]
    general.public_check.setChecked(False)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with demo_db.reading() as session:
        assert not session.get_one(Meeting, editor.meeting_id).public
