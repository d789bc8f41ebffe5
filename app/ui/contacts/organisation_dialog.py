"""Editing one organisation: name, kind, address, partner since; problems next to the field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.domain.enums import OrganisationKind
from app.services.contact_editing import OrganisationDraft
from app.ui.dialogs.saving import SavesOnAccept
from app.ui.i18n import DATE_FORMAT, label
from app.ui.widgets.combo import required_enum
from app.ui.widgets.messages import error_label

ProblemCheck = Callable[[OrganisationDraft], list[tuple[str, str]]]


class OrganisationDialog(SavesOnAccept, QDialog):
    def __init__(self, *, draft: OrganisationDraft, check: ProblemCheck, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._check = check
        self.name_edit = QLineEdit()
        self.short_edit = QLineEdit()
        self.kind_box = QComboBox()
        for kind in OrganisationKind:
            self.kind_box.addItem(label(kind.label), kind)
        self.street_edit = QLineEdit()
        self.postal_edit = QLineEdit()
        self.city_edit = QLineEdit()
        self.website_edit = QLineEdit()
        self.partner_check = QCheckBox(self.tr("Bündnispartner"))
        self.since_edit = QDateEdit()
        self.since_edit.setDisplayFormat(DATE_FORMAT)
        self.since_edit.setCalendarPopup(True)
        self.notes_edit = QPlainTextEdit()
        self.archived_check = QCheckBox(self.tr("archiviert"))
        self.set_draft(draft)
        self.error_label = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Speichern"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.error_label)
        for caption, widget in ((self.tr("&Kurzform:"), self.short_edit),
                                (self.tr("&Art:"), self.kind_box),
                                (self.tr("&Straße:"), self.street_edit),
                                (self.tr("&PLZ:"), self.postal_edit),
                                (self.tr("&Ort:"), self.city_edit),
                                (self.tr("&Webseite:"), self.website_edit),
                                ("", self.partner_check),
                                (self.tr("Partner se&it:"), self.since_edit),
                                (self.tr("No&tizen:"), self.notes_edit),
                                ("", self.archived_check)):
            form.addRow(caption, widget)
        form.addRow(buttons)

    def set_draft(self, draft: OrganisationDraft) -> None:
        for edit, text in ((self.name_edit, draft.name), (self.short_edit, draft.short_name),
                           (self.street_edit, draft.street), (self.postal_edit, draft.postal_code),
                           (self.city_edit, draft.city), (self.website_edit, draft.website)):
            edit.setText(text)
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(draft.kind), 0))
        self.partner_check.setChecked(draft.is_partner)
        self.since_edit.setDate(QDate(draft.partner_since or date.today()))
        self.notes_edit.setPlainText(draft.notes)
        self.archived_check.setChecked(draft.archived)

    def draft(self) -> OrganisationDraft:
        since = self.since_edit.date().toPython()
        assert isinstance(since, date)
        return OrganisationDraft(
            name=self.name_edit.text(), kind=required_enum(self.kind_box, OrganisationKind),
            short_name=self.short_edit.text(), street=self.street_edit.text(),
            postal_code=self.postal_edit.text(), city=self.city_edit.text(),
            website=self.website_edit.text(), is_partner=self.partner_check.isChecked(),
            partner_since=since if self.partner_check.isChecked() else None,
            notes=self.notes_edit.toPlainText(), archived=self.archived_check.isChecked())

    def accept(self) -> None:
        problems = self._check(self.draft())
        if problems:
            self.error_label.setText("\n".join(message for _field, message in problems))
            self.name_edit.setFocus()
            return
        if self.stored():
            super().accept()
