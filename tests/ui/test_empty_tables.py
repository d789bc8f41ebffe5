"""An empty table says what would be there and how to fill it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.record_table import RecordTable


def _table(qtbot: QtBot, placeholder: str) -> RecordTable[tuple[int, str]]:
    table = RecordTable[tuple[int, str]](
        placeholder=placeholder,
        model=RowTableModel(columns=[Column("Name", lambda r: r[1])], row_id=lambda r: r[0]))
    qtbot.addWidget(table)
    table.resize(400, 200)
    table.show()
    QApplication.processEvents()
    return table


def test_an_empty_table_shows_its_hint_and_a_filled_one_does_not(qtbot: QtBot) -> None:
    hinted = _table(qtbot, "Noch keine Einträge. „Neu …“ legt einen an.")
    silent = _table(qtbot, "")
    assert hinted.view.grab().toImage() != silent.view.grab().toImage()
    assert hinted.view.accessibleDescription().startswith("Noch keine Einträge")
    hinted.set_rows([(1, "Anna")])
    silent.set_rows([(1, "Anna")])
    QApplication.processEvents()
    assert hinted.view.grab().toImage() == silent.view.grab().toImage()


def test_the_cockpits_bar_percentages_stay_readable() -> None:
    """Each part of a bar's text is drawn in the colour that reads best on what lies under it:
    at least 4.5:1 on every bar colour and on the empty part."""
    from app.ui.widgets.share_bar import BLUE, EMPTY, GREEN, ORANGE, RED, contrast, text_colour_on

    for background in (GREEN, ORANGE, RED, BLUE, EMPTY):
        assert contrast(text_colour_on(background), background) >= 4.5, background
    assert contrast("#ffffff", ORANGE) < 4.5  # what the bar used to do on orange


def test_tabs_leave_room_for_the_dots_of_umlauts(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTabWidget, QWidget

    from app.ui.tab_style import EXTRA_TAB_HEIGHT, RoomyTabs

    def tab_height(tabs: QTabWidget) -> int:
        return tabs.tabBar().tabSizeHint(1).height()

    plain, roomy = QTabWidget(), QTabWidget()
    for tabs in (plain, roomy):
        qtbot.addWidget(tabs)
        for name in ("&Übersicht", "&Stunden && ÖA"):
            tabs.addTab(QWidget(), name)
    style = RoomyTabs(QApplication.style().name())
    roomy.setStyle(style)
    roomy.tabBar().setStyle(style)
    assert tab_height(roomy) == tab_height(plain) + EXTRA_TAB_HEIGHT
