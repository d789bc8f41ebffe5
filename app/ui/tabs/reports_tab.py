"""Reports (Berichte): the reporting periods, a preview of a period's figures, the status report
as PDF or Word, and printing it with a preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.documents.report import QuotaLine, ReportData
from app.domain.errors import DomainError
from app.exports.report_text import summary_lines
from app.services import contract
from app.services.report_exports import export_report
from app.services.rows import ReportingPeriodRow
from app.services.status_report import build_report
from app.settings import load_settings
from app.ui.dialogs.file_paths import SavePathAsker, save_path_asker
from app.ui.i18n import DATE_FORMAT
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pdf_printing import PdfPrintPreview, print_file
from app.ui.tasks import Progress, Task, run_task
from app.ui.widgets.record_table import RecordTable


class ReportsTab(QWidget):
    """Choose a period, look at its figures, export or print the status report."""

    def __init__(self, *, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.data: ReportData | None = None
        self.preview_dialog: PdfPrintPreview | None = None
        self.ask_save_path: SavePathAsker = save_path_asker(self)
        self.table = RecordTable[ReportingPeriodRow](
            placeholder=self.tr("Keine Berichtszeiträume eingetragen."),
            model=RowTableModel(columns=[
            Column(self.tr("Bericht"), lambda p: p.title),
            Column(self.tr("Von"), lambda p: p.start_date),
            Column(self.tr("Bis"), lambda p: p.end_date),
            Column(self.tr("Fällig am"), lambda p: p.due_date),
            Column(self.tr("Tage bis fällig"), self._days_left, align_right=True)],
            row_id=lambda p: p.id))
        self.first_edit = self._date_edit(date(today.year, 1, 1))
        self.last_edit = self._date_edit(today)
        self.preview_button = QPushButton(self.tr("&Vorschau"))
        self.pdf_button = QPushButton(self.tr("Als PD&F …"))
        self.docx_button = QPushButton(self.tr("Als Wo&rd …"))
        self.print_button = QPushButton(self.tr("Dr&ucken …"))
        self.status_label = QLabel()
        self.quotas = RecordTable[QuotaLine](
            placeholder=self.tr(
                "Zeitraum wählen und „Vorschau“ drücken: hier stehen dann die Kontingente."),
            model=RowTableModel(columns=[
            Column(self.tr("Kontingent"), lambda q: q.label),
            Column(self.tr("genutzt"), lambda q: q.used, align_right=True),
            Column(self.tr("erlaubt"), lambda q: q.allowed, align_right=True),
            Column(self.tr("Anteil"), lambda q: "" if q.share is None
                   else f"{q.share:.0%}".replace("%", " %"), align_right=True)],
            row_id=lambda q: hash(q.label)))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self._build_layout()
        self.table.view.selectionModel().selectionChanged.connect(self._take_period)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.docx_button.clicked.connect(lambda: self.export(".docx"))
        self.print_button.clicked.connect(self.print_preview)
        self.refresh()

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(QDate(value))
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def _build_layout(self) -> None:
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Zeitraum von:")))
        period.addWidget(self.first_edit)
        period.addWidget(QLabel(self.tr("bis:")))
        period.addWidget(self.last_edit)
        for button in (self.preview_button, self.pdf_button, self.docx_button,
                       self.print_button):
            period.addWidget(button)
        period.addWidget(self.status_label, stretch=1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Berichtszeiträume laut Vertrag (Auswahl übernimmt den "
                                        "Zeitraum)")))
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(period)
        layout.addWidget(self.summary)
        layout.addWidget(self.quotas, stretch=2)

    def _days_left(self, period: ReportingPeriodRow) -> str:
        days = (period.due_date - self._today).days
        return self.tr("%n Tag(e)", "", days) if days >= 0 else self.tr("abgelaufen")

    def refresh(self) -> None:
        self.table.set_rows(contract.list_reporting_periods(self._db))

    def select_period(self, period_id: int) -> None:
        """Select a reporting period; its dates become the report's period and it is previewed."""
        self.table.select_ids([period_id])

    def _take_period(self) -> None:
        period_id = self.table.selected_id()
        period = next((p for p in self.table.model_rows() if p.id == period_id), None)
        if period is not None:
            self.first_edit.setDate(QDate(period.start_date))
            self.last_edit.setDate(QDate(period.end_date))
            self._title = period.title
            self.preview()

    def period(self) -> tuple[date, date]:
        first, last = self.first_edit.date().toPython(), self.last_edit.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return first, last

    def _busy(self, text: str) -> None:
        self.status_label.setText(text)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()

    def _idle(self, text: str) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.status_label.setText(text)

    def preview(self) -> ReportData | None:
        first, last = self.period()
        self._busy(self.tr("Bericht wird zusammengestellt …"))
        try:
            self.data = build_report(self._db, first, last, title=self._period_title(),
                                     today=self._today)
        except DomainError as error:
            self._idle("")
            QMessageBox.warning(self, self.tr("Bericht"), str(error))
            return None
        self._idle("")
        self.quotas.set_rows(list(self.data.quotas))
        self.summary.setText("\n".join(summary_lines(self.data)))
        return self.data

    def _period_title(self) -> str:
        first, last = self.period()
        title = getattr(self, "_title", "")
        period = next((p for p in self.table.model_rows() if p.title == title), None)
        if period is not None and (period.start_date, period.end_date) == (first, last):
            return title
        return ""

    def export(self, suffix: str) -> Task[Path] | None:
        """Write the report as PDF or Word on a worker; the window stays responsive."""
        first, last = self.period()
        target = self.ask_save_path(self.tr("Statusbericht speichern"),
                                    f"Statusbericht {first:%Y-%m-%d} bis {last:%Y-%m-%d}{suffix}",
                                    f"*{suffix}")
        if target is None:
            return None
        self.status_label.setText(self.tr("Bericht wird erstellt …"))
        db, title, today = self._db, self._period_title(), self._today
        sender = load_settings().sender_name

        def work(progress: Progress) -> Path:
            progress(10, self.tr("Bericht wird erstellt …"))
            return export_report(db, first, last, target, sender=sender, title=title,
                                 today=today)

        return run_task(work, parent=self, title=self.tr("Bericht"),
                        on_done=lambda path: self.status_label.setText(
                            self.tr("Gespeichert: %1").replace("%1", str(path))),
                        on_error=lambda _error: self.status_label.setText(""))

    def print_preview(self) -> Task[Path]:
        """Write the report's PDF on a worker, then show its print preview: paper shows
        exactly what the PDF export writes."""
        first, last = self.period()
        db, title, today = self._db, self._period_title(), self._today
        sender = load_settings().sender_name
        target = print_file("Statusbericht")

        def work(progress: Progress) -> Path:
            progress(10, self.tr("Bericht wird für den Druck erstellt …"))
            return export_report(db, first, last, target, sender=sender, title=title,
                                 today=today)

        def show(path: Path) -> None:
            self.preview_dialog = PdfPrintPreview(path, path.stem, self)
            self.preview_dialog.open()

        return run_task(work, parent=self, title=self.tr("Drucken"), on_done=show)
