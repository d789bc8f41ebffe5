"""The contacts tab through its real widgets: filter, edit, duplicates, import, export, GDPR."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.domain.enums import MemberRole
from app.services import contact_lists, contacts
from app.services.contact_editing import PersonDraft, create_person, load_person
from app.ui.i18n import install_german
from app.ui.tabs.contacts_tab import ContactsTab
from tests.ui.form_saves import accept_and_wait, wait_until_stored


@pytest.fixture
def tab(qtbot: QtBot, demo_db: Database) -> Iterator[ContactsTab]:
    install_german(QApplication.instance())  # type: ignore[arg-type]
    widget = ContactsTab(db=demo_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    yield widget


def _select_person(tab: ContactsTab, last_name: str) -> int:
    tab.search.setText(last_name)
    tab.persons.view.selectRow(0)
    person_id = tab.persons.selected_id()
    assert person_id is not None
    return person_id


def test_typing_filters_and_the_filters_combine(qtbot: QtBot, tab: ContactsTab,
                                                demo_db: Database) -> None:
    everyone = contacts.list_persons(demo_db)
    assert tab.persons.visible_rows() == len(everyone)
    qtbot.keyClicks(tab.search, "wulis")
    assert tab.persons.visible_rows() == 14
    tab.search.clear()
    tab.group_box.setCurrentIndex(tab.group_box.findText("Klima"))
    assert tab.persons.visible_rows() == 14
    tab.group_box.setCurrentIndex(0)
    tab.kind_box.setCurrentIndex(tab.kind_box.findText("Kammer"))
    expected = sum(1 for p in everyone if p.organisation_kind and
                   p.organisation_kind.value == "chamber")
    assert tab.persons.visible_rows() == expected > 0


def test_edit_a_person_through_the_dialog(qtbot: QtBot, tab: ContactsTab,
                                          demo_db: Database) -> None:
    person_id = _select_person(tab, "Baumann")
    dialog = tab.editing.edit_person(person_id)
    email = dialog.edits["email"]
    email.clear()
    qtbot.keyClicks(email, "karin@")
    assert dialog.errors["email"].isVisibleTo(dialog)
    assert dialog.errors["email"].text() == "„karin@“ ist keine gültige E-Mail-Adresse."
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    qtbot.keyClicks(email, "example.org")
    dialog.edits["phone"].setText("0361 7654321")
    klima = next(box for group_id, box in dialog.group_boxes.items() if group_id == 1)
    klima.setCurrentIndex(klima.findData(MemberRole.DEPUTY))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_until_stored(qtbot, dialog)
    assert not dialog.isVisible()
    stored = load_person(demo_db, person_id)
    assert stored.email == "karin@example.org" and stored.phone == "+49 361 7654321"
    assert contact_lists.MembershipEntry(1, MemberRole.DEPUTY) in \
        contact_lists.person_memberships(demo_db, person_id)
    assert "karin@example.org" in tab.detail.toPlainText()


def test_new_organisation_with_a_taken_name_is_refused(qtbot: QtBot, tab: ContactsTab) -> None:
    tab.inner.setCurrentWidget(tab.organisations)
    dialog = tab.editing.edit_organisation(None)
    qtbot.keyClicks(dialog.name_edit, "Handwerkskammer Erfurt")
    accept_and_wait(qtbot, dialog)
    assert dialog.isVisible() and "gibt es schon" in dialog.error_label.text()
    dialog.name_edit.setText("Stadt Apolda Neu")
    accept_and_wait(qtbot, dialog)
    assert not dialog.isVisible()
    tab.search.setText("Apolda Neu")
    assert tab.organisations.visible_rows() == 1


def test_duplicates_are_merged_after_the_user_decides(qtbot: QtBot, tab: ContactsTab,
                                                      demo_db: Database,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    create_person(demo_db, PersonDraft("Jürgen", "Müllerhaus", email="jm@example.org"))
    create_person(demo_db, PersonDraft("Juergen", "Muellerhaus", phone="0361 1"))
    before = len(contacts.list_persons(demo_db))
    dialog = tab.files.show_duplicates()
    assert dialog.pairs.visible_rows() >= 1
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.keep_first, Qt.MouseButton.LeftButton)
    assert len(contacts.list_persons(demo_db)) == before
    row = next(number for number in range(dialog.pairs.visible_rows())
               if "Müllerhaus" in str(dialog.pairs.model.index(number, 0).data()))
    dialog.pairs.view.selectRow(row)
    assert "jm@example.org" in [dialog.comparison.model.index(r, 1).data()
                                for r in range(dialog.comparison.visible_rows())]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.keep_first, Qt.MouseButton.LeftButton)
    assert len(contacts.list_persons(demo_db)) == before - 1
    dialog.close()


def test_import_dialog_shows_problems_and_imports_good_rows(qtbot: QtBot, tab: ContactsTab,
                                                            tmp_path: Path,
                                                            demo_db: Database) -> None:
    source = tmp_path / "liste.csv"
    source.write_bytes("Name;Vorname;E-Mail\nNeumüller;Nina;nina@example.org\nOhne;;x@\n"
                       .encode("cp1252"))
    dialog = tab.files.show_import()
    dialog.ask_open_path = lambda: source
    dialog.choose_file()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert "Windows-1252" in dialog.file_label.text()
    assert dialog.rows.visible_rows() == 2
    problem = str(dialog.rows.model.index(1, 5).data())
    assert "Vornamen" in problem and "x@" in problem
    assert dialog.import_button.text().replace("&", "") == "1 Zeile(n) importieren"
    before = len(contacts.list_persons(demo_db))
    with qtbot.waitSignal(dialog.sig_imported, timeout=30_000) as imported:
        dialog.run_import()
    assert imported.args == [1]
    assert len(contacts.list_persons(demo_db)) == before + 1
    tab.search.setText("Neumüller Nina")
    assert tab.persons.visible_rows() == 1
    empty = tmp_path / "leer.csv"
    empty.write_bytes(b"")
    failed = dialog.load(empty)
    qtbot.waitUntil(lambda: failed.finished, timeout=30_000)
    assert failed.error is not None and dialog.table_data is None
    assert "ist leer" in dialog.file_label.text()
    dialog.close()


def test_export_access_and_erase(qtbot: QtBot, tab: ContactsTab, tmp_path: Path,
                                 demo_db: Database,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    tab.files.ask_save_path = lambda _title, name, _filter: tmp_path / name
    csv_file = tab.files.export_contacts("csv")
    assert csv_file is not None and csv_file.read_bytes().startswith(b"\xef\xbb\xbf")
    person_id = _select_person(tab, "Baumann")
    task = tab.files.access_export(".json")
    assert task is not None
    qtbot.waitUntil(lambda: task.finished, timeout=30_000)
    access = task.result
    assert access is not None
    assert json.loads(access.read_text(encoding="utf-8"))["person_id"] == person_id
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    erasing = tab.files.erase_selected()
    assert erasing is not None
    qtbot.waitUntil(lambda: erasing.finished, timeout=30_000)
    assert erasing.error is None
    assert load_person(demo_db, person_id).last_name == "Gelöschte Person"


def test_a_distribution_list_is_made_filled_and_exported(tab: ContactsTab, demo_db: Database,
                                                         tmp_path: Path) -> None:
    from app.services import invitations

    list_id = tab.lists_menu.create_list("Presse")
    assert list_id is not None
    tab.search.setText("Baumann")
    tab.persons.view.selectAll()
    assert tab.lists_menu.add_selection_to_list(list_id) == tab.persons.visible_rows() >= 1
    assert len(invitations.members_of(demo_db, f"list:{list_id}")) >= 1
    dialog = tab.editing.person_dialog(tab.persons.selected_ids()[0])
    assert dialog.list_checks[list_id].isChecked()
    assert "Baumann" in tab.detail.toPlainText()
    tab.files.ask_save_path = lambda _title, name, _filter: tmp_path / name
    exported = tab.files.export_contacts("vcf", list_id)
    assert exported is not None
    assert exported.read_bytes().count(b"BEGIN:VCARD") == tab.persons.visible_rows()


def test_a_distribution_list_can_be_deleted_and_its_persons_stay(
        tab: ContactsTab, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    list_id = tab.lists_menu.create_list("Alt")
    assert list_id is not None
    tab.persons.view.selectRow(0)
    assert tab.lists_menu.add_selection_to_list(list_id) == 1
    persons = len(contacts.list_persons(demo_db))
    tab.lists_menu.fill()
    entry = next(e for e in contact_lists.distribution_lists(demo_db) if e.id == list_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    assert not tab.lists_menu.delete_list(entry)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    assert tab.lists_menu.delete_list(entry)
    assert list_id not in {e.id for e in contact_lists.distribution_lists(demo_db)}
    assert len(contacts.list_persons(demo_db)) == persons
    assert "gelöscht" in tab.count_label.text()
    titles = [action.text() for action in tab.lists_menu.actions()]
    assert titles[0] == "Neuer Verteiler …"


def test_a_slow_earlier_check_does_not_replace_the_later_one(
        qtbot: QtBot, tab: ContactsTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from app.services import contact_import

    source = tmp_path / "liste.csv"
    source.write_text("Name;Vorname\nNeumann;Nina\n", encoding="utf-8")
    dialog = tab.files.show_import()
    loaded = dialog.load(source)
    qtbot.waitUntil(lambda: loaded.finished and dialog.preview is not None, timeout=30_000)
    real = contact_import.analyse
    calls: list[dict[int, str]] = []

    def analyse(db: object, data: object, mapping: dict[int, str]) -> object:
        calls.append(dict(mapping))
        if len(calls) == 1:
            time.sleep(0.5)
        return real(db, data, mapping)  # type: ignore[arg-type]

    monkeypatch.setattr(contact_import, "analyse", analyse)
    first, second = dialog.check_rows(), dialog.check_rows()
    assert first is not None and second is not None
    qtbot.waitUntil(lambda: first.finished and second.finished, timeout=30_000)
    assert dialog.preview is second.result
    dialog.close()
