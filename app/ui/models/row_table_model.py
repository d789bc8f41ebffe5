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
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import LabelledEnum
from app.domain.formatting import format_bool, format_date, format_datetime
from app.domain.search import matches, search_key
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
    if type(value) is str:  # the common case first; a StrEnum is a str but needs its label
        return value
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


def searchable_text(value: object) -> str:
    """The text a filter searches: texts, labels and dates as shown; not yes/no or numbers,
    which would make a single letter or digit match every row."""
    if isinstance(value, bool | int | float):
        return ""
    return display_text(value)


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


_GERMAN_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def _comparable(value: object) -> tuple[int, Any]:
    """Sort keys of any column compare with each other; text sorts as in a German phone book."""
    key = sort_key(value)
    if isinstance(key, int | float):
        return (0, key)
    return (1, str(key).casefold().translate(_GERMAN_FOLD))


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over ``rows`` that filters and sorts itself in Python.

    Filtering and sorting work on lists computed once per ``set_rows``, so a keystroke over
    20,000 rows costs one list comprehension and one reset instead of a Python call per row
    from a proxy model.

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
        self._all: list[Row] = []
        self._search: list[str] | None = None
        self._visible: list[int] = []
        self._needle: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._sort_keys: dict[int, list[tuple[int, Any]]] = {}

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._search = None
        self._sort_keys = {}
        self._visible = self._filtered_and_sorted()
        self.endResetModel()

    def set_needle(self, text: str) -> None:
        """Show only rows whose text contains every word of ``text`` (case, umlauts and
        accents folded: "mueller" finds "Müller" and back)."""
        needle = search_key(text).split()
        if needle == self._needle:
            return
        self.beginResetModel()
        self._needle = needle
        self._visible = self._filtered_and_sorted()
        self.endResetModel()

    def _filtered_and_sorted(self) -> list[int]:
        needle = self._needle
        if needle:
            first, rest = needle[0], needle[1:]
            visible = [number for number, text in enumerate(self._search_texts())
                       if first in text and (not rest or matches(rest, text))]
        else:
            visible = list(range(len(self._all)))
        if self._sort is not None:
            column, order = self._sort
            keys = self._keys(column)
            visible.sort(key=keys.__getitem__,
                         reverse=order == Qt.SortOrder.DescendingOrder)
        return visible

    def _search_texts(self) -> list[str]:
        """Each row's searchable text, folded; built at the first search after new rows, so
        that showing a table does not pay for it."""
        if self._search is None:
            self._search = [search_key(" ".join(searchable_text(column.value(row))
                                                for column in self._columns))
                            for row in self._all]
        return self._search

    def _keys(self, column: int) -> list[tuple[int, Any]]:
        if column not in self._sort_keys:
            value = self._columns[column].value
            self._sort_keys[column] = [_comparable(value(row)) for row in self._all]
        return self._sort_keys[column]

    def row_at(self, row: int) -> Row:
        return self._all[self._visible[row]]

    def total_rows(self) -> int:
        return len(self._all)

    # Qt overrides
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            self._sort = None
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._visible = self._filtered_and_sorted()
        self.layoutChanged.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._all[self._visible[index.row()]]
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
