"""Editing one person: contact data, consent (GDPR), AG memberships and distribution lists.

Problems are shown next to their field as the user types; on OK the dialog stores its values
through ``save_with`` (the one save path of forms) and stays open when storing fails.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import MemberRole
from app.services.contact_editing import PersonDraft, clean_person
from app.services.contact_lists import ListRow, MembershipEntry
from app.services.meeting_editing import Choice
from app.ui.dialogs.saving import SavesOnAccept
from app.ui.i18n import DATE_FORMAT
from app.ui.widgets.combo import enum_box, required_enum
from app.ui.widgets.messages import error_label

TEXT_FIELDS = (
    ("salutation", "Anrede"), ("title", "Titel"), ("first_name", "Vorname"),
    ("last_name", "Nachname"), ("function", "Funktion"), ("email", "E-Mail"),
    ("phone", "Telefon"), ("street", "Straße"), ("postal_code", "PLZ"), ("city", "Ort"),
    ("consent_purpose", "Zweck der Einwilligung"), ("consent_source", "Quelle der Einwilligung"),
)


PERSON_LABELS = dict(TEXT_FIELDS) | {
    "organisation_id": "Organisation", "notes": "Notizen", "consent": "Einwilligung",
    "consent_date": "Datum der Einwilligung", "restricted": "Eingeschränkt",
    "publication_consent": "Einwilligung zur Veröffentlichung",
    "publication_consent_date": "Datum der Einwilligung zur Veröffentlichung",
    "archived": "Archiviert"}


@dataclass(frozen=True)
class PersonValues:
    """What the dialog hands back: the person, the AGs and the distribution lists."""

    draft: PersonDraft
    memberships: tuple[MembershipEntry, ...]
    lists: frozenset[int]


class PersonDialog(SavesOnAccept, QDialog):
    def __init__(self, *, values: PersonValues, organisations: list[Choice],
                 groups: list[Choice], lists: list[ListRow], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 640)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.organisation_box = QComboBox()
        self.organisation_box.addItem(self.tr("— keine —"), None)
        for choice in organisations:
            self.organisation_box.addItem(choice.text, choice.id)
        self.organisation_box.setEditable(False)
        self.notes_edit = QPlainTextEdit()
        self.consent_check = QCheckBox(self.tr("ist einverstanden, kontaktiert zu werden"))
        self.consent_date = QDateEdit()
        self.consent_date.setDisplayFormat(DATE_FORMAT)
        self.consent_date.setCalendarPopup(True)
        self.publication_check = QCheckBox(self.tr(
            "ist einverstanden, auf der Website des Bündnisses genannt zu werden (Name, "
            "Organisation, Funktion – nie E-Mail oder Telefon)"))
        self.publication_date = QDateEdit()
        self.publication_date.setDisplayFormat(DATE_FORMAT)
        self.publication_date.setCalendarPopup(True)
        self.restricted_check = QCheckBox(self.tr(
            "Verarbeitung eingeschränkt (Art. 18 DSGVO): nicht einladen, nicht exportieren"))
        self.archived_check = QCheckBox(self.tr("archiviert"))
        self.group_boxes: dict[int, QComboBox] = {}
        self.list_checks: dict[int, QCheckBox] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._contact_box())
        layout.addWidget(self._consent_box())
        layout.addWidget(self._groups_box(groups))
        layout.addWidget(self._lists_box(lists))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Speichern"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, stretch=1)
        outer.addWidget(self.buttons)
        self.set_values(values)
        for edit in self.edits.values():
            edit.textChanged.connect(self.show_problems)
        self.consent_check.toggled.connect(self.show_problems)
        self.publication_check.toggled.connect(self.show_problems)
        self.edits["salutation"].setFocus()

    def _error_label(self, name: str) -> QLabel:
        error = error_label()
        error.setVisible(False)
        self.errors[name] = error
        return error

    def _contact_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kontakt"))
        form = QFormLayout(box)
        for name, caption in TEXT_FIELDS[:10]:
            self.edits[name] = QLineEdit()
            form.addRow(self.tr(caption) + ":", self._with_error(name, self.edits[name]))
            if name == "last_name":
                form.addRow(self.tr("Organisation:"), self.organisation_box)
        form.addRow(self.tr("Notizen:"), self.notes_edit)
        form.addRow("", self.archived_check)
        return box

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(self._error_label(name))
        return holder

    def _consent_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Datenschutz"))
        form = QFormLayout(box)
        form.addRow("", self.consent_check)
        form.addRow(self.tr("Einwilligung am:"),
                    self._with_error("consent_date", self.consent_date))
        for name, caption in TEXT_FIELDS[10:]:
            self.edits[name] = QLineEdit()
            form.addRow(self.tr(caption) + ":", self._with_error(name, self.edits[name]))
        form.addRow("", self.publication_check)
        form.addRow(self.tr("Veröffentlichung erlaubt am:"),
                    self._with_error("publication_consent_date", self.publication_date))
        form.addRow("", self.restricted_check)
        return box

    def _groups_box(self, groups: list[Choice]) -> QGroupBox:
        box = QGroupBox(self.tr("Arbeitsgruppen"))
        grid = QGridLayout(box)
        for row, group in enumerate(groups):
            role_box = enum_box(MemberRole, self.tr("— kein Mitglied —"))
            self.group_boxes[group.id] = role_box
            grid.addWidget(QLabel(group.text), row, 0)
            grid.addWidget(role_box, row, 1)
        return box

    def _lists_box(self, lists: list[ListRow]) -> QGroupBox:
        box = QGroupBox(self.tr("Verteiler"))
        row = QHBoxLayout(box)
        for entry in lists:
            check = QCheckBox(entry.name)
            self.list_checks[entry.id] = check
            row.addWidget(check)
        if not lists:
            row.addWidget(QLabel(self.tr("Noch keine Verteiler angelegt.")))
        row.addStretch(1)
        return box

    def set_values(self, values: PersonValues) -> None:
        draft = values.draft
        for name, edit in self.edits.items():
            edit.setText(getattr(draft, name))
        index = self.organisation_box.findData(draft.organisation_id)
        self.organisation_box.setCurrentIndex(max(index, 0))
        self.notes_edit.setPlainText(draft.notes)
        self.consent_check.setChecked(draft.consent)
        self.consent_date.setDate(QDate(draft.consent_date or date.today()))
        self.publication_check.setChecked(draft.publication_consent)
        self.publication_date.setDate(QDate(draft.publication_consent_date or date.today()))
        self.restricted_check.setChecked(draft.restricted)
        self.archived_check.setChecked(draft.archived)
        roles = {entry.group_id: entry.role for entry in values.memberships}
        for group_id, role_box in self.group_boxes.items():
            role_box.setCurrentIndex(max(role_box.findData(roles.get(group_id)), 0))
        for list_id, check in self.list_checks.items():
            check.setChecked(list_id in values.lists)

    def values(self) -> PersonValues:
        consent_day = self.consent_date.date().toPython()
        publication_day = self.publication_date.date().toPython()
        assert isinstance(consent_day, date) and isinstance(publication_day, date)
        texts = {name: edit.text() for name, edit in self.edits.items()}
        draft = PersonDraft(
            **texts, organisation_id=self.organisation_box.currentData(),
            notes=self.notes_edit.toPlainText(), consent=self.consent_check.isChecked(),
            consent_date=consent_day if self.consent_check.isChecked() else None,
            restricted=self.restricted_check.isChecked(),
            archived=self.archived_check.isChecked(),
            publication_consent=self.publication_check.isChecked(),
            publication_consent_date=publication_day if self.publication_check.isChecked()
            else None)
        memberships = tuple(MembershipEntry(group_id, required_enum(box, MemberRole))
                            for group_id, box in self.group_boxes.items()
                            if box.currentData() is not None)
        lists = frozenset(list_id for list_id, check in self.list_checks.items()
                          if check.isChecked())
        return PersonValues(draft, memberships, lists)

    def draft(self) -> PersonDraft:
        """The person's own fields (what a conflict compares)."""
        return self.values().draft

    def set_draft(self, draft: PersonDraft) -> None:
        """Put another version of the person's fields into the form; AGs and lists stay."""
        self.set_values(replace(self.values(), draft=draft))

    def show_problems(self) -> list[tuple[str, str]]:
        """Show each problem under its field; returns them."""
        _draft, problems = clean_person(self.values().draft)
        messages = dict(problems)
        for name, error in self.errors.items():
            error.setText(messages.get(name, ""))
            error.setVisible(name in messages)
        return problems

    def accept(self) -> None:
        problems = self.show_problems()
        if problems:
            widget = self.edits.get(problems[0][0])
            if widget is not None:
                widget.setFocus()
            return
        if self.stored():
            super().accept()
