"""In the editor: a new AG meeting takes over from the last one, the last protocol is approved,
saving warns about the day and overlaps, the date poll closes and offers the invitation."""

from __future__ import annotations

import email
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.policy import default
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.database import Database
from app.domain.enums import MeetingKind, PollAnswer
from app.domain.models import WorkingGroup
from app.services import agenda, continuity, invitations, polls, protocols
from app.services.meeting_editing import MeetingDraft
from app.ui.meeting.meeting_editor import MeetingEditor
from tests.demo_day import DEMO_TODAY


@pytest.fixture
def editors(qtbot: QtBot) -> Iterator[list[MeetingEditor]]:
    opened: list[MeetingEditor] = []
    yield opened
    for editor in opened:
        editor._general_dirty = False
        editor.close()


def _klima(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalars(select(WorkingGroup.id).where(
            WorkingGroup.short_name == "Klima")).one())


def _new_editor(qtbot: QtBot, db: Database, editors: list[MeetingEditor],
                starts: datetime, **changes: object) -> MeetingEditor:
    values: dict[str, object] = {
        "kind": MeetingKind.GROUP_SESSION, "title": "AG Klima: Sitzung", "starts_at": starts,
        "ends_at": starts + timedelta(hours=2), "group_id": _klima(db), "location": "Gotha"}
    values.update(changes)
    editor = MeetingEditor(db=db, today=DEMO_TODAY, proposal=MeetingDraft(**values))  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.show()
    editors.append(editor)
    return editor


def test_a_new_ag_meeting_follows_on_and_approves_the_last_protocol(
        qtbot: QtBot, demo_db: Database, editors: list[MeetingEditor]) -> None:
    starts = datetime.combine(DEMO_TODAY + timedelta(days=16), datetime.min.time()).replace(
        hour=9)
    editor = _new_editor(qtbot, demo_db, editors, starts)
    assert editor.follow_on_box.isVisibleTo(editor) and editor.follow_on_box.isChecked()
    assert "Offene Punkte" in editor.follow_on_box.text()
    proposed = continuity.proposal(demo_db, MeetingKind.GROUP_SESSION, _klima(demo_db), starts)
    assert proposed is not None
    editor.confirm_warnings = lambda _warnings: True
    assert editor.save()
    assert editor.meeting_id is not None and not editor.follow_on_box.isVisibleTo(editor)
    titles = [entry.title for entry in agenda.load_agenda(demo_db, editor.meeting_id)]
    assert titles[0].startswith("Genehmigung des Protokolls der Sitzung vom")
    assert titles[1] == continuity.OPEN_POINTS_TOP
    invited = {row.person_id for row in invitations.list_invitations(demo_db, editor.meeting_id)}
    assert invited == set(proposed.invitee_ids)

    page = editor.protocol
    assert page is not None
    assert page.approve_button.isVisibleTo(page)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert not page.approve_button.isVisibleTo(page)
    previous = protocols.load_protocol(demo_db, proposed.previous_id or 0)
    assert previous.approved_on == starts.date()
    assert "genehmigt" in page.state_label.text()


def test_saving_warns_about_the_day_and_an_overlap_and_saves_only_when_confirmed(
        qtbot: QtBot, demo_db: Database, editors: list[MeetingEditor]) -> None:
    saturday = datetime(2027, 1, 9, 10)
    editor = _new_editor(qtbot, demo_db, editors, saturday)
    asked: list[list[str]] = []
    editor.confirm_warnings = lambda warnings: asked.append(warnings) is not None
    assert not editor.save() and editor.meeting_id is None
    assert "Samstag" in asked[0][0]
    editor.confirm_warnings = lambda warnings: asked.append(warnings) is None
    assert editor.save() and editor.meeting_id is not None
    second = _new_editor(qtbot, demo_db, editors, saturday + timedelta(hours=1))
    second.confirm_warnings = lambda warnings: asked.append(warnings) is None
    assert second.save()
    assert any("dasselbe Gremium" in warning for warning in asked[-1])
    eve = _new_editor(qtbot, demo_db, editors, datetime(2027, 12, 24, 10),
                      kind=MeetingKind.OTHER, group_id=None, title="Jahresabschluss")
    eve.confirm_warnings = lambda warnings: asked.append(warnings) is None
    assert eve.save()
    assert any("Heiligabend" in warning for warning in asked[-1])


def test_taking_the_best_date_closes_the_poll_and_offers_the_invitation(
        qtbot: QtBot, demo_db: Database, editors: list[MeetingEditor], tmp_path: Path) -> None:
    editor = _new_editor(qtbot, demo_db, editors, datetime(2027, 3, 2, 14))
    editor.confirm_warnings = lambda _warnings: True
    assert editor.save() and editor.meeting_id is not None and editor.poll is not None
    page = editor.poll
    for starts in (datetime(2027, 3, 3, 14), datetime(2027, 3, 10, 14)):
        page.starts_edit.setDateTime(starts)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert len(polls.poll_grid(demo_db, editor.meeting_id).options) == 2
    editor.ask_save_path = lambda _title, name, _filter: tmp_path / name
    sent = editor.export("poll_eml")
    assert sent is not None
    mail = email.message_from_bytes(sent.read_bytes(), policy=default)
    assert "10.03.2027" in mail.get_body(("plain",)).get_content()
    page.view.setCurrentIndex(page.model.index(0, 1))
    page.view.selectionModel().select(page.model.index(0, 1),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
    page.set_answer(PollAnswer.YES)
    editor.confirm_invitation = lambda: True
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    assert page.closed_label.isVisibleTo(page) and not page.choose_button.isEnabled()
    assert editor.general.draft().starts_at == datetime(2027, 3, 10, 14)
    invitation = tmp_path / next(p.name for p in tmp_path.iterdir()
                                 if p.name.startswith("Einladung"))
    assert email.message_from_bytes(invitation.read_bytes(), policy=default)["X-Unsent"] == "1"
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert page.choose_button.isEnabled()


def test_copy_a_meeting_as_a_series_from_the_editor(
        qtbot: QtBot, demo_db: Database, editors: list[MeetingEditor]) -> None:
    editor = _new_editor(qtbot, demo_db, editors, datetime(2027, 4, 8, 14))
    editor.confirm_warnings = lambda _warnings: True
    editor.follow_on_box.setChecked(False)
    assert editor.save() and editor.meeting_id is not None
    saved: list[int] = []
    editor.sig_meeting_saved.connect(saved.append)
    dialog = editor.copy_meeting()
    assert dialog is not None
    dialog.date_edit.setDate(QDate(2027, 4, 22))
    dialog.series_check.setChecked(True)
    dialog.count_spin.setValue(3)
    assert "Christi Himmelfahrt" in dialog.preview.text()
    dialog.accept()
    assert len(saved) == 3
    assert "22.04.2027, 20.05.2027, 03.06.2027" in editor.status_label.text()
    assert editor.meeting_id not in saved
