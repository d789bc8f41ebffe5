"""Someone else saved the record meanwhile: the user's version beside the stored one."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

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

from app.domain.enums import LabelledEnum
from app.ui.i18n import label

KEEP_MINE, TAKE_THEIRS = 1, 2


def _text(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, LabelledEnum):
        return label(value.label)
    if isinstance(value, tuple | list):
        return f"{len(value)} Einträge"
    return str(value)


def differing_fields(mine: Any, theirs: Any) -> list[str]:
    """The fields of two drafts (dataclasses of one type) whose values differ."""
    return [f.name for f in fields(mine)
            if (getattr(mine, f.name) or None) != (getattr(theirs, f.name) or None)]


class ConflictDialog(QDialog):
    """Shows the differing fields; closes with KEEP_MINE or TAKE_THEIRS, or is cancelled.

    "Meine Eingaben kopieren" puts the user's values on the clipboard and keeps the dialog open.
    """

    def __init__(self, *, mine: Any, theirs: Any, message: str, labels: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gleichzeitig geändert"))
        self.resize(720, 420)
        self._mine = mine
        self._labels = labels
        self.differing = differing_fields(mine, theirs)
        self.table = QTableWidget(len(self.differing), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Feld"), self.tr("Ihre Eingabe"), self.tr("Gespeicherte Fassung")])
        for row, name in enumerate(self.differing):
            for column, text in enumerate((labels.get(name, name), _text(getattr(mine, name)),
                                           _text(getattr(theirs, name)))):
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
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(buttons)

    def copy_mine(self) -> str:
        text = "\n".join(f"{self._labels.get(name, name)}: {_text(getattr(self._mine, name))}"
                          for name in self.differing)
        QApplication.clipboard().setText(text)
        return text
