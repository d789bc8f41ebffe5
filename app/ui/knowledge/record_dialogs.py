"""Editing an initiative and a funding programme of the catalogue."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.services.knowledge_editing import (
    InitiativeDraft,
    ProgrammeDraft,
    initiative_problems,
    programme_problems,
)
from app.ui.dialogs.saving import SavesOnAccept
from app.ui.widgets.messages import error_label
from app.ui.widgets.optional_date import OptionalDate
from app.ui.work.dialogs import save_buttons


def short_text() -> QPlainTextEdit:
    """A multi-line field of a few lines (the dialogs stay within a laptop's screen)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(64)
    return edit


class InitiativeDialog(SavesOnAccept, QDialog):
    """An initiative or project for inner-city revitalisation."""

    def __init__(self, *, draft: InitiativeDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Initiative"))
        self.resize(620, 420)
        self.name_edit = QLineEdit()
        self.town_edit = QLineEdit()
        self.organiser_edit = QLineEdit()
        self.kind_edit = QLineEdit()
        self.kind_edit.setPlaceholderText(self.tr("z. B. Verein, Citymanagement, Stiftung"))
        self.description_edit = short_text()
        self.link_edit = QLineEdit()
        self.link_edit.setPlaceholderText("https://")
        self.public_check = QCheckBox(self.tr("Öffentlich – auf der &Website zeigen"))
        self.error_label = error_label(wrap=True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Ort:"), self.town_edit)
        form.addRow(self.tr("&Träger:"), self.organiser_edit)
        form.addRow(self.tr("&Art:"), self.kind_edit)
        form.addRow(self.tr("&Beschreibung:"), self.description_edit)
        form.addRow(self.tr("&Link:"), self.link_edit)
        form.addRow("", self.public_check)
        form.addRow(self.error_label)
        form.addRow(save_buttons(self))
        self.set_draft(draft)

    def set_draft(self, draft: InitiativeDraft) -> None:
        self.name_edit.setText(draft.name)
        self.town_edit.setText(draft.town)
        self.organiser_edit.setText(draft.organiser)
        self.kind_edit.setText(draft.kind)
        self.description_edit.setPlainText(draft.description)
        self.link_edit.setText(draft.link)
        self.public_check.setChecked(draft.public)

    def draft(self) -> InitiativeDraft:
        return InitiativeDraft(
            name=self.name_edit.text(), town=self.town_edit.text(),
            organiser=self.organiser_edit.text(), kind=self.kind_edit.text(),
            description=self.description_edit.toPlainText(), link=self.link_edit.text(),
            public=self.public_check.isChecked())

    def accept(self) -> None:
        problems = initiative_problems(self.draft())
        if problems:
            self.error_label.setText("\n".join(message for _field, message in problems))
            return
        if self.stored():
            super().accept()


class ProgrammeDialog(SavesOnAccept, QDialog):
    """A funding programme of the Wegweiser."""

    def __init__(self, *, draft: ProgrammeDraft, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.setWindowTitle(self.tr("Förderprogramm"))
        self.resize(680, 600)
        self.name_edit = QLineEdit()
        self.funder_edit = QLineEdit()
        self.funder_edit.setPlaceholderText(self.tr("z. B. Freistaat Thüringen (TMIL), Bund"))
        self.applicants_edit = short_text()
        self.funded_edit = short_text()
        self.rate_edit = QLineEdit()
        self.rate_edit.setPlaceholderText(self.tr("z. B. bis zu 90 % oder max. 50.000 €"))
        self.deadlines_edit = short_text()
        self.valid_from = OptionalDate(self.tr("ab"), None)
        self.valid_to = OptionalDate(self.tr("bis"), None)
        self.link_edit = QLineEdit()
        self.link_edit.setPlaceholderText("https://")
        self.contact_edit = short_text()
        self.checked_on = OptionalDate(self.tr("geprüft am"), None)
        self.public_check = QCheckBox(self.tr(
            "Öffentlich – im Wegweiser (Heft und Website) &zeigen"))
        self.error_label = error_label(wrap=True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Programm:"), self.name_edit)
        form.addRow(self.tr("&Fördergeber:"), self.funder_edit)
        form.addRow(self.tr("&Wer wird gefördert:"), self.applicants_edit)
        form.addRow(self.tr("Was wird &gefördert:"), self.funded_edit)
        form.addRow(self.tr("&Quote oder Höhe:"), self.rate_edit)
        form.addRow(self.tr("An&tragsfristen:"), self.deadlines_edit)
        form.addRow(self.tr("Laufzeit:"), self.valid_from)
        form.addRow("", self.valid_to)
        form.addRow(self.tr("&Link:"), self.link_edit)
        form.addRow(self.tr("&Ansprechpartner:"), self.contact_edit)
        form.addRow(self.tr("Zuletzt geprüft:"), self.checked_on)
        form.addRow("", self.public_check)
        form.addRow(self.error_label)
        form.addRow(save_buttons(self))
        self.set_draft(draft)

    def set_draft(self, draft: ProgrammeDraft) -> None:
        self.name_edit.setText(draft.name)
        self.funder_edit.setText(draft.funder)
        self.applicants_edit.setPlainText(draft.applicants)
        self.funded_edit.setPlainText(draft.funded)
        self.rate_edit.setText(draft.rate)
        self.deadlines_edit.setPlainText(draft.deadlines)
        self.valid_from.set_value(draft.valid_from)
        self.valid_to.set_value(draft.valid_to)
        self.link_edit.setText(draft.link)
        self.contact_edit.setPlainText(draft.contact)
        self.checked_on.set_value(draft.checked_on)
        self.public_check.setChecked(draft.public)

    def draft(self) -> ProgrammeDraft:
        return ProgrammeDraft(
            name=self.name_edit.text(), funder=self.funder_edit.text(),
            applicants=self.applicants_edit.toPlainText(),
            funded=self.funded_edit.toPlainText(), rate=self.rate_edit.text(),
            deadlines=self.deadlines_edit.toPlainText(), valid_from=self.valid_from.value(),
            valid_to=self.valid_to.value(), link=self.link_edit.text(),
            contact=self.contact_edit.toPlainText(), checked_on=self.checked_on.value(),
            public=self.public_check.isChecked())

    def accept(self) -> None:
        problems = programme_problems(self.draft(), today=self._today)
        if problems:
            self.error_label.setText("\n".join(message for _field, message in problems))
            return
        if self.stored():
            super().accept()
