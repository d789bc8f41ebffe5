"""The Qt application: German locale, error dialog, opening the database, the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_DISPLAY_NAME, APP_NAME, paths
from app.ui.errors import install_error_dialog
from app.ui.i18n import install_german
from app.ui.import_cost import skip_source_scan
from app.ui.main_window import MainWindow
from app.ui.tab_style import install_roomy_tabs
from app.ui.tasks import run_task, wait_for_tasks

if TYPE_CHECKING:
    from app.db.database import Database
    from app.db.health import SessionMarker


FillDemo = Callable[["Database", Callable[[int, str], None]], None]


def run_application(*, open_database: Callable[[], Database], log_file: Path,
                    fill_demo: FillDemo | None = None) -> int:
    """Show the window at once, open the database right after its first paint, run the event
    loop until the window closes; returns the exit code.

    Args:
        open_database: opens (and migrates) the database; called once the window is painted,
            so that its messages have a window and the user sees the program start.
        log_file: named in the error dialog so that users can send it to support.
        fill_demo: writes the demo data (``--demo``) on the database worker before the data
            is shown.
    """
    skip_source_scan()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    install_roomy_tabs(app)
    session = start_application(open_database=open_database, log_file=log_file,
                                quit_after=os.environ.get(QUIT_AFTER_PAINT, ""),
                                end=QApplication.exit, fill_demo=fill_demo)
    running = mark_running()
    try:
        code = app.exec()
        return session.exit_code if session.exit_code is not None else code
    finally:
        session.close()
        del running


def start_application(*, open_database: Callable[[], Database], log_file: Path,
                      end: Callable[[int], None], quit_after: str = "",
                      fill_demo: FillDemo | None = None) -> _Session:
    """Set up the application and show the window; the database opens after its first paint.

    Args:
        end: ends the event loop with an exit code (``QApplication.exit``; tests pass their own).
        quit_after: ``1`` or ``data`` for start-up measurements, else empty.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "buendnisbuero.png")))
    install_german(app)
    install_error_dialog(log_file=str(log_file))
    window = MainWindow(ui_state=QSettings(), today=date.today())
    session = _Session(window, open_database, quit_after=quit_after, end=end,
                       fill_demo=fill_demo)
    window.show()
    return session


QUIT_AFTER_PAINT = "BUENDNISBUERO_QUIT_AFTER_PAINT"
"""``1``: quit once the window is painted; ``data``: once the remembered tab painted its data
(start-up measurements)."""
RUNNING_MUTEX = "Local\\Buendnisbuero"


def mark_running() -> object:
    """On Windows a named mutex tells the installer that the program is running."""
    if sys.platform != "win32":
        return None
    import ctypes

    return ctypes.windll.kernel32.CreateMutexW(None, False, RUNNING_MUTEX)


def open_with_recovery(open_database: Callable[[], Database]) -> Database | None:
    """Open the database; a damaged one is offered its newest sound backup, then reopened."""
    from app.db.errors import DatabaseOpenError
    from app.db.health import DatabaseDamagedError
    from app.ui.dialogs.recovery import offer_recovery

    try:
        return open_database()
    except DatabaseDamagedError as error:
        if not offer_recovery(error):
            return None
    except DatabaseOpenError as error:
        QMessageBox.critical(None, QApplication.translate("application",
                                                          "Bündnisbüro – Datenbank"), str(error))
        return None
    return open_with_recovery(open_database)


class _OnFirstPaint(QObject):
    """Calls ``then`` (from the event loop) after the watched widget's first paint."""

    def __init__(self, watched: QWidget, then: Callable[[], None]) -> None:
        super().__init__(watched)
        self._then = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)  # no Python call for the window's later events
            QTimer.singleShot(0, self._then)
        return False


class _Session:
    """One run of the window: the database opened after the first paint, closed at the end."""

    def __init__(self, window: MainWindow, open_database: Callable[[], Database], *,
                 quit_after: str, end: Callable[[int], None],
                 fill_demo: FillDemo | None = None) -> None:
        self.window = window
        self._end = end
        self._fill_demo = fill_demo
        self.database: Database | None = None
        self.marker: SessionMarker | None = None
        self.exit_code: int | None = None
        self._quit_after = quit_after
        self._open_database = open_database
        then = (lambda: end(0)) if quit_after == "1" else self._open
        self._first_paint = _OnFirstPaint(window, then)

    def _open(self) -> None:
        database = open_with_recovery(self._open_database)
        if database is None:
            self.exit_code = 1
            self._end(1)
            return
        self.database = database
        for notice in database.notices:
            QMessageBox.warning(self.window, QApplication.translate("application",
                                                                    "Bündnisbüro – Hinweis"),
                                notice)
        if database.target.sqlite_path is not None:
            from app.db.health import SessionMarker

            self.marker = SessionMarker(database.target.sqlite_path)
            self.marker.begin()
        if self._fill_demo is not None:
            fill = self._fill_demo
            run_task(lambda progress: fill(database, progress), parent=self.window,
                     title=QApplication.translate("application", "Demodaten werden geschrieben"),
                     database=True, on_done=lambda _result: self._show(database),
                     on_error=lambda _error: self._show(database))
            return
        self._show(database)

    def _show(self, database: Database) -> None:
        self.window.attach(database)
        if self._quit_after == "data":
            self._data_painted = _OnFirstPaint(self.window.tabs.currentWidget(),
                                               lambda: self._end(0))
            return
        self.window.backups.start_auto_backup()
        self.window.backups.check_after_start()

    def close(self) -> None:
        wait_for_tasks()
        if self.database is not None:
            self.database.dispose()
        if self.marker is not None:
            self.marker.end()
