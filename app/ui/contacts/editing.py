"""Editing persons and organisations from the contacts tab: open the form, store it through the
one save path (``store_checked``), tell the tab when something was saved."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.db.database import Database
from app.db.versions import LoadedVersion
from app.services import contact_editing, contact_lists, edit_conflicts, meeting_editing
from app.services.contact_editing import OrganisationDraft, PersonDraft
from app.ui.contacts.organisation_dialog import OrganisationDialog
from app.ui.contacts.person_dialog import PERSON_LABELS, PersonDialog, PersonValues
from app.ui.dialogs.saving import store_checked
from app.ui.tasks import Task

ORGANISATION_LABELS = {
    "name": "Name", "kind": "Art", "short_name": "Kurzform", "street": "Straße",
    "postal_code": "PLZ", "city": "Ort", "website": "Webseite", "is_partner": "Bündnispartner",
    "partner_since": "Partner seit", "notes": "Notizen", "archived": "Archiviert"}


class ContactEditing(QObject):
    """Signals:
        sig_saved(): a person or an organisation was stored.
    """

    sig_saved = Signal()
    """The lists that show persons or organisations should refresh."""

    def __init__(self, *, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._parent = parent

    def person_dialog(self, person_id: int | None) -> PersonDialog:
        """The person form, loaded with the stored values and the version they had."""
        if person_id is None:
            values = PersonValues(PersonDraft("", ""), (), frozenset())
            loaded = None
        else:
            draft, loaded = contact_editing.load_person_for_edit(self._db, person_id)
            values = PersonValues(draft,
                                  tuple(contact_lists.person_memberships(self._db, person_id)),
                                  frozenset(contact_lists.person_lists(self._db, person_id)))
        title = self.tr("Neue Person") if person_id is None else self.tr("Person bearbeiten")
        dialog = PersonDialog(values=values, organisations=meeting_editing.host_choices(self._db),
                              groups=meeting_editing.group_choices(self._db),
                              lists=contact_lists.distribution_lists(self._db), title=title,
                              parent=self._parent)
        dialog.loaded = loaded
        dialog.save_with = lambda: self._store_person(dialog, person_id)
        return dialog

    def edit_person(self, person_id: int | None) -> PersonDialog:
        """Open the person form (window-modal); it stores on OK and stays open, with everything
        typed, when storing fails."""
        dialog = self.person_dialog(person_id)
        dialog.open()
        return dialog

    def _store_person(self, dialog: PersonDialog, person_id: int | None) -> Task[object]:
        values = dialog.values()

        def store(loaded: LoadedVersion | None) -> int:
            return contact_lists.save_person(self._db, person_id, values.draft,
                                             values.memberships, values.lists, expect=loaded)

        return store_checked(
            dialog, title=self.tr("Person speichern"), labels=PERSON_LABELS, store=store,
            load_theirs=lambda: contact_editing.load_person(self._db, person_id)
            if person_id else None, on_stored=self.sig_saved.emit)

    def edit_organisation(self, organisation_id: int | None) -> OrganisationDialog:
        draft = (contact_editing.load_organisation(self._db, organisation_id)
                 if organisation_id is not None else OrganisationDraft(""))
        dialog = OrganisationDialog(
            draft=draft, title=self.tr("Organisation"), parent=self._parent,
            check=lambda d: contact_editing.organisation_problems(self._db, d, organisation_id))
        dialog.loaded = edit_conflicts.loaded_version(self._db, "organisation", organisation_id)
        dialog.save_with = lambda: self._store_organisation(dialog, organisation_id)
        dialog.open()
        return dialog

    def _store_organisation(self, dialog: OrganisationDialog,
                            organisation_id: int | None) -> Task[object]:
        draft = dialog.draft()
        return store_checked(
            dialog, title=self.tr("Organisation speichern"), labels=ORGANISATION_LABELS,
            store=lambda loaded: contact_editing.save_organisation(
                self._db, draft, organisation_id, expect=loaded),
            load_theirs=lambda: contact_editing.load_organisation(self._db, organisation_id)
            if organisation_id else None, on_stored=self.sig_saved.emit)
