"""The cockpit (Übersicht): quotas of the year, hour budgets, overdue protocols, next meetings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.db.database import Database
from app.domain.formatting import format_hours, format_share
from app.services import contract, meetings
from app.services.rows import BudgetStatus, QuotaStatus
from app.ui.i18n import label
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tabs.columns import meeting_model
from app.ui.widgets.record_table import RecordTable
from app.ui.widgets.year_box import YearBox, default_year


class OverviewTab(QWidget):
    """Shows the contract's figures for the selected year and what needs attention now.

    Signals:
        sig_meeting_requested(int): the user wants to open the meeting with this id.
    """

    sig_meeting_requested = Signal(int)
    """A meeting was double-clicked in the cockpit."""

    def __init__(self, *, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        years = contract.available_years(db)
        self.year_box = YearBox(years=years, selected=default_year(years, today.year))
        self.quotas = RecordTable[QuotaStatus](model=self._quota_model())
        self.budgets = RecordTable[BudgetStatus](model=self._budget_model())
        self.overdue = RecordTable(model=meeting_model(short=True))
        self.upcoming = RecordTable(model=meeting_model(short=True))
        for table in (self.overdue, self.upcoming):
            table.sig_record_activated.connect(self._open_meeting)
        self._build_layout()
        self.year_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Jahr:")))
        header.addWidget(self.year_box)
        header.addStretch(1)
        grid = QGridLayout()
        self.overdue_box = _boxed(self.tr("Überfällige Protokolle"), self.overdue)
        self.upcoming_box = _boxed(self.tr("Nächste Sitzungen"), self.upcoming)
        grid.addWidget(_boxed(self.tr("Kontingente des Vertrags"), self.quotas), 0, 0)
        grid.addWidget(_boxed(self.tr("Stundenbudgets"), self.budgets), 0, 1)
        grid.addWidget(self.overdue_box, 1, 0)
        grid.addWidget(self.upcoming_box, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(grid, stretch=1)

    def _quota_model(self) -> RowTableModel[QuotaStatus]:
        def name(quota: QuotaStatus) -> str:
            text = label(quota.kind.label)
            return f"{text} – {quota.scope}" if quota.scope else text

        rows: list[Column[QuotaStatus]] = [
            Column(self.tr("Kontingent"), name),
            Column(self.tr("Genutzt"), lambda q: q.used, align_right=True),
            Column(self.tr("Erlaubt"), lambda q: q.allowed, align_right=True),
            Column(self.tr("Anteil"), lambda q: format_share(q.share), align_right=True),
        ]
        return RowTableModel(columns=rows, row_id=lambda _q: 0)

    def _budget_model(self) -> RowTableModel[BudgetStatus]:
        columns: list[Column[BudgetStatus]] = [
            Column(self.tr("Kategorie"), lambda b: b.category),
            Column(self.tr("Zeitraum"), lambda b: f"{b.period_start:%d.%m.%Y} – "
                                                  f"{b.period_end:%d.%m.%Y}"),
            Column(self.tr("Gebucht (h)"), lambda b: format_hours(b.used_minutes),
                   align_right=True),
            Column(self.tr("Budget (h)"), lambda b: b.budget_hours, align_right=True),
            Column(self.tr("Anteil"), lambda b: format_share(b.share), align_right=True),
        ]
        return RowTableModel(columns=columns, row_id=lambda _b: 0)

    def refresh(self) -> None:
        year = self.year_box.year() or self._today.year
        self.quotas.set_rows(contract.quota_status(self._db, year))
        budget_day = min(self._today, date(year, 12, 31))
        self.budgets.set_rows(contract.budget_status(self._db, budget_day))
        overdue = meetings.overdue_protocols(self._db, today=self._today)
        self.overdue.set_rows(overdue)
        self.overdue_box.setTitle(self.tr("Überfällige Protokolle (%n)", "", len(overdue)))
        self.upcoming.set_rows(meetings.list_meetings(self._db, today=self._today,
                                                      upcoming_only=True, limit=20))

    def _open_meeting(self, meeting_id: int) -> None:
        self.sig_meeting_requested.emit(meeting_id)


def _boxed(title: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(content)
    return box
