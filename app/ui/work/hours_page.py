"""Time recording: a quick-entry row driven by the keyboard, the budgets as bars, the entries of
a month, and the Excel export of a period."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.documents.hours import TimeEntryRow
from app.domain.enums import TimeCategory
from app.domain.errors import DomainError, ValidationError
from app.domain.formatting import format_hours
from app.services import contract, hours, meetings
from app.services.hours import TimeEntryDraft
from app.ui.dialogs.file_paths import SavePathAsker, save_path_asker
from app.ui.i18n import DATE_FORMAT, label
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.combo import required_enum
from app.ui.widgets.decimal_spin import DecimalSpinBox
from app.ui.widgets.messages import show_as_error
from app.ui.widgets.record_table import RecordTable
from app.ui.widgets.share_bar import budget_colour

BAR_STYLE = "QProgressBar::chunk {{ background-color: {colour}; }}"


def _as_date(value: QDate) -> date:
    day = value.toPython()
    assert isinstance(day, date)
    return day


class HoursPage(QWidget):
    """Signals:
        sig_hours_changed(): an entry was added or removed.
    """

    sig_hours_changed = Signal()
    """The cockpit's budgets should refresh."""

    def __init__(self, *, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.ask_save_path: SavePathAsker = save_path_asker(self)
        self.staff_box = QComboBox()
        for choice in hours.staff_choices(db):
            self.staff_box.addItem(choice.text, choice.id)
        self.date_edit = QDateEdit(QDate(today))
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.hours_spin = DecimalSpinBox()
        self.hours_spin.setRange(0, 24)
        self.hours_spin.setSingleStep(0.25)
        self.hours_spin.setDecimals(2)
        self.hours_spin.setSuffix(" h")
        self.category_box = QComboBox()
        for category in TimeCategory:
            self.category_box.addItem(label(category.label), category)
        self.project_box = QComboBox()
        self.project_box.addItem(self.tr("— kein Projekt —"), None)
        for choice in hours.project_choices(db):
            self.project_box.addItem(choice.text, choice.id)
        self.meeting_box = QComboBox()
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Tätigkeit (Eingabetaste erfasst)"))
        self.add_button = QPushButton(self.tr("&Erfassen"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.budget_box = QGroupBox(self.tr("Stundenbudgets"))
        self.budget_grid = QGridLayout(self.budget_box)
        self.bars: dict[TimeCategory, QProgressBar] = {}
        self.month_edit = QDateEdit(QDate(today))
        self.month_edit.setDisplayFormat("MM.yyyy")
        self.entries = RecordTable[TimeEntryRow](
            placeholder=self.tr(
                "In diesem Monat ist noch keine Zeit erfasst. Oben Tag, Stunden und Tätigkeit "
                "eintragen und „Erfassen“."),
            model=RowTableModel(columns=[
            Column(self.tr("Datum"), lambda e: e.work_date),
            Column(self.tr("Mitarbeiter/in"), lambda e: e.staff),
            Column(self.tr("Stunden"), lambda e: format_hours(round(e.hours * 60)),
                   align_right=True),
            Column(self.tr("Kategorie"), lambda e: e.category),
            Column(self.tr("Projekt/Sitzung"), lambda e: e.subject),
            Column(self.tr("Tätigkeit"), lambda e: e.description)], row_id=lambda e: e.id))
        self.delete_button = QPushButton(self.tr("Eintrag &löschen"))
        self.export_button = QPushButton(self.tr("Excel-E&xport des Monats …"))
        self._build_layout()
        self._connect()
        self._fill_meetings()
        self.refresh()

    def _build_layout(self) -> None:
        entry = QGridLayout()
        for column, widget in enumerate((self.staff_box, self.date_edit, self.hours_spin,
                                         self.category_box)):
            entry.addWidget(widget, 0, column)
        for box in (self.staff_box, self.category_box, self.project_box, self.meeting_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(18)
        entry.addWidget(self.project_box, 1, 0, 1, 2)
        entry.addWidget(self.meeting_box, 1, 2, 1, 2)
        entry.addWidget(self.text_edit, 0, 4, 2, 1)
        entry.addWidget(self.add_button, 0, 5, 2, 1)
        entry.setColumnStretch(4, 1)
        month = QHBoxLayout()
        month.addWidget(QLabel(self.tr("Monat:")))
        month.addWidget(self.month_edit)
        month.addStretch(1)
        month.addWidget(self.delete_button)
        month.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.message_label)
        layout.addWidget(self.budget_box)
        layout.addLayout(month)
        layout.addWidget(self.entries, stretch=1)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_entry)
        self.text_edit.returnPressed.connect(self.add_entry)
        self.month_edit.dateChanged.connect(self.refresh)
        self.date_edit.dateChanged.connect(self._fill_meetings)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_month)

    def _fill_meetings(self) -> None:
        """The meetings of the entry's month, to book time on one of them."""
        day = _as_date(self.date_edit.date())
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self.meeting_box.clear()
        self.meeting_box.addItem(self.tr("— keine Sitzung —"), None)
        for meeting in meetings.list_meetings(self._db, today=self._today, days=(first, last)):
            self.meeting_box.addItem(f"{meeting.starts_at:%d.%m.} {meeting.title}", meeting.id)

    def month(self) -> tuple[date, date]:
        first = _as_date(self.month_edit.date()).replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return first, last

    def refresh(self) -> None:
        self.entries.set_rows(hours.list_entries(self._db, *self.month()))
        self._show_budgets()

    def _show_budgets(self) -> None:
        on = _as_date(self.date_edit.date())
        for row, budget in enumerate(contract.budget_status(self._db, on)):
            bar = self.bars.get(budget.category)
            if bar is None:
                bar = QProgressBar()
                self.bars[budget.category] = bar
                self.budget_grid.addWidget(QLabel(label(budget.category.label)), row, 0)
                self.budget_grid.addWidget(bar, row, 1)
            share = budget.share
            bar.setRange(0, 100)
            bar.setValue(min(round(share * 100), 100))
            bar.setFormat(f"{format_hours(budget.used_minutes)} von {budget.budget_hours} h "
                          f"({share:.0%})".replace("%", " %"))
            bar.setStyleSheet(BAR_STYLE.format(colour=budget_colour(share)))

    def draft(self) -> TimeEntryDraft:
        return TimeEntryDraft(
            staff_member_id=self.staff_box.currentData(),
            work_date=_as_date(self.date_edit.date()), hours=self.hours_spin.value(),
            category=required_enum(self.category_box, TimeCategory),
            project_id=self.project_box.currentData(),
            meeting_id=self.meeting_box.currentData(), description=self.text_edit.text())

    def add_entry(self) -> bool:
        """Store the entry row; asks before the budget would pass 100 %, warns from 80 %."""
        draft = self.draft()
        if draft.staff_member_id is None:
            self._show_problem(self.tr("Bitte zuerst eine Mitarbeiterin oder einen Mitarbeiter "
                                       "anlegen."))
            return False
        check = hours.budget_check(self._db, draft)
        allow = False
        if check.level == "über":
            answer = QMessageBox.question(self, self.tr("Budget überschritten"), check.message
                                          + "\n\n" + self.tr("Trotzdem erfassen?"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            allow = True
        try:
            hours.add_entry(self._db, draft, allow_over_budget=allow)
        except (ValidationError, DomainError) as error:
            self._show_problem(str(error))
            self.hours_spin.setFocus()
            return False
        self.message_label.setStyleSheet("color: #8a5a00;" if check.message else "")
        self.message_label.setText(check.message or self.tr("Erfasst."))
        self.text_edit.clear()
        self.hours_spin.setFocus()
        self.refresh()
        self.sig_hours_changed.emit()
        return True

    def _show_problem(self, message: str) -> None:
        show_as_error(self.message_label)
        self.message_label.setText(message)

    def delete_selected(self) -> None:
        entry_id = self.entries.selected_id()
        if entry_id is not None:
            hours.delete_entry(self._db, entry_id)
            self.refresh()
            self.sig_hours_changed.emit()

    def export_month(self) -> Path | None:
        first, last = self.month()
        target = self.ask_save_path(self.tr("Stunden exportieren"),
                                    f"Stunden {first:%Y-%m}.xlsx", self.tr("Excel (*.xlsx)"))
        if target is None:
            return None
        try:
            path, count = hours.export_hours_xlsx(self._db, first, last, target)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Export"), str(error))
            return None
        self.message_label.setStyleSheet("")
        self.message_label.setText(self.tr("%1 Einträge gespeichert: %2")
                                   .replace("%1", str(count)).replace("%2", str(path)))
        return path

