"""The main window: a shell of eight tabs built on demand; window state kept in QSettings.

The window can be shown before the database is open (``attach`` hands it over later), so that
it paints at once; each tab's module is imported and its data read when the tab is first shown
or another tab needs it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from app import APP_DISPLAY_NAME, __version__
from app.ui.widgets.lazy_tabs import LazyTabs

if TYPE_CHECKING:
    from app.db.database import Database
    from app.services.global_search import SearchIndex
    from app.ui.backup_actions import BackupActions
    from app.ui.dialogs.contracts_dialog import ContractsDialog
    from app.ui.dialogs.settings_dialog import SettingsDialog
    from app.ui.dialogs.website_dialog import WebsiteDialog
    from app.ui.tabs.calendar_tab import CalendarTab
    from app.ui.tabs.contacts_tab import ContactsTab
    from app.ui.tabs.groups_tab import GroupsTab
    from app.ui.tabs.knowledge_tab import KnowledgeTab
    from app.ui.tabs.overview_tab import OverviewTab
    from app.ui.tabs.projects_tab import ProjectsTab
    from app.ui.tabs.reports_tab import ReportsTab
    from app.ui.tabs.work_tab import WorkTab
    from app.ui.tasks import Task

TAB_TITLES = (("overview", "&Übersicht"), ("calendar", "&Kalender"),
              ("groups", "&Arbeitsgruppen"), ("projects", "&Pilotprojekte"),
              ("knowledge", "&Wissen"), ("contacts", "K&ontakte"), ("work", "&Stunden && ÖA"),
              ("reports", "&Berichte"))


class MainWindow(QMainWindow):
    """Holds the tabs; knows nothing of the data beyond handing the database to them."""

    def __init__(self, *, db: Database | None = None, ui_state: QSettings,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui_state = ui_state
        self._today = today or date.today()
        self._overview_stale = False
        self._search_index: SearchIndex | None = None
        self._index_task: Task[SearchIndex] | None = None
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.tabs = LazyTabs(self)
        for key, title in TAB_TITLES:
            self.tabs.add_lazy(key, self.tr(title), partial(self._build_tab, key))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self.file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        self._add_action(self.file_menu, self.tr("&Beenden"), self.close,
                         QKeySequence(QKeySequence.StandardKey.Quit))
        self._build_help_menu()
        self._restore_geometry()
        if db is not None:
            self.attach(db)

    def attach(self, db: Database) -> None:
        """Hand over the opened database: menus, the remembered tab with its data."""
        from app.ui.backup_actions import BackupActions

        self._db = db
        self.setWindowTitle(f"{APP_DISPLAY_NAME} – {db.target.display_name}")
        self.statusBar().addWidget(QLabel(self.tr("Datenbank: %1").replace(
            "%1", db.target.display_name)))
        self.backups: BackupActions = BackupActions(db=db, window=self)
        self.backups.sig_data_replaced.connect(self.refresh_all)
        self._build_file_menu()
        self._build_search()
        self.tabs.setCurrentIndex(self._remembered_tab())
        self.tabs.set_ready()

    def _remembered_tab(self) -> int:
        """The tab shown when the window was last closed: by its key (which survives a new tab
        in between), else by the position older versions remembered."""
        key = self._ui_state.value("main_window/tab_key", "", type=str)
        index = self.tabs.index_of(key) if isinstance(key, str) and key else -1
        if index >= 0:
            return index
        tab = self._ui_state.value("main_window/tab", 0, type=int)
        return tab if isinstance(tab, int) and 0 <= tab < self.tabs.count() else 0

    # The tabs, built when first needed.
    @property
    def overview(self) -> OverviewTab:
        return cast("OverviewTab", self.tabs.page("overview"))

    @property
    def calendar(self) -> CalendarTab:
        return cast("CalendarTab", self.tabs.page("calendar"))

    @property
    def groups(self) -> GroupsTab:
        return cast("GroupsTab", self.tabs.page("groups"))

    @property
    def projects(self) -> ProjectsTab:
        return cast("ProjectsTab", self.tabs.page("projects"))

    @property
    def knowledge(self) -> KnowledgeTab:
        return cast("KnowledgeTab", self.tabs.page("knowledge"))

    @property
    def contacts(self) -> ContactsTab:
        return cast("ContactsTab", self.tabs.page("contacts"))

    @property
    def work(self) -> WorkTab:
        return cast("WorkTab", self.tabs.page("work"))

    @property
    def reports(self) -> ReportsTab:
        return cast("ReportsTab", self.tabs.page("reports"))

    def _build_tab(self, key: str) -> QWidget:
        from app.ui.tabs import tab_factory

        return tab_factory.build(key, window=self, db=self._db, today=self._today)

    def data_changed(self) -> None:
        """Something the overview counts changed; it reads again when it is next shown."""
        self._search_index = None
        self._overview_stale = True
        if self.tabs.built("overview") is not None and self.tabs.current_key() == "overview":
            self._refresh_overview()

    def _on_tab_changed(self, _index: int) -> None:
        if self._overview_stale and self.tabs.current_key() == "overview":
            self._refresh_overview()

    def _refresh_overview(self) -> None:
        self._overview_stale = False
        self.overview.refresh()

    def refresh_all(self) -> None:
        """Show the data again everywhere (after a restore replaced it)."""
        self._search_index = None
        for page in self.tabs.built_pages():
            page.refresh()  # type: ignore[attr-defined]
        self._overview_stale = False

    # The global search.
    def _build_search(self) -> None:
        from app.ui.widgets.global_search import GlobalSearch

        self.search = GlobalSearch(index=self.search_index, parent=self)
        self.search.sig_open.connect(self.open_hit)
        self.search.sig_focused.connect(self.prepare_search)
        bar = self.addToolBar(self.tr("Suche"))
        bar.setObjectName("search_bar")
        bar.setMovable(False)
        bar.addWidget(self.search)
        find = QAction(self.tr("Suchen"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def search_index(self) -> SearchIndex | None:
        """The index if it is read; otherwise it is read now off the GUI thread (about a second
        on 20,000 persons) and the search runs again when it is there."""
        if self._search_index is None:
            self.prepare_search()
        return self._search_index

    def prepare_search(self) -> None:
        """Read the search index in the background (when the search field gets the focus)."""
        from app.services.global_search import build_index
        from app.ui.tasks import run_task

        if self._search_index is not None or (
                self._index_task is not None and not self._index_task.finished):
            return
        self._index_task = run_task(lambda _progress: build_index(self._db), parent=self,
                                    title=self.tr("Suche vorbereiten"), quiet=True,
                                    on_done=self._index_ready)

    def _index_ready(self, index: SearchIndex) -> None:
        self._search_index = index
        if self.search.text().strip():
            self.search.search(self.search.text())

    def open_hit(self, kind_value: str, record_id: int) -> None:
        from app.services.global_search import HitKind

        kind = HitKind(kind_value)
        if kind is HitKind.PERSON:
            self.tabs.setCurrentWidget(self.contacts)
            self.contacts.editing.edit_person(record_id)
        elif kind is HitKind.ORGANISATION:
            self.tabs.setCurrentWidget(self.contacts)
            self.contacts.editing.edit_organisation(record_id)
        elif kind is HitKind.MEETING:
            self.tabs.setCurrentWidget(self.calendar)
            self.open_meeting(record_id)
        elif kind is HitKind.PROJECT:
            self.tabs.setCurrentWidget(self.projects)
            self.projects.edit_project(record_id)
        elif kind is HitKind.GOAL:
            self.tabs.setCurrentWidget(self.groups)
            self.edit_goal(record_id)
        elif kind in (HitKind.CASE, HitKind.PROGRAMME):
            self.open_catalogue_entry(kind.value, record_id)
        elif kind is HitKind.INITIATIVE:
            self.tabs.setCurrentWidget(self.knowledge)
            self.knowledge.pages.setCurrentWidget(self.knowledge.initiatives)
            self.knowledge.initiatives.edit_initiative(record_id)
        else:
            self.show_work_page(self.work.pr)
            self.work.pr.items.select_ids([record_id])

    # Navigation between tabs.
    def show_quota(self, kind_value: str) -> None:
        """Show the records a quota of the cockpit counts."""
        from app.domain.enums import QuotaKind
        from app.services.contract import MEETING_QUOTAS

        kind = QuotaKind(kind_value)
        if kind in MEETING_QUOTAS:
            year = self.overview.year_box.year() or self._today.year
            self.calendar.show_kind(MEETING_QUOTAS[kind], year)
            self.tabs.setCurrentWidget(self.calendar)
        elif kind is QuotaKind.PILOT_PROJECTS_PER_GROUP:
            self.tabs.setCurrentWidget(self.projects)
        else:
            self.show_work_page(self.work.pr)

    def edit_goal(self, goal_id: int) -> QDialog:
        dialog = self.groups.edit_goal(goal_id)
        dialog.accepted.connect(self.data_changed)
        return dialog

    def open_catalogue_entry(self, kind: str, record_id: int) -> QDialog:
        """A catalogue entry the cockpit names: a programme or a case, in the Wissen tab."""
        self.tabs.setCurrentWidget(self.knowledge)
        if kind == "programme":
            self.knowledge.pages.setCurrentWidget(self.knowledge.programmes)
            return self.knowledge.programmes.edit_programme(record_id)
        self.knowledge.pages.setCurrentWidget(self.knowledge.cases)
        return self.knowledge.cases.edit_case(record_id)

    def open_meeting(self, meeting_id: int) -> None:
        self.calendar.open_meeting(meeting_id)

    def show_work_page(self, page: QWidget) -> None:
        self.work.pages.setCurrentWidget(page)
        self.tabs.setCurrentWidget(self.work)

    def show_report(self, period_id: int) -> None:
        self.tabs.setCurrentWidget(self.reports)
        self.reports.select_period(period_id)

    # Menus and dialogs.
    def _build_file_menu(self) -> None:
        menu = self.file_menu
        menu.clear()
        self._add_action(menu, self.tr("&Einstellungen …"), self.edit_settings,
                         QKeySequence(QKeySequence.StandardKey.Preferences))
        self._add_action(menu, self.tr("&Verträge …"), self.edit_contracts)
        self._add_action(menu, self.tr("Website ver&öffentlichen …"), self.publish_website)
        if self._db.target.sqlite_path is not None:
            menu.addSeparator()
            self._add_action(menu, self.tr("&Sicherung jetzt"), self.backups.backup_now,
                             QKeySequence("Ctrl+Shift+S"))
            self._add_action(menu, self.tr("Sicherung &wiederherstellen …"),
                             self.backups.restore_backup)
        menu.addSeparator()
        self._add_action(menu, self.tr("&Beenden"), self.close,
                         QKeySequence(QKeySequence.StandardKey.Quit))

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        manual = self._add_action(help_menu, self.tr("&Handbuch"), self.show_manual,
                                  QKeySequence(QKeySequence.StandardKey.HelpContents))
        manual.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._add_action(help_menu, self.tr("Ü&ber Bündnisbüro"), self._show_about)

    def show_manual(self) -> Path:
        """F1: the manual's page of the meeting editor or of the tab in front."""
        from app.ui.manual import TAB_PAGES, open_manual
        from app.ui.meeting.meeting_editor import MeetingEditor

        if isinstance(QApplication.activeWindow(), MeetingEditor):
            return open_manual("sitzung")
        return open_manual(TAB_PAGES.get(self.tabs.current_key(), "index"))

    def _add_action(self, menu: QMenu, text: str, slot: Callable[[], object],
                    shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def edit_contracts(self) -> ContractsDialog:
        from app.ui.dialogs.contracts_dialog import ContractsDialog

        dialog = ContractsDialog(db=self._db, today=self._today, parent=self)
        dialog.sig_saved.connect(self.data_changed)
        dialog.sig_saved.connect(lambda: self._refresh_built("work", "projects", "reports"))
        dialog.open()
        return dialog

    def publish_website(self) -> WebsiteDialog:
        from app.ui.dialogs.website_dialog import WebsiteDialog

        dialog = WebsiteDialog(db=self._db, today=self._today, parent=self)
        dialog.open()
        return dialog

    def _refresh_built(self, *keys: str) -> None:
        for key in keys:
            page = self.tabs.built(key)
            if page is not None:
                page.refresh()  # type: ignore[attr-defined]

    def edit_settings(self) -> SettingsDialog:
        from app.settings import load_settings, save_settings
        from app.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(settings=load_settings(), db=self._db, parent=self)
        dialog.accepted.connect(lambda: save_settings(dialog.settings()))
        dialog.open()
        return dialog

    def _show_about(self) -> None:
        QMessageBox.about(self, self.tr("Über Bündnisbüro"), self.tr(
            "<b>%1 %2</b><p>Die Anwendung der Geschäftsstelle des Bündnisses: Sitzungen, "
            "Kontakte, Arbeitsgruppen, Pilotprojekte und Berichte.</p>")
            .replace("%1", APP_DISPLAY_NAME).replace("%2", __version__))

    def _restore_geometry(self) -> None:
        geometry = self._ui_state.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._ui_state.setValue("main_window/geometry", self.saveGeometry())
        self._ui_state.setValue("main_window/tab", self.tabs.currentIndex())
        self._ui_state.setValue("main_window/tab_key", self.tabs.current_key())
        self._ui_state.sync()
        super().closeEvent(event)
