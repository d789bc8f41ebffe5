"""Settings: the sender, the user's name, the database, the backups and the Word templates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.db.database import Database
from app.domain.documents.meeting import MeetingDocument, Sender, sample_document
from app.domain.errors import DomainError, ValidationError
from app.exports.templates import TemplateKind
from app.settings import Settings, with_sender, with_storage
from app.ui.widgets.messages import error_label

if TYPE_CHECKING:
    from app.exports.word import WordTemplate

OpenPathAsker = Callable[[str], Path | None]


class SettingsDialog(QDialog):
    """Edits a ``Settings`` value; the caller stores ``settings()`` when the dialog is accepted.

    Templates are files: choosing one checks it and copies it into the template folder at once.
    """

    def __init__(self, *, settings: Settings, db: Database | None = None,
                 template_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._staged: dict[TemplateKind, WordTemplate | None] = {}
        self.setWindowTitle(self.tr("Einstellungen"))
        self.resize(780, 360)
        self._settings = settings
        self.template_dir = template_dir or paths.user_template_dir()
        self.ask_open_path: OpenPathAsker = self._ask_open_path
        self.ask_master_path: OpenPathAsker = self._ask_master_path
        self._staged_master: tuple[str, bytes] | object | None = _UNCHANGED
        """The master to take with OK: (name, content), None for the shipped one."""
        self.user_edit = QLineEdit(settings.user_name)
        self.user_edit.setPlaceholderText(self.tr("leer: die Windows-Anmeldung"))
        self.database_edit = QLineEdit(settings.database)
        self.database_edit.setPlaceholderText(self.tr("leer: die Datei im Benutzer-Datenordner"))
        self.database_edit.setToolTip(self.tr("Leer gelassen: %1")
                                      .replace("%1", str(paths.default_database_path())))
        self.backup_edit = QLineEdit(settings.backup_folder)
        self.backup_edit.setPlaceholderText(self.tr("leer: Ordner „Sicherungen“ neben der "
                                                    "Datenbank"))
        self.keep_spins = tuple(self._spin(value) for value in (
            settings.keep_daily, settings.keep_weekly, settings.keep_monthly))
        self.name_edit = QLineEdit(settings.sender_name)
        self.email_edit = QLineEdit(settings.sender_email)
        self.error_label = error_label(wrap=True)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.template_states: dict[TemplateKind, QLabel] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._sender_box())
        layout.addWidget(self._storage_box())
        layout.addWidget(self._template_box())
        layout.addWidget(self.info_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._show_template_states()

    def _sender_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Absender (Einladungen, Protokolle, Kalendereinträge)"))
        form = QFormLayout(box)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&E-Mail:"), self.email_edit)
        return box

    @staticmethod
    def _spin(value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, 100)
        spin.setValue(value)
        return spin

    def _storage_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Benutzer, Datenbank und Sicherungen"))
        form = QFormLayout(box)
        form.addRow(self.tr("&Ihr Name (Protokolle, Änderungsprotokoll):"), self.user_edit)
        database_button = QPushButton(self.tr("Datei …"))
        database_button.clicked.connect(self._choose_database)
        form.addRow(self.tr("&Datenbank (Datei oder Server-Adresse):"),
                    _row(self.database_edit, database_button))
        form.addRow("", QLabel(self.tr("Eine andere Datenbank gilt ab dem nächsten Start.")))
        backup_button = QPushButton(self.tr("Ordner …"))
        backup_button.clicked.connect(self._choose_backup_folder)
        form.addRow(self.tr("Sicherungs&ordner:"), _row(self.backup_edit, backup_button))
        rotation = QHBoxLayout()
        for text, spin in zip((self.tr("täglich"), self.tr("wöchentlich"),
                               self.tr("monatlich")), self.keep_spins, strict=True):
            rotation.addWidget(spin)
            rotation.addWidget(QLabel(text))
        rotation.addStretch(1)
        form.addRow(self.tr("Aufbewahren:"), rotation)
        return box

    def _choose_database(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Datenbank wählen"), self.database_edit.text(),
            self.tr("Datenbank (*.sqlite3 *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.database_edit.setText(chosen)

    def _choose_backup_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Sicherungsordner wählen"),
                                                  self.backup_edit.text())
        if chosen:
            self.backup_edit.setText(chosen)

    def _template_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Word-Vorlagen"))
        grid = QGridLayout(box)
        for row, kind in enumerate(TemplateKind):
            state = QLabel()
            self.template_states[kind] = state
            own = QPushButton(self.tr("Eigene wählen …"))
            own.clicked.connect(lambda _checked=False, k=kind: self.choose_template(k))
            shipped = QPushButton(self.tr("Mitgelieferte verwenden"))
            shipped.clicked.connect(lambda _checked=False, k=kind: self.reset_template(k))
            grid.addWidget(QLabel(self.tr(kind.label)), row, 0)
            grid.addWidget(state, row, 1)
            grid.addWidget(own, row, 2)
            grid.addWidget(shipped, row, 3)
        folder = QPushButton(self.tr("Vorlagenordner öffnen"))
        folder.clicked.connect(self._open_folder)
        self.help_button = QPushButton(self.tr("&Platzhalter beschreiben …"))
        self.help_button.clicked.connect(self._open_placeholder_help)
        master_row = len(TemplateKind)
        self.master_state = QLabel()
        own_master = QPushButton(self.tr("Eigene wählen …"))
        own_master.clicked.connect(self.choose_master)
        shipped_master = QPushButton(self.tr("Mitgelieferte verwenden"))
        shipped_master.clicked.connect(self.reset_master)
        grid.addWidget(QLabel(self.tr("Präsentation (PowerPoint)")), master_row, 0)
        grid.addWidget(self.master_state, master_row, 1)
        grid.addWidget(own_master, master_row, 2)
        grid.addWidget(shipped_master, master_row, 3)
        grid.addWidget(self.help_button, master_row + 1, 0, 1, 2)
        grid.addWidget(folder, master_row + 1, 3)
        box.setEnabled(self._db is not None)
        return box

    def _show_template_states(self) -> None:
        from app.services.document_templates import template_origins

        origins = template_origins(self._db, self.template_dir) if self._db else {}
        for kind, state in self.template_states.items():
            if kind in self._staged:
                staged = self._staged[kind]
                state.setText(self.tr("neu: „%1“ (mit OK übernommen)").replace("%1", staged.name)
                              if staged is not None
                              else self.tr("mitgeliefert (mit OK übernommen)"))
            else:
                state.setText(self.tr(origins.get(kind, "mitgeliefert")))
        self._show_master_state()

    def _show_master_state(self) -> None:
        from app.services.presentation_master import master_name

        if self._staged_master is not _UNCHANGED:
            self.master_state.setText(
                self.tr("neu: „%1“ (mit OK übernommen)").replace("%1", self._staged_master[0])
                if isinstance(self._staged_master, tuple)
                else self.tr("mitgeliefert (mit OK übernommen)"))
            return
        name = master_name(self._db) if self._db is not None else None
        self.master_state.setText(self.tr("eigene: „%1“").replace("%1", name) if name
                                  else self.tr("mitgeliefert"))

    def choose_master(self) -> bool:
        """Check a PowerPoint master now (the layouts it needs); it is taken with OK."""
        from app.exports.presentation_pptx import master_problems

        source = self.ask_master_path(self.tr("Präsentationsvorlage wählen"))
        if source is None:
            return False
        try:
            content = source.read_bytes()
        except OSError:
            content = b""
        problems = master_problems(content)
        if problems:
            message = self.tr("„%1“ taugt nicht als Präsentationsvorlage: %2").replace(
                "%1", source.name).replace("%2", " ".join(problems))
            self.error_label.setText(message)
            QMessageBox.warning(self, self.tr("Vorlage"), message)
            return False
        self._staged_master = (source.name, content)
        self.error_label.setText("")
        self.info_label.setText(self.tr("Die Präsentationsvorlage „%1“ ist in Ordnung und wird "
                                        "mit OK für alle Arbeitsplätze übernommen.")
                                .replace("%1", source.name))
        self._show_master_state()
        return True

    def reset_master(self) -> None:
        self._staged_master = None
        self._show_master_state()

    def _sample(self) -> MeetingDocument:
        return sample_document(Sender(self.name_edit.text(), self.email_edit.text()))

    def choose_template(self, kind: TemplateKind) -> bool:
        """Check a template file now; it is taken when the dialog is confirmed with OK."""
        source = self.ask_open_path(self.tr("Vorlage für „%1“ wählen").replace("%1", kind.label))
        if source is None:
            return False
        from app.exports.word import check_template, read_template

        try:
            template = read_template(source)
            check_template(template, self._sample())
        except DomainError as error:
            self.info_label.setText("")
            self.error_label.setText(str(error))
            QMessageBox.warning(self, self.tr("Vorlage"), str(error))
            return False
        self._staged[kind] = template
        self.error_label.setText("")
        self.info_label.setText(self.tr("Die Vorlage „%1“ ist in Ordnung und wird mit OK für "
                                        "alle Arbeitsplätze übernommen.")
                                .replace("%1", source.name))
        self._show_template_states()
        return True

    def reset_template(self, kind: TemplateKind) -> None:
        """Go back to the shipped template when the dialog is confirmed with OK."""
        self._staged[kind] = None
        self._show_template_states()

    def _take_templates(self) -> bool:
        from app.services.document_templates import install_template, remove_template

        if self._db is None:
            return True
        try:
            for kind, template in self._staged.items():
                if template is None:
                    remove_template(self._db, kind, self.template_dir)
                else:
                    install_template(self._db, kind, template, self._sample())
        except DomainError as error:
            self.error_label.setText(str(error))
            return False
        self._staged.clear()
        return self._take_master()

    def _take_master(self) -> bool:
        from app.services.presentation_master import install_master, remove_master

        if self._db is None or self._staged_master is _UNCHANGED:
            return True
        try:
            if isinstance(self._staged_master, tuple):
                install_master(self._db, *self._staged_master)
            else:
                remove_master(self._db)
        except DomainError as error:
            self.error_label.setText(str(error))
            return False
        self._staged_master = _UNCHANGED
        return True

    def _open_placeholder_help(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(
            str(paths.shipped_template_dir() / "LIESMICH.md")))

    def _open_folder(self) -> None:
        self.template_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.template_dir)))

    def _ask_open_path(self, title: str) -> Path | None:
        return self._ask_file(title, self.tr("Word-Dokument (*.docx)"))

    def _ask_master_path(self, title: str) -> Path | None:
        return self._ask_file(title, self.tr("PowerPoint-Präsentation (*.pptx)"))

    def _ask_file(self, title: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getOpenFileName(self, title, folder, file_filter)
        return Path(chosen) if chosen else None

    def accept(self) -> None:
        try:
            self._settings = with_sender(self._settings, self.name_edit.text(),
                                         self.email_edit.text())
            self._settings = with_storage(
                self._settings, user_name=self.user_edit.text(),
                database=self.database_edit.text(), backup_folder=self.backup_edit.text(),
                keep=(self.keep_spins[0].value(), self.keep_spins[1].value(),
                      self.keep_spins[2].value()))
        except ValidationError as error:
            self.error_label.setText(str(error))
            focus = {"sender_email": self.email_edit, "database": self.database_edit,
                     "backup_folder": self.backup_edit}.get(error.field or "", self.name_edit)
            focus.setFocus()
            return
        if not self._take_templates():
            return
        super().accept()

    def settings(self) -> Settings:
        return self._settings


_UNCHANGED = object()
"""No master chosen in this dialog."""


def _row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return row
