"""Someone else saved the record meanwhile: the user's version beside the stored one."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields
from datetime import date, datetime
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

from app.db.versions import RecordConflict
from app.domain.enums import LabelledEnum
from app.ui.i18n import label
from app.ui.widgets.record_table import title_width

KEEP_MINE, TAKE_THEIRS = 1, 2

ConflictHandler = Callable[[RecordConflict], None]
"""Who resolves a conflict a page ran into (the editor the page belongs to)."""


def shown_value(value: object) -> str:
    """A stored or typed value as the conflict dialog shows it (German dates, enum labels)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, LabelledEnum):
        return label(value.label)
    if isinstance(value, tuple | list):
        return f"{len(value)} Einträge"
    return str(value)


def differing_fields(mine: Any, theirs: Any) -> list[str]:
    """The fields of two drafts (dataclasses of one type) whose values differ."""
    return [f.name for f in fields(mine)
            if (getattr(mine, f.name) or None) != (getattr(theirs, f.name) or None)]


ConflictRow = tuple[str, str, str]
"""One differing value: what it is, the user's version, the stored version."""


def draft_rows(mine: Any, theirs: Any, labels: Mapping[str, str],
               names: Mapping[str, Mapping[int, str]] | None = None) -> list[ConflictRow]:
    """The differing fields of two drafts as rows of the conflict dialog; ``names`` turns the
    ids of a field (an AG, a host) into names."""

    def shown(name: str, value: object) -> str:
        known = (names or {}).get(name)
        if known is not None and isinstance(value, int):
            return known.get(value, str(value))
        return shown_value(value)

    return [(labels.get(name, name), shown(name, getattr(mine, name)),
             shown(name, getattr(theirs, name)))
            for name in differing_fields(mine, theirs)]


class ConflictDialog(QDialog):
    """Shows the differing values; closes with KEEP_MINE or TAKE_THEIRS, or is cancelled.

    "Meine Eingaben kopieren" puts the user's values on the clipboard and keeps the dialog open.
    """

    def __init__(self, *, rows: list[ConflictRow], message: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gleichzeitig geändert"))
        self.resize(720, 420)
        self.rows = rows
        self.differing = [row[0] for row in rows]
        self.table = QTableWidget(len(rows), 3)
        titles = [self.tr("Feld"), self.tr("Ihre Eingabe"), self.tr("Gespeicherte Fassung")]
        self.table.setHorizontalHeaderLabels(titles)
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, title in enumerate(titles):
            header.resizeSection(column, max(header.sectionSize(column),
                                             title_width(header, title)))
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
        text = "\n".join(f"{what}: {mine}" for what, mine, _theirs in self.rows)
        QApplication.clipboard().setText(text)
        return text
