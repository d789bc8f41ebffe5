"""Month and week views of the calendar: a grid of days painting their meetings and holidays.

One model serves both views: a month has six weeks of seven days, a week one row. A delegate
paints each day; the view maps a click in a day to the meeting line under the cursor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.services.rows import MeetingRow
from app.ui.tabs.columns import KIND_COLOURS
from app.ui.widgets.messages import ERROR_RED

AnyIndex = QModelIndex | QPersistentModelIndex
DAY_ROLE = Qt.ItemDataRole.UserRole + 10
WEEKDAY_NAMES = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
LINE_HEIGHT = 17
HEADER_HEIGHT = 18


@dataclass(frozen=True)
class DayCell:
    day: date
    in_focus: bool
    holiday: str
    meetings: tuple[MeetingRow, ...]


def grid_start(anchor: date, weeks: int) -> date:
    """The Monday the grid begins with: the week of ``anchor`` or of the 1st of its month."""
    first = anchor.replace(day=1) if weeks > 1 else anchor
    return first - timedelta(days=first.weekday())


class CalendarGridModel(QAbstractTableModel):
    """``weeks`` rows of seven days starting on a Monday."""

    def __init__(self, *, weeks: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks = weeks
        self._cells: list[DayCell] = []

    def set_days(self, start: date, focus_month: int | None, holidays: dict[date, str],
                 meetings: Sequence[MeetingRow]) -> None:
        by_day: dict[date, list[MeetingRow]] = {}
        for meeting in meetings:
            by_day.setdefault(meeting.starts_at.date(), []).append(meeting)
        self.beginResetModel()
        self._cells = []
        for offset in range(self.weeks * 7):
            day = start + timedelta(days=offset)
            self._cells.append(DayCell(
                day, focus_month is None or day.month == focus_month, holidays.get(day, ""),
                tuple(sorted(by_day.get(day, []), key=lambda m: m.starts_at))))
        self.endResetModel()

    def cell(self, index: AnyIndex) -> DayCell:
        return self._cells[index.row() * 7 + index.column()]

    def index_of(self, day: date) -> QModelIndex:
        for position, cell in enumerate(self._cells):
            if cell.day == day:
                return self.index(position // 7, position % 7)
        return QModelIndex()

    def days(self) -> tuple[date, date]:
        return self._cells[0].day, self._cells[-1].day

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self._cells else self.weeks

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index)
        if role == DAY_ROLE:
            return cell
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(cell)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{cell.day:%d.%m.%Y}: {len(cell.meetings)} Sitzung(en)"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if self.weeks == 1 and self._cells:
                day = self._cells[section].day
                return f"{WEEKDAY_NAMES[section]} {day:%d.%m.}"
            return WEEKDAY_NAMES[section]
        if self._cells:
            return f"KW {self._cells[section * 7].day.isocalendar().week}"
        return None


def _tooltip(cell: DayCell) -> str:
    lines = [f"{cell.day:%d.%m.%Y}"]
    if cell.holiday:
        lines.append(f"Feiertag: {cell.holiday}")
    lines += [f"{m.starts_at:%H:%M}–{m.ends_at:%H:%M} {m.title} ({m.kind.label})"
              for m in cell.meetings]
    return "\n".join(lines)


class CalendarDelegate(QStyledItemDelegate):
    """Paints a day: its number, a holiday in red, then one coloured line per meeting."""

    def __init__(self, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        cell: DayCell = index.data(DAY_ROLE)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        painter.save()
        background = palette.base().color() if cell.in_focus else palette.alternateBase().color()
        if cell.holiday or cell.day.weekday() >= 5:
            background = QColor("#fbf3f3") if cell.holiday else QColor("#f7f7f7")
        painter.fillRect(rect, background)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(palette.highlight().color())
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        self._paint_header(painter, rect, cell)
        self._paint_meetings(painter, rect, cell)
        painter.restore()

    def _paint_header(self, painter: QPainter, rect: QRect, cell: DayCell) -> None:
        normal = QFont(painter.font())
        font = QFont(normal)
        font.setBold(cell.day == self.today)
        painter.setFont(font)
        painter.setPen(QColor("#000000") if cell.in_focus else QColor("#9a9a9a"))
        header = QRect(rect.left() + 4, rect.top() + 1, rect.width() - 8, HEADER_HEIGHT)
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         str(cell.day.day))
        if cell.holiday:
            painter.setPen(QColor(ERROR_RED))
            font.setBold(False)
            painter.setFont(font)
            painter.drawText(header.adjusted(18, 0, 0, 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(
                                 cell.holiday, Qt.TextElideMode.ElideRight, header.width() - 18))
        painter.setFont(normal)

    def _paint_meetings(self, painter: QPainter, rect: QRect, cell: DayCell) -> None:
        lines = visible_lines(rect, len(cell.meetings))
        for number, meeting in enumerate(cell.meetings[:lines]):
            line = line_rect(rect, number)
            painter.fillRect(line, QColor(KIND_COLOURS[meeting.kind]))
            if meeting.protocol_overdue:
                painter.fillRect(QRect(line.left(), line.top(), 3, line.height()),
                                 QColor(ERROR_RED))
            painter.setPen(QColor("#000000"))
            prefix = f"{meeting.group}: " if meeting.group and meeting.group not in meeting.title \
                else ""
            text = f"{meeting.starts_at:%H:%M} {prefix}{meeting.title}"
            painter.drawText(line.adjusted(5, 0, -2, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                              line.width() - 7))
        hidden = len(cell.meetings) - lines
        if hidden > 0:
            painter.setPen(QColor("#555555"))
            painter.drawText(line_rect(rect, lines), Qt.AlignmentFlag.AlignRight,
                             f"+{hidden} weitere")

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        return QSize(110, HEADER_HEIGHT + 4 * LINE_HEIGHT)


def line_rect(cell_rect: QRect, number: int) -> QRect:
    top = cell_rect.top() + HEADER_HEIGHT + 2 + number * LINE_HEIGHT
    return QRect(cell_rect.left() + 2, top, cell_rect.width() - 4, LINE_HEIGHT - 2)


def visible_lines(cell_rect: QRect, count: int) -> int:
    """How many meeting lines fit; one line is kept for "+n weitere" when some do not fit."""
    room = max((cell_rect.height() - HEADER_HEIGHT - 4) // LINE_HEIGHT, 0)
    return count if count <= room else max(room - 1, 0)


class CalendarGridView(QTableView):
    """A month or week grid.

    Signals:
        sig_meeting_activated(int): the user opened the meeting with this id.
        sig_day_activated(object): the user asked for a new meeting on this day (a ``date``).
    """

    sig_meeting_activated = Signal(int)
    """Double-click on a meeting line, or Enter on a day with a single meeting."""
    sig_day_activated = Signal(object)
    """Double-click on the free part of a day, or Enter on a day without meetings."""

    def __init__(self, *, model: CalendarGridModel, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = model
        self.setModel(model)
        self.setItemDelegate(CalendarDelegate(today=today, parent=self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(False)

    def meeting_at(self, position: QPoint) -> int | None:
        index = self.indexAt(position)
        if not index.isValid():
            return None
        cell = self.grid.cell(index)
        rect = self.visualRect(index)
        for number in range(visible_lines(rect, len(cell.meetings))):
            if line_rect(rect, number).contains(position):
                return cell.meetings[number].id
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        position = event.position().toPoint()
        index = self.indexAt(position)
        if not index.isValid():
            return
        meeting_id = self.meeting_at(position)
        if meeting_id is not None:
            self.sig_meeting_activated.emit(meeting_id)
        else:
            self.sig_day_activated.emit(self.grid.cell(index).day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            cell = self.grid.cell(index)
            if len(cell.meetings) >= 1:
                self.sig_meeting_activated.emit(cell.meetings[0].id)
            else:
                self.sig_day_activated.emit(cell.day)
            return
        if event.key() == Qt.Key.Key_Insert and index.isValid():
            self.sig_day_activated.emit(self.grid.cell(index).day)
            return
        super().keyPressEvent(event)

    def selected_day(self) -> date | None:
        index = self.currentIndex()
        return self.grid.cell(index).day if index.isValid() else None
