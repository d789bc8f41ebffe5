"""Two editors of one person: two program instances (two databases on one file) edit the same
person; the second to save sees both versions, and what they typed survives every choice."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.db.storage_errors import StorageError
from app.domain.models import Person
from app.services import contact_editing, contact_lists
from app.ui.contacts.person_dialog import PersonDialog
from app.ui.tabs.contacts_tab import ContactsTab
from tests.ui.form_saves import wait_until_stored


@pytest.fixture
def tab(qtbot: QtBot, demo_db: Database) -> Iterator[ContactsTab]:
    contacts = ContactsTab(db=demo_db)
    qtbot.addWidget(contacts)
    yield contacts



def _first_person(db: Database) -> int:
    with db.reading() as session:
        person_id = session.query(Person.id).order_by(Person.id).limit(1).scalar()
    assert person_id is not None
    return int(person_id)


def _other_saves_function(other: Database, person_id: int, function: str) -> None:
    draft = contact_editing.load_person(other, person_id)
    contact_lists.save_person(other, person_id, replace(draft, function=function),
                              tuple(contact_lists.person_memberships(other, person_id)),
                              contact_lists.person_lists(other, person_id))


def _edit_and_collide(qtbot: QtBot, tab: ContactsTab, other: Database) -> PersonDialog:
    person_id = _first_person(other)
    dialog = tab.editing.edit_person(person_id)
    _other_saves_function(other, person_id, "Referentin (Kollegin)")
    dialog.edits["function"].setText("Referatsleiterin (meine Eingabe)")
    dialog.notes_edit.setPlainText("Lange Notiz, die nicht verloren gehen darf.")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    wait_until_stored(qtbot, dialog)
    assert dialog.isVisible(), "Der Dialog muss offen bleiben."
    assert dialog.conflict_dialog.isVisible()
    return dialog


def test_keep_mine_saves_over_the_other_version(qtbot: QtBot, tab: ContactsTab,
                                                other: Database, demo_db: Database) -> None:
    dialog = _edit_and_collide(qtbot, tab, other)
    chooser = dialog.conflict_dialog
    rows = {chooser.table.item(r, 0).text(): (chooser.table.item(r, 1).text(),
                                              chooser.table.item(r, 2).text())
            for r in range(chooser.table.rowCount())}
    assert rows["Funktion"] == ("Referatsleiterin (meine Eingabe)", "Referentin (Kollegin)")
    assert "wurde inzwischen von" in chooser.message_label.text()
    assert "Ihre Eingaben sind noch im Formular" in chooser.message_label.text()
    qtbot.mouseClick(chooser.keep_button, Qt.MouseButton.LeftButton)
    wait_until_stored(qtbot, dialog)
    assert not dialog.isVisible()
    stored = contact_editing.load_person(demo_db, _first_person(demo_db))
    assert stored.function == "Referatsleiterin (meine Eingabe)"
    assert stored.notes == "Lange Notiz, die nicht verloren gehen darf."


def test_take_theirs_puts_the_other_version_into_the_form(qtbot: QtBot, tab: ContactsTab,
                                                          other: Database) -> None:
    dialog = _edit_and_collide(qtbot, tab, other)
    copied = dialog.conflict_dialog.copy_mine()
    assert "Referatsleiterin (meine Eingabe)" in copied
    assert QApplication.clipboard().text() == copied
    qtbot.mouseClick(dialog.conflict_dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.edits["function"].text() == "Referentin (Kollegin)"
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    wait_until_stored(qtbot, dialog)
    assert not dialog.isVisible()


def test_cancelled_conflict_keeps_the_typed_text_in_the_form(qtbot: QtBot, tab: ContactsTab,
                                                             other: Database) -> None:
    dialog = _edit_and_collide(qtbot, tab, other)
    dialog.conflict_dialog.reject()
    assert dialog.isVisible()
    assert dialog.edits["function"].text() == "Referatsleiterin (meine Eingabe)"
    assert dialog.notes_edit.toPlainText() == "Lange Notiz, die nicht verloren gehen darf."
    dialog.reject()


def test_a_lock_held_too_long_offers_retry_and_keeps_the_edit(
        qtbot: QtBot, tab: ContactsTab, demo_db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    person_id = _first_person(demo_db)
    dialog = tab.editing.edit_person(person_id)
    dialog.edits["function"].setText("Nach dem Warten gespeichert")
    real_save = contact_lists.save_person
    attempts: list[int] = []

    def locked_once(*args: object, **kwargs: object) -> int:
        attempts.append(threading.get_ident())
        if len(attempts) == 1:
            raise StorageError("Die Datenbank ist gerade gesperrt.", retry_makes_sense=True)
        return real_save(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(contact_lists, "save_person", locked_once)
    answers: list[str] = []

    def retry(*args: object) -> QMessageBox.StandardButton:
        answers.append(str(args[2]))
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "warning", retry)
    dialog.accept()
    qtbot.waitUntil(lambda: len(attempts) == 2, timeout=30_000)
    wait_until_stored(qtbot, dialog)
    assert answers and "gesperrt" in answers[0]
    assert threading.get_ident() not in attempts, "gespeichert wird im Datenbank-Arbeiter"
    assert len(attempts) == 2 and not dialog.isVisible()
    assert contact_editing.load_person(demo_db, person_id).function == \
        "Nach dem Warten gespeichert"


def test_a_goal_changed_elsewhere_shows_both_versions(qtbot: QtBot, demo_db: Database,
                                                      other: Database) -> None:
    from datetime import date

    from app.services import group_work
    from app.ui.tabs.groups_tab import GroupsTab

    groups_tab = GroupsTab(db=demo_db, today=date(2024, 12, 10))
    qtbot.addWidget(groups_tab)
    goal_id = group_work.list_goals(demo_db, today=date(2024, 12, 10))[0].id
    dialog = groups_tab.edit_goal(goal_id)
    theirs = group_work.load_goal(other, goal_id)
    group_work.save_goal(other, replace(theirs, description="Fassung der Kollegin"), goal_id)
    dialog.description_edit.setPlainText("Meine Fassung")
    dialog.accept()
    wait_until_stored(qtbot, dialog)
    assert dialog.isVisible()
    chooser = dialog.conflict_dialog
    assert chooser is not None and chooser.isVisible()
    assert chooser.differing == ["Beschreibung"]
    assert chooser.table.item(0, 1).text() == "Meine Fassung"
    assert chooser.table.item(0, 2).text() == "Fassung der Kollegin"
    chooser.keep_button.click()
    wait_until_stored(qtbot, dialog)
    assert not dialog.isVisible()
    assert group_work.load_goal(other, goal_id).description == "Meine Fassung"


def test_a_pasted_control_character_is_refused_naming_the_field(
        qtbot: QtBot, tab: ContactsTab, demo_db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_args: warnings.append(text))
    person_id = _first_person(demo_db)
    before = contact_editing.load_person(demo_db, person_id)
    dialog = tab.editing.edit_person(person_id)
    dialog.edits["function"].setText("Leiterin\x0bAmt")
    dialog.accept()
    wait_until_stored(qtbot, dialog)
    assert dialog.isVisible()
    assert warnings and "„Funktion“ enthält ein unsichtbares Steuerzeichen" in warnings[0]
    assert dialog.edits["function"].text() == "Leiterin\x0bAmt"
    assert contact_editing.load_person(demo_db, person_id) == before
    dialog.reject()


def test_two_editors_of_a_programme_see_both_versions(qtbot: QtBot, demo_db: Database,
                                                      other: Database) -> None:
    from datetime import date

    from app.services import knowledge, knowledge_editing
    from app.ui.tabs.knowledge_tab import KnowledgeTab

    today = date(2026, 11, 29)
    tab = KnowledgeTab(db=demo_db, today=today)
    qtbot.addWidget(tab)
    programme_id = knowledge.list_programmes(demo_db, today=today)[0].id
    dialog = tab.programmes.edit_programme(programme_id)
    theirs = knowledge_editing.load_programme(other, programme_id)
    knowledge_editing.save_programme(other, replace(theirs, rate="bis 95 % (Kollegin)"),
                                     programme_id, today=today)
    dialog.rate_edit.setText("bis 85 % (meine Eingabe)")
    dialog.accept()
    wait_until_stored(qtbot, dialog)
    assert dialog.isVisible() and dialog.conflict_dialog is not None
    chooser = dialog.conflict_dialog
    rows = {chooser.table.item(r, 0).text(): (chooser.table.item(r, 1).text(),
                                              chooser.table.item(r, 2).text())
            for r in range(chooser.table.rowCount())}
    assert rows["Quote oder Höhe"] == ("bis 85 % (meine Eingabe)", "bis 95 % (Kollegin)")
    qtbot.mouseClick(chooser.keep_button, Qt.MouseButton.LeftButton)
    wait_until_stored(qtbot, dialog)
    assert knowledge_editing.load_programme(demo_db, programme_id).rate == \
        "bis 85 % (meine Eingabe)"
