"""Importing programmes, cases or initiatives from CSV or Excel: the contact import's preview
and row checks, but all or nothing: a file with a bad row imports nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.db.database import Database
from app.services import knowledge_import
from app.services.knowledge_import import CataloguePreview, ImportKind
from app.services.table_reader import TableData
from app.ui.models.row_table_model import Column
from app.ui.tasks import Progress
from app.ui.widgets.table_import import ImportSummary, TableImportDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogueImportDialog", text)


class CatalogueImportDialog(TableImportDialog[CataloguePreview]):
    def __init__(self, *, db: Database, kind: ImportKind, today: date,
                 parent: QWidget | None = None) -> None:
        self._db, self._kind, self._today = db, kind, today
        first, second = kind.required
        super().__init__(
            steps=self, title=_tr("%1 importieren").replace("%1", kind.title),
            placeholder=_tr("Oben „Datei wählen …“: eine CSV- oder Excel-Datei mit einer "
                            "Kopfzeile."),
            fields=kind.fields,
            columns=[Column(kind.fields[first], lambda r: r.values.get(first, "")),
                     Column(kind.fields[second], lambda r: r.values.get(second, ""))],
            parent=parent)

    def suggest_mapping(self, headers: list[str]) -> dict[int, str]:
        return knowledge_import.suggest_mapping(self._kind, headers)

    def analyse(self, data: TableData, mapping: dict[int, str]) -> CataloguePreview:
        return knowledge_import.analyse(self._db, self._kind, data, mapping, today=self._today)

    def summary(self, preview: CataloguePreview) -> ImportSummary:
        bad = len(preview.bad_rows)
        text = self.tr(
            "%1 Zeile(n) mit Problem: Die Datei wird erst eingelesen, wenn alle Zeilen in "
            "Ordnung sind. Bitte in der Datei berichtigen und neu wählen.").replace(
            "%1", str(bad)) if bad else self.tr("Alle %1 Zeile(n) in Ordnung.").replace(
            "%1", str(preview.good))
        return ImportSummary(text, self.tr("%1 Zeile(n) &importieren")
                             .replace("%1", str(preview.good)), not bad and preview.good > 0)

    def import_rows(self, preview: CataloguePreview, progress: Progress) -> int:
        progress(10, self.tr("Sicherung vor dem Import …"))
        return knowledge_import.import_rows(self._db, preview, today=self._today)

    def imported_text(self, imported: int) -> str:
        return self.tr("%1 Eintrag/Einträge importiert.").replace("%1", str(imported))
