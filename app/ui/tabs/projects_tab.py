"""Pilot projects (Pilotprojekte) of all working groups."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.db.database import Database
from app.services import projects
from app.services.rows import ProjectRow
from app.ui.dialogs.open_record import RecordKind, open_record
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.record_table import RecordTable


class ProjectsTab(QWidget):
    """The projects with status, town and milestones; each opens its record."""

    def __init__(self, *, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        columns: list[Column[ProjectRow]] = [
            Column(self.tr("Projekt"), lambda p: p.name),
            Column(self.tr("AG"), lambda p: p.group),
            Column(self.tr("Status"), lambda p: p.status),
            Column(self.tr("Ort"), lambda p: p.town),
            Column(self.tr("Größe"), lambda p: p.town_size),
            Column(self.tr("Förderprogramm"), lambda p: p.funding_programme),
            Column(self.tr("Meilensteine erledigt"),
                   lambda p: f"{p.milestones_done} / {p.milestones}", align_right=True),
            Column(self.tr("Nächster Meilenstein"), lambda p: p.next_due),
        ]
        self.table = RecordTable[ProjectRow](model=RowTableModel(columns=columns,
                                                                 row_id=lambda p: p.id))
        self.table.sig_record_activated.connect(
            lambda project_id: open_record(self, self._db, RecordKind.PROJECT, project_id))
        QVBoxLayout(self).addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.table.set_rows(projects.list_projects(self._db))
