"""Two editors of one meeting: two program instances (two databases on one file) open the same
meeting; whatever the second one saves over a change of the first is shown, never lost silently.
The meeting is the locking unit: any change to its agenda, invitations, poll, protocol or files
raises its version."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.database import Database
from app.db.versions import RecordConflict
from app.domain.enums import InvitationResponse, PollAnswer
from app.domain.models import AgendaItem, Meeting
from app.services import (
    agenda,
    attachments,
    invitations,
    meeting_editing,
    polls,
    protocols,
)
from app.ui.dialogs.conflict_dialog import ConflictDialog
from app.ui.meeting.meeting_editor import MeetingEditor

TODAY = date(2024, 10, 15)



@pytest.fixture
def meeting_id(demo_db: Database) -> int:
    """A meeting with at least two agenda items."""
    with demo_db.reading() as session:
        found = session.scalar(select(AgendaItem.meeting_id).group_by(AgendaItem.meeting_id)
                               .having(func.count() >= 2).order_by(AgendaItem.meeting_id))
    assert found is not None
    return int(found)


def _editor(qtbot: QtBot, db: Database, meeting_id: int) -> MeetingEditor:
    editor = MeetingEditor(db=db, today=TODAY, meeting_id=meeting_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _chooser(editor: MeetingEditor) -> ConflictDialog:
    chooser = editor.conflict_dialog
    assert chooser is not None and chooser.isVisible()
    return chooser


def _version(db: Database, meeting_id: int) -> int:
    with db.reading() as session:
        return int(session.get_one(Meeting, meeting_id).version)


def test_two_dialogs_on_one_meeting_show_the_other_title(qtbot: QtBot, demo_db: Database,
                                                         other: Database,
                                                         meeting_id: int) -> None:
    mine, theirs = _editor(qtbot, demo_db, meeting_id), _editor(qtbot, other, meeting_id)
    old_title = mine.general.title_edit.text()
    theirs.general.title_edit.setText("Titel der Kollegin")
    assert theirs.save()
    mine.general.location_edit.setText("Erfurt, Rathaus, Raum 2")
    assert not mine.save()
    chooser = _chooser(mine)
    rows = {row[0]: row[1:] for row in chooser.rows}
    assert rows["Titel"] == (old_title, "Titel der Kollegin")
    assert rows["Ort"][0] == "Erfurt, Rathaus, Raum 2"
    assert meeting_editing.load_meeting(demo_db, meeting_id).title == "Titel der Kollegin"
    chooser.take_button.click()
    assert mine.general.title_edit.text() == "Titel der Kollegin"
    assert not mine.has_unsaved_changes()
    mine.general.location_edit.setText("Erfurt, Rathaus, Raum 3")
    assert mine.save()
    stored = meeting_editing.load_meeting(other, meeting_id)
    assert (stored.title, stored.location) == ("Titel der Kollegin", "Erfurt, Rathaus, Raum 3")
    for editor in (mine, theirs):
        editor.close()


def test_keeping_mine_stores_mine_over_theirs(qtbot: QtBot, demo_db: Database, other: Database,
                                              meeting_id: int) -> None:
    mine, theirs = _editor(qtbot, demo_db, meeting_id), _editor(qtbot, other, meeting_id)
    theirs.general.title_edit.setText("Titel der Kollegin")
    assert theirs.save()
    mine.general.title_edit.setText("Mein Titel")
    assert not mine.save()
    _chooser(mine).keep_button.click()
    assert meeting_editing.load_meeting(other, meeting_id).title == "Mein Titel"
    assert not mine.has_unsaved_changes()
    theirs.general.notes_edit.setPlainText("Noch eine Notiz")
    assert not theirs.save()
    assert _chooser(theirs).isVisible()
    for editor in (mine, theirs):
        editor._general_dirty = False
        editor.close()


def test_two_protocol_editors(qtbot: QtBot, demo_db: Database, other: Database,
                              meeting_id: int) -> None:
    mine, theirs = _editor(qtbot, demo_db, meeting_id), _editor(qtbot, other, meeting_id)
    assert mine.protocol is not None and theirs.protocol is not None
    theirs.protocol.discussion_edit.setPlainText("Diskussion der Kollegin")
    assert theirs.protocol.save()
    mine.protocol.discussion_edit.setPlainText("Meine Mitschrift")
    assert not mine.protocol.save()
    chooser = _chooser(mine)
    assert [row[1:] for row in chooser.rows if row[0].endswith("Diskussion")] == [
        ("Meine Mitschrift", "Diskussion der Kollegin")]
    assert chooser.copy_mine().endswith("Diskussion: Meine Mitschrift")
    chooser.keep_button.click()
    first = protocols.load_protocol(other, meeting_id).tops[0]
    assert first.discussion == "Meine Mitschrift"
    assert not mine.protocol.is_dirty()
    theirs.protocol.discussion_edit.setPlainText("Zweiter Versuch der Kollegin")
    assert not theirs.protocol.save()
    _chooser(theirs).take_button.click()
    assert theirs.protocol.discussion_edit.toPlainText() == "Meine Mitschrift"
    assert not theirs.protocol.is_dirty()
    for editor in (mine, theirs):
        editor.close()


def test_a_page_action_after_a_change_elsewhere_shows_the_stored_meeting(
        qtbot: QtBot, demo_db: Database, other: Database, meeting_id: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *_args: told.append(text))
    mine, theirs = _editor(qtbot, demo_db, meeting_id), _editor(qtbot, other, meeting_id)
    assert mine.agenda is not None and theirs.agenda is not None
    items_before = len(agenda.load_agenda(demo_db, meeting_id))
    theirs.general.title_edit.setText("Titel der Kollegin")
    assert theirs.save()
    mine.agenda.add_item()
    assert len(told) == 1 and "anderen Arbeitsplatz" in told[0]
    assert len(agenda.load_agenda(demo_db, meeting_id)) == items_before
    assert mine.general.title_edit.text() == "Titel der Kollegin"
    mine.agenda.add_item()
    assert len(agenda.load_agenda(demo_db, meeting_id)) == items_before + 1
    assert len(told) == 1
    for editor in (mine, theirs):
        editor.close()


Change = Callable[[Database, int, Path], object]


def _first_invitation(db: Database, meeting_id: int) -> int:
    return invitations.list_invitations(db, meeting_id)[0].id


def _first_option(db: Database, meeting_id: int) -> int:
    return polls.add_option(db, meeting_id, datetime(2024, 11, 5, 10), datetime(2024, 11, 5, 12))


CHANGES: dict[str, Change] = {
    "agenda": lambda db, m, _p: agenda.save_agenda(
        db, m, [*agenda.load_agenda(db, m), agenda.AgendaEntry("Verschiedenes")]),
    "invitation": lambda db, m, _p: invitations.set_responses(
        db, [_first_invitation(db, m)], InvitationResponse.DECLINED),
    "poll": lambda db, m, _p: _first_option(db, m),
    "vote": lambda db, m, _p: polls.set_answers(
        db, [(_first_option(db, m), invitations.list_invitations(db, m)[0].person_id)],
        PollAnswer.YES),
    "protocol": lambda db, m, _p: protocols.save_protocol(
        db, replace(protocols.load_protocol(db, m), tops=tuple(
            replace(top, discussion="neu", decisions=("Beschluss",))
            for top in protocols.load_protocol(db, m).tops)), today=TODAY),
    "attachment": attachments.add_attachment,
}


@pytest.mark.parametrize("part", sorted(CHANGES))
def test_every_part_of_a_meeting_raises_its_version(demo_db: Database, other: Database,
                                                    meeting_id: int, tmp_path: Path,
                                                    part: str) -> None:
    upload = tmp_path / "Folien.pdf"
    upload.write_bytes(b"%PDF-1.4\n")
    held = meeting_editing.hold_meeting(demo_db, meeting_id)
    before = _version(demo_db, meeting_id)
    CHANGES[part](other, meeting_id, upload)
    assert _version(demo_db, meeting_id) > before
    with pytest.raises(RecordConflict):
        meeting_editing.update_meeting(demo_db.holding(held), meeting_id,
                                       meeting_editing.load_meeting(demo_db, meeting_id))
    assert held.version == before


def test_a_held_version_moves_with_the_editors_own_saves(demo_db: Database,
                                                        meeting_id: int) -> None:
    held = meeting_editing.hold_meeting(demo_db, meeting_id)
    mine = demo_db.holding(held)
    agenda.save_agenda(mine, meeting_id, [*agenda.load_agenda(mine, meeting_id),
                                          agenda.AgendaEntry("Verschiedenes")])
    assert held.version == _version(demo_db, meeting_id)
    draft = meeting_editing.load_meeting(demo_db, meeting_id)
    meeting_editing.update_meeting(mine, meeting_id, replace(draft, title="Neuer Titel"))
    assert held.version == _version(demo_db, meeting_id)
