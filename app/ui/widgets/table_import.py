"""Importing a table from CSV or Excel: choose the file, map its columns, see every row's
problem, import or not. The contact import and the catalogue imports differ only in their
fields, checks and what importing does (the hooks of ``TableImportDialog``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

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

from app.domain.errors import DomainError
from app.services.table_reader import TableData, read_table
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tasks import Progress, Task, run_task
from app.ui.widgets.messages import show_as_error
from app.ui.widgets.record_table import RecordTable

OpenPathAsker = Callable[[], Path | None]
ERROR_COLOUR = QColor("#f8d7da")


class CheckedRow(Protocol):
    @property
    def line(self) -> int: ...

    @property
    def ok(self) -> bool: ...

    @property
    def problems(self) -> tuple[str, ...]: ...

    @property
    def notes(self) -> tuple[str, ...]: ...


class CheckedTable(Protocol):
    @property
    def rows(self) -> Any: ...


Preview = TypeVar("Preview", bound=CheckedTable)


@dataclass(frozen=True)
class ImportSummary:
    """What importing the checked rows would do: the line under the table, the import
    button's text and whether it may be pressed."""

    text: str
    button: str
    enabled: bool


class ImportSteps(Protocol[Preview]):
    """What one kind of import does; the dialog runs the steps, reading and checking on a
    worker, importing on the database worker."""

    def suggest_mapping(self, headers: list[str]) -> dict[int, str]: ...

    def analyse(self, data: TableData, mapping: dict[int, str]) -> Preview: ...

    def summary(self, preview: Preview) -> ImportSummary: ...

    def import_rows(self, preview: Preview, progress: Progress) -> int: ...

    def imported_text(self, imported: int) -> str: ...


class TableImportDialog(QDialog, Generic[Preview]):
    """Signals:
        sig_imported(int): this many records were imported.
    """

    sig_imported = Signal(int)
    """Records were added to the database."""

    def __init__(self, *, steps: ImportSteps[Preview], title: str, placeholder: str,
                 fields: Mapping[str, str], columns: list[Column[Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = steps
        self.title = title
        self.fields = fields
        self.table_data: TableData | None = None
        self.preview: Preview | None = None
        self._check_number = 0
        self.ask_open_path: OpenPathAsker = self._ask_open_path
        self.setWindowTitle(title)
        self.resize(1000, 640)
        self.file_label = QLabel(self.tr("Noch keine Datei gewählt."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Datei wählen …"))
        self.mapping_boxes: list[QComboBox] = []
        self.mapping_area = QScrollArea()
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setMaximumHeight(90)
        self.rows = RecordTable[Any](placeholder=placeholder, model=RowTableModel(
            columns=[Column(self.tr("Zeile"), lambda r: r.line, align_right=True), *columns,
                     Column(self.tr("Problem"), self._row_state)],
            row_id=lambda r: r.line, row_colour=lambda r: None if r.ok else ERROR_COLOUR))
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
            self, self.title, folder,
            self.tr("Tabellen (*.csv *.txt *.xlsx);;Alle Dateien (*)"))
        return Path(chosen) if chosen else None

    def choose_file(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> Task[tuple[TableData, Preview | None]]:
        """Read the file and check its rows on a worker; then show the suggested mapping and
        the checked rows."""

        def work(progress: Progress) -> tuple[TableData, Preview | None]:
            progress(10, self.tr("Datei wird gelesen …"))
            data = read_table(path)
            progress(40, self.tr("Zeilen werden geprüft …"))
            try:
                return data, self._steps.analyse(data, self._steps.suggest_mapping(data.headers))
            except DomainError:
                return data, None

        return run_task(work, parent=self, title=self.title, quiet=True,
                        on_done=lambda result: self._loaded(path, *result),
                        on_error=self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        self.table_data = None
        self.file_label.setText(str(error))
        show_as_error(self.file_label)
        self.rows.set_rows([])
        self.import_button.setEnabled(False)
        self.summary_label.setText("")

    def _loaded(self, path: Path, data: TableData, preview: Preview | None) -> None:
        self.table_data = data
        self.file_label.setStyleSheet("")
        separator = f", Trennzeichen „{data.delimiter}“".replace("\t", "Tab") \
            if data.delimiter else ""
        notes = "".join(f"\n{note}" for note in data.notes)
        self.file_label.setText(f"{path.name} ({data.encoding}{separator}, "
                                f"{len(data.rows)} Zeilen){notes}")
        self._build_mapping(data, self._steps.suggest_mapping(data.headers))
        if preview is None:
            self.check_rows()
        else:
            self._show_preview(preview)

    def _row_state(self, row: CheckedRow) -> str:
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
            for name, caption in self.fields.items():
                box.addItem(caption, name)
            box.setCurrentIndex(max(box.findData(mapping.get(column)), 0))
            box.currentIndexChanged.connect(self.check_rows)
            grid.addWidget(QLabel(header[:40]), 0, column)
            grid.addWidget(box, 1, column)
            self.mapping_boxes.append(box)
        self.mapping_area.setWidget(holder)

    def mapping(self) -> dict[int, str]:
        return {column: box.currentData() for column, box in enumerate(self.mapping_boxes)
                if box.currentData() is not None}

    def check_rows(self) -> Task[Preview] | None:
        """Check every row against the current mapping, on a worker."""
        data = self.table_data
        if data is None:
            return None
        mapping = self.mapping()
        self.import_button.setEnabled(False)
        self._check_number += 1
        number = self._check_number

        def done(preview: Preview) -> None:
            if number == self._check_number:  # a later mapping change supersedes this check
                self._show_preview(preview)

        def failed(error: BaseException) -> None:
            if number == self._check_number:
                self._check_failed(error)

        return run_task(lambda _progress: self._steps.analyse(data, mapping),
                        parent=self, title=self.tr("Zeilen prüfen"), quiet=True,
                        on_done=done, on_error=failed)

    def _check_failed(self, error: BaseException) -> None:
        self.preview = None
        self.summary_label.setText(str(error))
        self.rows.set_rows([])
        self.import_button.setEnabled(False)

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self.rows.set_rows(list(preview.rows))
        summary = self._steps.summary(preview)
        self.summary_label.setText(summary.text)
        self.import_button.setText(summary.button)
        self.import_button.setEnabled(summary.enabled)

    def run_import(self) -> Task[int] | None:
        """Import on the database worker; "Abbrechen" is offered until the commit, and a
        cancelled import leaves the database as it was."""
        preview = self.preview
        if preview is None:
            return None
        self.import_button.setEnabled(False)
        return run_task(lambda progress: self._steps.import_rows(preview, progress), parent=self,
                        title=self.title, cancellable=True, database=True,
                        on_done=self._imported,
                        on_error=lambda _error: self.import_button.setEnabled(True))

    def _imported(self, imported: int) -> None:
        self.summary_label.setText(self._steps.imported_text(imported))
        self.sig_imported.emit(imported)
