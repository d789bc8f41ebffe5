"""A user plans a meeting in the calendar, polls the date, invites an AG, records attendance,
writes the protocol and exports every document, all through the real widgets."""

from __future__ import annotations

import email
from collections.abc import Iterator
from datetime import date, datetime
from email.policy import default
from pathlib import Path

import pytest
from docx import Document
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QDateTime, QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.domain.enums import InvitationResponse, MeetingKind, MeetingStatus, PollAnswer
from app.services import agenda, invitations, meeting_editing, meetings, protocols
from app.services.protocols import TaskEntry
from app.ui.i18n import install_german
from app.ui.main_window import MainWindow
from app.ui.meeting.meeting_editor import MeetingEditor
from tests.ui.printing import assert_prints_like_the_pdf

TODAY = date(2024, 10, 15)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    install_german(QApplication.instance())  # type: ignore[arg-type]
    main_window = MainWindow(db=demo_db, ui_state=QSettings(str(tmp_path / "ui.ini"),
                                                            QSettings.Format.IniFormat),
                             today=TODAY)
    qtbot.addWidget(main_window)
    main_window.resize(1280, 800)
    main_window.show()
    main_window.tabs.setCurrentWidget(main_window.calendar)
    yield main_window
    for editor in list(main_window.calendar.editors):
        editor._general_dirty = False
        editor.close()


def _double_click_day(qtbot: QtBot, window: MainWindow, day: date) -> None:
    view = window.calendar.month_view
    rect = view.visualRect(view.grid.index_of(day))
    spot = rect.center()
    spot.setY(rect.bottom() - 3)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def _plan_meeting(qtbot: QtBot, window: MainWindow) -> MeetingEditor:
    _double_click_day(qtbot, window, date(2024, 10, 22))
    editor = window.calendar.editors[-1]
    general = editor.general
    assert general.starts_edit.dateTime().toPython() == datetime(2024, 10, 22, 10)
    general.kind_box.setCurrentIndex(general.kind_box.findText("AG-Sitzung"))
    general.group_box.setCurrentIndex(general.group_box.findText("Klima – AG Klima",
                                                                 Qt.MatchFlag.MatchStartsWith))
    qtbot.keyClicks(general.title_edit, "AG Klima: Hitzeschutz")
    qtbot.keyClicks(general.location_edit, "Weimar, Stadthaus")
    assert editor.follow_on_box.isVisibleTo(editor)
    editor.follow_on_box.setChecked(False)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.meeting_id is not None
    return editor


def test_month_view_shows_meetings_and_holidays(window: MainWindow) -> None:
    calendar = window.calendar
    model = calendar.month_model
    reformation = model.cell(model.index_of(date(2024, 10, 31)))
    assert reformation.holiday == "Reformationstag"
    titles = [m.title for m in model.cell(model.index_of(date(2024, 10, 17))).meetings]
    assert titles == ["Treffen der AG-Leitungen"]
    assert "Oktober 2024" in calendar.period_label.text()
    calendar.step(1)
    assert "November 2024" in calendar.period_label.text()
    calendar.kind_box.setCurrentIndex(calendar.kind_box.findText("Netzwerktreffen"))
    assert calendar.count_label.text() == "1 Sitzung(en)"
    calendar.show_view(1)
    assert calendar.week_model.rowCount() == 1
    assert "KW" in calendar.period_label.text()


def test_double_click_on_a_meeting_line_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    view = window.calendar.month_view
    rect = view.visualRect(view.grid.index_of(date(2024, 10, 17)))
    spot = rect.topLeft()
    spot.setX(rect.center().x())
    spot.setY(rect.top() + 28)
    assert view.meeting_at(spot) is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert window.calendar.editors[-1].general.title_edit.text() == "Treffen der AG-Leitungen"


def test_validation_and_holiday_warning_in_german(qtbot: QtBot, window: MainWindow,
                                                  demo_db: Database) -> None:
    _double_click_day(qtbot, window, date(2024, 10, 31))
    editor = window.calendar.editors[-1]
    assert "Reformationstag" in editor.general.warning_label.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.meeting_id is None
    assert editor.status_label.text() == "Bitte einen Titel eingeben."
    general = editor.general
    qtbot.keyClicks(general.title_edit, "Digital")
    general.format_box.setCurrentIndex(general.format_box.findText("digital"))
    general.ends_edit.setDateTime(QDateTime(datetime(2024, 10, 31, 9)))
    general.kind_box.setCurrentIndex(general.kind_box.findText("AG-Sitzung"))
    assert general.draft().kind is MeetingKind.GROUP_SESSION
    problems = general.problems_label.text()
    assert "bitte die Arbeitsgruppe wählen" in problems
    assert "Das Ende muss nach dem Beginn liegen." in problems
    assert "Online-Link" in problems
    assert editor.save() is False


def test_plan_poll_invite_attend_protocol_and_export(qtbot: QtBot, window: MainWindow,
                                                     demo_db: Database, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    editor = _plan_meeting(qtbot, window)
    meeting_id = editor.meeting_id
    assert meeting_id is not None
    assert meeting_editing.load_meeting(demo_db, meeting_id).title == "AG Klima: Hitzeschutz"
    assert editor.tabs.count() == 6
    _write_agenda(qtbot, editor, demo_db, meeting_id, warnings)
    _run_date_poll(qtbot, editor, demo_db, meeting_id)
    attendees = _invite_and_record_attendance(qtbot, editor, demo_db, meeting_id)
    _write_protocol(qtbot, editor, demo_db, meeting_id)
    _export_everything(editor, tmp_path, attendees)
    protocol = editor.protocol
    assert protocol is not None
    protocol.sent_check.setChecked(True)
    protocol.sent_edit.setDate(date(2024, 11, 20))
    qtbot.mouseClick(protocol.save_button, Qt.MouseButton.LeftButton)
    assert meeting_editing.load_meeting(demo_db, meeting_id).status is \
        MeetingStatus.PROTOCOL_SENT


def _write_agenda(qtbot: QtBot, editor: MeetingEditor, demo_db: Database, meeting_id: int,
                  warnings: list[str]) -> None:
    page = editor.agenda
    assert page is not None
    editor.tabs.setCurrentWidget(page)
    for title in ("Begrüßung", "Wanderbaumallee", "Verschiedenes"):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        line_edits = [w for w in page.view.viewport().findChildren(QLineEdit) if w.isVisible()]
        assert len(line_edits) == 1
        line_edits[0].setText(title)  # QTest types ASCII only
        qtbot.keyClick(line_edits[0], Qt.Key.Key_Return)
        qtbot.waitUntil(lambda t=title: page.model.entries[-1].title == t)
    assert page.model.setData(page.model.index(1, 3), "40")
    assert not page.model.setData(page.model.index(1, 3), "viel")
    assert warnings == ["Bitte die geplante Dauer als ganze Zahl von Minuten eingeben."]
    page.view.setCurrentIndex(page.model.index(2, 1))
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    titles = [entry.title for entry in agenda.load_agenda(demo_db, meeting_id)]
    assert titles == ["Begrüßung", "Verschiedenes", "Wanderbaumallee"]
    mime = page.model.mimeData([page.model.index(2, 0)])
    page.model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, page.model.index(-1, -1))
    titles = [entry.title for entry in agenda.load_agenda(demo_db, meeting_id)]
    assert titles == ["Begrüßung", "Wanderbaumallee", "Verschiedenes"]
    assert page.total_label.text() == "3 TOP(s), geplant 40 Minuten"



def _run_date_poll(qtbot: QtBot, editor: MeetingEditor, demo_db: Database,
                   meeting_id: int) -> None:
    poll = editor.poll
    assert poll is not None
    editor.tabs.setCurrentWidget(poll)
    for day in (date(2024, 11, 5), date(2024, 11, 12)):
        poll.starts_edit.setDateTime(QDateTime(datetime.combine(day, datetime.min.time())
                                               .replace(hour=14)))
        qtbot.mouseClick(poll.add_button, Qt.MouseButton.LeftButton)
    assert poll.model.columnCount() == 2 and poll.model.rowCount() == 14
    selection = poll.view.selectionModel()
    for row in range(3):
        selection.select(poll.model.index(row, 1), QItemSelectionModel.SelectionFlag.Select)
    qtbot.mouseClick(poll.answer_buttons[PollAnswer.YES],
                     Qt.MouseButton.LeftButton)
    assert "12.11.2024 14:00" in poll.best_label.text()
    assert "★" in str(poll.model.headerData(1, Qt.Orientation.Horizontal))
    poll.view.setCurrentIndex(poll.model.index(0, 1))
    offered: list[bool] = []
    editor.confirm_invitation = lambda: offered.append(True) is None and False
    qtbot.mouseClick(poll.choose_button, Qt.MouseButton.LeftButton)
    assert offered == [True] and poll.closed_label.isVisibleTo(poll)
    assert meeting_editing.load_meeting(demo_db, meeting_id).starts_at == datetime(
        2024, 11, 12, 14)
    assert editor.general.starts_edit.dateTime().toPython() == datetime(2024, 11, 12, 14)



def _invite_and_record_attendance(qtbot: QtBot, editor: MeetingEditor, demo_db: Database,
                                  meeting_id: int) -> list[str]:
    page_inv = editor.invitations
    assert page_inv is not None
    editor.tabs.setCurrentWidget(page_inv)
    assert page_inv.list_box.currentText().startswith("AG Klima")
    qtbot.mouseClick(page_inv.invite_button, Qt.MouseButton.LeftButton)
    assert page_inv.counts_label.text().startswith("Eingeladen: 14")
    page_inv.table.view.selectRow(0)
    page_inv.table.view.selectionModel().select(
        page_inv.table.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
        | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(page_inv.action_buttons["accepted"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page_inv.action_buttons["attended"], Qt.MouseButton.LeftButton)
    page_inv.table.view.selectRow(2)
    qtbot.mouseClick(page_inv.action_buttons["declined"], Qt.MouseButton.LeftButton)
    assert page_inv.counts_label.text() == (
        "Eingeladen: 14 · zugesagt: 2 · abgesagt: 1 · offen: 11 · teilgenommen: 2")
    rows = invitations.list_invitations(demo_db, meeting_id)
    attendees = [row.name for row in rows if row.attended]
    assert len(attendees) == 2 and rows[0].response is InvitationResponse.ACCEPTED
    assert editor.general.status_box.currentText() == "eingeladen"

    return attendees


def _write_protocol(qtbot: QtBot, editor: MeetingEditor, demo_db: Database,
                    meeting_id: int) -> None:
    rows = invitations.list_invitations(demo_db, meeting_id)
    protocol = editor.protocol
    assert protocol is not None
    editor.tabs.setCurrentWidget(protocol)
    protocol.tops_view.setCurrentIndex(protocol.tops_model.index(1))
    qtbot.keyClicks(protocol.discussion_edit, "Standorte in Weimar und Jena besprochen.")
    qtbot.keyClicks(protocol.decisions_edit, "Die Wanderbaumallee startet im Mai.")
    protocol.store_task(None, TaskEntry("Pflanzkübel bestellen", rows[0].person_id,
                                        date(2024, 12, 1)))
    protocol.author_box.setCurrentIndex(protocol.author_box.findText(rows[1].name.split(
        " ", 1)[-1], Qt.MatchFlag.MatchContains))
    assert protocol.is_dirty()
    qtbot.mouseClick(protocol.save_button, Qt.MouseButton.LeftButton)
    assert not protocol.is_dirty()
    saved = protocols.load_protocol(demo_db, meeting_id)
    assert saved.tops[1].decisions == ("Die Wanderbaumallee startet im Mai.",)
    assert saved.tops[1].tasks[0].description == "Pflanzkübel bestellen"
    assert saved.author_id == rows[1].person_id



def _export_everything(editor: MeetingEditor, tmp_path: Path, attendees: list[str]) -> None:
    editor.ask_save_path = lambda _title, name, _filter: tmp_path / name
    written = {key: editor.export(key) for key in (
        "invitation_docx", "invitation_eml", "invitation_ics", "agenda_docx", "protocol_docx",
        "invitation_list_pdf", "attendance_pdf")}
    assert all(path is not None and path.is_file() for path in written.values())
    protocol_file = written["protocol_docx"]
    assert protocol_file is not None
    document = Document(str(protocol_file))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert all(name in text for name in attendees)
    assert "TOP 2: Wanderbaumallee" in text and "Die Wanderbaumallee startet im Mai." in text
    assert "Pflanzkübel bestellen" in text
    attendance = written["attendance_pdf"]
    assert attendance is not None
    assert "Unterschrift" in PdfReader(attendance).pages[0].extract_text()
    ics = written["invitation_ics"]
    assert ics is not None
    event = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")[0]
    assert "Wanderbaumallee" in str(event["DESCRIPTION"])
    eml = written["invitation_eml"]
    assert eml is not None
    message = email.message_from_bytes(eml.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert len(list(message.iter_attachments())) == 2
    assert "Gespeichert:" in editor.status_label.text()



@pytest.mark.parametrize("kind", ["attendance", "invitations"])
def test_printing_prints_the_exported_pdf(qtbot: QtBot, window: MainWindow, demo_db: Database,
                                          tmp_path: Path, kind: str) -> None:
    editor = _plan_meeting(qtbot, window)
    assert editor.invitations is not None
    qtbot.mouseClick(editor.invitations.invite_button, Qt.MouseButton.LeftButton)
    preview = editor.show_print_preview(kind)
    assert preview is not None
    assert ("Anwesenheitsliste" if kind == "attendance" else "Einladungsliste") \
        in preview.windowTitle()
    assert_prints_like_the_pdf(preview, tmp_path)
    preview.close()


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    editor = _plan_meeting(qtbot, window)
    qtbot.keyClicks(editor.general.title_edit, " neu")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Cancel)
    editor.close()
    assert editor.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Save)
    editor.close()
    assert not editor.isVisible()
    assert editor.meeting_id is not None


def test_open_tasks_can_be_ticked_off(qtbot: QtBot, window: MainWindow,
                                      demo_db: Database) -> None:
    dialog = window.calendar.show_tasks()
    before = dialog.table.visible_rows()
    assert before > 0
    dialog.table.view.selectRow(0)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.table.visible_rows() == before - 1
    assert len(protocols.list_tasks(demo_db, today=TODAY)) == before - 1
    dialog.close()


def test_overdue_protocol_shows_in_the_meeting(qtbot: QtBot, window: MainWindow,
                                               demo_db: Database) -> None:
    overdue = [row for row in meetings.list_meetings(demo_db, today=TODAY)
               if row.protocol_overdue]
    editor = window.calendar.open_meeting(overdue[0].id)
    assert editor.overdue_label.isVisibleTo(editor)
    assert "Protokoll überfällig" in editor.overdue_label.text()
    assert editor.protocol is not None
    editor.protocol.sent_check.setChecked(True)
    editor.protocol.sent_edit.setDate(TODAY)
    qtbot.mouseClick(editor.protocol.save_button, Qt.MouseButton.LeftButton)
    assert not editor.overdue_label.isVisibleTo(editor)


def test_attachments_are_added_opened_and_removed(window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  qtbot: QtBot) -> None:
    editor = _plan_meeting(qtbot, window)
    page = editor.attachments
    assert page is not None
    source = tmp_path / "Präsentation.pdf"
    source.write_bytes(b"%PDF-1.4 Folien")
    page.add_files([source])
    assert page.table.visible_rows() == 1
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page.table.view.selectRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert Path(opened[0]).read_bytes() == b"%PDF-1.4 Folien"
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    page.add_files([tmp_path / "fehlt.pdf"])
    assert warnings and "gibt es nicht" in warnings[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.table.view.selectRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.table.visible_rows() == 0


def test_person_picker_and_task_dialog(qtbot: QtBot, demo_db: Database) -> None:
    from app.ui.meeting.invitations_page import PersonPicker
    from app.ui.meeting.protocol_page import TaskDialog

    picker = PersonPicker(db=demo_db)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "Baumann")
    assert picker.table.visible_rows() >= 1
    picker.table.view.selectRow(0)
    assert len(picker.picked_ids()) == 1
    dialog = TaskDialog(task=TaskEntry(""), people=[(1, "Erika Muster")])
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.error_label.text() == "Bitte beschreiben, was zu tun ist."
    dialog.description_edit.setText("Fotos sammeln")
    dialog.responsible_box.setCurrentIndex(1)
    dialog.due_check.setChecked(True)
    dialog.due_edit.setDate(date(2024, 12, 1))
    assert dialog.task() == TaskEntry("Fotos sammeln", 1, date(2024, 12, 1))


def test_the_reply_by_date_is_optional_and_offers_the_meetings_day(qtbot: QtBot) -> None:
    from dataclasses import replace

    from app.services.meeting_editing import MeetingDraft
    from app.ui.meeting.general_page import GeneralPage

    page = GeneralPage(groups=[], hosts=[])
    qtbot.addWidget(page)
    draft = MeetingDraft(kind=MeetingKind.NETWORK, title="Treffen",
                         starts_at=datetime(2024, 11, 5, 10), ends_at=datetime(2024, 11, 5, 12),
                         location="Erfurt")
    page.set_draft(draft)
    assert page.draft().rsvp_by is None and not page.rsvp.edit.isEnabled()
    assert page.rsvp.edit.date().toPython() == date(2024, 11, 5)
    page.rsvp.check.setChecked(True)
    assert page.rsvp.edit.isEnabled() and page.draft().rsvp_by == date(2024, 11, 5)
    page.set_draft(replace(draft, rsvp_by=date(2024, 10, 29)))
    assert page.draft().rsvp_by == date(2024, 10, 29) and page.rsvp.edit.isEnabled()
