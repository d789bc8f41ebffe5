"""The calendar (Kalender): month, week and list views; holidays of Thüringen; new meetings.

The month and week views query only the days they show, so they stay fast with thousands of
meetings; the list view shows a year.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.enums import MeetingKind
from app.services import contract, meeting_editing, meetings
from app.services.holidays_th import holidays_between
from app.services.meeting_editing import MeetingDraft
from app.services.rows import MeetingRow
from app.ui.dialogs.tasks_dialog import TasksDialog
from app.ui.i18n import label
from app.ui.tabs.columns import meeting_model
from app.ui.widgets.calendar_grid import CalendarGridModel, CalendarGridView, grid_start
from app.ui.widgets.record_table import RecordTable
from app.ui.widgets.year_box import YearBox, default_year

if TYPE_CHECKING:
    from app.ui.meeting.meeting_editor import MeetingEditor

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MONTH_VIEW, WEEK_VIEW, LIST_VIEW = 0, 1, 2


class CalendarTab(QWidget):
    """Signals:
        sig_meetings_changed(): a meeting was created, changed or deleted here.
    """

    sig_meetings_changed = Signal()
    """Other tabs (the cockpit) should refresh."""

    def __init__(self, *, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.anchor = today
        self._rows: list[MeetingRow] = []
        self.editors: list[MeetingEditor] = []
        self._build_filters()
        self._build_views()
        self._build_layout()
        self._connect()
        self.refresh()

    def _build_filters(self) -> None:
        self.view_buttons = QButtonGroup(self)
        self.month_button = QPushButton(self.tr("&Monat"))
        self.week_button = QPushButton(self.tr("Wo&che"))
        self.list_button = QPushButton(self.tr("&Liste"))
        for number, button in enumerate((self.month_button, self.week_button, self.list_button)):
            button.setCheckable(True)
            self.view_buttons.addButton(button, number)
        self.month_button.setChecked(True)
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Zurück (Bild auf)"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Weiter (Bild ab)"))
        self.today_button = QPushButton(self.tr("Heu&te"))
        self.period_label = QLabel()
        self.period_label.setWordWrap(True)
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Alle Arten"), None)
        for kind in MeetingKind:
            self.kind_box.addItem(label(kind.label), kind.value)
        self.group_box = QComboBox()
        self.group_box.addItem(self.tr("Alle AGs"), None)
        for choice in meeting_editing.group_choices(self._db):
            self.group_box.addItem(choice.text.split(" – ")[0], choice.text.split(" – ")[0])
        years = contract.available_years(self._db)
        self.year_box = YearBox(years=years, selected=default_year(years, self._today.year),
                                with_all=True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen (Titel, AG, Ort …)"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&Neue Sitzung …"))
        self.tasks_button = QPushButton(self.tr("Offene Auf&gaben …"))
        self.count_label = QLabel()

    def _build_views(self) -> None:
        self.month_model = CalendarGridModel(weeks=6, parent=self)
        self.week_model = CalendarGridModel(weeks=1, parent=self)
        self.month_view = CalendarGridView(model=self.month_model, today=self._today)
        self.week_view = CalendarGridView(model=self.week_model, today=self._today)
        self.table = RecordTable[MeetingRow](
            placeholder=self.tr(
                "Keine Sitzungen in dieser Auswahl. „Neue Sitzung …“ legt eine an."),
            model=meeting_model())
        self.stack = QStackedWidget()
        for widget in (self.month_view, self.week_view, self.table):
            self.stack.addWidget(widget)

    def _build_layout(self) -> None:
        navigation = QHBoxLayout()
        for button in (self.month_button, self.week_button, self.list_button):
            navigation.addWidget(button)
        navigation.addSpacing(12)
        for step_button in (self.previous_button, self.today_button, self.next_button):
            navigation.addWidget(step_button)
        navigation.addWidget(self.period_label, stretch=1)
        navigation.addWidget(self.tasks_button)
        navigation.addWidget(self.new_button)
        filters = QHBoxLayout()
        boxes: tuple[tuple[str, QComboBox], ...] = (
            (self.tr("Art:"), self.kind_box), (self.tr("AG:"), self.group_box),
            (self.tr("Jahr (Liste):"), self.year_box))
        for text, box in boxes:
            caption = QLabel(text)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box)
        filters.addWidget(self.search, stretch=1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addLayout(filters)
        layout.addWidget(self.stack, stretch=1)

    def _connect(self) -> None:
        self.view_buttons.idClicked.connect(self.show_view)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        for box in (self.kind_box, self.group_box, self.year_box):
            box.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self._apply_search)
        self.new_button.clicked.connect(self._new_on_selected_day)
        self.tasks_button.clicked.connect(self.show_tasks)
        self.table.sig_record_activated.connect(self.open_meeting)
        for view in (self.month_view, self.week_view):
            view.sig_meeting_activated.connect(self.open_meeting)
            view.sig_day_activated.connect(self.new_meeting)

    def current_view(self) -> int:
        return self.stack.currentIndex()

    def show_view(self, view: int) -> None:
        self.stack.setCurrentIndex(view)
        self.view_buttons.button(view).setChecked(True)
        self.year_box.setEnabled(view == LIST_VIEW)
        self.search.setEnabled(view == LIST_VIEW)
        for navigation in (self.previous_button, self.next_button, self.today_button):
            navigation.setEnabled(view != LIST_VIEW)
        self.refresh()

    def step(self, direction: int) -> None:
        if self.current_view() == MONTH_VIEW:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        else:
            self.anchor += timedelta(days=7 * direction)
        self.refresh()

    def show_kind(self, kind: MeetingKind, year: int) -> None:
        """List the meetings of one kind in one year (what a quota of the cockpit counts)."""
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind.value))
        self.group_box.setCurrentIndex(0)
        self.search.clear()
        index = self.year_box.findData(year)
        if index >= 0:
            self.year_box.setCurrentIndex(index)
        self.show_view(LIST_VIEW)

    def go_today(self) -> None:
        self.anchor = self._today
        self.refresh()

    def refresh(self) -> None:
        view = self.current_view()
        if view == LIST_VIEW:
            self._rows = self._filtered(meetings.list_meetings(
                self._db, year=self.year_box.year(), today=self._today))
            self.table.set_rows(self._rows)
            self.period_label.setText(self._quota_text(self.year_box.year()))
        else:
            self._refresh_grid(self.month_model if view == MONTH_VIEW else self.week_model)
        self._update_count()

    def _quota_text(self, year: int | None) -> str:
        """The meeting quotas of the listed year: used / allowed."""
        if year is None:
            return ""
        parts = [f"{label(s.kind.label)} {s.used}/{'—' if s.allowed is None else s.allowed}"
                 for s in contract.quota_status(self._db, year)
                 if s.kind in contract.MEETING_QUOTAS]
        return f"{year}: " + " · ".join(parts)

    def _refresh_grid(self, model: CalendarGridModel) -> None:
        start = grid_start(self.anchor, model.weeks)
        last = start + timedelta(days=model.weeks * 7 - 1)
        self._rows = self._filtered(meetings.list_meetings(self._db, today=self._today,
                                                           days=(start, last)))
        focus = self.anchor.month if model.weeks > 1 else None
        model.set_days(start, focus, holidays_between(start, last), self._rows)
        if model.weeks > 1:
            self.period_label.setText(f"<b>{MONTHS[self.anchor.month - 1]} {self.anchor.year}</b>")
        else:
            week = start.isocalendar().week
            self.period_label.setText(self.tr("<b>KW %1</b>: %2 – %3").replace("%1", str(week))
                                      .replace("%2", f"{start:%d.%m.%Y}")
                                      .replace("%3", f"{last:%d.%m.%Y}"))
        view = self.month_view if model.weeks > 1 else self.week_view
        index = model.index_of(self.anchor)
        if index.isValid():
            view.setCurrentIndex(index)

    def _filtered(self, rows: list[MeetingRow]) -> list[MeetingRow]:
        kind = self.kind_box.currentData()
        group = self.group_box.currentData()
        return [row for row in rows if (kind is None or row.kind.value == kind)
                and (group is None or row.group == group)]

    def _apply_search(self, text: str) -> None:
        self.table.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        count = self.table.visible_rows() if self.current_view() == LIST_VIEW else len(self._rows)
        self.count_label.setText(self.tr("%n Sitzung(en)", "", count))

    def _new_on_selected_day(self) -> None:
        view = self.month_view if self.current_view() == MONTH_VIEW else self.week_view
        day = view.selected_day() if self.current_view() != LIST_VIEW else None
        self.new_meeting(day or self._today)

    def new_meeting(self, day: date) -> MeetingEditor:
        from app.ui.meeting.meeting_editor import MeetingEditor

        start = datetime.combine(day, datetime.min.time()).replace(hour=10)
        kind = MeetingKind(self.kind_box.currentData() or MeetingKind.NETWORK.value)
        proposal = MeetingDraft(kind=kind, title="", starts_at=start,
                                ends_at=start + timedelta(hours=2),
                                public=kind is MeetingKind.PUBLIC_EVENT)
        return self._show_editor(MeetingEditor(db=self._db, today=self._today,
                                               proposal=proposal, parent=self))

    def open_meeting(self, meeting_id: int) -> MeetingEditor:
        from app.ui.meeting.meeting_editor import MeetingEditor

        return self._show_editor(MeetingEditor(db=self._db, today=self._today,
                                               meeting_id=meeting_id, parent=self))

    def _show_editor(self, editor: MeetingEditor) -> MeetingEditor:
        editor.sig_meeting_saved.connect(self._on_meeting_changed)
        editor.sig_meeting_deleted.connect(self._on_meeting_changed)
        editor.finished.connect(lambda _result, e=editor: self._forget(e))
        self.editors.append(editor)
        editor.show()
        return editor

    def _forget(self, editor: MeetingEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
        editor.deleteLater()

    def _on_meeting_changed(self) -> None:
        self.refresh()
        self.sig_meetings_changed.emit()

    def show_tasks(self) -> TasksDialog:
        dialog = TasksDialog(db=self._db, today=self._today, parent=self)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.show()
        return dialog
