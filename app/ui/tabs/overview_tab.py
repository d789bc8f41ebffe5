"""The cockpit (Übersicht): the contract's quotas and hour budgets of the selected year as bars,
and what needs attention now (overdue protocols, next meetings, tasks and goals coming due, the
next report to the client, catalogue entries to keep current). Every line opens its record."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.enums import QuotaKind
from app.domain.formatting import format_hours, format_share
from app.services import cockpit, contract, meetings
from app.services.cockpit import ReportDue
from app.services.knowledge import CHECK_MONTHS, DRAFT_DAYS, UpkeepRow, catalogue_upkeep
from app.services.protocols import TaskRow
from app.services.rows import BudgetStatus, GoalRow, QuotaStatus
from app.ui.i18n import label
from app.ui.models.row_table_model import Column, Row, RowTableModel
from app.ui.tabs.columns import due_goal_model, due_task_model, meeting_model
from app.ui.widgets.record_table import RecordTable
from app.ui.widgets.share_bar import ShareBarDelegate, budget_colour, quota_colour
from app.ui.widgets.year_box import YearBox, default_year

QUOTA_KINDS = list(QuotaKind)
OVERDUE_SHOWN = 100
"""The cockpit lists the newest overdue protocols; its title counts all of them."""


class OverviewTab(QWidget):
    """Shows the contract's figures for the selected year and what needs attention now.

    Signals:
        sig_meeting_requested(int): open the meeting with this id.
        sig_quota_requested(str): show the records behind a quota (a ``QuotaKind`` value).
        sig_hours_requested(): show the time recording.
        sig_goal_requested(int): open the goal with this id.
        sig_report_requested(int): prepare the report of the reporting period with this id.
        sig_catalogue_requested(str, int): open a programme or case of the catalogue.
    """

    sig_meeting_requested = Signal(int)
    """A meeting, an overdue protocol or a task of a protocol was opened."""
    sig_quota_requested = Signal(str)
    """A quota line was opened."""
    sig_hours_requested = Signal()
    """An hour budget line was opened."""
    sig_goal_requested = Signal(int)
    """A goal coming due was opened."""
    sig_report_requested = Signal(int)
    """The user wants to prepare the report that is due next."""
    sig_catalogue_requested = Signal(str, int)
    """A catalogue entry that needs keeping current was opened (kind, id)."""

    def __init__(self, *, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.report_due: ReportDue | None = None
        years = contract.available_years(db)
        self.year_box = YearBox(years=years, selected=default_year(years, today.year))
        self.quotas = RecordTable[QuotaStatus](
            placeholder=self.tr(
                "Für dieses Jahr sind keine Kontingente eingetragen (Datei → Verträge …)."),
            model=self._quota_model())
        self.budgets = RecordTable[BudgetStatus](
            placeholder=self.tr("Für dieses Jahr sind keine Stundenbudgets eingetragen."),
            model=self._budget_model())
        _add_bar(self.quotas, 3, lambda q: q.share, quota_colour)
        _add_bar(self.budgets, 4, lambda b: b.share, budget_colour)
        self.overdue = RecordTable(placeholder=self.tr("Kein Protokoll überfällig."),
                                   model=meeting_model(short=True))
        self.upcoming = RecordTable(placeholder=self.tr(
            "Keine Sitzungen in den nächsten Wochen. Im Kalender eine Sitzung anlegen."),
            model=meeting_model(short=True))
        self.tasks = RecordTable[TaskRow](
            placeholder=self.tr(
                "Keine Aufgaben fällig. Aufgaben entstehen im Protokoll einer Sitzung."),
            model=due_task_model())
        self.goals = RecordTable[GoalRow](
            placeholder=self.tr(
                "Keine Ziele fällig. Ziele werden im Reiter „Arbeitsgruppen“ gepflegt."),
            model=due_goal_model())
        self.upkeep = RecordTable[UpkeepRow](
            placeholder=self.tr("Der Wissenskatalog ist aktuell."),
            model=RowTableModel(columns=[
                Column(self.tr("Eintrag"), lambda u: u.title),
                Column(self.tr("Warum"), lambda u: u.reason)],
                row_id=lambda u: u.key))
        self.report_label = QLabel()
        self.contract_label = QLabel()
        self.report_button = QPushButton(self.tr("Bericht &vorbereiten …"))
        self._connect()
        self._build_layout()
        self.refresh()

    def _connect(self) -> None:
        for table in (self.overdue, self.upcoming, self.tasks):
            table.sig_record_activated.connect(self.sig_meeting_requested.emit)
        self.quotas.sig_record_activated.connect(
            lambda number: self.sig_quota_requested.emit(QUOTA_KINDS[number].value))
        self.budgets.sig_record_activated.connect(lambda _row: self.sig_hours_requested.emit())
        self.goals.sig_record_activated.connect(self.sig_goal_requested.emit)
        self.upkeep.sig_record_activated.connect(self._request_catalogue_entry)
        self.report_button.clicked.connect(self._request_report)
        self.year_box.currentIndexChanged.connect(self.refresh)

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        year_label = QLabel(self.tr("&Jahr:"))
        year_label.setBuddy(self.year_box)
        header.addWidget(year_label)
        header.addWidget(self.year_box)
        header.addSpacing(16)
        header.addWidget(self.contract_label, stretch=1)
        self.report_frame = QFrame()
        self.report_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.report_frame.setStyleSheet(
            'QFrame[urgent="true"] { background: #fff4d6; }')
        banner = QHBoxLayout(self.report_frame)
        banner.addWidget(self.report_label, stretch=1)
        banner.addWidget(self.report_button)
        self.overdue_box = _boxed(self.tr("Überfällige Protokolle"), self.overdue)
        self.upcoming_box = _boxed(self.tr("Nächste Sitzungen"), self.upcoming)
        self.tasks_box = _boxed(self.tr("Offene Aufgaben, bald fällig"), self.tasks)
        self.goals_box = _boxed(self.tr("Ziele, bald fällig"), self.goals)
        self.upkeep_box = _boxed(self.tr("Wissenskatalog aktuell halten"), self.upkeep)
        grid = QGridLayout()
        grid.addWidget(_boxed(self.tr("Kontingente des Vertrags"), self.quotas), 0, 0)
        grid.addWidget(_boxed(self.tr("Stundenbudgets"), self.budgets), 0, 1)
        grid.addWidget(self.overdue_box, 1, 0)
        grid.addWidget(self.upcoming_box, 1, 1)
        grid.addWidget(self.tasks_box, 2, 0)
        grid.addWidget(self.goals_box, 2, 1)
        grid.addWidget(self.upkeep_box, 3, 0, 1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 2)
        grid.setRowStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.report_frame)
        layout.addLayout(grid, stretch=1)

    def _quota_model(self) -> RowTableModel[QuotaStatus]:
        def name(quota: QuotaStatus) -> str:
            text = label(quota.kind.label)
            return f"{text} – {quota.scope}" if quota.scope else text

        columns: list[Column[QuotaStatus]] = [
            Column(self.tr("Kontingent"), name),
            Column(self.tr("Genutzt"), lambda q: q.used, align_right=True),
            Column(self.tr("Erlaubt"), lambda q: q.allowed, align_right=True),
            Column(self.tr("Anteil"), lambda q: format_share(q.share), align_right=True),
        ]
        return RowTableModel(columns=columns, row_id=lambda q: QUOTA_KINDS.index(q.kind))

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
        self.year_box.set_years(contract.available_years(self._db))
        year = self.year_box.year() or self._today.year
        self.quotas.set_rows(contract.quota_status(self._db, year))
        title = contract.contract_title_for_year(self._db, year)
        self.contract_label.setText(
            self.tr("Vertrag: %1").replace("%1", title) if title is not None
            else self.tr("Für dieses Jahr ist kein Vertrag eingetragen (Datei → Verträge …)."))
        budget_day = min(self._today, date(year, 12, 31))
        self.budgets.set_rows(contract.budget_status(self._db, budget_day))
        overdue = meetings.overdue_protocols(self._db, today=self._today,
                                             limit=OVERDUE_SHOWN)
        self.overdue.set_rows(overdue.newest)
        title = self.tr("Überfällige Protokolle (%n)", "", overdue.count)
        if overdue.count > len(overdue.newest):
            title += self.tr(" – die neuesten %1").replace("%1", str(len(overdue.newest)))
        self.overdue_box.setTitle(title)
        self.upcoming.set_rows(meetings.list_meetings(self._db, today=self._today,
                                                      upcoming_only=True, limit=20))
        tasks = cockpit.tasks_due_soon(self._db, today=self._today)
        self.tasks.set_rows(tasks)
        self.tasks_box.setTitle(self.tr("Offene Aufgaben, fällig in %1 Tagen oder überfällig "
                                        "(%2)").replace("%1", str(cockpit.TASK_HORIZON_DAYS))
                                .replace("%2", str(len(tasks))))
        goals = cockpit.goals_due_soon(self._db, today=self._today)
        self.goals.set_rows(goals)
        self.goals_box.setTitle(self.tr("Ziele, fällig in %1 Tagen oder überfällig (%2)")
                                .replace("%1", str(cockpit.GOAL_HORIZON_DAYS))
                                .replace("%2", str(len(goals))))
        upkeep = catalogue_upkeep(self._db, today=self._today)
        self.upkeep.set_rows(upkeep)
        self.upkeep_box.setTitle(self.tr(
            "Wissenskatalog aktuell halten: Förderprogramme abgelaufen oder seit %1 Monaten "
            "nicht geprüft, Praxisbeispiele über %2 Tage im Entwurf (%3)")
            .replace("%1", str(CHECK_MONTHS)).replace("%2", str(DRAFT_DAYS))
            .replace("%3", str(len(upkeep))))
        self._show_report_due()

    def _request_catalogue_entry(self, key: int) -> None:
        self.sig_catalogue_requested.emit(*UpkeepRow.entry(key))

    def _show_report_due(self) -> None:
        self.report_due = cockpit.next_report_due(self._db, today=self._today)
        self.report_frame.setVisible(self.report_due is not None)
        if self.report_due is None:
            return
        period, days = self.report_due.period, self.report_due.days_left
        if days == 0:
            remaining = self.tr("heute fällig")
        elif days == 1:
            remaining = self.tr("noch 1 Tag")
        else:
            remaining = self.tr("noch %1 Tage").replace("%1", str(days))
        text = (self.tr(
            "<b>Nächster Bericht an den Auftraggeber:</b> %1 (%2 – %3), fällig am %4 – %5")
            .replace("%1", html.escape(period.title))
            .replace("%2", f"{period.start_date:%d.%m.%Y}")
            .replace("%3", f"{period.end_date:%d.%m.%Y}")
            .replace("%4", f"{period.due_date:%d.%m.%Y}").replace("%5", remaining))
        if self.report_due.warning:
            text += "<br>" + html.escape(self.report_due.warning)
        self.report_label.setText(text)
        self.report_frame.setProperty("urgent", self.report_due.urgent)
        self.report_frame.style().unpolish(self.report_frame)
        self.report_frame.style().polish(self.report_frame)

    def _request_report(self) -> None:
        if self.report_due is not None:
            self.sig_report_requested.emit(self.report_due.period.id)


def _add_bar(table: RecordTable[Row], column: int, share: Callable[[Row], float | None],
             colour: Callable[[float], str]) -> None:
    delegate = ShareBarDelegate(model=table.model, share=share, colour=colour, parent=table)
    table.view.setItemDelegateForColumn(column, delegate)


def _boxed(title: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(content)
    return box
