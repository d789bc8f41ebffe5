"""Anmeldungen of a public event: capacity and waiting list, registering and cancelling, import
from a web form's export, mails, badges, the participant list, check-in at the door and the
summary of results."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.errors import DomainError
from app.services import event_exports, registration_import, registrations
from app.services.meeting_exports import ExportSetup
from app.services.registrations import RegistrationDraft, RegistrationRow
from app.ui.dialogs.file_paths import SavePathAsker
from app.ui.meeting.registration_import_dialog import RegistrationImportDialog
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.record_table import RecordTable

PathAsker = Callable[[str], Path | None]
PRINTABLE = {"badges": ("Namensschilder", event_exports.export_badges),
             "list": ("Teilnehmerliste", event_exports.export_participant_list)}


def _status(row: RegistrationRow) -> str:
    if row.waiting_place is not None:
        return f"Warteliste {row.waiting_place}"
    return row.status.label


class RegistrationsPage(QWidget):
    """Signals:
        sig_changed(): registrations, capacity or summary were stored.
    """

    sig_changed = Signal()
    """Counts shown elsewhere may have changed."""

    def __init__(self, *, db: Database, meeting_id: int, today: date,
                 export_setup: Callable[[], ExportSetup], ask_save_path: SavePathAsker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self._today = today
        self._export_setup = export_setup
        self.ask_save_path = ask_save_path
        self.ask_open_path: PathAsker = self._ask_open_path
        self.ask_folder: PathAsker = self._ask_folder
        self.import_dialog: RegistrationImportDialog | None = None
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, registrations.MAX_CAPACITY)
        self.capacity_spin.setSpecialValueText(self.tr("unbegrenzt"))
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(self.tr(
            "Zusammenfassung der Ergebnisse (nach der Veranstaltung, für Website und Bericht)"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(80)
        self.save_button = QPushButton(self.tr("Plätze und Zusammenfassung &übernehmen"))
        self.counts_label = QLabel()
        self.counts_label.setStyleSheet("font-weight: bold;")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr(
            "Einlass: Name tippen, Enter hakt die erste passende Person als anwesend ab"))
        self.table = RecordTable[RegistrationRow](
            placeholder=self.tr("Noch keine Anmeldungen. Unten eintragen oder eine Datei aus "
                                "dem Anmeldeformular importieren."),
            model=self._model())
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setPlaceholderText(self.tr("Organisation"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("E-Mail"))
        self.photo_check = QCheckBox(self.tr("Fotos"))
        self.publication_check = QCheckBox(self.tr("Name veröffentlichen"))
        self.add_button = QPushButton(self.tr("&Anmelden"))
        self.cancel_button = QPushButton(self.tr("Ab&melden"))
        self.present_button = QPushButton(self.tr("Anwesend an/aus (Leertaste)"))
        self.import_button = QPushButton(self.tr("Impor&tieren …"))
        self.mails_button = QPushButton(self.tr("Bestätigungen schreiben …"))
        self.badges_button = QPushButton(self.tr("Namensschilder (PDF) …"))
        self.list_button = QPushButton(self.tr("Teilnehmerliste (PDF) …"))
        self.print_badges_button = QPushButton(self.tr("Namensschilder drucken …"))
        self.print_list_button = QPushButton(self.tr("Teilnehmerliste drucken …"))
        self._build_layout()
        self._connect()
        self._load_settings()
        self.refresh()

    def _model(self) -> RowTableModel[RegistrationRow]:
        columns: list[Column[RegistrationRow]] = [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Organisation"), lambda r: r.organisation),
            Column(self.tr("E-Mail"), lambda r: r.email),
            Column(self.tr("Status"), _status),
            Column(self.tr("Anwesend"), lambda r: r.present),
            Column(self.tr("Fotos"), lambda r: r.photo_consent),
            Column(self.tr("Veröffentlichung"), lambda r: r.publication_consent),
        ]
        return RowTableModel(columns=columns, row_id=lambda r: r.id)

    def _build_layout(self) -> None:
        settings = QFormLayout()
        settings.addRow(self.tr("Plät&ze:"), self.capacity_spin)
        settings.addRow(self.tr("Zusammenfassung:"), self.summary_edit)
        settings.addRow("", self.save_button)
        adding = QHBoxLayout()
        for widget in (self.name_edit, self.organisation_edit, self.email_edit,
                       self.photo_check, self.publication_check, self.add_button):
            adding.addWidget(widget)
        actions = QHBoxLayout()
        for button in (self.cancel_button, self.present_button, self.import_button,
                       self.mails_button):
            actions.addWidget(button)
        actions.addStretch(1)
        documents = QHBoxLayout()
        for button in (self.badges_button, self.print_badges_button, self.list_button,
                       self.print_list_button):
            documents.addWidget(button)
        documents.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.search)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(adding)
        layout.addLayout(actions)
        layout.addLayout(documents)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save_settings)
        self.add_button.clicked.connect(self.register)
        self.email_edit.returnPressed.connect(self.register)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.present_button.clicked.connect(self.toggle_selected)
        self.import_button.clicked.connect(self.import_file)
        self.mails_button.clicked.connect(self.write_mails)
        self.badges_button.clicked.connect(lambda: self.export_pdf("badges"))
        self.list_button.clicked.connect(lambda: self.export_pdf("list"))
        self.print_badges_button.clicked.connect(lambda: self.print_preview("badges"))
        self.print_list_button.clicked.connect(lambda: self.print_preview("list"))
        self.search.textChanged.connect(self.table.set_filter)
        self.search.returnPressed.connect(self.check_in_first)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.table.view, self.toggle_selected)

    def _load_settings(self) -> None:
        capacity, summary = registrations.event_settings(self._db, self._meeting_id)
        self.capacity_spin.setValue(capacity or 0)
        self.summary_edit.setPlainText(summary)

    def refresh(self) -> None:
        rows = registrations.list_registrations(self._db, self._meeting_id)
        self.table.set_rows(rows)
        self.table.set_filter(self.search.text())
        capacity = self.capacity_spin.value() or None
        counted = registrations.counts(rows, capacity)
        places = f" von {capacity}" if capacity else ""
        self.counts_label.setText(self.tr(
            "angemeldet %1%2 · anwesend %3 · Warteliste %4 · abgemeldet %5")
            .replace("%1", str(counted.registered)).replace("%2", places)
            .replace("%3", str(counted.present)).replace("%4", str(counted.waiting))
            .replace("%5", str(counted.cancelled)))

    def _run(self, title: str, action: Callable[[], object]) -> bool:
        try:
            action()
        except DomainError as error:
            QMessageBox.warning(self, title, str(error))
            return False
        self.refresh()
        self.sig_changed.emit()
        return True

    def save_settings(self) -> bool:
        return self._run(self.tr("Anmeldungen"), lambda: registrations.set_event(
            self._db, self._meeting_id, self.capacity_spin.value() or None,
            self.summary_edit.toPlainText()))

    def register(self) -> bool:
        draft = RegistrationDraft(self.name_edit.text(), self.organisation_edit.text(),
                                  self.email_edit.text(), self.photo_check.isChecked(),
                                  self.publication_check.isChecked())
        if not self._run(self.tr("Anmelden"), lambda: registrations.add_registrations(
                self._db, self._meeting_id, [draft], today=self._today)):
            return False
        for edit in (self.name_edit, self.organisation_edit, self.email_edit):
            edit.clear()
        self.name_edit.setFocus()
        return True

    def cancel_selected(self) -> None:
        registration_id = self.table.selected_id()
        if registration_id is None:
            return
        moved: list[RegistrationRow | None] = []
        if self._run(self.tr("Abmelden"), lambda: moved.append(
                registrations.cancel(self._db, registration_id))) and moved and moved[0]:
            self.counts_label.setText(self.counts_label.text() + self.tr(
                " – nachgerückt: %1").replace("%1", moved[0].name))

    def toggle_selected(self) -> None:
        registration_id = self.table.selected_id()
        if registration_id is not None:
            self._toggle(registration_id)

    def check_in_first(self) -> None:
        """Enter in the search field: the first person shown is marked present."""
        rows = [self.table.model.row_at(row) for row in range(self.table.model.rowCount())]
        if rows:
            self._toggle(rows[0].id)
            self.search.selectAll()

    def _toggle(self, registration_id: int) -> None:
        row = next(r for r in self.table.model_rows() if r.id == registration_id)
        self._run(self.tr("Einlass"), lambda: registrations.check_in(
            self._db, registration_id, not row.present, now=datetime.now()))

    def import_file(self) -> RegistrationImportDialog | None:
        """Read the file, show every row with its check; "Übernehmen" registers them all."""
        from app.services.table_reader import read_table

        source = self.ask_open_path(self.tr("Anmeldungen importieren"))
        if source is None:
            return None
        try:
            table = read_table(source)
            checks = registration_import.analyse(
                table, registration_import.suggest_mapping(table.headers))
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Anmeldungen importieren"), str(error))
            return None
        dialog = RegistrationImportDialog(file_name=source.name, checks=checks,
                                          notes=table.notes, parent=self)
        dialog.accepted.connect(lambda: self._run(
            self.tr("Anmeldungen importieren"), lambda: registration_import.import_registrations(
                self._db, self._meeting_id, checks, today=self._today)))
        dialog.open()
        self.import_dialog = dialog
        return dialog

    def write_mails(self) -> list[Path]:
        folder = self.ask_folder(self.tr("Ordner für die E-Mail-Entwürfe"))
        if folder is None:
            return []
        written: list[list[Path]] = []
        self._run(self.tr("Bestätigungen"), lambda: written.append(
            event_exports.write_registration_mails(self._db, self._meeting_id, folder,
                                                   self._export_setup())))
        return written[0] if written else []

    def print_preview(self, kind: str) -> QDialog | None:
        """The print preview of the very PDF the export writes."""
        from app.ui.pdf_printing import PdfPrintPreview, print_file

        name, export = PRINTABLE[kind]
        written: list[Path] = []
        if not self._run(self.tr("Drucken"), lambda: written.append(export(
                self._db, self._meeting_id, print_file(name), self._export_setup()))):
            return None
        dialog = PdfPrintPreview(written[0], name, self)
        dialog.open()
        return dialog

    def export_pdf(self, kind: str) -> Path | None:
        name, export = PRINTABLE[kind]
        target = self.ask_save_path(self.tr(name), f"{name}.pdf", self.tr("PDF (*.pdf)"))
        if target is None:
            return None
        written: list[Path] = []
        self._run(self.tr(name), lambda: written.append(export(
            self._db, self._meeting_id, target.with_suffix(".pdf"), self._export_setup())))
        return written[0] if written else None

    def _ask_open_path(self, title: str) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, title, "", self.tr("Tabellen (*.csv *.xlsx *.txt)"))
        return Path(chosen) if chosen else None

    def _ask_folder(self, title: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, title)
        return Path(chosen) if chosen else None
