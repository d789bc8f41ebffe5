"""Newsletter …: choose a distribution list and PR items, write the .eml draft for Outlook."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.documents.meeting import Sender
from app.services.contact_lists import distribution_lists
from app.services.newsletter import NewsletterWritten, export_newsletter
from app.services.pr_work import PrRow
from app.settings import load_settings
from app.ui.dialogs.file_paths import ask_save_path
from app.ui.tasks import Task, run_task
from app.ui.widgets.messages import show_as_error


class NewsletterDialog(QDialog):
    """``ask_path`` and ``open_url`` are attributes so that tests can answer for the user."""

    def __init__(self, *, db: Database, today: date, items: list[PrRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Newsletter"))
        self.resize(640, 520)
        self._db = db
        self._today = today
        self.ask_path: Callable[[], Path | None] = self._ask_path
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.written: NewsletterWritten | None = None
        self.task: Task[NewsletterWritten] | None = None
        self.list_box = QComboBox()
        for known in distribution_lists(db):
            self.list_box.addItem(self.tr("%1 (%2 Personen)").replace("%1", known.name)
                                  .replace("%2", str(known.size)), known.name)
        self.items_model = QStandardItemModel(self)
        for row in items:
            entry = QStandardItem(f"{row.published_on:%d.%m.%Y} · {row.kind.label} · {row.title}")
            entry.setCheckable(True)
            entry.setEditable(False)
            entry.setData(row.id, Qt.ItemDataRole.UserRole)
            self.items_model.appendRow(entry)
        self.items_view = QListView()
        self.items_view.setModel(self.items_model)
        self.message_label = QLabel(self.tr(
            "Empfänger sind nur Personen des Verteilers, die eingewilligt haben, kontaktiert zu "
            "werden, und deren Verarbeitung nicht eingeschränkt ist. Dazu kommen die nächsten "
            "öffentlichen Termine und die Ergebnisse der letzten Veranstaltungen."))
        self.message_label.setWordWrap(True)
        self.write_button = QPushButton(self.tr("E-Mail-&Entwurf schreiben …"))
        self.write_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Verteiler:"), self.list_box)
        form.addRow(self.tr("&Beiträge:"), self.items_view)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.write_button.clicked.connect(self.write)

    def chosen_items(self) -> list[int]:
        return [int(self.items_model.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.items_model.rowCount())
                if self.items_model.item(row).checkState() == Qt.CheckState.Checked]

    def _ask_path(self) -> Path | None:
        return ask_save_path(self, self.tr("Newsletter speichern"),
                             f"Newsletter {self._today:%Y-%m-%d}.eml",
                             self.tr("E-Mail-Entwurf (*.eml)"))

    def write(self) -> Task[NewsletterWritten] | None:
        list_name = self.list_box.currentData()
        items = self.chosen_items()
        if list_name is None:
            self._show_problem(self.tr("Bitte zuerst einen Verteiler anlegen (Reiter Kontakte)."))
            return None
        if not items:
            self._show_problem(self.tr("Bitte mindestens einen Beitrag ankreuzen."))
            return None
        out = self.ask_path()
        if out is None:
            return None
        settings = load_settings()
        sender = Sender(settings.sender_name, settings.sender_email)
        self.task = run_task(
            lambda _progress: export_newsletter(self._db, list_name=list_name, item_ids=items,
                                                today=self._today, sender=sender, out=out),
            parent=self, title=self.tr("Newsletter wird geschrieben"), database=True,
            on_done=self._written)
        return self.task

    def _show_problem(self, text: str) -> None:
        show_as_error(self.message_label)
        self.message_label.setText(text)

    def _written(self, written: NewsletterWritten) -> None:
        self.written = written
        self.message_label.setStyleSheet("")
        self.message_label.setText(self.tr(
            "Der Entwurf an %1 Empfänger ist gespeichert und als PR-Beitrag erfasst; Outlook "
            "öffnet ihn zum Prüfen und Senden.").replace("%1", str(written.recipients)))
        self.open_url(QUrl.fromLocalFile(str(written.path)))
