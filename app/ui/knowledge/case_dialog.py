"""Editing a practice example: the case itself, what was done and achieved, where it belongs
(contact, AG, project, meeting and TOP) and its pictures with their credits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseStatus, CaseTopic, TownSize
from app.services.knowledge_editing import CaseDraft, case_problems
from app.services.meeting_editing import Choice
from app.ui.dialogs.saving import SavesOnAccept
from app.ui.knowledge.pictures_page import PicturesPage
from app.ui.knowledge.record_dialogs import short_text
from app.ui.widgets.combo import enum_box, enum_data, required_enum
from app.ui.widgets.messages import error_label
from app.ui.work.dialogs import save_buttons

ChoicesOf = Callable[[int | None], list[Choice]]


def _choice_box(choices: list[Choice], none_text: str) -> QComboBox:
    box = QComboBox()
    fill_choices(box, choices, none_text)
    return box


def fill_choices(box: QComboBox, choices: list[Choice], none_text: str,
                 selected: int | None = None) -> None:
    box.blockSignals(True)
    box.clear()
    box.addItem(none_text, None)
    for choice in choices:
        box.addItem(choice.text, choice.id)
    box.setCurrentIndex(max(box.findData(selected), 0))
    box.blockSignals(False)


def _form_page() -> tuple[QWidget, QFormLayout]:
    """A page of the dialog: its form at the top, the room left below it."""
    page = QWidget()
    column = QVBoxLayout(page)
    form = QFormLayout()
    column.addLayout(form)
    column.addStretch(1)
    return page, form


class CaseDialog(SavesOnAccept, QDialog):
    def __init__(self, *, draft: CaseDraft, groups: list[Choice], organisations: list[Choice],
                 projects: list[Choice], meetings: list[Choice], persons_of: ChoicesOf,
                 agenda_of: ChoicesOf, images: PicturesPage | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._persons_of, self._agenda_of = persons_of, agenda_of
        self.setWindowTitle(self.tr("Praxisbeispiel"))
        self.resize(760, 560)
        self.title_edit = QLineEdit()
        self.town_edit = QLineEdit()
        self.size_box = enum_box(TownSize, self.tr("—"))
        self.district_edit = QLineEdit()
        self.district_edit.setPlaceholderText(self.tr("z. B. Landkreis Weimarer Land"))
        self.topic_box = enum_box(CaseTopic)
        self.group_box = _choice_box(groups, self.tr("— keine AG —"))
        self.status_box = enum_box(CaseStatus)
        self.public_check = QCheckBox(self.tr(
            "Öffentlich – im Heft und auf der &Website, sobald „veröffentlicht“"))
        self.texts = {name: short_text() for name in (
            "starting_situation", "solution", "actors", "results", "funding")}
        self.organisation_box = _choice_box(organisations, self.tr("— keine —"))
        self.person_box = _choice_box([], self.tr("— keine —"))
        self.links_edit = short_text()
        self.links_edit.setPlaceholderText(self.tr("https://… (eine Adresse je Zeile)"))
        self.project_box = _choice_box(projects, self.tr("— keines —"))
        self.meeting_box = _choice_box(meetings, self.tr("— keine —"))
        self.agenda_box = _choice_box([], self.tr("— kein TOP —"))
        self.images = images
        self.error_label = error_label(wrap=True)
        self.pages = QTabWidget()
        self.pages.addTab(self._case_page(), self.tr("Bei&spiel"))
        self.pages.addTab(self._content_page(), self.tr("I&nhalt"))
        self.pages.addTab(self._links_page(), self.tr("Be&züge"))
        self.pages.addTab(images or QLabel(self.tr(
            "Bilder lassen sich nach dem ersten Speichern anfügen.")), self.tr("B&ilder"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, stretch=1)
        layout.addWidget(self.error_label)
        layout.addWidget(save_buttons(self))
        self.organisation_box.currentIndexChanged.connect(lambda _i: self._fill_persons(None))
        self.meeting_box.currentIndexChanged.connect(lambda _i: self._fill_agenda(None))
        self.set_draft(draft)
        self.title_edit.setFocus()

    def _case_page(self) -> QWidget:
        page, form = _form_page()
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("&Ort:"), self.town_edit)
        form.addRow(self.tr("&Größe der Stadt:"), self.size_box)
        form.addRow(self.tr("&Landkreis:"), self.district_edit)
        form.addRow(self.tr("T&hema:"), self.topic_box)
        form.addRow(self.tr("&AG:"), self.group_box)
        form.addRow(self.tr("Stat&us:"), self.status_box)
        form.addRow("", self.public_check)
        return page

    def _content_page(self) -> QWidget:
        page, form = _form_page()
        for name, text in (("starting_situation", self.tr("&Ausgangslage:")),
                           ("solution", self.tr("&Lösung:")),
                           ("actors", self.tr("&Beteiligte:")),
                           ("results", self.tr("&Ergebnisse:")),
                           ("funding", self.tr("&Förderung:"))):
            form.addRow(text, self.texts[name])
        return page

    def _links_page(self) -> QWidget:
        page, form = _form_page()
        form.addRow(self.tr("&Organisation:"), self.organisation_box)
        form.addRow(self.tr("Ansprech&person:"), self.person_box)
        form.addRow("", QLabel(self.tr(
            "Die Person erscheint nur mit ihrer Einwilligung zur Veröffentlichung.")))
        form.addRow(self.tr("Lin&ks:"), self.links_edit)
        form.addRow(self.tr("Pilotpro&jekt:"), self.project_box)
        form.addRow(self.tr("Vorgestellt in Si&tzung:"), self.meeting_box)
        form.addRow(self.tr("&unter TOP:"), self.agenda_box)
        return page

    def _fill_persons(self, selected: int | None) -> None:
        fill_choices(self.person_box, self._persons_of(self.organisation_box.currentData()),
                     self.tr("— keine —"), selected)

    def _fill_agenda(self, selected: int | None) -> None:
        fill_choices(self.agenda_box, self._agenda_of(self.meeting_box.currentData()),
                     self.tr("— kein TOP —"), selected)

    def set_draft(self, draft: CaseDraft) -> None:
        self.title_edit.setText(draft.title)
        self.town_edit.setText(draft.town)
        self.size_box.setCurrentIndex(max(self.size_box.findData(draft.town_size), 0))
        self.district_edit.setText(draft.district)
        self.topic_box.setCurrentIndex(max(self.topic_box.findData(draft.topic), 0))
        self.group_box.setCurrentIndex(max(self.group_box.findData(draft.group_id), 0))
        self.status_box.setCurrentIndex(max(self.status_box.findData(draft.status), 0))
        self.public_check.setChecked(draft.public)
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(draft, name))
        self.organisation_box.blockSignals(True)
        self.organisation_box.setCurrentIndex(
            max(self.organisation_box.findData(draft.contact_organisation_id), 0))
        self.organisation_box.blockSignals(False)
        self._fill_persons(draft.contact_person_id)
        self.links_edit.setPlainText(draft.links)
        self.project_box.setCurrentIndex(max(self.project_box.findData(draft.project_id), 0))
        self.meeting_box.blockSignals(True)
        self.meeting_box.setCurrentIndex(max(self.meeting_box.findData(draft.meeting_id), 0))
        self.meeting_box.blockSignals(False)
        self._fill_agenda(draft.agenda_item_id)

    def draft(self) -> CaseDraft:
        texts = {name: edit.toPlainText() for name, edit in self.texts.items()}
        return CaseDraft(
            title=self.title_edit.text(), town=self.town_edit.text(),
            topic=required_enum(self.topic_box, CaseTopic),
            town_size=enum_data(self.size_box, TownSize), district=self.district_edit.text(),
            contact_organisation_id=self.organisation_box.currentData(),
            contact_person_id=self.person_box.currentData(),
            links=self.links_edit.toPlainText(), group_id=self.group_box.currentData(),
            project_id=self.project_box.currentData(),
            meeting_id=self.meeting_box.currentData(),
            agenda_item_id=self.agenda_box.currentData(),
            status=required_enum(self.status_box, CaseStatus),
            public=self.public_check.isChecked(), **texts)

    def accept(self) -> None:
        problems = case_problems(self.draft())
        if problems:
            self.error_label.setText("\n".join(message for _field, message in problems))
            return
        if self.stored():
            super().accept()
