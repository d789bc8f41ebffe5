"""The date poll (Terminabstimmung): candidate dates as columns, participants as rows."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.db.versions import RecordConflict
from app.domain.enums import PollAnswer
from app.domain.errors import ValidationError
from app.services import polls
from app.services.polls import PollGrid
from app.ui.dialogs.conflict_dialog import ConflictHandler
from app.ui.i18n import label
from app.ui.meeting.general_page import DATE_TIME_FORMAT
from app.ui.widgets.calendar_grid import WEEKDAY_NAMES
from app.ui.widgets.record_table import HintingTableView

AnyIndex = QModelIndex | QPersistentModelIndex
ANSWER_COLOURS = {PollAnswer.YES: "#cfe8cf", PollAnswer.MAYBE: "#fbefc5",
                  PollAnswer.NO: "#f4cccc"}
BEST_COLOUR = "#1f5c7a"


class PollModel(QAbstractTableModel):
    """Answers by participant (row) and candidate date (column); the best date is marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = PollGrid((), (), {}, None)

    def set_grid(self, grid: PollGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.grid.participants)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.grid.options)

    def answer(self, index: AnyIndex) -> PollAnswer | None:
        option = self.grid.options[index.column()]
        person = self.grid.participants[index.row()]
        return self.grid.answers.get((option.id, person.id))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        answer = self.answer(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return label(answer.label) if answer else ""
        if role == Qt.ItemDataRole.BackgroundRole and answer is not None:
            return QColor(ANSWER_COLOURS[answer])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.grid.participants[section].name
            return None
        option = self.grid.options[section]
        best = option.id == self.grid.best_option_id
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "★ " if best else ""
            weekday = WEEKDAY_NAMES[option.starts_at.weekday()]
            return (f"{mark}{weekday} {option.starts_at:%d.%m.%Y}\n{option.starts_at:%H:%M}–"
                    f"{option.ends_at:%H:%M}\nja {option.yes} · vielleicht {option.maybe} · "
                    f"nein {option.no}")
        if role == Qt.ItemDataRole.FontRole and best:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and best:
            return QColor(BEST_COLOUR)
        return None


class PollPage(QWidget):
    """Signals:
        sig_date_chosen(): a candidate date became the meeting's date; the poll is closed.
        sig_send_requested(): the user wants the poll as an e-mail draft.
    """

    sig_date_chosen = Signal()
    """The meeting's start and end were set from the poll."""
    sig_send_requested = Signal()
    """Write the poll e-mail (the editor asks where)."""

    def __init__(self, *, db: Database, meeting_id: int, proposal: datetime, today: date,
                 on_conflict: ConflictHandler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._meeting_id = meeting_id
        self._on_conflict = on_conflict
        self.model = PollModel(self)
        self.view = HintingTableView(self.tr(
            "Noch keine Terminvorschläge. Beginn und Ende wählen und „Termin vorschlagen“; die "
            "Eingeladenen erscheinen als Zeilen, sobald jemand eingeladen ist."))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setMinimumSectionSize(150)
        self.starts_edit = QDateTimeEdit(QDateTime(proposal))
        self.ends_edit = QDateTimeEdit(QDateTime(proposal + timedelta(hours=2)))
        for edit in (self.starts_edit, self.ends_edit):
            edit.setDisplayFormat(DATE_TIME_FORMAT)
            edit.setCalendarPopup(True)
        self.add_button = QPushButton(self.tr("Termin vor&schlagen"))
        self.remove_button = QPushButton(self.tr("Vorschlag entfernen"))
        self.choose_button = QPushButton(self.tr("Diesen Termin &übernehmen"))
        self.send_button = QPushButton(self.tr("Abstimmung per E-&Mail versenden …"))
        self.reopen_button = QPushButton(self.tr("Abstimmung wieder ö&ffnen"))
        self.closed_label = QLabel()
        self.closed_label.setStyleSheet("font-weight: bold;")
        self.best_label = QLabel()
        self.answer_buttons = {
            PollAnswer.YES: QPushButton(self.tr("&Ja (J)")),
            PollAnswer.MAYBE: QPushButton(self.tr("&Vielleicht (V)")),
            PollAnswer.NO: QPushButton(self.tr("&Nein (N)")),
            None: QPushButton(self.tr("Keine Angabe (Entf)")),
        }
        self._build_layout()
        self._connect()
        self.refresh()

    def _build_layout(self) -> None:
        proposal = QHBoxLayout()
        proposal.addWidget(QLabel(self.tr("Von:")))
        proposal.addWidget(self.starts_edit)
        proposal.addWidget(QLabel(self.tr("bis:")))
        proposal.addWidget(self.ends_edit)
        proposal.addWidget(self.add_button)
        proposal.addWidget(self.remove_button)
        proposal.addStretch(1)
        proposal.addWidget(self.send_button)
        answers = QHBoxLayout()
        answers.addWidget(QLabel(self.tr("Antwort der Auswahl:")))
        for button in self.answer_buttons.values():
            answers.addWidget(button)
        answers.addStretch(1)
        answers.addWidget(self.choose_button)
        closed = QHBoxLayout()
        closed.addWidget(self.closed_label, stretch=1)
        closed.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.addLayout(closed)
        layout.addLayout(proposal)
        layout.addWidget(self.view, stretch=1)
        layout.addLayout(answers)
        layout.addWidget(self.best_label)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_option)
        self.remove_button.clicked.connect(self.remove_option)
        self.choose_button.clicked.connect(self.choose_date)
        self.send_button.clicked.connect(self.sig_send_requested.emit)
        self.reopen_button.clicked.connect(self.reopen)
        for answer, button in self.answer_buttons.items():
            button.clicked.connect(lambda _checked=False, a=answer: self.set_answer(a))
        for key, answer in (("J", PollAnswer.YES), ("V", PollAnswer.MAYBE),
                            ("N", PollAnswer.NO), ("Del", None)):
            QShortcut(QKeySequence(key), self.view, lambda a=answer: self.set_answer(a))
        self.starts_edit.dateTimeChanged.connect(
            lambda value: self.ends_edit.setDateTime(value.addSecs(2 * 3600)))

    def refresh(self) -> None:
        self.model.set_grid(polls.poll_grid(self._db, self._meeting_id))
        self.view.resizeRowsToContents()
        self.view.horizontalHeader().resizeSections(
            self.view.horizontalHeader().ResizeMode.ResizeToContents)
        best = next((o for o in self.model.grid.options
                     if o.id == self.model.grid.best_option_id), None)
        self.best_label.setText(
            self.tr("Bester Termin: %1").replace("%1", f"{best.starts_at:%d.%m.%Y %H:%M}")
            if best else self.tr("Noch kein bester Termin: es fehlen Zusagen."))
        closed_on = self.model.grid.closed_on
        self.closed_label.setText(self.tr(
            "Abgeschlossen am %1: der Termin ist übernommen, Antworten werden nicht mehr "
            "angenommen.").replace("%1", f"{closed_on:%d.%m.%Y}") if closed_on else "")
        for widget in (self.closed_label, self.reopen_button):
            widget.setVisible(closed_on is not None)
        for widget in (self.add_button, self.remove_button, self.choose_button,
                       self.send_button, *self.answer_buttons.values()):
            widget.setEnabled(closed_on is None)

    def add_option(self) -> None:
        try:
            polls.add_option(self._db, self._meeting_id,
                             _minute(self.starts_edit.dateTime()),
                             _minute(self.ends_edit.dateTime()))
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Terminabstimmung"), str(error))
            return
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return
        self.refresh()

    def _current_option(self) -> int | None:
        index = self.view.currentIndex()
        if index.isValid():
            return self.model.grid.options[index.column()].id
        return self.model.grid.best_option_id

    def remove_option(self) -> None:
        option_id = self._current_option()
        if option_id is None:
            return
        try:
            polls.remove_option(self._db, option_id)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Terminabstimmung"), str(error))
            return
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return
        self.refresh()

    def set_answer(self, answer: PollAnswer | None) -> None:
        """Give the selected cells this answer (None clears them)."""
        indexes = self.view.selectionModel().selectedIndexes()
        try:
            polls.set_answers(self._db, [(self.model.grid.options[index.column()].id,
                                          self.model.grid.participants[index.row()].id)
                                         for index in indexes], answer)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Terminabstimmung"), str(error))
            return
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return
        current = self.view.currentIndex()
        self.refresh()
        if current.isValid():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))

    def choose_date(self) -> None:
        option_id = self._current_option()
        if option_id is None:
            QMessageBox.information(self, self.tr("Terminabstimmung"),
                                    self.tr("Bitte zuerst einen Terminvorschlag auswählen."))
            return
        try:
            polls.choose_option(self._db, self._meeting_id, option_id, today=self._today)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Terminabstimmung"), str(error))
            return
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return
        self.refresh()
        self.sig_date_chosen.emit()

    def reopen(self) -> None:
        try:
            polls.reopen_poll(self._db, self._meeting_id)
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return
        self.refresh()


def _minute(value: QDateTime) -> datetime:
    result = value.toPython()
    assert isinstance(result, datetime)
    return result.replace(second=0, microsecond=0)
