"""Refresh the README's screenshots: the main window with the demo data at laptop size
(1280 × 680), one picture per tab, rendered offscreen.

Usage: python packaging/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.db.location import sqlite_target  # noqa: E402
from app.db.opening import open_database  # noqa: E402
from app.services.demo import fill_demo  # noqa: E402
from app.ui.i18n import install_german  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.tab_style import install_roomy_tabs  # noqa: E402

TARGET = ROOT / "resources" / "screenshots"
DEMO_DAY = date(2024, 10, 15)
"""A day inside the demo's history, so that every tab shows data."""


def main() -> int:
    app = QApplication([])
    install_german(app)
    install_roomy_tabs(app)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(sqlite_target(Path(folder) / "demo.sqlite3"))
        fill_demo(db, today=date.today())
        window = MainWindow(db=db, ui_state=QSettings(str(Path(folder) / "ui.ini"),
                                                      QSettings.Format.IniFormat),
                            today=DEMO_DAY)
        window.resize(1280, 680)
        window.show()
        TARGET.mkdir(parents=True, exist_ok=True)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            name = window.tabs.current_key()
            window.grab().save(str(TARGET / f"{name}.png"))
            if name == "calendar":
                window.grab().save(str(TARGET / "hauptfenster.png"))
        window.close()
        db.dispose()
    print(f"Bildschirmfotos geschrieben nach {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
