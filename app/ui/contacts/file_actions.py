"""What the contacts tab exchanges with files and the GDPR rights of a person: import, duplicate
merging, exports as CSV/Excel/vCard, access export (Art. 15) and erasure (Art. 17)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.db.database import Database
from app.domain.errors import DomainError
from app.services import contact_export, gdpr
from app.ui.contacts.duplicates_dialog import DuplicatesDialog
from app.ui.contacts.import_dialog import ImportDialog
from app.ui.dialogs.file_paths import SavePathAsker, save_path_asker
from app.ui.tasks import Progress, Task, run_task


class ContactFileActions(QObject):
    """Signals:
        sig_changed(): persons were imported, merged or erased.
        sig_message(str): a short German note for the status line of the tab.
    """

    sig_changed = Signal()
    """The contact lists must be read again."""
    sig_message = Signal(str)
    """Something was written; the text says what."""

    def __init__(self, *, db: Database, selected_person: Callable[[], int | None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._parent = parent
        self._selected_person = selected_person
        self.ask_save_path: SavePathAsker = save_path_asker(parent)

    def export_menu(self) -> QMenu:
        menu = QMenu(self._parent)
        for file_format, text in (("csv", "CSV für Excel …"), ("xlsx", "Excel (.xlsx) …"),
                                  ("vcf", "vCard für Outlook (.vcf) …")):
            action = menu.addAction(self.tr(text))
            action.triggered.connect(lambda _c=False, f=file_format: self.export_contacts(f))
        return menu

    def gdpr_menu(self) -> QMenu:
        menu = QMenu(self._parent)
        menu.addAction(self.tr("Auskunft (Art. 15) als JSON …")).triggered.connect(
            lambda: self.access_export(".json"))
        menu.addAction(self.tr("Auskunft (Art. 15) als PDF …")).triggered.connect(
            lambda: self.access_export(".pdf"))
        menu.addSeparator()
        menu.addAction(self.tr("Personendaten löschen (Art. 17) …")).triggered.connect(
            self.erase_selected)
        return menu

    def show_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(db=self._db, parent=self._parent)
        dialog.sig_merged.connect(self.sig_changed)
        dialog.show()
        return dialog

    def show_import(self) -> ImportDialog:
        dialog = ImportDialog(db=self._db, parent=self._parent)
        dialog.sig_imported.connect(lambda _count: self.sig_changed.emit())
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
            QMessageBox.warning(self._parent, self.tr("Export"), str(error))
            return None
        self.sig_message.emit(self.tr("%1 Kontakt(e) gespeichert").replace("%1", str(count)))
        return path

    def access_export(self, suffix: str) -> Task[Path] | None:
        """Write the Art. 15 access report (JSON or PDF) on a worker."""
        person_id = self._selected_person()
        if person_id is None:
            QMessageBox.information(self._parent, self.tr("Auskunft"),
                                    self.tr("Bitte zuerst eine Person auswählen."))
            return None
        target = self.ask_save_path(self.tr("Auskunft nach Art. 15 DSGVO"),
                                    f"Auskunft Person {person_id}{suffix}", f"*{suffix}")
        if target is None:
            return None
        writer = gdpr.export_access_json if suffix == ".json" else gdpr.export_access_pdf
        db, now = self._db, datetime.now()
        return run_task(lambda _progress: writer(db, person_id, target, now=now),
                        parent=self._parent, title=self.tr("Auskunft"),
                        on_done=lambda path: self.sig_message.emit(
                            self.tr("Auskunft gespeichert: %1").replace("%1", str(path))))

    def erase_selected(self) -> Task[None] | None:
        """Erase the selected person (Art. 17) on the database worker, after asking; while
        another program reads the database, the progress dialog says that it waits."""
        person_id = self._selected_person()
        if person_id is None:
            return None
        title = self.tr("Personendaten löschen")
        answer = QMessageBox.question(self._parent, title, self.tr(
            "Alle personenbezogenen Daten dieser Person endgültig löschen (Art. 17 DSGVO)? "
            "Die Zahl der Teilnahmen an Sitzungen bleibt anonym erhalten."))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        db = self._db

        def erase(progress: Progress) -> None:
            gdpr.erase_person(db, person_id, on_wait=lambda text: progress(50, text))

        def failed(error: BaseException) -> None:
            if isinstance(error, gdpr.ErasureNotFinished):
                self.sig_changed.emit()

        return run_task(erase, parent=self._parent, title=title, database=True,
                        on_done=lambda _result: self.sig_changed.emit(), on_error=failed)
