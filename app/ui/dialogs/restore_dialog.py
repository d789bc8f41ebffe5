"""Restoring a backup: the backups of the rotation, newest first, or any file the user picks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.backups import BackupInfo
from app.db.database import Database
from app.services.safety import BackupService, reason_label
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tasks import Task, run_task
from app.ui.widgets.record_table import RecordTable

OpenPathAsker = Callable[[str], Path | None]


class RestoreDialog(QDialog):
    """Lists the backups; restoring one first backs up the current state.

    Signals:
        sig_restored(str): the database now holds the contents of this backup file.
    """

    sig_restored = Signal(str)
    """A backup was restored; the windows must show the data again."""

    def __init__(self, *, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert db.target.sqlite_path is not None
        self.setWindowTitle(self.tr("Sicherung wiederherstellen"))
        self.resize(760, 420)
        self._db = db
        self._database = db.target.sqlite_path
        self._backups = BackupService(self._database)
        self.folder = self._backups.folder
        self.ask_open_path: OpenPathAsker = self._ask_open_path
        self.table = RecordTable[BackupInfo](
            placeholder=self.tr("Noch keine Sicherungen. Datei → Sicherung jetzt legt eine an."),
            model=RowTableModel(columns=[
            Column(self.tr("Zeitpunkt"), lambda b: b.taken_at),
            Column(self.tr("Anlass"), reason_label),
            Column(self.tr("Größe (KB)"), lambda b: round(b.size / 1024), align_right=True),
            Column(self.tr("Datei"), lambda b: b.path.name),
        ], row_id=self._row_number))
        self._rows: list[BackupInfo] = []
        self.table.sig_record_activated.connect(lambda row: self.restore(self._rows[row].path))
        self.restore_button = QPushButton(self.tr("&Wiederherstellen …"))
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button = QPushButton(self.tr("Andere &Datei …"))
        self.other_button.clicked.connect(self._restore_other)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sicherungen in %1 (neueste zuerst). Vor dem "
                                        "Wiederherstellen wird der jetzige Stand gesichert.")
                                .replace("%1", str(self.folder))))
        layout.addWidget(self.table, stretch=1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.refresh()

    def _row_number(self, info: BackupInfo) -> int:
        return self._rows.index(info)

    def refresh(self) -> None:
        self._rows = self._backups.listing()
        self.table.set_rows(self._rows)
        if self._rows:
            self.table.view.selectRow(0)

    def _restore_selected(self) -> None:
        row = self.table.selected_id()
        if row is not None:
            self.restore(self._rows[row].path)

    def _restore_other(self) -> None:
        chosen = self.ask_open_path(self.tr("Sicherung wählen"))
        if chosen is not None:
            self.restore(chosen)

    def restore(self, backup: Path) -> Task[Path | None] | None:
        """Ask, then restore on the database worker; ``sig_restored`` follows when it is done."""
        answer = QMessageBox.question(self, self.tr("Wiederherstellen"), self.tr(
            "Den Inhalt der Datenbank durch die Sicherung „%1“ ersetzen? Der jetzige Stand wird "
            "vorher gesichert.").replace("%1", backup.name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        self._db.engine.dispose()
        service = self._backups
        return run_task(lambda _progress: service.restore(backup), parent=self,
                        title=self.tr("Wiederherstellen"), database=True,
                        on_done=lambda saved: self._restored(backup, saved))

    def _restored(self, backup: Path, saved: Path | None) -> None:
        self.refresh()
        self.status_label.setText(self.tr(
            "„%1“ wurde wiederhergestellt. Der vorige Stand liegt in %2.")
            .replace("%1", backup.name).replace("%2", str(saved) if saved is not None else "—"))
        self.sig_restored.emit(str(backup))

    def _ask_open_path(self, title: str) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(self, title, str(self.folder),
                                                      self.tr("Datenbank (*.sqlite3 *.db)"))
        return Path(chosen) if chosen else None
