"""One table model for every list: columns over a list of frozen row dataclasses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import LabelledEnum
from app.domain.formatting import format_bool, format_date, format_datetime
from app.ui.i18n import label

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[Row]):
    """A column: its German header and how to read its value from a row."""

    header: str
    value: Callable[[Row], object]
    align_right: bool = False


def display_text(value: object) -> str:
    """German display text for a value of a row."""
    if value is None:
        return ""
    if isinstance(value, LabelledEnum):
        return label(value.label)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, bool):
        return format_bool(value)
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def sort_key(value: object) -> object:
    """A key Qt can compare: numbers stay numbers, dates become ISO text."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return display_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over ``rows``; ``row_id`` gives the record id behind each row.

    Args:
        columns: the columns to show.
        row_id: the id of the record a row stands for (used to open it).
        row_colour: an optional background colour per row (e.g. a meeting's kind).
    """

    def __init__(self, *, columns: Sequence[Column[Row]], row_id: Callable[[Row], int],
                 row_colour: Callable[[Row], QColor | None] | None = None) -> None:
        super().__init__()
        self._columns = list(columns)
        self._row_id = row_id
        self._row_colour = row_colour
        self._rows: list[Row] = []
        self._search: list[str] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [" ".join(display_text(column.value(row)) for column in self._columns)
                        .casefold() for row in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        """The lower-cased text of every column of a row, computed once for fast filtering."""
        return self._search[row]

    # Qt overrides
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(column.value(row))
        if role == SORT_ROLE:
            return sort_key(column.value(row))
        if role == ROW_ID_ROLE:
            return self._row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._row_colour is not None:
            colour = self._row_colour(row)
            return QBrush(colour) if colour is not None else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return str(section + 1)


class RowFilterProxy(QSortFilterProxyModel):
    """Sorts by the raw values and filters on the precomputed text of each row."""

    def __init__(self) -> None:
        super().__init__()
        self._needle = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return all(word in model.search_text(source_row) for word in self._needle.split())
