"""Importing contacts from CSV or Excel: map columns, see every row's problem, import or not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.errors import DomainError
from app.services import contact_import
from app.services.contact_import import IMPORT_FIELDS, ImportPreview, RowCheck
from app.services.table_reader import TableData, read_table
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tasks import Progress, Task, run_task
from app.ui.widgets.record_table import RecordTable

OpenPathAsker = Callable[[], Path | None]
ERROR_COLOUR = QColor("#f8d7da")


class ImportDialog(QDialog):
    """Signals:
        sig_imported(int): this many persons were imported.
    """

    sig_imported = Signal(int)
    """Persons were added to the database."""

    def __init__(self, *, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.table_data: TableData | None = None
        self.preview: ImportPreview | None = None
        self._check_number = 0
        self.ask_open_path: OpenPathAsker = self._ask_open_path
        self.setWindowTitle(self.tr("Kontakte importieren"))
        self.resize(1000, 640)
        self.file_label = QLabel(self.tr("Noch keine Datei gewählt."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Datei wählen …"))
        self.mapping_boxes: list[QComboBox] = []
        self.mapping_area = QScrollArea()
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setMaximumHeight(90)
        self.rows = RecordTable[RowCheck](
            placeholder=self.tr("Oben „Datei wählen …“: eine CSV- oder Excel-Datei mit Kontakten."),
            model=RowTableModel(columns=[
            Column(self.tr("Zeile"), lambda r: r.line, align_right=True),
            Column(self.tr("Vorname"), lambda r: r.values.get("first_name", "")),
            Column(self.tr("Nachname"), lambda r: r.values.get("last_name", "")),
            Column(self.tr("Organisation"), lambda r: r.values.get("organisation", "")[:80]),
            Column(self.tr("E-Mail"), lambda r: r.values.get("email", "")),
            Column(self.tr("Problem"), self._row_state),
        ], row_id=lambda r: r.line, row_colour=lambda r: None if r.ok else ERROR_COLOUR))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Importieren"))
        self.import_button.setEnabled(False)
        close = QPushButton(self.tr("Schließen"))
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, stretch=1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, stretch=1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Spalten zuordnen:")))
        layout.addWidget(self.mapping_area)
        layout.addWidget(self.rows, stretch=1)
        layout.addLayout(bottom)
        self.choose_button.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.run_import)
        close.clicked.connect(self.accept)

    def _ask_open_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Kontakte importieren"), folder,
            self.tr("Tabellen (*.csv *.txt *.xlsx);;Alle Dateien (*)"))
        return Path(chosen) if chosen else None

    def choose_file(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> Task[tuple[TableData, ImportPreview | None]]:
        """Read the file and check its rows on a worker; then show the suggested mapping and
        the checked rows."""
        db = self._db

        def work(progress: Progress) -> tuple[TableData, ImportPreview | None]:
            progress(10, self.tr("Datei wird gelesen …"))
            data = read_table(path)
            progress(40, self.tr("Zeilen werden geprüft …"))
            mapping = contact_import.suggest_mapping(data.headers)
            try:
                return data, contact_import.analyse(db, data, mapping)
            except DomainError:
                return data, None

        return run_task(work, parent=self, title=self.tr("Kontakte importieren"), quiet=True,
                        on_done=lambda result: self._loaded(path, *result),
                        on_error=self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        self.table_data = None
        self.file_label.setText(str(error))
        self.file_label.setStyleSheet("color: #b00020;")
        self.rows.set_rows([])
        self.import_button.setEnabled(False)
        self.summary_label.setText("")

    def _loaded(self, path: Path, data: TableData, preview: ImportPreview | None) -> None:
        self.table_data = data
        self.file_label.setStyleSheet("")
        separator = f", Trennzeichen „{data.delimiter}“".replace("\t", "Tab") \
            if data.delimiter else ""
        notes = "".join(f"\n{note}" for note in data.notes)
        self.file_label.setText(f"{path.name} ({data.encoding}{separator}, "
                                f"{len(data.rows)} Zeilen){notes}")
        self._build_mapping(data, contact_import.suggest_mapping(data.headers))
        if preview is None:
            self.check_rows()
        else:
            self._show_preview(preview)

    def _row_state(self, row: RowCheck) -> str:
        if row.problems:
            return "; ".join(row.problems)
        if row.notes:
            return self.tr("in Ordnung; Hinweis: %1").replace("%1", "; ".join(row.notes))
        return self.tr("in Ordnung")

    def _build_mapping(self, data: TableData, mapping: dict[int, str]) -> None:
        holder = QWidget()
        grid = QGridLayout(holder)
        self.mapping_boxes = []
        for column, header in enumerate(data.headers):
            box = QComboBox()
            box.addItem(self.tr("— nicht übernehmen —"), None)
            for name, caption in IMPORT_FIELDS.items():
                box.addItem(self.tr(caption), name)
            box.setCurrentIndex(max(box.findData(mapping.get(column)), 0))
            box.currentIndexChanged.connect(self.check_rows)
            grid.addWidget(QLabel(header[:40]), 0, column)
            grid.addWidget(box, 1, column)
            self.mapping_boxes.append(box)
        self.mapping_area.setWidget(holder)

    def mapping(self) -> dict[int, str]:
        return {column: box.currentData() for column, box in enumerate(self.mapping_boxes)
                if box.currentData() is not None}

    def check_rows(self) -> Task[ImportPreview] | None:
        """Check every row against the current mapping, on a worker."""
        data = self.table_data
        if data is None:
            return None
        db, mapping = self._db, self.mapping()
        self.import_button.setEnabled(False)
        self._check_number += 1
        number = self._check_number

        def done(preview: ImportPreview) -> None:
            if number == self._check_number:  # a later mapping change supersedes this check
                self._show_preview(preview)

        def failed(error: BaseException) -> None:
            if number == self._check_number:
                self._check_failed(error)

        return run_task(lambda _progress: contact_import.analyse(db, data, mapping),
                        parent=self, title=self.tr("Zeilen prüfen"), quiet=True,
                        on_done=done, on_error=failed)

    def _check_failed(self, error: BaseException) -> None:
        self.preview = None
        self.summary_label.setText(str(error))
        self.rows.set_rows([])
        self.import_button.setEnabled(False)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.rows.set_rows(list(preview.rows))
        good, bad = preview.good, preview.bad
        self.summary_label.setText(self.tr(
            "%1 Zeile(n) fehlerfrei, %2 mit Problem (werden nicht importiert).")
            .replace("%1", str(good)).replace("%2", str(bad)))
        self.import_button.setText(self.tr("%1 Zeile(n) &importieren").replace("%1", str(good)))
        self.import_button.setEnabled(good > 0)

    def run_import(self) -> Task[int] | None:
        """Import the good rows on the database worker; "Abbrechen" is offered until the
        commit, and a cancelled import leaves the database as it was."""
        preview = self.preview
        if preview is None:
            return None
        db = self._db
        self.import_button.setEnabled(False)

        def work(progress: Progress) -> int:
            progress(5, self.tr("Sicherung vor dem Import …"))
            steps = iter((30, 60, 90, 100))

            def step() -> None:
                progress.check()
                progress(next(steps, 100))

            return contact_import.import_rows(db, preview, progress=step)

        return run_task(work, parent=self, title=self.tr("Kontakte importieren"),
                        cancellable=True, database=True, on_done=self._imported,
                        on_error=lambda _error: self.import_button.setEnabled(True))

    def _imported(self, imported: int) -> None:
        self.summary_label.setText(self.tr("%1 Person(en) importiert.")
                                   .replace("%1", str(imported)))
        self.sig_imported.emit(imported)
