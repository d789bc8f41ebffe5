"""Alt+letter reaches one control only: within the main window (on every tab) and the meeting
editor (on every page), no two visible controls share a mnemonic."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.services.meetings import list_meetings
from app.ui.main_window import MainWindow
from app.ui.meeting.meeting_editor import MeetingEditor

TODAY = date(2024, 10, 15)
_MNEMONIC = re.compile(r"&(?!&)(.)")


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Mnemonic → the texts that use it, where more than one visible control does."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        match = _MNEMONIC.search(text.replace("&&", ""))
        if match:
            found.setdefault(match.group(1).casefold(), []).append(text)

    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget.tabText(index))
        if isinstance(widget, QMenuBar):
            for action in widget.actions():
                add(action.text())
    return {key: texts for key, texts in found.items() if len(texts) > 1}


def test_main_window_mnemonics_are_unique_on_every_tab(qtbot: QtBot, demo_db: Database,
                                                      tmp_path: Path) -> None:
    window = MainWindow(db=demo_db, ui_state=QSettings(str(tmp_path / "ui.ini"),
                                                       QSettings.Format.IniFormat), today=TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 680)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert clashes(window) == {}, window.tabs.tabText(index)


def test_meeting_editor_mnemonics_are_unique_on_every_page(qtbot: QtBot,
                                                          demo_db: Database) -> None:
    meeting_id = list_meetings(demo_db, year=2024, today=TODAY)[0].id
    editor = MeetingEditor(db=demo_db, today=TODAY, meeting_id=meeting_id)
    qtbot.addWidget(editor)
    editor.show()
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert clashes(editor) == {}, editor.tabs.tabText(index)
    editor.close()
