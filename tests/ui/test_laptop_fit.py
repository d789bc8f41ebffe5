"""The window on an office laptop (1280 × 680 usable: 1366 × 768 with the taskbar, or
1920 × 1080 at 150 %): every tab, calendar view and dialog fits, no table header is cut off,
every mnemonic is unique within its window and a dialog opens with a field in focus. The
screenshots go to the test's temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.services.knowledge_import import PROGRAMMES
from app.ui.main_window import MainWindow
from app.ui.meeting.meeting_editor import MeetingEditor
from tests.ui.test_mnemonics import clashes

WIDTH, HEIGHT = 1280, 680
MINIMUM_WIDTH = 1024
TODAY = date(2024, 10, 15)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    main_window = MainWindow(db=demo_db, ui_state=QSettings(str(tmp_path / "ui.ini"),
                                                            QSettings.Format.IniFormat),
                             today=TODAY)
    qtbot.addWidget(main_window)
    main_window.resize(WIDTH, HEIGHT)
    main_window.show()
    yield main_window


def cut_headers(window: QWidget) -> list[str]:
    """Visible table headers whose text does not fit its column, or that lie out of view, and
    placeholder texts cut off by their field."""
    found = []
    for view in window.findChildren(QTableView):
        model = view.model()
        if not view.isVisibleTo(window) or model is None:
            continue
        header = view.horizontalHeader()
        metrics = header.fontMetrics()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if header.sectionViewportPosition(section) >= header.viewport().width():
                found.append(f"{text} (außer Sicht)")
            elif header.sectionSize(section) < metrics.horizontalAdvance(text) + 12:
                found.append(text)
    for edit in window.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if edit.isVisibleTo(window) and hint and not edit.text() \
                and edit.width() < edit.fontMetrics().horizontalAdvance(hint) + 12:
            found.append(f"Platzhalter „{hint}“")
    return found


INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QCheckBox)


def tab_order_jumps(window: QWidget) -> list[str]:
    """Places where Tab leads from a field back up and to the left of it (the order should
    follow reading order: left to right, top to bottom)."""
    fields: list[QWidget] = []
    current = window.nextInFocusChain()
    while current is not None and current is not window and current not in fields \
            and len(fields) < 500:
        fields.append(current)
        current = current.nextInFocusChain()
    visible = [field for field in fields if isinstance(field, INPUTS)
               and field.isVisibleTo(window) and field.isEnabled() and field.window() is window
               and field.focusPolicy() & Qt.FocusPolicy.TabFocus]
    jumps = []
    for first, second in zip(visible, visible[1:], strict=False):
        here, there = first.mapTo(window, QPoint(0, 0)), second.mapTo(window, QPoint(0, 0))
        if there.y() < here.y() - 30 and there.x() <= here.x():
            jumps.append(f"{first.objectName() or type(first).__name__} → "
                         f"{second.objectName() or type(second).__name__}")
    return jumps


def _check_main(window: MainWindow, name: str, folder: Path) -> None:
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= MINIMUM_WIDTH and hint.height() <= HEIGHT, (name, hint)
    assert cut_headers(window) == [], name
    assert clashes(window) == {}, name
    window.grab().save(str(folder / f"{name}.png"))


def test_every_tab_and_calendar_view_fits_a_laptop(window: MainWindow, tmp_path: Path) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _check_main(window, window.tabs.tabText(index).replace("&", ""), tmp_path)
    window.tabs.setCurrentWidget(window.calendar)
    for button in (window.calendar.week_button, window.calendar.list_button,
                   window.calendar.month_button):
        button.click()
        _check_main(window, f"Kalender {button.text().replace('&', '')}", tmp_path)


def _inner_dialogs(window: MainWindow, meeting: MeetingEditor,
                   db: Database) -> dict[str, QWidget]:
    """The dialogs opened from inside other windows: person picker, task, membership and the
    conflict dialog."""
    from app.domain.documents.meeting import Sender, sample_document
    from app.services.protocols import TaskEntry
    from app.ui.dialogs.conflict_dialog import ConflictDialog
    from app.ui.meeting.invitations_page import PersonPicker
    from app.ui.meeting.protocol_page import TaskDialog

    assert meeting.invitations is not None
    sample = sample_document(Sender("GS", "gs@example.org")).meeting
    found: dict[str, QWidget] = {
        "Personen auswählen": PersonPicker(db=db, parent=meeting),
        "Aufgabe": TaskDialog(task=TaskEntry(""), people=[(1, "Anna Berg")], parent=meeting),
        "Gleichzeitig geändert": ConflictDialog(
            rows=[("Titel", sample.title, "Anderer Titel")], message="Geändert.",
            parent=meeting),
    }
    member = window.groups.edit_member(None)
    if member is not None:
        found["Mitglied"] = member
    for dialog in found.values():
        dialog.show()
    return found


def test_every_dialog_fits_and_starts_in_a_field(window: MainWindow, demo_db: Database,
                                                  tmp_path: Path) -> None:
    meeting = window.calendar.open_meeting(5)
    dialogs: dict[str, QWidget] = {
        "Einstellungen": window.edit_settings(), "Verträge": window.edit_contracts(),
        "Wiederherstellen": window.backups.restore_backup(),
        "Aufgaben": window.calendar.show_tasks(),
        "Person": window.contacts.editing.edit_person(None),
        "Organisation": window.contacts.editing.edit_organisation(None),
        "Import": window.contacts.files.show_import(),
        "Dubletten": window.contacts.files.show_duplicates(),
        "Ziel": window.groups.edit_goal(None), "Pilotprojekt": window.projects.edit_project(None),
        "AG-übergreifend": window.groups.show_cross_view(),
        "Website": window.publish_website(), "Newsletter": window.work.pr.compose_newsletter(),
        "Praxisbeispiel": window.knowledge.cases.edit_case(
            window.knowledge.cases.table.model_rows()[0].id),
        "Initiative": window.knowledge.initiatives.edit_initiative(None),
        "Förderprogramm": window.knowledge.programmes.edit_programme(None),
        "Katalog-Import": window.knowledge.import_file(PROGRAMMES),
        **_inner_dialogs(window, meeting, demo_db),
    }
    QApplication.processEvents()
    for name, dialog in dialogs.items():
        assert dialog.width() <= WIDTH and dialog.height() <= HEIGHT, name
        hint = dialog.minimumSizeHint()
        assert hint.width() <= WIDTH and hint.height() <= HEIGHT, name
        assert clashes(dialog) == {}, name
        assert cut_headers(dialog) == [], name
        assert not isinstance(dialog.focusWidget(), QTabBar), name
        assert tab_order_jumps(dialog) == [], name
        dialog.grab().save(str(tmp_path / f"Dialog {name}.png"))
        dialog.close()
    assert meeting.width() <= WIDTH and meeting.height() <= HEIGHT
    assert meeting.focusWidget() is meeting.general.title_edit
    assert tab_order_jumps(meeting) == []
    for index in range(meeting.tabs.count()):
        meeting.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert cut_headers(meeting) == [], meeting.tabs.tabText(index)
        assert clashes(meeting) == {}, meeting.tabs.tabText(index)
        meeting.grab().save(str(tmp_path / f"Sitzung {meeting.tabs.tabText(index)}.png"))
    meeting._general_dirty = False
    meeting.close()


def test_f1_opens_the_manual_at_the_current_tab(window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices

    from app.ui.manual import TAB_PAGES

    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.show_manual()
        assert page.is_file() and page.stem == TAB_PAGES[window.tabs.current_key()]
    assert len(opened) == window.tabs.count()


def test_the_manual_is_complete_and_its_links_work() -> None:
    import re

    from app import paths

    folder = paths.resources_dir() / "manual"
    pages = {page.name for page in folder.glob("*.html")}
    assert {"index.html", "sitzung.html", "protokoll.html", "import.html"} <= pages
    for page in folder.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert '<html lang="de">' in text
        for link in re.findall(r'href="([^"#]+)"', text):
            assert link in pages, (page.name, link)


def test_tables_have_accessible_names(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.contacts)
    QApplication.processEvents()
    names = [view.accessibleName() for view in window.findChildren(QTableView)
             if view.isVisibleTo(window)]
    assert names and all(name.startswith("Tabelle: ") for name in names)


def test_a_tab_order_against_reading_order_is_noticed(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    fields = [QLineEdit() for _ in range(3)]
    layout = QVBoxLayout(dialog)
    for field in fields:
        layout.addWidget(field)
        field.setMinimumHeight(40)
    dialog.show()
    assert tab_order_jumps(dialog) == []
    QWidget.setTabOrder(fields[2], fields[1])
    QWidget.setTabOrder(fields[1], fields[0])
    assert tab_order_jumps(dialog) != []
