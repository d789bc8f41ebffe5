"""Reports (Berichte): the reporting periods with their due dates and the days remaining."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.db.database import Database
from app.services import contract
from app.services.rows import ReportingPeriodRow
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.record_table import RecordTable


class ReportsTab(QWidget):
    """Lists the reporting periods that the status reports are built for."""

    def __init__(self, *, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        columns: list[Column[ReportingPeriodRow]] = [
            Column(self.tr("Bericht"), lambda p: p.title),
            Column(self.tr("Von"), lambda p: p.start_date),
            Column(self.tr("Bis"), lambda p: p.end_date),
            Column(self.tr("Fällig am"), lambda p: p.due_date),
            Column(self.tr("Tage bis fällig"), self._days_left, align_right=True),
        ]
        self.table = RecordTable[ReportingPeriodRow](model=RowTableModel(columns=columns,
                                                                         row_id=lambda p: p.id))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Berichtszeiträume laut Vertrag")))
        layout.addWidget(self.table, stretch=1)
        self.refresh()

    def _days_left(self, period: ReportingPeriodRow) -> str:
        days = (period.due_date - self._today).days
        return self.tr("%n Tag(e)", "", days) if days >= 0 else self.tr("abgelaufen")

    def refresh(self) -> None:
        self.table.set_rows(contract.list_reporting_periods(self._db))
