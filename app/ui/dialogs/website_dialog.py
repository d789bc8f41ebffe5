"""Datei → Website veröffentlichen: choose the folder, publish in the background, look at the
result in the browser."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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
from app.services.website_publishing import Published, publish_website
from app.settings import Settings, load_settings, save_settings
from app.ui.tasks import Task, run_task


class WebsiteDialog(QDialog):
    """Publishes the website into a folder the office uploads to its web space.

    ``ask_folder`` and ``open_url`` are attributes so that tests can answer for the user.
    """

    def __init__(self, *, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Website veröffentlichen"))
        self.resize(640, 260)
        self._db = db
        self._today = today
        self._settings = load_settings()
        self.ask_folder: Callable[[], Path | None] = self._ask_folder
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.task: Task[Published] | None = None
        self.published: Published | None = None
        self.folder_edit = QLineEdit(self._settings.website_folder)
        self.folder_edit.setPlaceholderText(self.tr("Ordner, der auf den Webspace hochgeladen "
                                                    "wird"))
        self.base_edit = QLineEdit(self._settings.website_base_url)
        self.base_edit.setPlaceholderText("https://www.innenstaedte-thueringen.de/")
        self.base_edit.setToolTip(self.tr("Die Adresse, unter der die Website erscheint; die "
                                          "offenen Daten im Format OParl verweisen darauf."))
        self.choose_button = QPushButton(self.tr("&Ordner wählen …"))
        self.publish_button = QPushButton(self.tr("&Veröffentlichen"))
        self.publish_button.setDefault(True)
        self.preview_button = QPushButton(self.tr("Im &Browser ansehen"))
        self.preview_button.setEnabled(False)
        self.result_label = QLabel(self.tr(
            "Veröffentlicht wird nur, was als „öffentlich“ markiert ist; Personen nur mit "
            "Einwilligung zur Veröffentlichung, nie mit E-Mail oder Telefon."))
        self.result_label.setWordWrap(True)
        folder_holder = QWidget()
        folder_row = QHBoxLayout(folder_holder)
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder_edit, stretch=1)
        folder_row.addWidget(self.choose_button)
        folder_holder.setFocusProxy(self.folder_edit)
        form = QFormLayout()
        form.addRow(self.tr("&Zielordner:"), folder_holder)
        form.addRow(self.tr("&Adresse der Website:"), self.base_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label, stretch=1)
        layout.addWidget(buttons)
        self.choose_button.clicked.connect(self.choose_folder)
        self.publish_button.clicked.connect(self.publish)
        self.preview_button.clicked.connect(self.preview)

    def _ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Ordner für die Website"),
                                                  self.folder_edit.text())
        return Path(chosen) if chosen else None

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self.folder_edit.setText(str(folder))

    def publish(self) -> Task[Published] | None:
        text = self.folder_edit.text().strip()
        if not text:
            self.result_label.setText(self.tr("Bitte zuerst einen Zielordner wählen."))
            return None
        folder = Path(text)
        secretariat = self._settings.sender_name
        base_url = self.base_edit.text().strip()
        self.publish_button.setEnabled(False)
        self.task = run_task(
            lambda progress: publish_website(
                self._db, folder, today=self._today, now=datetime.now(),
                secretariat=secretariat, base_url=base_url, own_templates=_own_templates(),
                progress=progress),
            parent=self, title=self.tr("Website wird veröffentlicht"), database=True,
            on_done=self._published, on_error=lambda _error: self._failed())
        return self.task

    def _published(self, published: Published) -> None:
        self.published = published
        self.publish_button.setEnabled(True)
        self.preview_button.setEnabled(True)
        self._remember(replace(self._settings, website_folder=str(published.folder),
                               website_base_url=self.base_edit.text().strip()))
        self.result_label.setText(self.tr(
            "Die Website steht in „%1“: %2 Dateien, %3 Termine, %4 Meldungen. Den Ordner "
            "jetzt auf den Webspace hochladen; geänderte Dateien erkennt das Upload-Programm.")
            .replace("%1", str(published.folder)).replace("%2", str(published.files))
            .replace("%3", str(published.meetings)).replace("%4", str(published.news)))

    def _failed(self) -> None:
        self.publish_button.setEnabled(True)

    def _remember(self, settings: Settings) -> None:
        self._settings = settings
        save_settings(settings)

    def preview(self) -> None:
        if self.published is not None:
            self.open_url(QUrl.fromLocalFile(str(self.published.folder / "index.html")))


def _own_templates() -> Path:
    from app.exports.website import user_templates

    return user_templates()
