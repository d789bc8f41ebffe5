"""A sortable, filterable table of records; double-click or Enter opens the record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.ui.models.row_table_model import ROW_ID_ROLE, Row, RowTableModel

HEADER_PADDING = 18
"""Room beside a header's text for the sort arrow and the cell margins."""
WIDEST_COLUMN = 240
"""The widest a column grows by its contents."""


def title_width(header: QHeaderView, title: str) -> int:
    """How wide a column must be to show its header's words whole."""
    return header.fontMetrics().horizontalAdvance(title) + HEADER_PADDING


class HintingTableView(QTableView):
    """A table view that says, while it is empty, what would be there and how to fill it."""

    resized = Signal()
    """The view's width changed (its columns may need fitting again)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = placeholder
        self.setAccessibleDescription(placeholder)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        model = self.model()
        if model is None or (model.rowCount() and model.columnCount()) or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(self.viewport().rect().adjusted(16, 16, -16, -16),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                         self.placeholder)
        painter.end()


class RecordTable(QWidget, Generic[Row]):
    """A table view over a ``RowTableModel`` with sorting and a text filter.

    Signals:
        sig_record_activated(int): the user opened the record with this id.
    """

    sig_record_activated = Signal(int)
    """The user double-clicked a row or pressed Enter on it."""

    def __init__(self, *, placeholder: str, model: RowTableModel[Row],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = HintingTableView(placeholder, self)
        titles = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                  for column in range(model.columnCount())]
        self.view.setAccessibleName(self.tr("Tabelle: %1").replace("%1", ", ".join(titles)))
        self._widths: dict[int, tuple[int, int]] = {}
        """Per column: the least width (its header's words) and the width by contents."""
        self.view.resized.connect(self.fit_columns)
        self.view.setModel(model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        # Column widths come from the first rows only, so 20,000 rows resize instantly.
        self.view.horizontalHeader().setResizeContentsPrecision(100)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setMinimumSectionSize(24)
        self.view.activated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.model.set_rows(rows)
        self._measure_columns()
        self.fit_columns()

    def _measure_columns(self) -> None:
        """Each column's width by its contents (the first rows), never narrower than its
        header's words and capped for long texts; kept for fitting again on a resize."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        self._widths.clear()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            least = title_width(header, str(self.model.headerData(
                section, Qt.Orientation.Horizontal) or ""))
            self._widths[section] = (least, max(least, min(header.sectionSize(section),
                                                           WIDEST_COLUMN)))

    def fit_columns(self) -> None:
        """The measured columns fitted into the view: when they are wider than it, the widest
        give way down to their header's words, so that every column of a laptop-wide table
        stays in view (the text of a long cell is elided; its record shows it whole)."""
        header = self.view.horizontalHeader()
        sections = list(self._widths)
        least = {section: self._widths[section][0] for section in sections}
        widths = {section: self._widths[section][1] for section in sections}
        room = self.view.viewport().width()
        while room > 0 and sum(widths.values()) > room:
            widest = max(sections, key=lambda section: widths[section] - least[section])
            spare = widths[widest] - least[widest]
            if spare <= 0:
                break
            widths[widest] -= min(spare, sum(widths.values()) - room)
        for section, width in widths.items():
            header.resizeSection(section, width)

    def set_filter(self, text: str) -> None:
        self.model.set_needle(text)

    def visible_rows(self) -> int:
        return self.model.rowCount()

    def selected_id(self) -> int | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        value: Any = indexes[0].data(ROW_ID_ROLE)
        return int(value)

    def model_rows(self) -> list[Row]:
        """The rows shown, in their order."""
        return [self.model.row_at(row) for row in range(self.model.rowCount())]

    def selected_ids(self) -> list[int]:
        """The ids of all selected rows, in the order shown."""
        indexes = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [int(index.data(ROW_ID_ROLE)) for index in indexes]

    def select_ids(self, ids: list[int]) -> None:
        """Select the rows with these ids (e.g. again after a refresh)."""
        wanted = set(ids)
        selection = QItemSelection()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ROW_ID_ROLE) in wanted:
                selection.select(index, index)
        if not selection.isEmpty():
            self.view.selectionModel().setCurrentIndex(
                selection.indexes()[0], QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _on_activated(self, index: QModelIndex) -> None:
        record_id = index.data(ROW_ID_ROLE)
        if record_id is not None:
            self.sig_record_activated.emit(int(record_id))
