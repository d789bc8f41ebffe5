"""Someone else saved the person meanwhile: the user's version beside the other one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.contact_editing import PersonDraft
from app.services.edit_conflicts import EditConflict
from app.ui.contacts.person_dialog import TEXT_FIELDS

FIELD_LABELS = dict(TEXT_FIELDS) | {"organisation_id": "Organisation", "notes": "Notizen",
                                    "consent": "Einwilligung", "consent_date": "Datum der "
                                    "Einwilligung", "restricted": "Eingeschränkt",
                                    "archived": "Archiviert"}

KEEP_MINE, TAKE_THEIRS = 1, 2


def _text(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    return str(value)


class ConflictDialog(QDialog):
    """Shows the differing fields; closes with KEEP_MINE or TAKE_THEIRS, or is cancelled.

    "Meine Eingaben kopieren" puts the user's values on the clipboard and keeps the dialog open.
    """

    def __init__(self, *, mine: PersonDraft, conflict: EditConflict,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gleichzeitig geändert"))
        self.resize(720, 420)
        self._mine = mine
        self.differing = conflict.differing_fields(mine)
        self.table = QTableWidget(len(self.differing), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Feld"), self.tr("Ihre Eingabe"), self.tr("Gespeicherte Fassung")])
        for row, name in enumerate(self.differing):
            for column, text in enumerate((FIELD_LABELS.get(name, name),
                                           _text(getattr(mine, name)),
                                           _text(getattr(conflict.theirs, name)))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.keep_button = QPushButton(self.tr("&Meine behalten"))
        self.take_button = QPushButton(self.tr("&Die andere übernehmen"))
        self.copy_button = QPushButton(self.tr("Meine Eingaben &kopieren"))
        cancel = QPushButton(self.tr("Abbrechen"))
        self.keep_button.clicked.connect(lambda: self.done(KEEP_MINE))
        self.take_button.clicked.connect(lambda: self.done(TAKE_THEIRS))
        self.copy_button.clicked.connect(self.copy_mine)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.keep_button, self.take_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        self.message_label = QLabel(str(conflict))
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(buttons)

    def copy_mine(self) -> str:
        text = "\n".join(f"{FIELD_LABELS.get(name, name)}: {_text(getattr(self._mine, name))}"
                         for name in self.differing)
        QApplication.clipboard().setText(text)
        return text
