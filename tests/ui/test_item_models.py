"""Every item model of the window passes pytest-qt's model tester, filled and empty, and through
the edits it supports (agenda: edit, move by drag and drop)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from app.domain.enums import MeetingFormat, MeetingKind, MeetingStatus, PollAnswer
from app.services.agenda import AgendaEntry
from app.services.polls import Participant, PollGrid, PollOptionRow
from app.services.rows import MeetingRow
from app.ui.meeting.agenda_page import AgendaModel
from app.ui.meeting.poll_page import PollModel
from app.ui.widgets.calendar_grid import CalendarGridModel, grid_start


def test_agenda_model_through_edits_and_moves(qtmodeltester: ModelTester) -> None:
    model = AgendaModel()
    qtmodeltester.check(model)
    model.set_entries([AgendaEntry("Begrüßung", "Geschäftsstelle", 10, 1),
                       AgendaEntry("Bericht der AGs", "AG-Leitungen", 30, 2),
                       AgendaEntry("Verschiedenes")])
    qtmodeltester.check(model)
    assert model.setData(model.index(1, 1), "Berichte der AGs")
    assert model.index(1, 1).data() == "Berichte der AGs"
    mime = model.mimeData([model.index(2, 0)])
    # False on purpose: the model moved the row itself, the view must not remove the source.
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [model.index(row, 1).data() for row in range(3)] == [
        "Verschiedenes", "Begrüßung", "Berichte der AGs"]
    qtmodeltester.check(model)


def test_poll_model(qtmodeltester: ModelTester) -> None:
    model = PollModel()
    qtmodeltester.check(model)
    options = (PollOptionRow(1, datetime(2024, 5, 6, 10), datetime(2024, 5, 6, 12), 1, 0, 0),
               PollOptionRow(2, datetime(2024, 5, 7, 10), datetime(2024, 5, 7, 12), 0, 1, 1))
    participants = (Participant(7, "Erika Muster"), Participant(8, "Max Beispiel"))
    model.set_grid(PollGrid(options, participants,
                            {(1, 7): PollAnswer.YES, (2, 7): PollAnswer.MAYBE,
                             (2, 8): PollAnswer.NO}, 1))
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 2


def test_calendar_grid_model(qtmodeltester: ModelTester) -> None:
    model = CalendarGridModel(weeks=6)
    qtmodeltester.check(model)
    meeting = MeetingRow(1, datetime(2024, 5, 14, 10), datetime(2024, 5, 14, 12),
                         MeetingKind.NETWORK, "", "Netzwerktreffen", MeetingFormat.HYBRID,
                         "Erfurt", MeetingStatus.PLANNED, 20, 0, False)
    model.set_days(grid_start(date(2024, 5, 14), 6), 5, {date(2024, 5, 1): "Tag der Arbeit"},
                   [meeting])
    qtmodeltester.check(model)
    assert model.cell(model.index_of(date(2024, 5, 14))).meetings == (meeting,)
