"""Contacts (Kontakte): persons and organisations, filtered as the user types, with a detail
pane. Editing, files and GDPR, and distribution lists live in ``app/ui/contacts/``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.enums import OrganisationKind
from app.services import contacts, meeting_editing
from app.services.rows import OrganisationRow, PersonRow
from app.ui.contacts.detail_html import detail_html
from app.ui.contacts.editing import ContactEditing
from app.ui.contacts.file_actions import ContactFileActions
from app.ui.contacts.lists_menu import ListsMenu
from app.ui.i18n import label
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.record_table import RecordTable


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
        self.persons = RecordTable[PersonRow](
            placeholder=self.tr(
                "Keine Personen. „Neue Person …“ legt eine an, „Importieren …“ liest eine Liste "
                "ein."),
            model=self._person_model())
        self.persons.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.editing = ContactEditing(db=db, parent=self)
        self.files = ContactFileActions(db=db, parent=self,
                                        selected_person=self.persons.selected_id)
        self.organisations = RecordTable[OrganisationRow](
            placeholder=self.tr("Keine Organisationen. „Neue Organisation …“ legt eine an."),
            model=self._organisation_model())
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
        for choice in meeting_editing.group_short_choices(self._db):
            self.group_box.addItem(choice.text, choice.id)
        self.archived_check = QCheckBox(self.tr("Archivierte &zeigen"))
        self.count_label = QLabel()

    def _build_actions(self) -> None:
        self.new_person_button = QPushButton(self.tr("Neue P&erson …"))
        self.new_organisation_button = QPushButton(self.tr("Neue Or&ganisation …"))
        self.edit_button = QPushButton(self.tr("Bea&rbeiten …"))
        self.duplicates_button = QPushButton(self.tr("Dub&letten …"))
        self.import_button = QPushButton(self.tr("&Importieren …"))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xportieren"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setMenu(self.files.export_menu())
        self.gdpr_button = QToolButton()
        self.gdpr_button.setText(self.tr("Datens&chutz"))
        self.gdpr_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.gdpr_button.setMenu(self.files.gdpr_menu())
        self.lists_button = QToolButton()
        self.lists_button.setText(self.tr("&Verteiler"))
        self.lists_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.lists_menu = ListsMenu(db=self._db, parent=self,
                                    selected_persons=self.persons.selected_ids)
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
        self.persons.sig_record_activated.connect(self.editing.edit_person)
        self.organisations.sig_record_activated.connect(self.editing.edit_organisation)
        for table in (self.persons, self.organisations):
            table.view.selectionModel().selectionChanged.connect(
                lambda _selected, _deselected: self._on_selection())
        self.new_person_button.clicked.connect(lambda: self.editing.edit_person(None))
        self.new_organisation_button.clicked.connect(
            lambda: self.editing.edit_organisation(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.duplicates_button.clicked.connect(self.files.show_duplicates)
        self.import_button.clicked.connect(self.files.show_import)
        self.editing.sig_saved.connect(self._changed)
        self.files.sig_changed.connect(self._changed)
        self.files.sig_message.connect(self.count_label.setText)
        self.lists_menu.sig_message.connect(self.count_label.setText)
        self.lists_menu.sig_export_requested.connect(self.files.export_contacts)

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
            and (group is None or group in p.group_ids)])
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
        self.detail.setHtml(detail_html(detail) if detail else "")

    def _edit_selected(self) -> None:
        if self.inner.currentWidget() is self.persons:
            person_id = self.persons.selected_id()
            if person_id is not None:
                self.editing.edit_person(person_id)
        else:
            organisation_id = self.organisations.selected_id()
            if organisation_id is not None:
                self.editing.edit_organisation(organisation_id)

    def _changed(self) -> None:
        selected = (self.persons.selected_ids(), self.organisations.selected_ids())
        self.refresh()
        self.persons.select_ids(selected[0])
        self.organisations.select_ids(selected[1])
        self._on_selection()
        self.sig_contacts_changed.emit()
