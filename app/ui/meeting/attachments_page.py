"""Files kept with a meeting or a project (Unterlagen): add, open with their program, remove."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.db.database import Database
from app.db.versions import RecordConflict
from app.domain.errors import ValidationError
from app.services import attachments, project_documents
from app.services.attachments import AttachmentRow
from app.ui.dialogs.conflict_dialog import ConflictHandler
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.record_table import RecordTable


@dataclass(frozen=True)
class FileStore:
    """Where a page's files live: the service functions bound to one meeting or project."""

    list_files: Callable[[], list[AttachmentRow]]
    add_file: Callable[[Path], object]
    remove_file: Callable[[int], None]
    extract_file: Callable[[int, Path], Path]


def meeting_files(db: Database, meeting_id: int) -> FileStore:
    return FileStore(
        list_files=lambda: attachments.list_attachments(db, meeting_id),
        add_file=lambda path: attachments.add_attachment(db, meeting_id, path),
        remove_file=lambda file_id: attachments.remove_attachment(db, file_id),
        extract_file=lambda file_id, folder: attachments.extract_attachment(db, file_id,
                                                                            folder))


def project_files(db: Database, project_id: int) -> FileStore:
    return FileStore(
        list_files=lambda: project_documents.list_documents(db, project_id),
        add_file=lambda path: project_documents.add_document(db, project_id, path),
        remove_file=lambda file_id: project_documents.remove_document(db, file_id),
        extract_file=lambda file_id, folder: project_documents.extract_document(db, file_id,
                                                                                folder))


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} KB" if size else "0 KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class AttachmentsPage(QWidget):
    """The files of a meeting or project; double-click or Enter opens one."""

    def __init__(self, *, store: FileStore, on_conflict: ConflictHandler | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._on_conflict = on_conflict
        self.table = RecordTable[AttachmentRow](
            placeholder=self.tr(
                "Noch keine Unterlagen. „Datei hinzufügen …“ legt Präsentationen oder Infomaterial "
                "dazu."),
            model=RowTableModel(columns=[
            Column(self.tr("Datei"), lambda a: a.file_name),
            Column(self.tr("Beschreibung"), lambda a: a.description),
            Column(self.tr("Größe"), lambda a: _size(a.size_bytes), align_right=True),
            Column(self.tr("Hinzugefügt"), lambda a: a.added_at)], row_id=lambda a: a.id))
        self.add_button = QPushButton(self.tr("Datei &hinzufügen …"))
        self.open_button = QPushButton(self.tr("Ö&ffnen"))
        self.remove_button = QPushButton(self.tr("&Entfernen"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._choose_files)
        self.open_button.clicked.connect(self._open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.sig_record_activated.connect(self.open_attachment)
        self.refresh()

    def refresh(self) -> None:
        self.table.set_rows(self._store.list_files())

    def _choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Unterlagen hinzufügen"))
        self.add_files([Path(name) for name in names])

    def add_files(self, files: list[Path]) -> None:
        for path in files:
            try:
                self._store.add_file(path)
            except ValidationError as error:
                QMessageBox.warning(self, self.tr("Unterlagen"), str(error))
            except RecordConflict as conflict:
                self._conflict(conflict)
                return
        self.refresh()

    def _open_selected(self) -> None:
        attachment_id = self.table.selected_id()
        if attachment_id is not None:
            self.open_attachment(attachment_id)

    def open_attachment(self, attachment_id: int) -> Path:
        """Write the file to the cache folder and open it with the program Windows assigns."""
        path = self._store.extract_file(attachment_id, paths.open_files_dir())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def remove_selected(self) -> None:
        attachment_id = self.table.selected_id()
        if attachment_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Unterlage entfernen"),
                                      self.tr("Die ausgewählte Datei aus der Sitzung entfernen?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._store.remove_file(attachment_id)
        except RecordConflict as conflict:
            self._conflict(conflict)
            return
        self.refresh()

    def _conflict(self, conflict: RecordConflict) -> None:
        if self._on_conflict is None:
            raise conflict
        self._on_conflict(conflict)
