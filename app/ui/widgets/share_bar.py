"""A table cell drawn as a bar: how much of a quota or budget is used."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.services.hours import WARNING_SHARE
from app.ui.models.row_table_model import Row, RowTableModel
from app.ui.widgets.messages import ERROR_RED

GREEN = "#2e7d32"
ORANGE = "#e69500"
RED = ERROR_RED
BLUE = "#3b6ea8"


EMPTY = "#f4f4f4"


def _luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; text needs at least 4.5)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_colour_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return max(("#000000", "#ffffff"), key=lambda text: contrast(text, background))


def budget_colour(share: float) -> str:
    """Hours against a budget: green, orange from 80 %, red when it is used up."""
    if share >= 1:
        return RED
    return ORANGE if share >= WARNING_SHARE else GREEN


def quota_colour(share: float) -> str:
    """A quota is an upper limit: reaching it is fine, passing it is not."""
    return RED if share > 1 else BLUE


class ShareBarDelegate(QStyledItemDelegate, Generic[Row]):
    """Paints the share of a row as a filled bar behind the cell's text.

    Args:
        model: the model whose rows the view shows.
        share: the used share of a row (1.0 = all of it), or None when there is no limit.
        colour: the bar's colour for a share.
    """

    def __init__(self, *, model: RowTableModel[Row], share: Callable[[Row], float | None],
                 colour: Callable[[float], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._share = share
        self._colour = colour

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        share = self._share(self._model.row_at(index.row()))
        if share is None:
            super().paint(painter, option, index)
            return
        rect = QRect(option.rect).adjusted(3, 3, -3, -3)
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        painter.setPen(QColor("#9e9e9e"))
        painter.setBrush(QColor(EMPTY))
        painter.drawRect(rect)
        filled = QRect(rect)
        filled.setWidth(round(rect.width() * min(share, 1.0)))
        fill = self._colour(share)
        painter.fillRect(filled, QColor(fill))
        text = f"{share:.0%}".replace("%", " %")
        empty = QRect(rect)
        empty.setLeft(filled.right() + 1)
        for part, background in ((filled, fill), (empty, EMPTY)):
            painter.setClipRect(part)
            painter.setPen(QColor(text_colour_on(background)))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
