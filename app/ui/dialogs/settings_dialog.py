"""Settings: the sender of invitations and protocols, and the user's own Word templates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.domain.errors import DomainError, ValidationError
from app.exports.word import TemplateKind, install_user_template, remove_user_template
from app.services.meeting_documents import Sender, sample_document
from app.settings import Settings, with_sender

OpenPathAsker = Callable[[str], Path | None]


class SettingsDialog(QDialog):
    """Edits a ``Settings`` value; the caller stores ``settings()`` when the dialog is accepted.

    Templates are files: choosing one checks it and copies it into the template folder at once.
    """

    def __init__(self, *, settings: Settings, template_dir: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einstellungen"))
        self.resize(640, 360)
        self._settings = settings
        self.template_dir = template_dir or paths.user_template_dir()
        self.ask_open_path: OpenPathAsker = self._ask_open_path
        self.name_edit = QLineEdit(settings.sender_name)
        self.email_edit = QLineEdit(settings.sender_email)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.template_states: dict[TemplateKind, QLabel] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._sender_box())
        layout.addWidget(self._template_box())
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
        grid.addWidget(QLabel(self.tr("Platzhalter: siehe LIESMICH.md bei den mitgelieferten "
                                      "Vorlagen.")), len(TemplateKind), 0, 1, 3)
        grid.addWidget(folder, len(TemplateKind), 3)
        return box

    def _show_template_states(self) -> None:
        for kind, state in self.template_states.items():
            own = (self.template_dir / f"{kind.value}.docx").is_file()
            state.setText(self.tr("eigene Vorlage") if own else self.tr("mitgeliefert"))

    def choose_template(self, kind: TemplateKind) -> bool:
        source = self.ask_open_path(self.tr("Vorlage für „%1“ wählen").replace("%1", kind.label))
        if source is None:
            return False
        try:
            install_user_template(source, kind, self.template_dir,
                                  sample_document(Sender(self._settings.sender_name,
                                                         self._settings.sender_email)))
        except DomainError as error:
            self.error_label.setText(str(error))
            QMessageBox.warning(self, self.tr("Vorlage"), str(error))
            return False
        self.error_label.setText(self.tr("Die Vorlage „%1“ wird ab jetzt verwendet.")
                                 .replace("%1", source.name))
        self._show_template_states()
        return True

    def reset_template(self, kind: TemplateKind) -> None:
        remove_user_template(kind, self.template_dir)
        self._show_template_states()

    def _open_folder(self) -> None:
        self.template_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.template_dir)))

    def _ask_open_path(self, title: str) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getOpenFileName(self, title, folder,
                                                      self.tr("Word-Dokument (*.docx)"))
        return Path(chosen) if chosen else None

    def accept(self) -> None:
        try:
            self._settings = with_sender(self._settings, self.name_edit.text(),
                                         self.email_edit.text())
        except ValidationError as error:
            self.error_label.setText(str(error))
            (self.email_edit if error.field == "sender_email" else self.name_edit).setFocus()
            return
        super().accept()

    def settings(self) -> Settings:
        return self._settings
