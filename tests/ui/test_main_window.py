"""The main window on the demo database: every tab shows its data and opens its records."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from table_clicks import double_click

from app.db.database import Database
from app.services import contacts, meetings
from app.ui.contacts.organisation_dialog import OrganisationDialog
from app.ui.i18n import install_german
from app.ui.main_window import MainWindow
from app.ui.widgets.record_table import RecordTable
from app.ui.work.project_dialog import ProjectDialog

TODAY = date(2024, 11, 5)


@pytest.fixture
def ui_state(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, ui_state: QSettings) -> Iterator[MainWindow]:
    install_german(QApplication.instance())  # type: ignore[arg-type]
    main_window = MainWindow(db=demo_db, ui_state=ui_state, today=TODAY)
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window


def _cell(table: RecordTable[object], row: int, column: int) -> str:
    return str(table.model.index(row, column).data())



def test_tabs_are_german_and_complete(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i).replace("&&", "\0").replace("&", "").replace("\0", "&")
              for i in range(window.tabs.count())]
    assert titles == ["Übersicht", "Kalender", "Arbeitsgruppen", "Pilotprojekte", "Wissen",
                      "Kontakte", "Stunden & ÖA", "Berichte"]


def test_overview_shows_quotas_and_overdue_protocols(window: MainWindow,
                                                     demo_db: Database) -> None:
    overview = window.overview
    assert overview.year_box.year() == 2024
    assert overview.quotas.visible_rows() == 9
    assert _cell(overview.quotas, 0, 0) == "Netzwerktreffen"
    assert _cell(overview.quotas, 0, 1) == "4"
    assert _cell(overview.quotas, 0, 2) == "4"
    assert _cell(overview.quotas, 0, 3) == "100 %"
    overdue = meetings.overdue_protocols(demo_db, today=TODAY)
    assert overview.overdue.visible_rows() == overdue.count > 0
    assert str(overdue.count) in overview.overdue_box.title()
    assert overview.budgets.visible_rows() == 2


def test_overview_year_switch(qtbot: QtBot, window: MainWindow) -> None:
    window.overview.year_box.setCurrentIndex(window.overview.year_box.findData(2023))
    assert _cell(window.overview.quotas, 1, 1) == "25"


def test_calendar_lists_and_filters_meetings(qtbot: QtBot, window: MainWindow) -> None:
    calendar = window.calendar
    qtbot.mouseClick(calendar.list_button, Qt.MouseButton.LeftButton)
    assert calendar.table.visible_rows() == 28
    assert _cell(calendar.table, 0, 0) == "16.01.2024 14:00"
    calendar.kind_box.setCurrentIndex(calendar.kind_box.findText("Netzwerktreffen"))
    assert calendar.table.visible_rows() == 4
    assert calendar.count_label.text() == "4 Sitzung(en)"
    calendar.year_box.setCurrentIndex(calendar.year_box.findData(None))
    assert calendar.table.visible_rows() == 24
    qtbot.keyClicks(calendar.search, "jahresauftakt")
    assert calendar.table.visible_rows() == 1


def test_double_click_in_the_list_opens_the_meeting_editor(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.calendar)
    window.calendar.show_view(2)
    double_click(qtbot, window.calendar.table, 0)
    editors = window.calendar.editors
    assert len(editors) == 1
    assert editors[0].windowTitle() == "AG WULIS: Sitzung – 16.01.2024"
    assert editors[0].general.title_edit.text() == "AG WULIS: Sitzung"
    editors[0].close()


def test_groups_show_members_of_the_selected_group(qtbot: QtBot, window: MainWindow) -> None:
    groups = window.groups
    assert groups.groups.visible_rows() == 3
    assert groups.members.visible_rows() == 14
    assert _cell(groups.members, 0, 2) == "Leitung"
    groups.groups.view.selectRow(2)
    assert groups.members.visible_rows() == 14
    assert groups.projects.visible_rows() == 2
    assert "Pilotprojekte dieser AG: 2 / 2" in groups.quota_label.text()


def test_projects_tab(qtbot: QtBot, window: MainWindow) -> None:
    projects = window.projects
    assert projects.table.visible_rows() == 6
    names = {_cell(projects.table, row, 0) for row in range(6)}
    assert "Wanderbaumallee" in names


def test_contacts_filter_as_you_type(qtbot: QtBot, window: MainWindow, demo_db: Database) -> None:
    tab = window.contacts
    everyone = contacts.list_persons(demo_db)
    assert tab.persons.visible_rows() == len(everyone)
    qtbot.keyClicks(tab.search, "wuLIS")
    expected = sum(1 for person in everyone if "WULIS" in person.groups)
    assert tab.persons.visible_rows() == expected == 14
    assert tab.count_label.text() == "14 Person(en)"
    tab.search.clear()
    tab.inner.setCurrentWidget(tab.organisations)
    assert tab.organisations.visible_rows() == 28
    double_click(qtbot, tab.organisations, 0)
    dialogs = tab.findChildren(OrganisationDialog)
    assert len(dialogs) == 1 and dialogs[0].name_edit.text()
    dialogs[0].reject()


def test_reports_tab_lists_the_periods(window: MainWindow) -> None:
    assert window.reports.table.visible_rows() == 5
    assert _cell(window.reports.table, 0, 3) == "31.10.2023"


def test_window_size_and_tab_are_remembered(qtbot: QtBot, demo_db: Database,
                                            ui_state: QSettings) -> None:
    first = MainWindow(db=demo_db, ui_state=ui_state, today=TODAY)
    qtbot.addWidget(first)
    first.resize(640, 480)
    first.tabs.setCurrentIndex(4)
    first.close()
    second = MainWindow(db=demo_db, ui_state=ui_state, today=TODAY)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 4
    assert (second.size().width(), second.size().height()) == (640, 480)


def test_the_remembered_tab_survives_a_new_tab_in_between(qtbot: QtBot, demo_db: Database,
                                                          ui_state: QSettings) -> None:
    ui_state.setValue("main_window/tab", 4)
    ui_state.setValue("main_window/tab_key", "contacts")
    window = MainWindow(db=demo_db, ui_state=ui_state, today=TODAY)
    qtbot.addWidget(window)
    assert window.tabs.current_key() == "contacts"
    ui_state.setValue("main_window/tab_key", "gibt-es-nicht")
    ui_state.setValue("main_window/tab", 99)
    again = MainWindow(db=demo_db, ui_state=ui_state, today=TODAY)
    qtbot.addWidget(again)
    assert again.tabs.current_key() == "overview"


def test_qt_buttons_speak_german(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Schließen"


def test_enter_key_opens_the_selected_project(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.projects)
    view = window.projects.table.view
    view.setFocus()
    view.setCurrentIndex(window.projects.table.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialogs = window.projects.findChildren(ProjectDialog)
    assert [dialog.name_edit.text() for dialog in dialogs] == [_cell(window.projects.table, 0, 0)]
    dialogs[0].reject()


def test_overdue_protocol_in_the_cockpit_opens_the_meeting_editor(qtbot: QtBot,
                                                                  window: MainWindow) -> None:
    double_click(qtbot, window.overview.overdue, 0)
    assert len(window.calendar.editors) == 1
    window.calendar.editors[0].close()


def test_settings_are_stored_from_the_menu(window: MainWindow) -> None:
    from app.settings import load_settings

    dialog = window.edit_settings()
    dialog.name_edit.setText("Geschäftsstelle Test")
    dialog.email_edit.setText("test@example.org")
    dialog.accept()
    assert load_settings().sender_email == "test@example.org"


def test_tabs_are_built_when_first_shown_and_the_overview_reads_only_after_changes(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.tabs.built("calendar") is None and window.tabs.built("reports") is None
    overview = window.overview
    refreshed: list[int] = []
    monkeypatch.setattr(overview, "refresh", lambda: refreshed.append(1))
    window.tabs.setCurrentIndex(1)
    assert window.tabs.built("calendar") is not None
    window.tabs.setCurrentIndex(0)
    assert refreshed == [], "ohne Änderung liest die Übersicht nicht neu"
    window.tabs.setCurrentIndex(window.tabs.index_of("work"))
    window.work.hours.sig_hours_changed.emit()
    assert refreshed == []
    window.tabs.setCurrentIndex(0)
    assert refreshed == [1]
    window.tabs.setCurrentIndex(0)
    assert refreshed == [1]


def test_ctrl_f_searches_everything_and_enter_opens_the_record(
        qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.contacts)
    window.contacts.search.setFocus()
    qtbot.keyClick(window.contacts.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.search
    assert search.hasFocus()
    qtbot.keyClicks(search, "wanderbaum")
    qtbot.waitUntil(search.results.isVisible)
    assert search.model.hits[0].title == "Wanderbaumallee"
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.projects
    dialogs = window.projects.findChildren(ProjectDialog)
    assert [dialog.name_edit.text() for dialog in dialogs] == ["Wanderbaumallee"]
    dialogs[0].reject()
    search.clear()
    qtbot.keyClicks(search, "Jahresauftakt")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.calendar.editors[-1].general.title_edit.text().startswith("Jahresauftakt")
    window.calendar.editors[-1].close()
