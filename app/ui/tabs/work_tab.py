"""Hours and PR (Stunden & ÖA): time recording against the budgets and public relations work."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.db.database import Database
from app.ui.work.hours_page import HoursPage
from app.ui.work.pr_page import PrPage


class WorkTab(QWidget):
    def __init__(self, *, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours = HoursPage(db=db, today=today)
        self.pr = PrPage(db=db, today=today)
        self.pages = QTabWidget()
        self.pages.addTab(self.hours, self.tr("&Zeiterfassung"))
        self.pages.addTab(self.pr, self.tr("Öffen&tlichkeitsarbeit"))
        QVBoxLayout(self).addWidget(self.pages)

    def refresh(self) -> None:
        self.hours.refresh()
        self.pr.refresh()
