"""The knowledge catalogue (Wissen): practice examples with filters, initiatives and funding
programmes; editing, importing and the two printed guides."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.enums import CaseStatus, CaseTopic, TownSize
from app.domain.formatting import format_bool
from app.services import edit_conflicts, knowledge, knowledge_editing, knowledge_import
from app.services.hours import project_choices
from app.services.knowledge import CaseFilter, CaseRow, InitiativeRow, ProgrammeRow
from app.services.knowledge_editing import CaseDraft, InitiativeDraft, ProgrammeDraft
from app.services.knowledge_guide import export_guide
from app.services.meeting_editing import group_short_choices, host_choices
from app.settings import load_settings
from app.ui.dialogs.file_paths import SavePathAsker, save_path_asker
from app.ui.dialogs.saving import SavesOnAccept, store_checked
from app.ui.knowledge.case_dialog import CaseDialog
from app.ui.knowledge.import_dialog import CatalogueImportDialog
from app.ui.knowledge.pictures_page import PicturesPage
from app.ui.knowledge.record_dialogs import InitiativeDialog, ProgrammeDialog
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tabs.columns import OVERDUE
from app.ui.tasks import Progress, Task, run_task
from app.ui.widgets.combo import enum_box, enum_data
from app.ui.widgets.record_table import RecordTable

CASE_LABELS = {
    "title": "Titel", "town": "Ort", "topic": "Thema", "town_size": "Größe der Stadt",
    "district": "Landkreis", "starting_situation": "Ausgangslage", "solution": "Lösung",
    "actors": "Beteiligte", "results": "Ergebnisse", "funding": "Förderung",
    "contact_organisation_id": "Organisation", "contact_person_id": "Ansprechperson",
    "links": "Links", "group_id": "AG", "project_id": "Pilotprojekt", "meeting_id": "Sitzung",
    "agenda_item_id": "TOP", "status": "Status", "public": "Öffentlich"}
INITIATIVE_LABELS = {"name": "Name", "town": "Ort", "organiser": "Träger", "kind": "Art",
                     "description": "Beschreibung", "link": "Link", "public": "Öffentlich"}
PROGRAMME_LABELS = {
    "name": "Programm", "funder": "Fördergeber", "applicants": "Wer wird gefördert",
    "funded": "Was wird gefördert", "rate": "Quote oder Höhe", "deadlines": "Antragsfristen",
    "valid_from": "Gültig ab", "valid_to": "Gültig bis", "link": "Link",
    "contact": "Ansprechpartner", "checked_on": "Zuletzt geprüft", "public": "Öffentlich"}


class KnowledgeTab(QWidget):
    """Signals:
        sig_catalogue_changed(): a record was saved, deleted or imported (the cockpit counts
            what needs keeping current).
    """

    sig_catalogue_changed = Signal()
    """The catalogue changed."""

    def __init__(self, *, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.ask_save_path: SavePathAsker = save_path_asker(self)
        self.cases = CasesPage(self)
        self.initiatives = InitiativesPage(self)
        self.programmes = ProgrammesPage(self)
        self.pages = QTabWidget()
        self.pages.addTab(self.cases, self.tr("Pra&xisbeispiele"))
        self.pages.addTab(self.initiatives, self.tr("&Initiativen"))
        self.pages.addTab(self.programmes, self.tr("Förderprogra&mme"))
        self.status_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, stretch=1)
        layout.addWidget(self.status_label)
        self.refresh()

    @property
    def db(self) -> Database:
        return self._db

    @property
    def today(self) -> date:
        return self._today

    def refresh(self) -> None:
        for page in (self.cases, self.initiatives, self.programmes):
            page.refresh()

    def changed(self) -> None:
        self.refresh()
        self.sig_catalogue_changed.emit()

    def store(self, dialog: Any, *, title: str, labels: dict[str, str],
              save: Callable[[Any], object], load: Callable[[], Any]) -> Task[object]:
        """Store on the database worker (``save`` gets the loaded version; it must not touch
        the dialog's widgets, so the draft is read before)."""
        return store_checked(dialog, title=title, labels=labels, store=save,
                             load_theirs=load, on_stored=self.changed)

    def open_dialog(self, dialog: SavesOnAccept, kind: str, record_id: int | None,
                    start: Callable[[], object]) -> None:
        dialog.loaded = edit_conflicts.loaded_version(self._db, kind, record_id)
        dialog.save_with = start
        assert isinstance(dialog, QDialog)
        dialog.open()

    def delete(self, kind: str, record_id: int | None, question: str) -> None:
        if record_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Löschen"), question)
        if answer == QMessageBox.StandardButton.Yes:
            knowledge_editing.delete_record(self._db, kind, record_id)
            self.changed()

    def import_file(self, kind: knowledge_import.ImportKind) -> CatalogueImportDialog:
        dialog = CatalogueImportDialog(db=self._db, kind=kind, today=self._today, parent=self)
        dialog.sig_imported.connect(lambda _count: self.changed())
        dialog.open()
        return dialog

    def export_guide(self, kind: str) -> Task[Path] | None:
        """Ask where, then write the guide (PDF or Word by the file's ending) on a worker."""
        name = "Best-Practice-Börse" if kind == "praxis" else "Wegweiser Innenstadtförderung"
        target = self.ask_save_path(self.tr("Heft speichern"), f"{name}.pdf",
                                    self.tr("PDF (*.pdf);;Word (*.docx)"))
        if target is None:
            return None
        db, today = self._db, self._today
        sender = load_settings().sender_name

        def work(progress: Progress) -> Path:
            return export_guide(db, kind, target, today=today, sender=sender,
                                progress=progress).path

        return run_task(work, parent=self, title=self.tr("Heft"),
                        on_done=lambda path: self.status_label.setText(
                            self.tr("Gespeichert: %1").replace("%1", str(path))))


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _search_field(placeholder: str, table: RecordTable[Any]) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    field.textChanged.connect(table.set_filter)
    return field


class CasesPage(QWidget):
    """The practice examples, filtered by topic, town size, Landkreis, AG and status."""

    def __init__(self, tab: KnowledgeTab) -> None:
        super().__init__(tab)
        self._tab = tab
        self.table = RecordTable[CaseRow](
            placeholder=self.tr("Keine Praxisbeispiele. „Neues Praxisbeispiel …“ legt eines an; "
                                "ein abgeschlossenes Pilotprojekt wird mit „Aus Pilotprojekt …“ "
                                "zum Beispiel."),
            model=RowTableModel(columns=[
                Column(self.tr("Titel"), lambda c: c.title),
                Column(self.tr("Ort"), lambda c: c.town),
                Column(self.tr("Größe"), lambda c: c.town_size),
                Column(self.tr("Landkreis"), lambda c: c.district),
                Column(self.tr("Thema"), lambda c: c.topic),
                Column(self.tr("AG"), lambda c: c.group),
                Column(self.tr("Status"), lambda c: c.status),
                Column(self.tr("Öffentlich"), lambda c: format_bool(c.public)),
                Column(self.tr("Bilder"), lambda c: c.images, align_right=True),
            ], row_id=lambda c: c.id))
        self.topic_box = enum_box(CaseTopic, self.tr("alle Themen"))
        self.size_box = enum_box(TownSize, self.tr("alle Größen"))
        self.district_box = QComboBox()
        self.group_box = QComboBox()
        self.status_box = enum_box(CaseStatus, self.tr("jeder Status"))
        self.search = _search_field(self.tr("Suchen (Titel, Ort, Landkreis) …"), self.table)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("N&eues Praxisbeispiel …"))
        self.edit_button = QPushButton(self.tr("Bea&rbeiten …"))
        self.delete_button = QPushButton(self.tr("Lös&chen"))
        self.project_button = QPushButton(self.tr("Aus Pilotpro&jekt …"))
        self.import_button = QPushButton(self.tr("Excel/CS&V einlesen …"))
        self.guide_button = QPushButton(self.tr("Best-Practice-Börse als He&ft …"))
        filters = QHBoxLayout()
        for text, box in ((self.tr("&Thema:"), self.topic_box),
                          (self.tr("Gr&öße:"), self.size_box),
                          (self.tr("&Landkreis:"), self.district_box),
                          (self.tr("A&G:"), self.group_box),
                          (self.tr("Stat&us:"), self.status_box)):
            caption = QLabel(text)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box)
            box.currentIndexChanged.connect(self.refresh_rows)
        filters.addWidget(self.search, stretch=1)
        layout = QVBoxLayout(self)
        layout.addLayout(_button_row(self.new_button, self.edit_button, self.delete_button,
                                     self.project_button, self.import_button,
                                     self.guide_button))
        layout.addLayout(filters)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.count_label)
        self.table.sig_record_activated.connect(self.edit_case)
        self.new_button.clicked.connect(lambda: self.edit_case(None))
        self.edit_button.clicked.connect(lambda: self.edit_case(self.table.selected_id()))
        self.delete_button.clicked.connect(lambda: tab.delete(
            "case", self.table.selected_id(), self.tr("Das Praxisbeispiel mit seinen Bildern "
                                                      "löschen?")))
        self.project_button.clicked.connect(self.case_from_project)
        self.import_button.clicked.connect(lambda: tab.import_file(knowledge_import.CASES))
        self.guide_button.clicked.connect(lambda: tab.export_guide("praxis"))

    def refresh(self) -> None:
        db = self._tab.db
        self._refill(self.district_box, self.tr("alle Landkreise"),
                     [(name, name) for name in knowledge.districts(db)])
        self._refill(self.group_box, self.tr("alle AGs"),
                     [(choice.text, choice.id) for choice in group_short_choices(db)])
        self.refresh_rows()

    @staticmethod
    def _refill(box: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(box.findData(current), 0))
        box.blockSignals(False)

    def case_filter(self) -> CaseFilter:
        return CaseFilter(topic=enum_data(self.topic_box, CaseTopic),
                          town_size=enum_data(self.size_box, TownSize),
                          district=self.district_box.currentData(),
                          group_id=self.group_box.currentData(),
                          status=enum_data(self.status_box, CaseStatus))

    def refresh_rows(self) -> None:
        self.table.set_rows(knowledge.list_cases(self._tab.db, self.case_filter()))
        self.count_label.setText(self.tr("%1 Praxisbeispiel(e)").replace(
            "%1", str(self.table.visible_rows())))

    def edit_case(self, case_id: int | None) -> CaseDialog:
        tab, db = self._tab, self._tab.db
        draft = knowledge_editing.load_case(db, case_id) if case_id is not None \
            else CaseDraft(title="", town="")
        images = PicturesPage(db=db, case_id=case_id) if case_id is not None else None
        dialog = CaseDialog(
            draft=draft, groups=group_short_choices(db), organisations=host_choices(db),
            projects=project_choices(db), meetings=knowledge.meeting_choices(db),
            persons_of=lambda org: knowledge.person_choices(db, org),
            agenda_of=lambda meeting: knowledge.agenda_choices(db, meeting), images=images,
            parent=self)
        def start() -> Task[object]:
            draft = dialog.draft()
            return tab.store(
                dialog, title=self.tr("Praxisbeispiel"), labels=CASE_LABELS,
                save=lambda loaded: knowledge_editing.save_case(
                    db, draft, case_id, today=tab.today, expect=loaded),
                load=lambda: knowledge_editing.load_case(db, case_id) if case_id else None)

        tab.open_dialog(dialog, "case", case_id, start)
        return dialog

    def case_from_project(self) -> int | None:
        """A completed pilot project becomes a draft case, opened for completing."""
        choices = knowledge.completed_projects(self._tab.db)
        if not choices:
            QMessageBox.information(self, self.tr("Aus Pilotprojekt"), self.tr(
                "Es gibt kein abgeschlossenes Pilotprojekt, das noch kein Praxisbeispiel ist."))
            return None
        name, chosen = QInputDialog.getItem(
            self, self.tr("Aus Pilotprojekt"), self.tr("Abgeschlossenes &Pilotprojekt:"),
            [choice.text for choice in choices], 0, False)
        if not chosen:
            return None
        return self.make_case_from(next(c.id for c in choices if c.text == name))

    def make_case_from(self, project_id: int) -> int:
        case_id = knowledge_editing.case_from_project(self._tab.db, project_id,
                                                      today=self._tab.today)
        self._tab.changed()
        self.edit_case(case_id)
        return case_id


class InitiativesPage(QWidget):
    def __init__(self, tab: KnowledgeTab) -> None:
        super().__init__(tab)
        self._tab = tab
        self.table = RecordTable[InitiativeRow](
            placeholder=self.tr("Keine Initiativen. „Neue Initiative …“ legt eine an."),
            model=RowTableModel(columns=[
                Column(self.tr("Name"), lambda i: i.name),
                Column(self.tr("Ort"), lambda i: i.town),
                Column(self.tr("Träger"), lambda i: i.organiser),
                Column(self.tr("Art"), lambda i: i.kind),
                Column(self.tr("Link"), lambda i: i.link),
                Column(self.tr("Öffentlich"), lambda i: format_bool(i.public)),
            ], row_id=lambda i: i.id))
        self.search = _search_field(self.tr("Suchen (Name, Ort, Träger) …"), self.table)
        self.new_button = QPushButton(self.tr("N&eue Initiative …"))
        self.edit_button = QPushButton(self.tr("Bea&rbeiten …"))
        self.delete_button = QPushButton(self.tr("Lös&chen"))
        self.import_button = QPushButton(self.tr("Excel/CS&V einlesen …"))
        layout = QVBoxLayout(self)
        layout.addLayout(_button_row(self.new_button, self.edit_button, self.delete_button,
                                     self.import_button))
        layout.addWidget(self.search)
        layout.addWidget(self.table, stretch=1)
        self.table.sig_record_activated.connect(self.edit_initiative)
        self.new_button.clicked.connect(lambda: self.edit_initiative(None))
        self.edit_button.clicked.connect(lambda: self.edit_initiative(self.table.selected_id()))
        self.delete_button.clicked.connect(lambda: tab.delete(
            "initiative", self.table.selected_id(), self.tr("Die Initiative löschen?")))
        self.import_button.clicked.connect(
            lambda: tab.import_file(knowledge_import.INITIATIVES))

    def refresh(self) -> None:
        self.table.set_rows(knowledge.list_initiatives(self._tab.db))

    def edit_initiative(self, initiative_id: int | None) -> InitiativeDialog:
        tab, db = self._tab, self._tab.db
        draft = knowledge_editing.load_initiative(db, initiative_id) \
            if initiative_id is not None else InitiativeDraft(name="", town="")
        dialog = InitiativeDialog(draft=draft, parent=self)
        def start() -> Task[object]:
            draft = dialog.draft()
            return tab.store(
                dialog, title=self.tr("Initiative"), labels=INITIATIVE_LABELS,
                save=lambda loaded: knowledge_editing.save_initiative(
                    db, draft, initiative_id, expect=loaded),
                load=lambda: knowledge_editing.load_initiative(db, initiative_id)
                if initiative_id else None)

        tab.open_dialog(dialog, "initiative", initiative_id, start)
        return dialog


class ProgrammesPage(QWidget):
    """The programmes of the Wegweiser; those past their end or unchecked for a year are red."""

    def __init__(self, tab: KnowledgeTab) -> None:
        super().__init__(tab)
        self._tab = tab
        self.table = RecordTable[ProgrammeRow](
            placeholder=self.tr("Keine Förderprogramme. „Neues Förderprogramm …“ legt eines an."),
            model=RowTableModel(columns=[
                Column(self.tr("Programm"), lambda p: p.name),
                Column(self.tr("Fördergeber"), lambda p: p.funder),
                Column(self.tr("Quote/Höhe"), lambda p: p.rate),
                Column(self.tr("Gültig ab"), lambda p: p.valid_from),
                Column(self.tr("Gültig bis"), lambda p: p.valid_to),
                Column(self.tr("Geprüft am"), lambda p: p.checked_on),
                Column(self.tr("Öffentlich"), lambda p: format_bool(p.public)),
                Column(self.tr("Zu prüfen"), lambda p: p.outdated),
            ], row_id=lambda p: p.id, row_colour=lambda p: OVERDUE if p.outdated else None))
        self.search = _search_field(self.tr("Suchen (Programm, Fördergeber) …"), self.table)
        self.new_button = QPushButton(self.tr("N&eues Förderprogramm …"))
        self.edit_button = QPushButton(self.tr("Bea&rbeiten …"))
        self.delete_button = QPushButton(self.tr("Lös&chen"))
        self.import_button = QPushButton(self.tr("Excel/CS&V einlesen …"))
        self.guide_button = QPushButton(self.tr("Wegweiser als He&ft …"))
        layout = QVBoxLayout(self)
        layout.addLayout(_button_row(self.new_button, self.edit_button, self.delete_button,
                                     self.import_button, self.guide_button))
        layout.addWidget(self.search)
        layout.addWidget(self.table, stretch=1)
        self.table.sig_record_activated.connect(self.edit_programme)
        self.new_button.clicked.connect(lambda: self.edit_programme(None))
        self.edit_button.clicked.connect(lambda: self.edit_programme(self.table.selected_id()))
        self.delete_button.clicked.connect(lambda: tab.delete(
            "programme", self.table.selected_id(), self.tr("Das Förderprogramm löschen?")))
        self.import_button.clicked.connect(lambda: tab.import_file(knowledge_import.PROGRAMMES))
        self.guide_button.clicked.connect(lambda: tab.export_guide("wegweiser"))

    def refresh(self) -> None:
        self.table.set_rows(knowledge.list_programmes(self._tab.db, today=self._tab.today))

    def edit_programme(self, programme_id: int | None) -> ProgrammeDialog:
        tab, db = self._tab, self._tab.db
        draft = knowledge_editing.load_programme(db, programme_id) \
            if programme_id is not None else ProgrammeDraft(name="", funder="",
                                                            checked_on=tab.today)
        dialog = ProgrammeDialog(draft=draft, today=tab.today, parent=self)
        def start() -> Task[object]:
            draft = dialog.draft()
            return tab.store(
                dialog, title=self.tr("Förderprogramm"), labels=PROGRAMME_LABELS,
                save=lambda loaded: knowledge_editing.save_programme(
                    db, draft, programme_id, today=tab.today, expect=loaded),
                load=lambda: knowledge_editing.load_programme(db, programme_id)
                if programme_id else None)

        tab.open_dialog(dialog, "programme", programme_id, start)
        return dialog

