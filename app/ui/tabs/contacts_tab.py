"""Contacts (Kontakte): persons and organisations, filtered as the user types."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from app.db.database import Database
from app.services import contacts
from app.services.rows import OrganisationRow, PersonRow
from app.ui.dialogs.open_record import RecordKind, open_record
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.record_table import RecordTable


class ContactsTab(QWidget):
    """Persons and organisations in two inner tabs sharing one search box."""

    def __init__(self, *, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.persons = RecordTable[PersonRow](model=self._person_model())
        self.organisations = RecordTable[OrganisationRow](model=self._organisation_model())
        self.persons.sig_record_activated.connect(
            lambda person_id: open_record(self, self._db, RecordKind.PERSON, person_id))
        self.organisations.sig_record_activated.connect(
            lambda org_id: open_record(self, self._db, RecordKind.ORGANISATION, org_id))
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Suchen nach Name, Organisation, Funktion, E-Mail oder AG …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_search)
        self.count_label = QLabel()
        self.inner = QTabWidget()
        self.inner.addTab(self.persons, self.tr("Personen"))
        self.inner.addTab(self.organisations, self.tr("Organisationen"))
        self.inner.currentChanged.connect(lambda _index: self._update_count())
        bar = QHBoxLayout()
        bar.addWidget(self.search, stretch=1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.inner, stretch=1)
        self.refresh()

    def _person_model(self) -> RowTableModel[PersonRow]:
        columns: list[Column[PersonRow]] = [
            Column(self.tr("Nachname"), lambda p: p.last_name),
            Column(self.tr("Vorname"), lambda p: p.first_name),
            Column(self.tr("Organisation"), lambda p: p.organisation),
            Column(self.tr("Funktion"), lambda p: p.function),
            Column(self.tr("E-Mail"), lambda p: p.email),
            Column(self.tr("Telefon"), lambda p: p.phone),
            Column(self.tr("AG"), lambda p: p.groups),
            Column(self.tr("Archiviert"), lambda p: p.archived),
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
        self.persons.set_rows(contacts.list_persons(self._db))
        self.organisations.set_rows(contacts.list_organisations(self._db))
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
