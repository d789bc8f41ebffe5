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


def test_goal_project_and_news_item_are_made_public_in_their_dialogs(
        qtbot: QtBot, window: MainWindow, demo_db: Database) -> None:  # noqa: F811
    from app.domain.enums import PrKind
    from app.domain.models import Goal, PilotProject, PrItem
    from tests.ui.form_saves import accept_and_wait

    groups = window.groups
    groups.groups.view.selectRow(1)
    goal = groups.edit_goal(None)
    qtbot.keyClicks(goal.title_edit, "Leerstandskataster")
    goal.public_check.setChecked(True)
    accept_and_wait(qtbot, goal)
    project = window.projects.edit_project(None)
    qtbot.keyClicks(project.name_edit, "Pop-up-Laden Gotha")
    project.public_check.setChecked(True)
    accept_and_wait(qtbot, project)
    page = window.work.pr
    page.kind_box.setCurrentIndex(page.kind_box.findData(PrKind.WEBSITE))
    qtbot.keyClicks(page.title_edit, "Neue Termine")
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)
    with demo_db.reading() as session:
        item_id = session.scalar(select(PrItem.id).where(PrItem.title == "Neue Termine"))
    assert item_id is not None
    dialog = page.edit_item(item_id)
    assert dialog is not None and not dialog.public_check.isChecked()
    dialog.text_edit.setPlainText("Die Termine des Jahres stehen fest.")
    dialog.public_check.setChecked(True)
    dialog.link_edit.setText("javascript:alert(1)")
    dialog.accept()
    assert dialog.isVisible() and "https://" in dialog.error_label.text()
    dialog.link_edit.clear()
    dialog.accept()
    assert not dialog.isVisible()
    with demo_db.reading() as session:
        assert session.scalar(select(Goal.public).where(Goal.title == "Leerstandskataster"))
        assert session.scalar(select(PilotProject.public)
                              .where(PilotProject.name == "Pop-up-Laden Gotha"))
        item = session.get_one(PrItem, item_id)
        assert item.public and item.text == "Die Termine des Jahres stehen fest."


def test_a_persons_consent_to_publication_is_stored_with_its_date(
        qtbot: QtBot, window: MainWindow, demo_db: Database) -> None:  # noqa: F811
    from PySide6.QtWidgets import QDialogButtonBox

    from app.services.contact_editing import load_person
    from tests.ui.form_saves import wait_until_stored

    contacts = window.contacts
    contacts.search.setText("Baumann")
    contacts.persons.view.selectRow(0)
    person_id = contacts.persons.selected_id()
    assert person_id is not None
    dialog = contacts.editing.edit_person(person_id)
    assert not dialog.publication_check.isChecked()
    dialog.publication_check.setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    wait_until_stored(qtbot, dialog)
    stored = load_person(demo_db, person_id)
    assert stored.publication_consent and stored.publication_consent_date is not None


def test_the_website_is_published_from_the_file_menu_and_shown_in_the_browser(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    from PySide6.QtCore import QUrl

    from app.settings import load_settings

    dialog = window.publish_website()
    opened: list[QUrl] = []
    dialog.open_url = opened.append
    dialog.folder_edit.clear()
    dialog.publish()
    assert "Zielordner" in dialog.result_label.text()
    dialog.ask_folder = lambda: tmp_path / "website"
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    task = dialog.publish()
    assert task is not None
    qtbot.waitUntil(lambda: dialog.published is not None, timeout=20_000)
    assert (tmp_path / "website" / "index.html").is_file()
    assert "Dateien" in dialog.result_label.text()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "website" / "index.html"))]
    assert load_settings().website_folder == str(tmp_path / "website")
    dialog.close()


def test_a_newsletter_is_written_from_the_pr_page(qtbot: QtBot, window: MainWindow,  # noqa: F811
                                                  demo_db: Database, tmp_path: Path) -> None:
    import email
    from email import policy

    from PySide6.QtCore import QUrl

    page = window.work.pr
    dialog = page.compose_newsletter()
    opened: list[QUrl] = []
    dialog.open_url = opened.append
    dialog.ask_path = lambda: tmp_path / "newsletter.eml"
    assert dialog.write() is None
    assert "ankreuzen" in dialog.message_label.text()
    dialog.list_box.setCurrentIndex(dialog.list_box.findData("Newsletter"))
    dialog.items_model.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.write() is not None
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    message = email.message_from_bytes((tmp_path / "newsletter.eml").read_bytes(),
                                       policy=policy.default)
    assert message.get_body(("html",)) is not None and message["Bcc"].addresses
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "newsletter.eml"))]
    dialog.close()
    qtbot.waitUntil(lambda: any(row.kind.value == "newsletter" and row.title.startswith(
        "Newsletter") and row.channel.startswith("Newsletter an") for row in
        page.items.model_rows()))
