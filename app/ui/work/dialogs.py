"""Small edit dialogs of the AG work: membership, goal; each returns its value object."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.domain.enums import GoalRubric, GoalStatus, MemberRole
from app.services.group_work import GoalDraft, MembershipDraft, membership_problems
from app.services.meeting_editing import Choice
from app.ui.dialogs.saving import SavesOnAccept
from app.ui.widgets.combo import enum_box, required_enum
from app.ui.widgets.messages import error_label
from app.ui.widgets.optional_date import OptionalDate


def save_buttons(dialog: QDialog) -> QDialogButtonBox:
    """"Speichern" (accept) and "Abbrechen" (reject) of a form dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(dialog.tr("Speichern"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class MembershipDialog(SavesOnAccept, QDialog):
    """A member of an AG: who, which role, from when to when."""

    def __init__(self, *, persons: list[Choice], draft: MembershipDraft | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mitgliedschaft"))
        self.person_box = QComboBox()
        self.person_box.setEditable(True)
        self.person_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for person in persons:
            self.person_box.addItem(person.text, person.id)
        self.role_box = enum_box(MemberRole)
        self.valid_from = OptionalDate(self.tr("ab"), None)
        self.valid_to = OptionalDate(self.tr("bis"), None)
        self.error_label = error_label()
        if draft is not None:
            self.set_draft(draft)
            self.person_box.setEnabled(False)
        form = QFormLayout(self)
        form.addRow(self.tr("&Person:"), self.person_box)
        form.addRow(self.tr("&Rolle:"), self.role_box)
        form.addRow(self.tr("Beginn:"), self.valid_from)
        form.addRow(self.tr("Ende:"), self.valid_to)
        form.addRow(self.error_label)
        form.addRow(save_buttons(self))

    def set_draft(self, draft: MembershipDraft) -> None:
        self.person_box.setCurrentIndex(max(self.person_box.findData(draft.person_id), 0))
        self.role_box.setCurrentIndex(max(self.role_box.findData(draft.role), 0))
        self.valid_from.set_value(draft.valid_from)
        self.valid_to.set_value(draft.valid_to)

    def draft(self) -> MembershipDraft:
        return MembershipDraft(self.person_box.currentData(),
                               required_enum(self.role_box, MemberRole),
                               self.valid_from.value(), self.valid_to.value())

    def accept(self) -> None:
        if self.person_box.currentData() is None:
            self.error_label.setText(self.tr("Bitte eine Person wählen."))
            return
        problems = membership_problems(self.draft())
        if problems:
            self.error_label.setText(problems[0][1])
            return
        if self.stored():
            super().accept()


class GoalDialog(SavesOnAccept, QDialog):
    """A goal of the alliance or an AG, under one of the alliance's rubrics."""

    def __init__(self, *, draft: GoalDraft, groups: list[Choice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ziel"))
        self.title_edit = QLineEdit()
        self.rubric_box = enum_box(GoalRubric)
        self.group_box = QComboBox()
        self.group_box.addItem(self.tr("Bündnis (AG-übergreifend)"), None)
        for group in groups:
            self.group_box.addItem(group.text, group.id)
        self.description_edit = QPlainTextEdit()
        self.due = OptionalDate(self.tr("fällig am"), None)
        self.status_box = enum_box(GoalStatus)
        self.public_check = QCheckBox(self.tr("Öffentlich – mit der AG auf der &Website zeigen"))
        self.error_label = error_label()
        self.set_draft(draft)
        form = QFormLayout(self)
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("&Rubrik:"), self.rubric_box)
        form.addRow(self.tr("&Für:"), self.group_box)
        form.addRow(self.tr("&Beschreibung:"), self.description_edit)
        form.addRow(self.tr("Termin:"), self.due)
        form.addRow(self.tr("&Stand:"), self.status_box)
        form.addRow("", self.public_check)
        form.addRow(self.error_label)
        form.addRow(save_buttons(self))

    def set_draft(self, draft: GoalDraft) -> None:
        self.title_edit.setText(draft.title)
        self.rubric_box.setCurrentIndex(max(self.rubric_box.findData(draft.rubric), 0))
        self.group_box.setCurrentIndex(max(self.group_box.findData(draft.group_id), 0))
        self.description_edit.setPlainText(draft.description)
        self.due.set_value(draft.due_date)
        self.status_box.setCurrentIndex(max(self.status_box.findData(draft.status), 0))
        self.public_check.setChecked(draft.public)

    def draft(self) -> GoalDraft:
        return GoalDraft(self.title_edit.text(), required_enum(self.rubric_box, GoalRubric),
                         self.group_box.currentData(), self.description_edit.toPlainText(),
                         self.due.value(), required_enum(self.status_box, GoalStatus),
                         self.public_check.isChecked())

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            self.error_label.setText(self.tr("Bitte einen Titel für das Ziel eingeben."))
            self.title_edit.setFocus()
            return
        if self.stored():
            super().accept()
