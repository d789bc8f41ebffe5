"""Pilot projects (Pilotprojekte) of all working groups, with the quota of projects per AG."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.db.database import Database
from app.domain.enums import QuotaKind
from app.services import contract, edit_conflicts, project_editing, projects
from app.services.meeting_editing import group_choices, host_choices
from app.services.project_editing import ProjectDraft
from app.services.rows import ProjectRow
from app.ui.dialogs.saving import store_checked
from app.ui.meeting.attachments_page import project_files
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tasks import Task
from app.ui.widgets.record_table import RecordTable
from app.ui.work.project_dialog import ProjectDialog

PROJECT_LABELS = {
    "group_id": "AG", "name": "Name", "status": "Stand", "goal": "Ziel", "town": "Ort",
    "town_size": "Größe des Ortes", "funding_programme": "Förderprogramm",
    "start_date": "Beginn", "partner_ids": "Partner", "milestones": "Meilensteine"}


class ProjectsTab(QWidget):
    """The projects with status, town and milestones; double-click edits one."""

    def __init__(self, *, db: Database, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today or date.today()
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
        self.table = RecordTable[ProjectRow](
            placeholder=self.tr("Noch keine Pilotprojekte. „Neues Pilotprojekt …“ legt eines an."),
            model=RowTableModel(columns=columns,
                                                                 row_id=lambda p: p.id))
        self.quota_label = QLabel()
        self.new_button = QPushButton(self.tr("&Neues Pilotprojekt …"))
        self.edit_button = QPushButton(self.tr("Bea&rbeiten …"))
        self.delete_button = QPushButton(self.tr("&Löschen"))
        self.table.sig_record_activated.connect(self.edit_project)
        self.new_button.clicked.connect(lambda: self.edit_project(None))
        self.edit_button.clicked.connect(lambda: self.edit_project(self.table.selected_id()))
        self.delete_button.clicked.connect(self.delete_project)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.quota_label, stretch=1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, stretch=1)
        self.refresh()

    def refresh(self) -> None:
        self.table.set_rows(projects.list_projects(self._db))
        statuses = [s for s in contract.quota_status(self._db, self._today.year)
                    if s.kind is QuotaKind.PILOT_PROJECTS_PER_GROUP]
        allowed = next((s.allowed for s in statuses if s.allowed is not None), None)
        self.quota_label.setText(self.tr("Pilotprojekte je AG (Kontingent %1): %2").replace(
            "%1", "—" if allowed is None else str(allowed)).replace(
            "%2", " · ".join(f"{s.scope} {s.used}" for s in statuses)))

    def edit_project(self, project_id: int | None) -> ProjectDialog:
        groups = group_choices(self._db)
        draft = (project_editing.load_project(self._db, project_id) if project_id is not None
                 else ProjectDraft(group_id=groups[0].id if groups else 0, name=""))
        files = project_files(self._db, project_id) if project_id is not None else None
        dialog = ProjectDialog(draft=draft, groups=groups, organisations=host_choices(self._db),
                               files=files, parent=self)
        dialog.loaded = edit_conflicts.loaded_version(self._db, "project", project_id)
        dialog.save_with = lambda: self._store(dialog, project_id)
        dialog.open()
        return dialog

    def _store(self, dialog: ProjectDialog, project_id: int | None) -> Task[object]:
        draft = dialog.draft()
        return store_checked(
            dialog, title=self.tr("Pilotprojekt"), labels=PROJECT_LABELS,
            store=lambda loaded: project_editing.save_project(self._db, draft, project_id,
                                                              expect=loaded),
            load_theirs=lambda: project_editing.load_project(self._db, project_id)
            if project_id else None, on_stored=self.refresh)

    def delete_project(self) -> None:
        project_id = self.table.selected_id()
        if project_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Pilotprojekt löschen"), self.tr(
            "Das Pilotprojekt mit Meilensteinen löschen?"))
        if answer == QMessageBox.StandardButton.Yes:
            project_editing.delete_project(self._db, project_id)
            self.refresh()
