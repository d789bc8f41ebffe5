"""A save that fails (full disk, read-only folder, held lock) leaves the dialog open with
everything typed; the next OK saves it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.db.storage_errors import StorageError
from app.services import contact_editing, group_work, project_editing
from app.ui.tabs.contacts_tab import ContactsTab
from app.ui.tabs.groups_tab import GroupsTab
from app.ui.tabs.projects_tab import ProjectsTab
from tests.ui.form_saves import accept_and_wait

FULL = "Der Datenträger ist voll; es wurde nichts gespeichert."


def _fail_once(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    real = getattr(module, name)
    calls: list[str] = []

    def flaky(*args: object, **kwargs: object) -> object:
        calls.append(name)
        if len(calls) == 1:
            raise StorageError(FULL)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, flaky)
    return calls


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(str(args[2])))
    return shown


def test_goal_survives_a_full_disk(qtbot: QtBot, demo_db: Database, warnings: list[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    tab = GroupsTab(db=demo_db, today=date(2024, 12, 10))
    qtbot.addWidget(tab)
    calls = _fail_once(monkeypatch, group_work, "save_goal")
    dialog = tab.edit_goal(None)
    dialog.title_edit.setText("Leerstandskataster für alle Mittelstädte")
    accept_and_wait(qtbot, dialog)
    assert warnings == [FULL] and dialog.isVisible()
    assert dialog.title_edit.text() == "Leerstandskataster für alle Mittelstädte"
    accept_and_wait(qtbot, dialog)
    assert not dialog.isVisible() and len(calls) == 2
    titles = [goal.title for goal in group_work.list_goals(demo_db, today=date(2024, 12, 10))]
    assert "Leerstandskataster für alle Mittelstädte" in titles


def test_project_survives_a_full_disk(qtbot: QtBot, demo_db: Database, warnings: list[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    tab = ProjectsTab(db=demo_db, today=date(2024, 12, 10))
    qtbot.addWidget(tab)
    _fail_once(monkeypatch, project_editing, "save_project")
    dialog = tab.edit_project(None)
    dialog.name_edit.setText("Pop-up-Läden Altenburg")
    accept_and_wait(qtbot, dialog)
    assert warnings == [FULL] and dialog.isVisible()
    assert dialog.name_edit.text() == "Pop-up-Läden Altenburg"
    accept_and_wait(qtbot, dialog)
    assert not dialog.isVisible()


def test_organisation_survives_a_full_disk(qtbot: QtBot, demo_db: Database,
                                           warnings: list[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    tab = ContactsTab(db=demo_db)
    qtbot.addWidget(tab)
    _fail_once(monkeypatch, contact_editing, "save_organisation")
    dialog = tab.editing.edit_organisation(None)
    dialog.name_edit.setText("Stadtwerke Gotha")
    accept_and_wait(qtbot, dialog)
    assert warnings == [FULL] and dialog.isVisible()
    accept_and_wait(qtbot, dialog)
    assert not dialog.isVisible()
    assert any(row.name == "Stadtwerke Gotha" for row in tab.organisations.model_rows())


def test_a_practice_example_survives_a_full_disk(qtbot: QtBot, demo_db: Database,
                                                 warnings: list[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import knowledge, knowledge_editing
    from app.ui.tabs.knowledge_tab import KnowledgeTab

    tab = KnowledgeTab(db=demo_db, today=date(2026, 11, 29))
    qtbot.addWidget(tab)
    calls = _fail_once(monkeypatch, knowledge_editing, "save_case")
    dialog = tab.cases.edit_case(None)
    dialog.title_edit.setText("Leerstandslotsen für kleine Städte")
    dialog.town_edit.setText("Pößneck")
    accept_and_wait(qtbot, dialog)
    assert warnings == [FULL] and dialog.isVisible()
    assert dialog.title_edit.text() == "Leerstandslotsen für kleine Städte"
    accept_and_wait(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert len(calls) == 2
    assert "Pößneck" in [row.town for row in knowledge.list_cases(demo_db)]
