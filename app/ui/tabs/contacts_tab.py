"""Contacts (Kontakte): persons and organisations, filtered as the user types; editing,
duplicates, import, export and the GDPR rights of a person."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.db.storage_errors import StorageError
from app.domain.enums import OrganisationKind
from app.domain.errors import DomainError
from app.services import (
    contact_editing,
    contact_export,
    contact_lists,
    contacts,
    edit_conflicts,
    gdpr,
    meeting_editing,
)
from app.services.contact_editing import OrganisationDraft, PersonDraft
from app.services.edit_conflicts import EditConflict
from app.services.rows import OrganisationRow, PersonRow, RecordDetail
from app.ui.contacts.duplicates_dialog import DuplicatesDialog
from app.ui.contacts.import_dialog import ImportDialog
from app.ui.contacts.organisation_dialog import OrganisationDialog
from app.ui.contacts.person_dialog import PERSON_LABELS, PersonDialog, PersonValues
from app.ui.dialogs.conflict_dialog import KEEP_MINE, TAKE_THEIRS, ConflictDialog
from app.ui.dialogs.saving import store_checked
from app.ui.i18n import label
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.record_table import RecordTable

SavePathAsker = Callable[[str, str, str], Path | None]


ORGANISATION_LABELS = {
    "name": "Name", "kind": "Art", "short_name": "Kurzform", "street": "Straße",
    "postal_code": "PLZ", "city": "Ort", "website": "Webseite", "is_partner": "Bündnispartner",
    "partner_since": "Partner seit", "notes": "Notizen", "archived": "Archiviert"}


class ContactsTab(QWidget):
    """Signals:
        sig_contacts_changed(): persons or organisations were changed here.
    """

    sig_contacts_changed = Signal()
    """Other tabs that show persons should refresh."""

    def __init__(self, *, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._persons: list[PersonRow] = []
        self._organisations: list[OrganisationRow] = []
        self.ask_save_path: SavePathAsker = self._ask_save_path
        self.persons = RecordTable[PersonRow](model=self._person_model())
        self.persons.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.organisations = RecordTable[OrganisationRow](model=self._organisation_model())
        self.detail = QTextBrowser()
        self._build_filters()
        self._build_actions()
        self.inner = QTabWidget()
        self.inner.addTab(self.persons, self.tr("Personen"))
        self.inner.addTab(self.organisations, self.tr("Organisationen"))
        self._build_layout()
        self._connect()
        self.refresh()

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Suchen nach Name, Organisation, Funktion, E-Mail oder AG …"))
        self.search.setClearButtonEnabled(True)
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Alle Organisationsarten"), None)
        for kind in OrganisationKind:
            self.kind_box.addItem(label(kind.label), kind)
        self.group_box = QComboBox()
        self.group_box.addItem(self.tr("Alle AGs"), None)
        for choice in meeting_editing.group_choices(self._db):
            short = choice.text.split(" – ")[0]
            self.group_box.addItem(short, short)
        self.archived_check = QCheckBox(self.tr("&Archivierte zeigen"))
        self.count_label = QLabel()

    def _build_actions(self) -> None:
        self.new_person_button = QPushButton(self.tr("Neue &Person …"))
        self.new_organisation_button = QPushButton(self.tr("Neue &Organisation …"))
        self.edit_button = QPushButton(self.tr("&Bearbeiten …"))
        self.duplicates_button = QPushButton(self.tr("&Dubletten …"))
        self.import_button = QPushButton(self.tr("&Importieren …"))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xportieren"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        for file_format, text in (("csv", "CSV für Excel …"), ("xlsx", "Excel (.xlsx) …"),
                                  ("vcf", "vCard für Outlook (.vcf) …")):
            action = menu.addAction(self.tr(text))
            action.triggered.connect(lambda _c=False, f=file_format: self.export_contacts(f))
        self.export_button.setMenu(menu)
        self.gdpr_button = QToolButton()
        self.gdpr_button.setText(self.tr("Daten&schutz"))
        self.gdpr_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        gdpr_menu = QMenu(self)
        gdpr_menu.addAction(self.tr("Auskunft (Art. 15) als JSON …")).triggered.connect(
            lambda: self.access_export(".json"))
        gdpr_menu.addAction(self.tr("Auskunft (Art. 15) als PDF …")).triggered.connect(
            lambda: self.access_export(".pdf"))
        gdpr_menu.addSeparator()
        gdpr_menu.addAction(self.tr("Personendaten löschen (Art. 17) …")).triggered.connect(
            self.erase_selected)
        self.gdpr_button.setMenu(gdpr_menu)
        self.lists_button = QToolButton()
        self.lists_button.setText(self.tr("&Verteiler"))
        self.lists_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.lists_menu = QMenu(self)
        self.lists_menu.aboutToShow.connect(self._fill_lists_menu)
        self.lists_button.setMenu(self.lists_menu)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, stretch=1)
        for widget in (self.kind_box, self.group_box, self.archived_check, self.count_label):
            filters.addWidget(widget)
        actions = QHBoxLayout()
        buttons: tuple[QWidget, ...] = (
            self.new_person_button, self.new_organisation_button, self.edit_button,
            self.duplicates_button, self.lists_button, self.import_button, self.export_button,
            self.gdpr_button)
        for button in buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.inner)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, stretch=1)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._apply_search)
        for box in (self.kind_box, self.group_box):
            box.currentIndexChanged.connect(self._apply_filters)
        self.archived_check.toggled.connect(self._apply_filters)
        self.inner.currentChanged.connect(lambda _index: self._on_selection())
        self.persons.sig_record_activated.connect(self.edit_person)
        self.organisations.sig_record_activated.connect(self.edit_organisation)
        for table in (self.persons, self.organisations):
            table.view.selectionModel().selectionChanged.connect(
                lambda _selected, _deselected: self._on_selection())
        self.new_person_button.clicked.connect(lambda: self.edit_person(None))
        self.new_organisation_button.clicked.connect(lambda: self.edit_organisation(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.duplicates_button.clicked.connect(self.show_duplicates)
        self.import_button.clicked.connect(self.show_import)

    def _person_model(self) -> RowTableModel[PersonRow]:
        columns: list[Column[PersonRow]] = [
            Column(self.tr("Nachname"), lambda p: p.last_name),
            Column(self.tr("Vorname"), lambda p: p.first_name),
            Column(self.tr("Organisation"), lambda p: p.organisation),
            Column(self.tr("Funktion"), lambda p: p.function),
            Column(self.tr("E-Mail"), lambda p: p.email),
            Column(self.tr("Telefon"), lambda p: p.phone),
            Column(self.tr("AG"), lambda p: p.groups),
            Column(self.tr("Eingeschränkt"), lambda p: p.restricted),
        ]
        return RowTableModel(columns=columns, row_id=lambda p: p.id)

    def _organisation_model(self) -> RowTableModel[OrganisationRow]:
        columns: list[Column[OrganisationRow]] = [
            Column(self.tr("Name"), lambda o: o.name),
            Column(self.tr("Kurzname"), lambda o: o.short_name),
            Column(self.tr("Art"), lambda o: o.kind),
            Column(self.tr("Ort"), lambda o: o.city),
            Column(self.tr("Bündnispartner"), lambda o: o.is_partner),
            Column(self.tr("Partner seit"), lambda o: o.partner_since),
            Column(self.tr("Personen"), lambda o: o.persons, align_right=True),
        ]
        return RowTableModel(columns=columns, row_id=lambda o: o.id)

    def refresh(self) -> None:
        self._persons = contacts.list_persons(self._db)
        self._organisations = contacts.list_organisations(self._db)
        self._apply_filters()

    def _apply_filters(self) -> None:
        kind = self.kind_box.currentData()
        group = self.group_box.currentData()
        archived = self.archived_check.isChecked()
        self.persons.set_rows([
            p for p in self._persons if (archived or not p.archived)
            and (kind is None or p.organisation_kind == kind)
            and (group is None or group in p.groups.split(", "))])
        self.organisations.set_rows([o for o in self._organisations
                                     if kind is None or o.kind == kind])
        self._update_count()

    def _apply_search(self, text: str) -> None:
        self.persons.set_filter(text)
        self.organisations.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        if self.inner.currentWidget() is self.persons:
            text = self.tr("%n Person(en)", "", self.persons.visible_rows())
        else:
            text = self.tr("%n Organisation(en)", "", self.organisations.visible_rows())
        self.count_label.setText(text)

    def _on_selection(self) -> None:
        self._update_count()
        if self.inner.currentWidget() is self.persons:
            person_id = self.persons.selected_id()
            detail = contacts.person_detail(self._db, person_id) if person_id else None
        else:
            organisation_id = self.organisations.selected_id()
            detail = (contacts.organisation_detail(self._db, organisation_id)
                      if organisation_id else None)
        self.detail.setHtml(_detail_html(detail) if detail else "")

    def _edit_selected(self) -> None:
        if self.inner.currentWidget() is self.persons:
            person_id = self.persons.selected_id()
            if person_id is not None:
                self.edit_person(person_id)
        else:
            organisation_id = self.organisations.selected_id()
            if organisation_id is not None:
                self.edit_organisation(organisation_id)

    def person_dialog(self, person_id: int | None) -> PersonDialog:
        version: int | None = None
        if person_id is None:
            values = PersonValues(PersonDraft("", ""), (), frozenset())
        else:
            draft, version = contact_editing.load_person_for_edit(self._db, person_id)
            values = PersonValues(draft,
                                  tuple(contact_lists.person_memberships(self._db, person_id)),
                                  frozenset(contact_lists.person_lists(self._db, person_id)))
        title = self.tr("Neue Person") if person_id is None else self.tr("Person bearbeiten")
        return PersonDialog(values=values, organisations=meeting_editing.host_choices(self._db),
                            groups=meeting_editing.group_choices(self._db),
                            lists=contact_lists.distribution_lists(self._db), title=title,
                            version=version,
                            save=lambda dialog: self.save_person(person_id, dialog),
                            parent=self)

    def edit_person(self, person_id: int | None) -> PersonDialog:
        """Open the person dialog (window-modal); it saves through ``save_person`` on OK and
        stays open, with everything typed, when saving fails."""
        dialog = self.person_dialog(person_id)
        dialog.open()
        return dialog

    def save_person(self, person_id: int | None, dialog: PersonDialog) -> bool:
        values = dialog.values()
        try:
            contact_lists.save_person(self._db, person_id, values.draft, values.memberships,
                                      values.lists, expected_version=dialog.version)
        except EditConflict as conflict:
            self.resolve_conflict(dialog, conflict)
            return False
        except StorageError as error:
            return self._storage_failed(error, person_id, dialog)
        except DomainError as error:
            QMessageBox.warning(dialog, self.tr("Person speichern"), str(error))
            return False
        self._changed()
        return True

    def _storage_failed(self, error: StorageError, person_id: int | None,
                        dialog: PersonDialog) -> bool:
        if not error.retry_makes_sense:
            QMessageBox.warning(dialog, self.tr("Person speichern"), str(error))
            return False
        answer = QMessageBox.warning(
            dialog, self.tr("Person speichern"), str(error),
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Retry:
            return self.save_person(person_id, dialog)
        return False

    def resolve_conflict(self, dialog: PersonDialog, conflict: EditConflict) -> ConflictDialog:
        """Show both versions; "meine behalten" saves again over the other version, "die andere
        übernehmen" puts the other version into the form."""
        chooser = ConflictDialog(mine=dialog.values().draft, theirs=conflict.theirs,
                                 message=str(conflict), labels=PERSON_LABELS, parent=dialog)
        chooser.finished.connect(lambda result: self._after_conflict(dialog, conflict, result))
        chooser.open()
        self.conflict_dialog = chooser
        return chooser

    def _after_conflict(self, dialog: PersonDialog, conflict: EditConflict, result: int) -> None:
        if result == KEEP_MINE:
            dialog.version = conflict.version
            dialog.accept()
        elif result == TAKE_THEIRS:
            dialog.set_values(replace(dialog.values(), draft=conflict.theirs))
            dialog.version = conflict.version

    def edit_organisation(self, organisation_id: int | None) -> OrganisationDialog:
        draft = (contact_editing.load_organisation(self._db, organisation_id)
                 if organisation_id is not None else OrganisationDraft(""))
        dialog = OrganisationDialog(
            draft=draft, title=self.tr("Organisation"), parent=self,
            check=lambda d: contact_editing.organisation_problems(self._db, d, organisation_id))
        dialog.version = edit_conflicts.version_of(self._db, "organisation", organisation_id)
        dialog.save_with = lambda: self._store_organisation(dialog, organisation_id)
        dialog.open()
        return dialog

    def _store_organisation(self, dialog: OrganisationDialog,
                            organisation_id: int | None) -> bool:
        stored = store_checked(
            dialog, entity="organisation", record_id=organisation_id,
            title=self.tr("Organisation speichern"), labels=ORGANISATION_LABELS,
            store=lambda: contact_editing.save_organisation(self._db, dialog.draft(),
                                                            organisation_id),
            load_theirs=lambda: contact_editing.load_organisation(self._db, organisation_id)
            if organisation_id else None)
        if stored:
            self._changed()
        return stored

    def save_organisation(self, organisation_id: int | None,
                          draft: OrganisationDraft) -> int | None:
        try:
            saved = contact_editing.save_organisation(self._db, draft, organisation_id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Organisation speichern"), str(error))
            return None
        self._changed()
        return saved

    def _fill_lists_menu(self) -> None:
        self.lists_menu.clear()
        self.lists_menu.addAction(self.tr("Neuer Verteiler …")).triggered.connect(
            self._ask_new_list)
        lists = contact_lists.distribution_lists(self._db)
        if lists:
            self.lists_menu.addSeparator()
        for entry in lists:
            submenu = self.lists_menu.addMenu(f"{entry.name} ({entry.size})")
            submenu.addAction(self.tr("Ausgewählte Personen hinzufügen")).triggered.connect(
                lambda _c=False, i=entry.id: self.add_selection_to_list(i))
            for file_format, text in (("csv", "Als CSV exportieren …"),
                                      ("vcf", "Als vCard exportieren …")):
                submenu.addAction(self.tr(text)).triggered.connect(
                    lambda _c=False, i=entry.id, f=file_format: self.export_contacts(f, i))

    def _ask_new_list(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Neuer Verteiler"),
                                        self.tr("Name des Verteilers (z. B. Presse):"))
        if ok:
            self.create_list(name)

    def create_list(self, name: str) -> int | None:
        try:
            list_id = contact_lists.create_list(self._db, name)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Verteiler"), str(error))
            return None
        self.count_label.setText(self.tr("Verteiler „%1“ angelegt").replace("%1", name.strip()))
        return list_id

    def add_selection_to_list(self, list_id: int) -> int:
        """Put the selected persons on a distribution list; returns how many were new."""
        added = contact_lists.add_to_list(self._db, list_id, self.persons.selected_ids())
        self.count_label.setText(self.tr("%1 Person(en) hinzugefügt").replace("%1", str(added)))
        return added

    def show_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(db=self._db, parent=self)
        dialog.sig_merged.connect(self._changed)
        dialog.show()
        return dialog

    def show_import(self) -> ImportDialog:
        dialog = ImportDialog(db=self._db, parent=self)
        dialog.sig_imported.connect(lambda _count: self._changed())
        dialog.show()
        return dialog

    def export_contacts(self, file_format: str, list_id: int | None = None) -> Path | None:
        target = self.ask_save_path(self.tr("Kontakte exportieren"), f"Kontakte.{file_format}",
                                    f"*.{file_format}")
        if target is None:
            return None
        try:
            path, count = contact_export.export_contacts(self._db, file_format, target, list_id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Export"), str(error))
            return None
        self.count_label.setText(self.tr("%1 Kontakt(e) gespeichert").replace("%1", str(count)))
        return path

    def access_export(self, suffix: str) -> Path | None:
        person_id = self.persons.selected_id()
        if person_id is None:
            QMessageBox.information(self, self.tr("Auskunft"),
                                    self.tr("Bitte zuerst eine Person auswählen."))
            return None
        target = self.ask_save_path(self.tr("Auskunft nach Art. 15 DSGVO"),
                                    f"Auskunft Person {person_id}{suffix}", f"*{suffix}")
        if target is None:
            return None
        writer = gdpr.export_access_json if suffix == ".json" else gdpr.export_access_pdf
        try:
            return writer(self._db, person_id, target, now=datetime.now())
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Auskunft"), str(error))
            return None

    def erase_selected(self) -> bool:
        person_id = self.persons.selected_id()
        if person_id is None:
            return False
        answer = QMessageBox.question(self, self.tr("Personendaten löschen"), self.tr(
            "Alle personenbezogenen Daten dieser Person endgültig löschen (Art. 17 DSGVO)? "
            "Die Zahl der Teilnahmen an Sitzungen bleibt anonym erhalten."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        gdpr.erase_person(self._db, person_id)
        self._changed()
        return True

    def _changed(self) -> None:
        selected = (self.persons.selected_ids(), self.organisations.selected_ids())
        self.refresh()
        self.persons.select_ids(selected[0])
        self.organisations.select_ids(selected[1])
        self._on_selection()
        self.sig_contacts_changed.emit()

    def _ask_save_path(self, title: str, name: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name),
                                                      file_filter)
        return Path(chosen) if chosen else None


def _detail_html(detail: RecordDetail) -> str:
    rows = "".join(f"<tr><td><b>{escape(name)}</b></td><td>{escape(value)}</td></tr>"
                   for name, value in detail.fields if value)
    sections = "".join(
        f"<h4>{escape(section.title)}</h4><ul>"
        + "".join(f"<li>{escape(' · '.join(cell for cell in row if cell))}</li>"
                  for row in section.rows) + "</ul>"
        for section in detail.sections if section.rows)
    return f"<h3>{escape(detail.title)}</h3><table>{rows}</table>{sections}"
