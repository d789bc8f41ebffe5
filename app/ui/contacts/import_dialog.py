"""Importing contacts from CSV or Excel: map columns, see every row's problem, import the good
rows or not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.db.database import Database
from app.services import contact_import
from app.services.contact_import import IMPORT_FIELDS, ImportPreview
from app.services.table_reader import TableData
from app.ui.models.row_table_model import Column
from app.ui.tasks import Progress
from app.ui.widgets.table_import import ImportSummary, TableImportDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ImportDialog(TableImportDialog[ImportPreview]):
    def __init__(self, *, db: Database, parent: QWidget | None = None) -> None:
        self._db = db
        super().__init__(
            steps=self, title=_tr("Kontakte importieren"),
            placeholder=_tr("Oben „Datei wählen …“: eine CSV- oder Excel-Datei mit Kontakten."),
            fields={name: _tr(caption) for name, caption in IMPORT_FIELDS.items()},
            columns=[
                Column(_tr("Vorname"), lambda r: r.values.get("first_name", "")),
                Column(_tr("Nachname"), lambda r: r.values.get("last_name", "")),
                Column(_tr("Organisation"), lambda r: r.values.get("organisation", "")[:80]),
                Column(_tr("E-Mail"), lambda r: r.values.get("email", "")),
            ], parent=parent)

    def suggest_mapping(self, headers: list[str]) -> dict[int, str]:
        return contact_import.suggest_mapping(headers)

    def analyse(self, data: TableData, mapping: dict[int, str]) -> ImportPreview:
        return contact_import.analyse(self._db, data, mapping)

    def summary(self, preview: ImportPreview) -> ImportSummary:
        good, bad = preview.good, preview.bad
        return ImportSummary(
            self.tr("%1 Zeile(n) fehlerfrei, %2 mit Problem (werden nicht importiert).")
            .replace("%1", str(good)).replace("%2", str(bad)),
            self.tr("%1 Zeile(n) &importieren").replace("%1", str(good)), good > 0)

    def import_rows(self, preview: ImportPreview, progress: Progress) -> int:
        progress(5, self.tr("Sicherung vor dem Import …"))
        steps = iter((30, 60, 90, 100))

        def step() -> None:
            progress.check()
            progress(next(steps, 100))

        return contact_import.import_rows(self._db, preview, progress=step)

    def imported_text(self, imported: int) -> str:
        return self.tr("%1 Person(en) importiert.").replace("%1", str(imported))
