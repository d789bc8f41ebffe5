"""The self-test's window step: build and paint the main window offscreen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.db.database import Database
from app.ui.i18n import install_german
from app.ui.main_window import MainWindow

EXPECTED_TABS = 8


def paint_main_window(db: Database, folder: Path) -> bool:
    """Build the main window on ``db``, paint it once and close it; False if nothing was drawn."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    install_german(app)
    window = MainWindow(db=db, ui_state=QSettings(str(folder / "ui.ini"),
                                                  QSettings.Format.IniFormat),
                        today=date(2024, 6, 10))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    painted = not window.grab().isNull() and window.tabs.count() == EXPECTED_TABS
    window.close()
    window.deleteLater()
    app.processEvents()
    return painted
