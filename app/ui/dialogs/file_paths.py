"""Asking where an export goes: one save dialog for every export of the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

SavePathAsker = Callable[[str, str, str], Path | None]
"""(title, suggested file name, file filter) → the chosen path, or None when cancelled.

Widgets keep one as an attribute, so that tests can answer without a modal dialog."""


def ask_save_path(parent: QWidget | None, title: str, name: str,
                  file_filter: str) -> Path | None:
    """The native save dialog, starting in the user's documents folder with ``name``."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name),
                                                  file_filter)
    return Path(chosen) if chosen else None


def save_path_asker(parent: QWidget) -> SavePathAsker:
    """The asker a widget uses by default: the save dialog over ``parent``."""
    return lambda title, name, file_filter: ask_save_path(parent, title, name, file_filter)
