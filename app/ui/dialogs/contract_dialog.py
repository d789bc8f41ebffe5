"""One contract: client, term, protocol due rule, yearly quotas, hour budgets, reporting periods."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import QuotaKind, TimeCategory
from app.services.contract_editing import (
    MAX_BUDGET_HOURS,
    MAX_DUE_DAYS,
    BudgetEntry,
    ContractDraft,
    PeriodEntry,
    contract_notes,
    contract_problems,
)
from app.ui.dialogs.saving import SavesOnAccept
from app.ui.i18n import DATE_FORMAT, label
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.messages import error_label
from app.ui.widgets.record_table import RecordTable

CONTRACT_LABELS = {
    "client": "Auftraggeber", "title": "Bezeichnung", "starts_on": "Beginn", "ends_on": "Ende",
    "protocol_due_days": "Frist für Protokolle", "protocol_due_working_days": "Frist in",
    "quotas": "Kontingente", "budgets": "Stundenbudgets", "periods": "Berichtszeiträume"}

NumberedBudget = tuple[int, BudgetEntry]
NumberedPeriod = tuple[int, PeriodEntry]


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


class ContractDialog(SavesOnAccept, QDialog):
    def __init__(self, *, draft: ContractDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vertrag"))
        self.resize(860, 640)
        self.client_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.starts_edit = _date_edit(draft.starts_on)
        self.ends_edit = _date_edit(draft.ends_on)
        self.due_spin = QSpinBox()
        self.due_spin.setRange(1, MAX_DUE_DAYS)
        self.due_unit = QComboBox()
        self.due_unit.addItem(self.tr("Arbeitstagen (ohne Wochenenden und Feiertage)"), True)
        self.due_unit.addItem(self.tr("Kalendertagen"), False)
        self.quota_model = QStandardItemModel(self)
        self.quota_view = QTableView()
        self.quota_view.setModel(self.quota_model)
        self.quota_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.budgets: list[BudgetEntry] = []
        self.periods: list[PeriodEntry] = []
        self._build_budget_widgets()
        self._build_period_widgets()
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.error_label = error_label(wrap=True)
        self._build_layout()
        self.set_draft(draft)
        self.starts_edit.dateChanged.connect(self._term_changed)
        self.ends_edit.dateChanged.connect(self._term_changed)

    def _build_budget_widgets(self) -> None:
        columns: list[Column[NumberedBudget]] = [
            Column(self.tr("Kategorie"), lambda row: label(row[1].category.label)),
            Column(self.tr("Stunden"), lambda row: row[1].hours, align_right=True),
            Column(self.tr("Beginn"), lambda row: row[1].period_start),
            Column(self.tr("Ende"), lambda row: row[1].period_end),
        ]
        self.budget_table = RecordTable[NumberedBudget](
            placeholder=self.tr("Keine Stundenbudgets. Unten Kategorie, Stunden und Zeitraum "
                                "wählen und „Hinzufügen“ drücken."),
            model=RowTableModel(columns=columns, row_id=lambda row: row[0]))
        self.budget_category = QComboBox()
        for category in TimeCategory:
            self.budget_category.addItem(label(category.label), category)
        self.budget_hours = QSpinBox()
        self.budget_hours.setRange(1, MAX_BUDGET_HOURS)
        self.budget_hours.setSuffix(" h")
        self.budget_start = _date_edit(date.today())
        self.budget_end = _date_edit(date.today())
        self.add_budget_button = QPushButton(self.tr("Hinzufügen"))
        self.remove_budget_button = QPushButton(self.tr("Entfernen"))
        self.add_budget_button.clicked.connect(self.add_budget)
        self.remove_budget_button.clicked.connect(self._remove_budget)

    def _build_period_widgets(self) -> None:
        columns: list[Column[NumberedPeriod]] = [
            Column(self.tr("Bezeichnung"), lambda row: row[1].title),
            Column(self.tr("Beginn"), lambda row: row[1].start_date),
            Column(self.tr("Ende"), lambda row: row[1].end_date),
            Column(self.tr("Abgabe"), lambda row: row[1].due_date),
        ]
        self.period_table = RecordTable[NumberedPeriod](
            placeholder=self.tr("Keine Berichtszeiträume. Unten Bezeichnung und Daten eingeben "
                                "und „Hinzufügen“ drücken."),
            model=RowTableModel(columns=columns, row_id=lambda row: row[0]))
        self.period_title = QLineEdit()
        self.period_title.setPlaceholderText(self.tr("z. B. Statusbericht 2027"))
        self.period_start = _date_edit(date.today())
        self.period_end = _date_edit(date.today())
        self.period_due = _date_edit(date.today())
        self.add_period_button = QPushButton(self.tr("Hinzufügen"))
        self.remove_period_button = QPushButton(self.tr("Entfernen"))
        self.add_period_button.clicked.connect(self.add_period)
        self.period_title.returnPressed.connect(self.add_period)
        self.remove_period_button.clicked.connect(self._remove_period)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Auftraggeber:"), self.client_edit)
        form.addRow(self.tr("&Bezeichnung:"), self.title_edit)
        term = QHBoxLayout()
        term.addWidget(self.starts_edit)
        term.addWidget(QLabel(self.tr("bis")))
        term.addWidget(self.ends_edit)
        term.addStretch(1)
        form.addRow(self.tr("&Laufzeit:"), term)
        label_widget = form.labelForField(term)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(self.starts_edit)
        due = QHBoxLayout()
        due.addWidget(self.due_spin)
        due.addWidget(self.due_unit, stretch=1)
        form.addRow(self.tr("Protokoll versandt &innerhalb von:"), due)
        due_label = form.labelForField(due)
        if isinstance(due_label, QLabel):
            due_label.setBuddy(self.due_spin)
        tabs = QTabWidget()
        tabs.addTab(self.quota_view, self.tr("&Kontingente je Jahr"))
        tabs.addTab(self._rows_page(self.budget_table, self.budget_category, self.budget_hours,
                                    self.budget_start, self.budget_end, self.add_budget_button,
                                    self.remove_budget_button), self.tr("&Stundenbudgets"))
        tabs.addTab(self._rows_page(self.period_table, self.period_title, self.period_start,
                                    self.period_end, self.period_due, self.add_period_button,
                                    self.remove_period_button), self.tr("Berichts&zeiträume"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr(
            "Kontingente: leere Felder bedeuten „nicht festgelegt“.")))
        layout.addWidget(tabs, stretch=1)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    @staticmethod
    def _rows_page(table: QWidget, *inputs: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table, stretch=1)
        row = QHBoxLayout()
        for widget in inputs:
            row.addWidget(widget)
        layout.addLayout(row)
        return page

    def set_draft(self, draft: ContractDraft) -> None:
        self.client_edit.setText(draft.client)
        self.title_edit.setText(draft.title)
        for edit, value in ((self.starts_edit, draft.starts_on), (self.ends_edit, draft.ends_on)):
            edit.blockSignals(True)
            edit.setDate(QDate(value))
            edit.blockSignals(False)
        self.due_spin.setValue(draft.protocol_due_days)
        self.due_unit.setCurrentIndex(0 if draft.protocol_due_working_days else 1)
        self._show_quotas(dict(draft.quotas))
        self.budgets = list(draft.budgets)
        self.periods = list(draft.periods)
        self._show_rows()

    def _years(self) -> list[int]:
        first, last = _day(self.starts_edit).year, _day(self.ends_edit).year
        return list(range(first, last + 1)) if last - first < 20 else [first]

    def _show_quotas(self, quotas: dict[tuple[int, QuotaKind], int]) -> None:
        years = self._years()
        self.quota_model.clear()
        self.quota_model.setHorizontalHeaderLabels([str(year) for year in years])
        self.quota_model.setVerticalHeaderLabels([label(kind.label) for kind in QuotaKind])
        for row, kind in enumerate(QuotaKind):
            for column, year in enumerate(years):
                value = quotas.get((year, kind))
                item = QStandardItem("" if value is None else str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.quota_model.setItem(row, column, item)

    def quotas(self) -> tuple[dict[tuple[int, QuotaKind], int], list[str]]:
        """The quota grid as values, and a German message for each cell that is no number."""
        values: dict[tuple[int, QuotaKind], int] = {}
        problems: list[str] = []
        for column in range(self.quota_model.columnCount()):
            year = int(self.quota_model.horizontalHeaderItem(column).text())
            for row, kind in enumerate(QuotaKind):
                text = self.quota_model.item(row, column).text().strip()
                if not text:
                    continue
                if not text.isdigit():
                    problems.append(self.tr("„%1“ %2: „%3“ ist keine ganze Zahl.")
                                    .replace("%1", label(kind.label)).replace("%2", str(year))
                                    .replace("%3", text))
                    continue
                values[(year, kind)] = int(text)
        return values, problems

    def _term_changed(self) -> None:
        values, _problems = self.quotas()
        self._show_quotas(values)

    def _show_rows(self) -> None:
        self.budget_table.set_rows(list(enumerate(self.budgets)))
        self.period_table.set_rows(list(enumerate(self.periods)))
        self._show_notes()

    def _show_notes(self) -> None:
        notes = contract_notes(self.draft())
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    def add_budget(self) -> None:
        category = self.budget_category.currentData()
        assert isinstance(category, TimeCategory)
        self.budgets.append(BudgetEntry(category, self.budget_hours.value(),
                                        _day(self.budget_start), _day(self.budget_end)))
        self._show_rows()

    def _remove_budget(self) -> None:
        number = self.budget_table.selected_id()
        if number is not None:
            del self.budgets[number]
            self._show_rows()

    def add_period(self) -> None:
        title = self.period_title.text().strip()
        if not title:
            self.error_label.setText(self.tr("Bitte eine Bezeichnung für den Berichtszeitraum "
                                             "eingeben."))
            return
        self.periods.append(PeriodEntry(title, _day(self.period_start), _day(self.period_end),
                                        _day(self.period_due)))
        self.period_title.clear()
        self.error_label.clear()
        self._show_rows()

    def _remove_period(self) -> None:
        number = self.period_table.selected_id()
        if number is not None:
            del self.periods[number]
            self._show_rows()

    def draft(self) -> ContractDraft:
        quotas, _problems = self.quotas()
        return ContractDraft(
            client=self.client_edit.text(), title=self.title_edit.text(),
            starts_on=_day(self.starts_edit), ends_on=_day(self.ends_edit),
            protocol_due_days=self.due_spin.value(),
            protocol_due_working_days=bool(self.due_unit.currentData()),
            quotas=quotas, budgets=tuple(self.budgets), periods=tuple(self.periods))

    def accept(self) -> None:
        _quotas, cell_problems = self.quotas()
        problems = cell_problems + [message for _field, message in contract_problems(self.draft())]
        if problems:
            self.error_label.setText("\n".join(problems))
            return
        self.error_label.clear()
        if self.stored():
            super().accept()

