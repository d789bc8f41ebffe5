"""The Übersicht tab: bars, coming-due lists and the report banner; every line opens its record."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from table_clicks import double_click

from app.db.database import Database
from app.domain.enums import MeetingKind
from app.services import cockpit
from app.ui.i18n import install_german
from app.ui.main_window import MainWindow
from app.ui.widgets.share_bar import ShareBarDelegate
from app.ui.work.dialogs import GoalDialog
from tests.demo_day import DEMO_TODAY
from tests.ui.form_saves import accept_and_wait

WindowMaker = Callable[[date], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[WindowMaker]:
    install_german(QApplication.instance())  # type: ignore[arg-type]
    windows: list[MainWindow] = []

    def make(today: date) -> MainWindow:
        state = QSettings(str(tmp_path / f"ui{len(windows)}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db=demo_db, ui_state=state, today=today)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        for editor in list(window.calendar.editors):
            editor.close()



def test_quotas_and_budgets_are_drawn_as_bars(make_window: WindowMaker) -> None:
    overview = make_window(date(2024, 12, 10)).overview
    assert isinstance(overview.quotas.view.itemDelegateForColumn(3), ShareBarDelegate)
    assert isinstance(overview.budgets.view.itemDelegateForColumn(4), ShareBarDelegate)
    overview.resize(1400, 900)
    assert not overview.grab().isNull()


def test_report_banner_is_urgent_thirty_days_before_and_opens_the_report(
        qtbot: QtBot, make_window: WindowMaker) -> None:
    early = make_window(date(2024, 5, 30)).overview
    assert not early.report_frame.isHidden()
    assert "noch 31 Tage" in early.report_label.text()
    assert early.report_frame.property("urgent") is False
    window = make_window(date(2024, 6, 10))
    overview = window.overview
    assert not overview.report_frame.isHidden()
    assert "Statusbericht 2024" in overview.report_label.text()
    assert "noch 20 Tage" in overview.report_label.text()
    assert "30.06.2024" in overview.report_label.text()
    assert "Abgabe spätestens Freitag, 28.06.2024" in overview.report_label.text()
    assert overview.report_frame.property("urgent") is True
    qtbot.mouseClick(overview.report_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.reports
    assert window.reports.period() == (date(2023, 11, 1), date(2024, 6, 30))
    assert window.reports.data is not None and window.reports.data.title == "Statusbericht 2024"


def test_tasks_due_soon_open_the_meeting_of_their_protocol(qtbot: QtBot,
                                                           make_window: WindowMaker,
                                                           demo_db: Database) -> None:
    today = date(2024, 9, 1)
    window = make_window(today)
    tasks = window.overview.tasks.model_rows()
    assert tasks == cockpit.tasks_due_soon(demo_db, today=today) and tasks
    assert f"({len(tasks)})" in window.overview.tasks_box.title()
    double_click(qtbot, window.overview.tasks, 0)
    assert [editor.meeting_id for editor in window.calendar.editors] == [tasks[0].meeting_id]


def test_goal_due_soon_opens_its_dialog_and_a_change_updates_the_cockpit(
        qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window(DEMO_TODAY)
    goals = window.overview.goals.model_rows()
    assert goals and all(goal.status.value in {"open", "in_progress"} for goal in goals)
    double_click(qtbot, window.overview.goals, 0)
    dialogs = [d for d in window.findChildren(GoalDialog) if d.isVisible()]
    assert [d.title_edit.text() for d in dialogs] == [goals[0].title]
    dialogs[0].status_box.setCurrentIndex(dialogs[0].status_box.findData("achieved"))
    accept_and_wait(qtbot, dialogs[0])
    assert goals[0].id not in {goal.id for goal in window.overview.goals.model_rows()}


def test_quota_lines_open_what_they_count(qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window(date(2024, 12, 10))
    window.overview.year_box.setCurrentIndex(window.overview.year_box.findData(2023))
    double_click(qtbot, window.overview.quotas, 0)
    calendar = window.calendar
    assert window.tabs.currentWidget() is calendar
    assert calendar.year_box.year() == 2023
    rows = calendar.table.model_rows()
    assert rows and {row.kind for row in rows} == {MeetingKind.NETWORK}
    window.tabs.setCurrentWidget(window.overview)
    last = window.overview.quotas.visible_rows() - 1
    double_click(qtbot, window.overview.quotas, last)
    assert window.tabs.currentWidget() is window.work
    assert window.work.pages.currentWidget() is window.work.pr
    window.tabs.setCurrentWidget(window.overview)
    double_click(qtbot, window.overview.budgets, 0)
    assert window.work.pages.currentWidget() is window.work.hours


def test_a_fresh_demo_fills_the_cockpit_of_the_current_year(make_window: WindowMaker) -> None:
    overview = make_window(DEMO_TODAY).overview
    assert overview.year_box.year() == DEMO_TODAY.year
    assert "Folgevertrag" in overview.contract_label.text()
    quotas = overview.quotas.model_rows()
    assert quotas and all(quota.allowed is not None for quota in quotas)
    assert overview.budgets.visible_rows() == 2
    assert not overview.report_frame.isHidden()
    assert "Abschlussbericht" in overview.report_label.text()
    assert overview.overdue.visible_rows() == 1
    assert overview.upcoming.visible_rows() > 0 and overview.tasks.visible_rows() > 0
