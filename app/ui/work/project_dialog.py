"""Editing a pilot project: AG, status, goal, town and size, funding, partners, milestones."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain.enums import ProjectStatus, TownSize
from app.services.meeting_editing import Choice
from app.services.project_editing import MilestoneEntry, ProjectDraft, project_problems
from app.ui.dialogs.saving import SavesOnAccept
from app.ui.i18n import DATE_FORMAT
from app.ui.meeting.attachments_page import AttachmentsPage, FileStore
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.combo import enum_box, enum_data, required_enum
from app.ui.widgets.messages import error_label
from app.ui.widgets.optional_date import OptionalDate
from app.ui.widgets.record_table import RecordTable
from app.ui.work.dialogs import save_buttons

NumberedMilestone = tuple[int, MilestoneEntry]


class ProjectDialog(SavesOnAccept, QDialog):
    def __init__(self, *, draft: ProjectDraft, groups: list[Choice],
                 organisations: list[Choice], files: FileStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pilotprojekt"))
        self.resize(760, 640)
        self.group_box = QComboBox()
        for group in groups:
            self.group_box.addItem(group.text, group.id)
        self.name_edit = QLineEdit()
        self.status_box = enum_box(ProjectStatus)
        self.goal_edit = QPlainTextEdit()
        self.town_edit = QLineEdit()
        self.size_box = enum_box(TownSize, self.tr("—"))
        self.funding_edit = QLineEdit()
        self.start = OptionalDate(self.tr("Beginn am"), None)
        self.public_check = QCheckBox(self.tr(
            "Öffentlich – mit Stand, Ort und Meilensteinen auf der &Website zeigen"))
        self.partners_model = QStandardItemModel(self)
        for organisation in organisations:
            item = QStandardItem(organisation.text)
            item.setCheckable(True)
            item.setData(organisation.id, Qt.ItemDataRole.UserRole)
            self.partners_model.appendRow(item)
        self.partners_view = QListView()
        self.partners_view.setModel(self.partners_model)
        self.milestones: list[MilestoneEntry] = []
        self.milestone_table = RecordTable[NumberedMilestone](
            placeholder=self.tr("Noch keine Meilensteine. „Hinzufügen“ legt einen an."),
            model=RowTableModel(columns=[
            Column(self.tr("Meilenstein"), lambda m: m[1].title),
            Column(self.tr("Fällig"), lambda m: m[1].due_date),
            Column(self.tr("Erledigt"), lambda m: m[1].done)], row_id=lambda m: m[0]))
        self.milestone_title = QLineEdit()
        self.milestone_title.setPlaceholderText(self.tr("Neuer Meilenstein"))
        self.milestone_due = QDateEdit(QDate(date.today()))
        self.milestone_due.setDisplayFormat(DATE_FORMAT)
        self.milestone_due.setCalendarPopup(True)
        self.add_milestone_button = QPushButton(self.tr("&Hinzufügen"))
        self.toggle_milestone_button = QPushButton(self.tr("Erledigt an/aus"))
        self.remove_milestone_button = QPushButton(self.tr("Entfernen"))
        self.error_label = error_label(wrap=True)
        buttons = save_buttons(self)
        self.documents = AttachmentsPage(store=files) if files is not None else None
        self._build_layout(buttons)
        self.add_milestone_button.clicked.connect(self.add_milestone)
        self.milestone_title.returnPressed.connect(self.add_milestone)
        self.toggle_milestone_button.clicked.connect(self._toggle_milestone)
        self.remove_milestone_button.clicked.connect(self._remove_milestone)
        self.set_draft(draft)

    def _build_layout(self, buttons: QDialogButtonBox) -> None:
        milestone_row = QHBoxLayout()
        for widget in (self.milestone_title, self.milestone_due, self.add_milestone_button,
                       self.toggle_milestone_button, self.remove_milestone_button):
            milestone_row.addWidget(widget)
        form = QFormLayout(self)
        form.addRow(self.tr("&AG:"), self.group_box)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Status:"), self.status_box)
        form.addRow(self.tr("&Ziel:"), self.goal_edit)
        form.addRow(self.tr("&Ort:"), self.town_edit)
        form.addRow(self.tr("Orts&größe:"), self.size_box)
        form.addRow(self.tr("&Förderprogramm:"), self.funding_edit)
        form.addRow(self.tr("Projektbeginn:"), self.start)
        form.addRow("", self.public_check)
        form.addRow(self.tr("&Partner:"), self.partners_view)
        form.addRow(self.tr("Meilensteine:"), self.milestone_table)
        form.addRow("", milestone_row)
        form.addRow(self.tr("Unterlagen:"), self.documents or QLabel(
            self.tr("Unterlagen lassen sich nach dem ersten Speichern anfügen.")))
        form.addRow(self.error_label)
        form.addRow(buttons)

    def set_draft(self, draft: ProjectDraft) -> None:
        self.group_box.setCurrentIndex(max(self.group_box.findData(draft.group_id), 0))
        self.name_edit.setText(draft.name)
        self.status_box.setCurrentIndex(max(self.status_box.findData(draft.status), 0))
        self.goal_edit.setPlainText(draft.goal)
        self.town_edit.setText(draft.town)
        self.size_box.setCurrentIndex(max(self.size_box.findData(draft.town_size), 0))
        self.funding_edit.setText(draft.funding_programme)
        self.start.set_value(draft.start_date)
        self.public_check.setChecked(draft.public)
        for row in range(self.partners_model.rowCount()):
            item = self.partners_model.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in draft.partner_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.milestones = list(draft.milestones)
        self._show_milestones()

    def _show_milestones(self) -> None:
        self.milestone_table.set_rows(list(enumerate(self.milestones)))

    def add_milestone(self) -> None:
        title = self.milestone_title.text().strip()
        if not title:
            self.error_label.setText(self.tr("Bitte einen Titel für den Meilenstein eingeben."))
            return
        due = self.milestone_due.date().toPython()
        assert isinstance(due, date)
        self.milestones.append(MilestoneEntry(title, due))
        self.milestone_title.clear()
        self.error_label.clear()
        self._show_milestones()

    def _toggle_milestone(self) -> None:
        number = self.milestone_table.selected_id()
        if number is not None:
            entry = self.milestones[number]
            self.milestones[number] = MilestoneEntry(entry.title, entry.due_date,
                                                     not entry.done, entry.id)
            self._show_milestones()

    def _remove_milestone(self) -> None:
        number = self.milestone_table.selected_id()
        if number is not None:
            del self.milestones[number]
            self._show_milestones()

    def draft(self) -> ProjectDraft:
        partners = frozenset(
            self.partners_model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.partners_model.rowCount())
            if self.partners_model.item(row).checkState() == Qt.CheckState.Checked)
        return ProjectDraft(
            group_id=self.group_box.currentData(), name=self.name_edit.text(),
            status=required_enum(self.status_box, ProjectStatus), goal=self.goal_edit.toPlainText(),
            town=self.town_edit.text(), town_size=enum_data(self.size_box, TownSize),
            funding_programme=self.funding_edit.text(), start_date=self.start.value(),
            partner_ids=partners, milestones=tuple(self.milestones),
            public=self.public_check.isChecked())

    def accept(self) -> None:
        problems = project_problems(self.draft())
        if problems:
            self.error_label.setText("\n".join(message for _field, message in problems))
            return
        if self.stored():
            super().accept()
