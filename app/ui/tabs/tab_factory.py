"""Building one tab of the main window on demand, with its connections to the window.

Imported only when the first tab is built, so the window paints before the tabs' modules (and
the data layer beneath them) are loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.db.database import Database

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def _overview(window: MainWindow, db: Database, today: date) -> QWidget:
    from app.ui.tabs.overview_tab import OverviewTab

    tab = OverviewTab(db=db, today=today)
    tab.sig_meeting_requested.connect(window.open_meeting)
    tab.sig_quota_requested.connect(window.show_quota)
    tab.sig_hours_requested.connect(lambda: window.show_work_page(window.work.hours))
    tab.sig_goal_requested.connect(window.edit_goal)
    tab.sig_report_requested.connect(window.show_report)
    tab.sig_catalogue_requested.connect(window.open_catalogue_entry)
    return tab


def _calendar(window: MainWindow, db: Database, today: date) -> QWidget:
    from app.ui.tabs.calendar_tab import CalendarTab

    tab = CalendarTab(db=db, today=today)
    tab.sig_meetings_changed.connect(window.data_changed)
    return tab


def _groups(window: MainWindow, db: Database, today: date) -> QWidget:
    from app.ui.tabs.groups_tab import GroupsTab

    tab = GroupsTab(db=db, today=today)
    tab.sig_meeting_requested.connect(window.open_meeting)
    return tab


def _projects(_window: MainWindow, db: Database, today: date) -> QWidget:
    from app.ui.tabs.projects_tab import ProjectsTab

    return ProjectsTab(db=db, today=today)


def _knowledge(window: MainWindow, db: Database, today: date) -> QWidget:
    from app.ui.tabs.knowledge_tab import KnowledgeTab

    tab = KnowledgeTab(db=db, today=today)
    tab.sig_catalogue_changed.connect(window.data_changed)
    return tab


def _contacts(window: MainWindow, db: Database, _today: date) -> QWidget:
    from app.ui.tabs.contacts_tab import ContactsTab

    tab = ContactsTab(db=db)
    tab.sig_contacts_changed.connect(window.data_changed)
    return tab


def _work(window: MainWindow, db: Database, today: date) -> QWidget:
    from app.ui.tabs.work_tab import WorkTab

    tab = WorkTab(db=db, today=today)
    tab.hours.sig_hours_changed.connect(window.data_changed)
    tab.pr.sig_pr_changed.connect(window.data_changed)
    return tab


def _reports(_window: MainWindow, db: Database, today: date) -> QWidget:
    from app.ui.tabs.reports_tab import ReportsTab

    return ReportsTab(db=db, today=today)


_BUILDERS: dict[str, Callable[[MainWindow, Database, date], QWidget]] = {
    "overview": _overview, "calendar": _calendar, "groups": _groups, "projects": _projects,
    "knowledge": _knowledge, "contacts": _contacts, "work": _work, "reports": _reports,
}


def build(key: str, *, window: MainWindow, db: Database, today: date) -> QWidget:
    return _BUILDERS[key](window, db, today)
