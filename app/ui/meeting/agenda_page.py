"""The agenda (Tagesordnung): numbered TOPs, edited in place, reordered by drag and drop or keys.

Every change is saved at once through the agenda service, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.db.versions import RecordConflict
from app.domain.errors import ValidationError
from app.services import agenda
from app.services.agenda import AgendaEntry
from app.ui.dialogs.conflict_dialog import ConflictHandler
from app.ui.widgets.record_table import HintingTableView

AnyIndex = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-buendnisbuero-agenda-row"
HEADERS = ("TOP", "Titel", "Vortragende", "Minuten", "Öffentlich")
PUBLIC_COLUMN = 4


class AgendaModel(QAbstractTableModel):
    """The TOPs as rows; title, presenter and minutes editable; rows movable by drag and drop.

    Signals:
        sig_edited(): the list changed (edit, move, add, remove) and should be saved.
    """

    sig_edited = Signal()
    """The user changed the agenda."""
    sig_rejected = Signal(str)
    """An edit was refused; the German reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AgendaEntry] = []

    def set_entries(self, entries: Sequence[AgendaEntry]) -> None:
        """Show these entries; the same number of rows is updated in place, so that an open
        cell editor survives a save."""
        if len(entries) == len(self.entries) and self.entries:
            self.entries = list(entries)
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(entries) - 1, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if index.column() == PUBLIC_COLUMN:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if entry.public else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Auf der Website zeigen, wenn die Sitzung öffentlich ist")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (index.row() + 1, entry.title, entry.presenter,
                    entry.planned_minutes if entry.planned_minutes is not None else "",
                    )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == PUBLIC_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() > 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        entry = self.entries[index.row()]
        if index.column() == PUBLIC_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            public = Qt.CheckState(value) == Qt.CheckState.Checked
            return self._change(index, replace(entry, public=public))
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        try:
            if index.column() == 1:
                changed = agenda.validate_entry(replace(entry, title=text))
            elif index.column() == 2:
                changed = replace(entry, presenter=text)
            elif index.column() == 3:
                changed = agenda.validate_entry(replace(entry, planned_minutes=_minutes(text)))
            else:
                return False
        except ValidationError as error:
            self.sig_rejected.emit(str(error))
            return False
        return self._change(index, changed)

    def _change(self, index: AnyIndex, changed: AgendaEntry) -> bool:
        self.entries[index.row()] = changed
        self.dataChanged.emit(index, index)
        self.sig_edited.emit()
        return True

    def move(self, source: int, target: int) -> bool:
        """Move a row so that it ends up at position ``target``."""
        if source == target or not 0 <= source < len(self.entries) \
                or not 0 <= target < len(self.entries):
            return False
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self.entries.insert(target, self.entries.pop(source))
        self.endMoveRows()
        self.sig_edited.emit()
        return True

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if indexes:
            data.setData(MIME_TYPE, QByteArray(str(indexes[0].row()).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: AnyIndex) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        source = int(bytes(data.data(MIME_TYPE).data()).decode())
        target = row if row >= 0 else parent.row() if parent.isValid() else len(self.entries)
        if target > source:
            target -= 1
        self.move(source, min(max(target, 0), len(self.entries) - 1))
        return False


def _minutes(text: str) -> int | None:
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError("Bitte die geplante Dauer als ganze Zahl von Minuten eingeben.")
    return int(text)


class AgendaPage(QWidget):
    """The agenda of one saved meeting, with buttons and keys to add, move and remove TOPs.

    Signals:
        sig_saved(): the agenda was stored.
    """

    sig_saved = Signal()
    """The agenda in the database changed."""

    def __init__(self, *, db: Database, meeting_id: int, on_conflict: ConflictHandler,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self._on_conflict = on_conflict
        self.model = AgendaModel(self)
        self.view = HintingTableView(self.tr(
            "Noch keine Tagesordnung. „TOP hinzufügen“ legt den ersten Punkt an."))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.total_label = QLabel()
        self.add_button = QPushButton(self.tr("TOP &hinzufügen"))
        self.up_button = QPushButton(self.tr("Nach &oben"))
        self.down_button = QPushButton(self.tr("Nach &unten"))
        self.remove_button = QPushButton(self.tr("TOP &entfernen"))
        self.up_button.setToolTip(self.tr("Strg+Pfeil hoch"))
        self.down_button.setToolTip(self.tr("Strg+Pfeil runter"))
        self._build_layout()
        self.add_button.clicked.connect(self.add_item)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence("Ctrl+Up"), self.view, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.view, lambda: self.move_selected(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.remove_selected)
        self.model.sig_edited.connect(self.save)
        self.model.sig_rejected.connect(
            lambda message: QMessageBox.warning(self, self.tr("Tagesordnung"), message))
        self.reload()

    def reload(self) -> None:
        """Show the stored agenda."""
        self.model.set_entries(agenda.load_agenda(self._db, self._meeting_id))
        self._update_total()

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Doppelklick oder F2 bearbeitet eine Zelle; Zeilen lassen "
                                        "sich mit der Maus verschieben.")))
        layout.addWidget(self.view, stretch=1)
        layout.addLayout(buttons)

    def selected_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_item(self) -> None:
        entries = [*self.model.entries, AgendaEntry(self.tr("Neuer TOP"))]
        self._store(entries)
        new_row = len(self.model.entries) - 1
        index = self.model.index(new_row, 1)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row >= 0 and self.model.move(row, row + step):
            self.view.setCurrentIndex(self.model.index(row + step, 1))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        entry = self.model.entries[row]
        if entry.id is not None and agenda.has_protocol_content(self._db, entry.id):
            answer = QMessageBox.question(self, self.tr("TOP entfernen"), self.tr(
                "Zu diesem TOP gibt es Protokolltext, Beschlüsse oder Aufgaben. Sie werden mit "
                "entfernt. Fortfahren?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._store([e for number, e in enumerate(self.model.entries) if number != row])

    def save(self) -> None:
        self._store(self.model.entries)

    def _store(self, entries: Sequence[AgendaEntry]) -> None:
        try:
            saved = agenda.save_agenda(self._db, self._meeting_id, entries)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Tagesordnung"), str(error))
            saved = agenda.load_agenda(self._db, self._meeting_id)
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return
        current = self.selected_row()
        reset = len(saved) != len(self.model.entries)
        self.model.set_entries(saved)
        if reset and 0 <= current < len(saved):
            self.view.setCurrentIndex(self.model.index(current, 1))
        self._update_total()
        self.sig_saved.emit()

    def _update_total(self) -> None:
        entries = self.model.entries
        self.total_label.setText(self.tr("%1 TOP(s), geplant %2 Minuten")
                                 .replace("%1", str(len(entries)))
                                 .replace("%2", str(agenda.total_minutes(entries))))
