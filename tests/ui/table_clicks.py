"""Driving record tables like a user: a real double-click on a row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.widgets.record_table import RecordTable


def double_click(qtbot: QtBot, table: RecordTable[object], row: int) -> None:
    index = table.model.index(row, 0)
    table.view.scrollTo(index)
    rect = table.view.visualRect(index)
    # A real double-click starts with a press that QTest's mouseDClick alone does not deliver.
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
