"""The calendar (Kalender) as a list of meetings, coloured by kind, filtered by year, kind, text."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.db.database import Database
from app.domain.enums import MeetingKind
from app.services import contract, meetings
from app.services.rows import MeetingRow
from app.ui.dialogs.open_record import RecordKind, open_record
from app.ui.i18n import label
from app.ui.tabs.columns import meeting_model
from app.ui.widgets.record_table import RecordTable
from app.ui.widgets.year_box import YearBox, default_year


class CalendarTab(QWidget):
    """Lists the meetings of a year; double-click or Enter opens one."""

    def __init__(self, *, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._rows: list[MeetingRow] = []
        years = contract.available_years(db)
        self.year_box = YearBox(years=years, selected=default_year(years, today.year),
                                with_all=True)
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Alle Arten"), None)
        for kind in MeetingKind:
            self.kind_box.addItem(label(kind.label), kind.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen (Titel, AG, Ort …)"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.table = RecordTable[MeetingRow](model=meeting_model())
        self.table.sig_record_activated.connect(self._open_meeting)
        self._build_layout()
        self.year_box.currentIndexChanged.connect(self.refresh)
        self.kind_box.currentIndexChanged.connect(self._apply_kind)
        self.search.textChanged.connect(self._apply_search)
        self.refresh()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        for text, widget in ((self.tr("Jahr:"), self.year_box), (self.tr("Art:"), self.kind_box)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addWidget(self.search, stretch=1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, stretch=1)

    def refresh(self) -> None:
        self._rows = meetings.list_meetings(self._db, year=self.year_box.year(), today=self._today)
        self._apply_kind()

    def _apply_kind(self) -> None:
        kind = self.kind_box.currentData()
        rows = [row for row in self._rows if kind is None or row.kind.value == kind]
        self.table.set_rows(rows)
        self._update_count()

    def _apply_search(self, text: str) -> None:
        self.table.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n Sitzung(en)", "", self.table.visible_rows()))

    def _open_meeting(self, meeting_id: int) -> None:
        open_record(self, self._db, RecordKind.MEETING, meeting_id)
