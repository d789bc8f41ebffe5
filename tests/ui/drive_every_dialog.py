"""Opens every tab and the main dialogs of the window, then ends; run by test_clean_exit.py
under ``python -X dev`` to prove the program leaves the interpreter cleanly."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.db.location import sqlite_target  # noqa: E402
from app.db.opening import open_database  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402


def main() -> int:
    app = QApplication([])
    db = open_database(sqlite_target(Path(sys.argv[1])))
    window = MainWindow(db=db, ui_state=QSettings(sys.argv[2], QSettings.Format.IniFormat),
                        today=date(2024, 5, 15))
    window.show()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        app.processEvents()
    dialogs: list[QWidget] = [
        window.edit_settings(), window.edit_contracts(), window.publish_website(),
        window.backups.restore_backup(),
        window.calendar.open_meeting(1), window.calendar.show_tasks(),
        window.contacts.editing.edit_person(None), window.contacts.editing.edit_organisation(None),
        window.contacts.files.show_import(), window.contacts.files.show_duplicates(),
        window.groups.edit_goal(None), window.projects.edit_project(None),
        window.work.pr.compose_newsletter(), window.knowledge.cases.edit_case(1),
        window.knowledge.initiatives.edit_initiative(None),
        window.knowledge.programmes.edit_programme(None)]
    app.processEvents()
    for dialog in dialogs:
        dialog.close()
    window.close()
    app.processEvents()
    db.dispose()
    print("Alle Reiter und Dialoge geöffnet und geschlossen.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
