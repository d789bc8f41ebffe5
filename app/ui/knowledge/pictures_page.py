"""The pictures of a practice example or an event, each with caption, credit and licence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.errors import DomainError
from app.services import knowledge, knowledge_editing
from app.services.knowledge import ImageRow
from app.services.knowledge_editing import ImageDraft
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.messages import error_label
from app.ui.widgets.record_table import RecordTable

ImagePathAsker = Callable[[], Path | None]


class PicturesPage(QWidget):
    """The pictures of a case or an event: added from a file, with caption, credit and
    licence; a picture without credit is marked as one that is never published or printed."""

    def __init__(self, *, db: Database, case_id: int | None = None,
                 meeting_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._case_id, self._meeting_id = db, case_id, meeting_id
        self.ask_image_path: ImagePathAsker = self._ask_image_path
        self.table = RecordTable[ImageRow](
            placeholder=self.tr("Noch keine Bilder. „Bild hinzufügen …“ fügt eines an."),
            model=RowTableModel(columns=[
                Column(self.tr("Datei"), lambda i: i.file_name),
                Column(self.tr("Bildunterschrift"), lambda i: i.caption),
                Column(self.tr("Bildnachweis"), lambda i: i.credit or self.tr(
                    "fehlt – wird nicht veröffentlicht")),
                Column(self.tr("Lizenz"), lambda i: i.licence)], row_id=lambda i: i.id))
        self.preview = QLabel()
        self.preview.setFixedSize(200, 125)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_edit = QLineEdit()
        self.credit_edit = QLineEdit()
        self.credit_edit.setPlaceholderText(self.tr("z. B. Fotos: Stadt Apolda"))
        self.licence_edit = QLineEdit()
        self.licence_edit.setPlaceholderText(self.tr("z. B. CC BY 4.0"))
        self.add_button = QPushButton(self.tr("Bild &hinzufügen …"))
        self.update_button = QPushButton(self.tr("Angaben &übernehmen"))
        self.remove_button = QPushButton(self.tr("Bild &entfernen"))
        self.message = error_label(wrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Bild&unterschrift:"), self.caption_edit)
        form.addRow(self.tr("Bildn&achweis:"), self.credit_edit)
        form.addRow(self.tr("&Lizenz:"), self.licence_edit)
        details = QHBoxLayout()
        details.addWidget(self.preview)
        details.addLayout(form, stretch=1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.update_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(details)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_image)
        self.update_button.clicked.connect(self.update_image)
        self.remove_button.clicked.connect(self.remove_image)
        self.table.view.selectionModel().selectionChanged.connect(self._show_selected)
        self.refresh()

    def refresh(self) -> None:
        self.table.set_rows(knowledge.pictures(self._db, case_id=self._case_id,
                                                meeting_id=self._meeting_id))

    def _selected(self) -> ImageRow | None:
        image_id = self.table.selected_id()
        return next((row for row in self.table.model_rows() if row.id == image_id), None)

    def _show_selected(self) -> None:
        row = self._selected()
        if row is None:
            self.preview.clear()
            return
        pixmap = QPixmap()
        pixmap.loadFromData(row.content)
        self.preview.setPixmap(pixmap.scaled(self.preview.size(),
                                             Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        self.caption_edit.setText(row.caption)
        self.credit_edit.setText(row.credit)
        self.licence_edit.setText(row.licence)

    def _draft(self) -> ImageDraft:
        return ImageDraft(self.caption_edit.text(), self.credit_edit.text(),
                          self.licence_edit.text())

    def _ask_image_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Bild hinzufügen"), folder, self.tr("Bilder (*.png *.jpg *.jpeg)"))
        return Path(chosen) if chosen else None

    def add_image(self) -> None:
        path = self.ask_image_path()
        if path is None:
            return
        try:
            content = path.read_bytes()
        except OSError:
            self.message.setText(self.tr("„%1“ lässt sich nicht lesen.").replace("%1", path.name))
            return
        try:
            knowledge_editing.add_image(self._db, file_name=path.name, content=content,
                                        draft=self._draft(), case_id=self._case_id,
                                        meeting_id=self._meeting_id)
        except DomainError as error:
            self.message.setText(str(error))
            return
        self._after_change()

    def update_image(self) -> None:
        row = self._selected()
        if row is not None:
            knowledge_editing.update_image(self._db, row.id, self._draft())
            self._after_change()

    def remove_image(self) -> None:
        row = self._selected()
        if row is not None:
            knowledge_editing.remove_image(self._db, row.id)
            self._after_change()

    def _after_change(self) -> None:
        self.refresh()
        credit = self.credit_edit.text().strip()
        self.message.setText("" if credit else self.tr(
            "Ohne Bildnachweis wird das Bild weder gedruckt noch veröffentlicht."))
