"""The window's side of data safety: "Sicherung jetzt", restoring, the automatic backups and the
check after the window is shown, all through the worker so that the window never freezes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from app.ui.tasks import Progress, Task, run_task

if TYPE_CHECKING:
    from app.db.database import Database
    from app.services.safety import AutoBackup
    from app.ui.dialogs.restore_dialog import RestoreDialog

log = logging.getLogger(__name__)


class BackupActions(QObject):
    """Signals:
        sig_data_replaced(): a restore replaced the data; every page must read it again.
    """

    sig_data_replaced = Signal()
    """The database holds other data now (restored)."""

    def __init__(self, *, db: Database, window: QMainWindow) -> None:
        super().__init__(window)
        self._db = db
        self._window = window
        self.auto_backup: AutoBackup | None = None
        self.last_task: Task[Any] | None = None

    def _status(self, text: str, milliseconds: int = 0) -> None:
        self._window.statusBar().showMessage(text, milliseconds)

    def backup_now(self) -> Task[Path]:
        """A checked backup into the rotation, on the database worker."""
        from app.services.safety import BackupService

        db = self._db

        def done(path: Path) -> None:
            self._status(self.tr("Sicherung geprüft und gespeichert: %1")
                         .replace("%1", str(path)), 15_000)

        return run_task(lambda _p: BackupService.of(db).take("manuell"),
                        parent=self._window, title=self.tr("Sicherung"), on_done=done,
                        database=True)

    def restore_backup(self) -> RestoreDialog:
        from app.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(db=self._db, parent=self._window)
        dialog.sig_restored.connect(lambda _path: self.sig_data_replaced.emit())
        dialog.open()
        return dialog

    def start_auto_backup(self, now: datetime | None = None) -> None:
        """The day's first backup now (off the GUI thread), then every minute a check whether
        30 minutes passed with changes."""
        from app.services.safety import AutoBackup, BackupService

        database = self._db.target.sqlite_path
        if database is None:
            return
        start = now or datetime.now()
        auto = AutoBackup(BackupService.of(self._db), now=start)
        self.auto_backup = auto
        self._run_backup(lambda: auto.at_start(start))
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(lambda: self._run_backup(lambda: auto.tick(datetime.now())))
        self._timer.start()

    def _run_backup(self, take: Callable[[], Path | None]) -> None:
        def done(path: Path | None) -> None:
            if path is not None:
                self._status(self.tr("Automatisch gesichert: %1").replace("%1", path.name),
                             10_000)

        def failed(error: BaseException) -> None:
            log.error("Automatische Sicherung fehlgeschlagen: %s", error)
            self._status(self.tr("Automatische Sicherung fehlgeschlagen: %1")
                         .replace("%1", str(error)))

        task: Task[Path | None] = run_task(
            lambda _p: take(), parent=self._window, database=True,
            title=self.tr("Automatische Sicherung"), quiet=True, on_done=done, on_error=failed)
        self.last_task = task

    def check_after_start(self) -> Task[list[str]] | None:
        """The quick check of the file, after the window is shown and off the GUI thread; damage
        is reported as at start, with the newest sound backup offered."""
        from app.db.backups import integrity_problems

        database = self._db.target.sqlite_path
        if database is None:
            return None

        def check(_progress: Progress) -> list[str]:
            return integrity_problems(database, quick=True)

        task = run_task(check, parent=self._window, quiet=True, database=True,
                        title=self.tr("Prüfung der Datenbank"),
                        on_done=lambda problems: self._on_checked(database, problems))
        self.last_task = task
        return task

    def _on_checked(self, database: Path, problems: list[str]) -> None:
        if not problems:
            return
        from app.db.health import DatabaseDamagedError, newest_sound_backup
        from app.services.safety import BackupService
        from app.ui.dialogs.recovery import offer_recovery

        error = DatabaseDamagedError(database, problems, newest_sound_backup(
            BackupService(database).folder, database.stem))
        self._db.engine.dispose()
        if offer_recovery(error, self._window):
            self.sig_data_replaced.emit()
