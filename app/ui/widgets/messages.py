"""The red line that says what keeps a form or a step from going on: one colour and one way to
show a problem everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_RED = "#b00020"
"""Red with 7:1 contrast on white."""
_ERROR_STYLE = f"color: {ERROR_RED};"


def error_label(*, wrap: bool = False, bold: bool = False) -> QLabel:
    """An empty label that shows its text in red."""
    error = QLabel()
    show_as_error(error, bold=bold)
    error.setWordWrap(wrap)
    return error


def show_as_error(label: QLabel, *, bold: bool = False) -> None:
    """Make an existing label (a status or file line) show its text as a problem."""
    label.setStyleSheet(_ERROR_STYLE + (" font-weight: bold;" if bold else ""))
