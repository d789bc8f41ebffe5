"""The search field of the tool bar (Strg+F anywhere): every kind of record in one list as you
type; Up/Down choose, Enter opens, Esc closes the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QWidget

if TYPE_CHECKING:
    from app.services.global_search import Hit, SearchIndex

AnyIndex = QModelIndex | QPersistentModelIndex


class HitModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            detail = f" – {hit.detail}" if hit.detail else ""
            return f"{hit.kind_label}: {hit.title}{detail}"
        return None


class GlobalSearch(QLineEdit):
    """Signals:
        sig_open(str, int): open the record of this ``HitKind`` value and id.
    """

    sig_open = Signal(str, int)
    """The user chose a hit."""
    sig_focused = Signal()
    """The field got the focus: a good moment to read the index."""

    def __init__(self, *, index: Callable[[], SearchIndex | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self.setPlaceholderText(self.tr("Suchen: Personen, Sitzungen, Projekte … (Strg+F)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        # Not the window's first focus: reading the index would compete with the start.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.model = HitModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setWindowFlags(Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                                    | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.results.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.clicked.connect(self._open)
        self.textEdited.connect(self.search)
        self.setAccessibleName(self.tr("Globale Suche"))

    def search(self, text: str) -> list[Hit]:
        """Show the hits of ``text``; none while the index is still being read (the owner
        calls this again when it is there)."""
        index = self._index() if text.strip() else None
        hits = index.find(text) if index is not None else []
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
            self._show_results()
        else:
            self.results.hide()
        return hits

    def _show_results(self) -> None:
        width = max(self.width(), 520)
        rows = min(self.model.rowCount(), 12)
        height = rows * max(self.results.sizeHintForRow(0), 18) + 6
        self.results.setGeometry(self.mapToGlobal(self.rect().bottomLeft()).x(),
                                 self.mapToGlobal(self.rect().bottomLeft()).y(), width, height)
        self.results.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.model.rowCount() - 1,
                             self.results.currentIndex().row() + step))
            self.results.setCurrentIndex(self.model.index(row))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.results.currentIndex()
            if current.isValid() or self.search(self.text()):
                self._open(current if current.isValid() else self.model.index(0))
            return
        if key == Qt.Key.Key_Escape and self.results.isVisible():
            self.results.hide()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.sig_focused.emit()
        super().focusInEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if QApplication.activeWindow() is not self.results:
            self.results.hide()
        super().focusOutEvent(event)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.hits[index.row()]
        self.results.hide()
        self.sig_open.emit(hit.kind.value, hit.id)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.results.close()
        super().closeEvent(event)
