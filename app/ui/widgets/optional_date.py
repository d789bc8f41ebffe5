"""A date that may be left empty: a check box and a date field beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from app.ui.i18n import DATE_FORMAT


class OptionalDate(QWidget):
    """A date that may be left empty: a check box and a date field."""

    def __init__(self, text: str, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = QDateEdit(QDate(value or date.today()))
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, stretch=1)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        day = self.edit.date().toPython()
        assert isinstance(day, date)
        return day

    def set_value(self, value: date | None, *, shown: date | None = None) -> None:
        """Show ``value`` (unchecked when None); ``shown`` is the date offered when the box is
        ticked later. Works also while the widgets' signals are blocked."""
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        offered = value if value is not None else shown
        if offered is not None:
            self.edit.setDate(QDate(offered))
