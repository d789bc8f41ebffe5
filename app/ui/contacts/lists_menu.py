"""The distribution lists (Verteiler) menu of the contacts tab: create, fill, export, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from app.db.database import Database
from app.domain.errors import DomainError
from app.services import contact_lists
from app.services.contact_lists import ListRow


class ListsMenu(QMenu):
    """Signals:
        sig_message(str): a short German note for the status line of the tab.
        sig_export_requested(str, int): export the list (format, list id).
    """

    sig_message = Signal(str)
    """Something was done; the text says what."""
    sig_export_requested = Signal(str, int)
    """The user chose to export a list in a format ("csv" or "vcf")."""

    def __init__(self, *, db: Database, selected_persons: Callable[[], list[int]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._selected_persons = selected_persons
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        self.clear()
        self.addAction(self.tr("Neuer Verteiler …")).triggered.connect(self._ask_new_list)
        lists = contact_lists.distribution_lists(self._db)
        if lists:
            self.addSeparator()
        for entry in lists:
            self._add_list_menu(entry)

    def _add_list_menu(self, entry: ListRow) -> None:
        submenu = self.addMenu(f"{entry.name} ({entry.size})")
        submenu.addAction(self.tr("Ausgewählte Personen hinzufügen")).triggered.connect(
            lambda _c=False, i=entry.id: self.add_selection_to_list(i))
        for file_format, text in (("csv", "Als CSV exportieren …"),
                                  ("vcf", "Als vCard exportieren …")):
            submenu.addAction(self.tr(text)).triggered.connect(
                lambda _c=False, i=entry.id, f=file_format: self.sig_export_requested.emit(f, i))
        submenu.addSeparator()
        submenu.addAction(self.tr("Verteiler löschen …")).triggered.connect(
            lambda _c=False, e=entry: self.delete_list(e))

    def _ask_new_list(self) -> None:
        name, ok = QInputDialog.getText(self.parentWidget(), self.tr("Neuer Verteiler"),
                                        self.tr("Name des Verteilers (z. B. Presse):"))
        if ok:
            self.create_list(name)

    def create_list(self, name: str) -> int | None:
        try:
            list_id = contact_lists.create_list(self._db, name)
        except DomainError as error:
            QMessageBox.warning(self.parentWidget(), self.tr("Verteiler"), str(error))
            return None
        self.sig_message.emit(self.tr("Verteiler „%1“ angelegt").replace("%1", name.strip()))
        return list_id

    def add_selection_to_list(self, list_id: int) -> int:
        """Put the selected persons on a distribution list; returns how many were new."""
        added = contact_lists.add_to_list(self._db, list_id, self._selected_persons())
        self.sig_message.emit(self.tr("%1 Person(en) hinzugefügt").replace("%1", str(added)))
        return added

    def delete_list(self, entry: ListRow) -> bool:
        """Delete a list after asking; the persons on it stay."""
        answer = QMessageBox.question(self.parentWidget(), self.tr("Verteiler löschen"), self.tr(
            "Den Verteiler „%1“ löschen? Die %2 Person(en) darauf bleiben erhalten.")
            .replace("%1", entry.name).replace("%2", str(entry.size)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            contact_lists.delete_list(self._db, entry.id)
        except DomainError as error:
            QMessageBox.warning(self.parentWidget(), self.tr("Verteiler"), str(error))
            return False
        self.sig_message.emit(self.tr("Verteiler „%1“ gelöscht").replace("%1", entry.name))
        return True
