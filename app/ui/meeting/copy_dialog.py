"""Sitzung kopieren: the meeting once on another date, or as a series (every N weeks)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.formatting import format_date
from app.services.meeting_copies import MAX_SERIES, series_dates, skipped_days
from app.ui.i18n import DATE_FORMAT


class CopyDialog(QDialog):
    """Asks for the dates of the copies; ``days()`` holds them once accepted."""

    def __init__(self, *, first: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sitzung kopieren"))
        self.date_edit = QDateEdit(QDate(first))
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.series_check = QCheckBox(self.tr("als &Serie wiederholen"))
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, 52)
        self.weeks_spin.setValue(2)
        self.weeks_spin.setPrefix(self.tr("alle "))
        self.weeks_spin.setSuffix(self.tr(" Wochen"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, MAX_SERIES)
        self.count_spin.setValue(6)
        self.count_spin.setSuffix(self.tr(" Termine"))
        self.skip_check = QCheckBox(self.tr("&Feiertage und Wochenenden auslassen"))
        self.skip_check.setChecked(True)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Neues Datum:"), self.date_edit)
        form.addRow("", self.series_check)
        form.addRow(self.tr("&Abstand:"), self.weeks_spin)
        form.addRow(self.tr("A&nzahl:"), self.count_spin)
        form.addRow("", self.skip_check)
        form.addRow(self.preview)
        form.addRow(buttons)
        for signal in (self.date_edit.dateChanged, self.series_check.toggled,
                       self.weeks_spin.valueChanged, self.count_spin.valueChanged,
                       self.skip_check.toggled):
            signal.connect(self._update)
        self._update()

    def _first(self) -> date:
        value = self.date_edit.date().toPython()
        assert isinstance(value, date)
        return value

    def days(self) -> list[date]:
        """The dates of the copies (raises a German ValidationError for impossible input)."""
        if not self.series_check.isChecked():
            return [self._first()]
        return series_dates(self._first(), every_weeks=self.weeks_spin.value(),
                            count=self.count_spin.value(),
                            skip_holidays=self.skip_check.isChecked())

    def _update(self) -> None:
        series = self.series_check.isChecked()
        for widget in (self.weeks_spin, self.count_spin, self.skip_check):
            widget.setEnabled(series)
        try:
            days = self.days()
        except ValidationError as error:
            self.preview.setText(str(error))
            return
        text = self.tr("Termine: %1").replace("%1", ", ".join(format_date(d) for d in days))
        if series and self.skip_check.isChecked():
            skipped = skipped_days(self._first(), every_weeks=self.weeks_spin.value(),
                                   count=self.count_spin.value())
            if skipped:
                text += "\n" + self.tr("Ausgelassen: %1").replace("%1", ", ".join(skipped))
        self.preview.setText(text)

    def accept(self) -> None:
        try:
            self.days()
        except ValidationError:
            return
        super().accept()
