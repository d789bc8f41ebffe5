"""A tab widget whose pages are built when they are first shown or asked for.

The window paints with light placeholders; only the page the user sees is built (its module
imported, its data read), the others when they are opened or another page needs them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget


@dataclass
class _Page:
    key: str
    title: str
    factory: Callable[[], QWidget]
    widget: QWidget | None = None


class LazyTabs(QTabWidget):
    """Signals:
        sig_page_created(str): the page with this key was built just now.
    """

    sig_page_created = Signal(str)
    """A page was built (its data is read); the key names it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[_Page] = []
        self._ready = False
        self.currentChanged.connect(self._on_current_changed)

    def add_lazy(self, key: str, title: str, factory: Callable[[], QWidget]) -> None:
        self._pages.append(_Page(key, title, factory))
        self.addTab(self._placeholder(), title)

    def set_ready(self, ready: bool = True) -> None:
        """Before the data is there, placeholders stay; from now on pages are built on demand."""
        self._ready = ready
        if ready and self.count():
            self.page(self._pages[self.currentIndex()].key)

    def page(self, key: str) -> QWidget:
        """The page with ``key``, built now if it was not yet."""
        position = next(i for i, page in enumerate(self._pages) if page.key == key)
        page = self._pages[position]
        if page.widget is None:
            page.widget = page.factory()
            current = self.currentIndex()
            blocked = self.blockSignals(True)
            try:
                placeholder = self.widget(position)
                self.removeTab(position)
                self.insertTab(position, page.widget, page.title)
                self.setCurrentIndex(current)
                if placeholder is not None:
                    placeholder.deleteLater()
            finally:
                self.blockSignals(blocked)
            self.sig_page_created.emit(key)
        return page.widget

    def built(self, key: str) -> QWidget | None:
        """The page if it was built, else None (without building it)."""
        return next((page.widget for page in self._pages if page.key == key), None)

    def built_pages(self) -> list[QWidget]:
        return [page.widget for page in self._pages if page.widget is not None]

    def current_key(self) -> str:
        return self._pages[self.currentIndex()].key

    def index_of(self, key: str) -> int:
        """The position of the page with ``key``; -1 for a key no page has."""
        return next((i for i, page in enumerate(self._pages) if page.key == key), -1)

    def _on_current_changed(self, index: int) -> None:
        if self._ready and 0 <= index < len(self._pages):
            self.page(self._pages[index].key)

    def _placeholder(self) -> QWidget:
        widget = QWidget()
        label = QLabel(self.tr("Wird geladen …"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(widget).addWidget(label)
        return widget
