"""Open tasks of all protocols: see what is due and tick tasks off."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.services import protocols
from app.services.protocols import TaskRow
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tabs.columns import OVERDUE
from app.ui.widgets.record_table import RecordTable


class TasksDialog(QDialog):
    """Tasks from all protocols, those due first; overdue ones are red."""

    def __init__(self, *, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.setWindowTitle(self.tr("Aufgaben aus den Protokollen"))
        self.resize(900, 520)
        self.table = RecordTable[TaskRow](
            placeholder=self.tr(
                "Keine offenen Aufgaben. Aufgaben entstehen im Protokoll einer Sitzung."),
            model=RowTableModel(columns=[
            Column(self.tr("Fällig"), lambda t: t.due_date),
            Column(self.tr("Aufgabe"), lambda t: t.description),
            Column(self.tr("Verantwortlich"), lambda t: t.responsible),
            Column(self.tr("Sitzung"), lambda t: f"{t.meeting} ({t.meeting_day:%d.%m.%Y})"),
            Column(self.tr("TOP"), lambda t: t.top, align_right=True),
            Column(self.tr("Erledigt"), lambda t: t.done)], row_id=lambda t: t.id,
            row_colour=lambda t: OVERDUE if t.overdue else None))
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.show_done = QCheckBox(self.tr("auch &erledigte zeigen"))
        self.done_button = QPushButton(self.tr("Als e&rledigt abhaken"))
        self.reopen_button = QPushButton(self.tr("Wieder ö&ffnen"))
        self.count_label = QLabel()
        close = QPushButton(self.tr("Schließen"))
        buttons = QHBoxLayout()
        for widget in (self.show_done, self.done_button, self.reopen_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(buttons)
        self.show_done.toggled.connect(self.refresh)
        self.done_button.clicked.connect(lambda: self.tick_selected(True))
        self.reopen_button.clicked.connect(lambda: self.tick_selected(False))
        close.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        rows = protocols.list_tasks(self._db, today=self._today,
                                    open_only=not self.show_done.isChecked())
        self.table.set_rows(rows)
        overdue = sum(1 for row in rows if row.overdue)
        self.count_label.setText(self.tr("%1 Aufgabe(n), davon %2 überfällig")
                                 .replace("%1", str(len(rows))).replace("%2", str(overdue)))

    def tick_selected(self, done: bool) -> None:
        for task_id in self.table.selected_ids():
            protocols.set_task_done(self._db, task_id, done, today=self._today)
        self.refresh()
