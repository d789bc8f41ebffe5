"""The main window: a shell of six tabs; state of window and tab kept in QSettings."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from app import APP_DISPLAY_NAME, __version__
from app.db.database import Database
from app.domain.enums import QuotaKind
from app.domain.errors import DomainError
from app.services.contract import MEETING_QUOTAS
from app.services.safety import AutoBackup, BackupService
from app.settings import load_settings, save_settings
from app.ui.dialogs.quotas_dialog import QuotasDialog
from app.ui.dialogs.restore_dialog import RestoreDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.tabs.calendar_tab import CalendarTab
from app.ui.tabs.contacts_tab import ContactsTab
from app.ui.tabs.groups_tab import GroupsTab
from app.ui.tabs.overview_tab import OverviewTab
from app.ui.tabs.projects_tab import ProjectsTab
from app.ui.tabs.reports_tab import ReportsTab
from app.ui.tabs.work_tab import WorkTab

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Holds the tabs; knows nothing of the data beyond handing the database to them."""

    def __init__(self, *, db: Database, ui_state: QSettings, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._ui_state = ui_state
        today = today or date.today()
        self._today = today
        self.setWindowTitle(f"{APP_DISPLAY_NAME} – {db.target.display_name}")
        self.tabs = QTabWidget(self)
        self.overview = OverviewTab(db=db, today=today)
        self.calendar = CalendarTab(db=db, today=today)
        self.groups = GroupsTab(db=db, today=today)
        self.projects = ProjectsTab(db=db, today=today)
        self.contacts = ContactsTab(db=db)
        self.work = WorkTab(db=db, today=today)
        self.reports = ReportsTab(db=db, today=today)
        for widget, title in ((self.overview, self.tr("&Übersicht")),
                              (self.calendar, self.tr("&Kalender")),
                              (self.groups, self.tr("&Arbeitsgruppen")),
                              (self.projects, self.tr("&Pilotprojekte")),
                              (self.contacts, self.tr("K&ontakte")),
                              (self.work, self.tr("&Stunden && ÖA")),
                              (self.reports, self.tr("&Berichte"))):
            self.tabs.addTab(widget, title)
        self.overview.sig_meeting_requested.connect(self.calendar.open_meeting)
        self.overview.sig_quota_requested.connect(self.show_quota)
        self.overview.sig_hours_requested.connect(lambda: self.show_work_page(self.work.hours))
        self.overview.sig_goal_requested.connect(self.edit_goal)
        self.overview.sig_report_requested.connect(self.show_report)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.groups.sig_meeting_requested.connect(self.calendar.open_meeting)
        self.work.hours.sig_hours_changed.connect(self.overview.refresh)
        self.work.pr.sig_pr_changed.connect(self.overview.refresh)
        self.calendar.sig_meetings_changed.connect(self.overview.refresh)
        self.setCentralWidget(self.tabs)
        self._build_menu()
        self.statusBar().addWidget(QLabel(self.tr("Datenbank: %1").replace(
            "%1", db.target.display_name)))
        self._restore_state()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        settings_action = QAction(self.tr("&Einstellungen …"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.edit_settings)
        file_menu.addAction(settings_action)
        quotas_action = QAction(self.tr("&Kontingente …"), self)
        quotas_action.triggered.connect(self.edit_quotas)
        file_menu.addAction(quotas_action)
        if self._db.target.sqlite_path is not None:
            file_menu.addSeparator()
            backup_action = QAction(self.tr("&Sicherung jetzt"), self)
            backup_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
            backup_action.triggered.connect(self.backup_now)
            file_menu.addAction(backup_action)
            restore_action = QAction(self.tr("Sicherung &wiederherstellen …"), self)
            restore_action.triggered.connect(self.restore_backup)
            file_menu.addAction(restore_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Beenden"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        about = QAction(self.tr("Ü&ber Bündnisbüro"), self)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    def show_quota(self, kind_value: str) -> None:
        """Show the records a quota of the cockpit counts."""
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
        dialog.accepted.connect(self.overview.refresh)
        return dialog

    def show_work_page(self, page: QWidget) -> None:
        self.work.pages.setCurrentWidget(page)
        self.tabs.setCurrentWidget(self.work)

    def show_report(self, period_id: int) -> None:
        self.tabs.setCurrentWidget(self.reports)
        self.reports.select_period(period_id)

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.overview:
            self.overview.refresh()

    def backup_now(self) -> Path | None:
        try:
            path = BackupService.for_target(self._db.target).take("manuell")
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Sicherung"), str(error))
            return None
        self.statusBar().showMessage(self.tr("Sicherung geprüft und gespeichert: %1")
                                     .replace("%1", str(path)), 15_000)
        return path

    def restore_backup(self) -> RestoreDialog:
        dialog = RestoreDialog(db=self._db, parent=self)
        dialog.sig_restored.connect(self.refresh_all)
        dialog.open()
        return dialog

    def refresh_all(self) -> None:
        """Show the data again everywhere (after a restore replaced it)."""
        for tab in (self.overview, self.calendar, self.groups, self.projects, self.contacts,
                    self.work.hours, self.work.pr, self.reports):
            tab.refresh()

    def start_auto_backup(self, now: datetime | None = None) -> None:
        """The day's first backup now, then every minute a check whether 30 minutes passed
        with changes."""
        database = self._db.target.sqlite_path
        if database is None:
            return
        start = now or datetime.now()
        self.auto_backup = AutoBackup(BackupService(database), now=start)
        self._run_backup(lambda: self.auto_backup.at_start(start))
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60_000)
        self._backup_timer.timeout.connect(
            lambda: self._run_backup(lambda: self.auto_backup.tick(datetime.now())))
        self._backup_timer.start()

    def _run_backup(self, take: Callable[[], Path | None]) -> None:
        try:
            path = take()
        except DomainError as error:
            log.error("Automatische Sicherung fehlgeschlagen: %s", error)
            self.statusBar().showMessage(self.tr("Automatische Sicherung fehlgeschlagen: %1")
                                         .replace("%1", str(error)))
            return
        if path is not None:
            self.statusBar().showMessage(self.tr("Automatisch gesichert: %1")
                                         .replace("%1", path.name), 10_000)

    def edit_quotas(self) -> QuotasDialog:
        dialog = QuotasDialog(db=self._db, year=self._today.year, parent=self)
        dialog.sig_saved.connect(self.overview.refresh)
        dialog.sig_saved.connect(self.work.pr.refresh)
        dialog.sig_saved.connect(self.projects.refresh)
        dialog.open()
        return dialog

    def edit_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(settings=load_settings(), parent=self)
        dialog.accepted.connect(lambda: save_settings(dialog.settings()))
        dialog.open()
        return dialog

    def _show_about(self) -> None:
        QMessageBox.about(self, self.tr("Über Bündnisbüro"), self.tr(
            "<b>%1 %2</b><p>Die Anwendung der Geschäftsstelle des Bündnisses: Sitzungen, "
            "Kontakte, Arbeitsgruppen, Pilotprojekte und Berichte.</p>")
            .replace("%1", APP_DISPLAY_NAME).replace("%2", __version__))

    def _restore_state(self) -> None:
        geometry = self._ui_state.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        tab = self._ui_state.value("main_window/tab", 0, type=int)
        self.tabs.setCurrentIndex(tab if isinstance(tab, int) else 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._ui_state.setValue("main_window/geometry", self.saveGeometry())
        self._ui_state.setValue("main_window/tab", self.tabs.currentIndex())
        self._ui_state.sync()
        super().closeEvent(event)
