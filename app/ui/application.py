"""The Qt application: German locale, error dialog, opening the database, the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_DISPLAY_NAME, APP_NAME, paths
from app.db.database import Database
from app.db.errors import DatabaseOpenError
from app.db.health import DatabaseDamagedError, SessionMarker
from app.ui.dialogs.recovery import offer_recovery
from app.ui.errors import install_error_dialog
from app.ui.i18n import install_german
from app.ui.main_window import MainWindow


def run_application(*, open_database: Callable[[], Database], log_file: Path) -> int:
    """Run the event loop until the main window closes; returns the exit code.

    Args:
        open_database: opens (and migrates) the database; called once Qt can show messages.
        log_file: named in the error dialog so that users can send it to support.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "buendnisbuero.png")))
    install_german(app)
    install_error_dialog(log_file=str(log_file))
    database = open_with_recovery(open_database)
    if database is None:
        return 1
    for notice in database.notices:
        QMessageBox.warning(None, app.tr("Bündnisbüro – Hinweis"), notice)
    marker = SessionMarker(database.target.sqlite_path) if database.target.sqlite_path else None
    if marker is not None:
        marker.begin()
    window = MainWindow(db=database, ui_state=QSettings(), today=date.today())
    window.start_auto_backup()
    window.show()
    running = mark_running()
    if os.environ.get(QUIT_AFTER_PAINT) == "1":
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        database.dispose()
        if marker is not None:
            marker.end()
        del running


QUIT_AFTER_PAINT = "BUENDNISBUERO_QUIT_AFTER_PAINT"
"""Set to 1, the program quits once the main window is shown (start-up time measurement)."""
RUNNING_MUTEX = "Local\\Buendnisbuero"


def mark_running() -> object:
    """On Windows a named mutex tells the installer that the program is running."""
    if sys.platform != "win32":
        return None
    import ctypes

    return ctypes.windll.kernel32.CreateMutexW(None, False, RUNNING_MUTEX)


def open_with_recovery(open_database: Callable[[], Database]) -> Database | None:
    """Open the database; a damaged one is offered its newest sound backup, then reopened."""
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
