"""Measure the meeting exports and the calendar month view (issue: meetings end to end).

Targets: protocol .docx with 40 TOPs and 80 attendees ≤ 0.3 s; attendance list PDF for 200
invitees ≤ 0.5 s; calendar month view with 5,000 meetings in the database ≤ 0.2 s.

Each figure is the median of several runs, printed next to the median of a fixed CPU baseline
measured in the same run, so results from a busy shared machine can be compared as ratios.

Usage: python benchmarks/bench_meetings.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from app import paths  # noqa: E402
from app.db.database import Database  # noqa: E402
from app.db.location import sqlite_target  # noqa: E402
from app.db.opening import open_database  # noqa: E402
from app.domain.documents.meeting import Sender  # noqa: E402
from app.domain.enums import InvitationResponse, MeetingKind  # noqa: E402
from app.domain.models import Person  # noqa: E402
from app.exports.templates import TemplateKind  # noqa: E402
from app.services import agenda, invitations, meeting_exports, protocols  # noqa: E402
from app.services.demo import DemoSize, fill_demo  # noqa: E402
from app.services.meeting_editing import MeetingDraft, create_meeting  # noqa: E402
from benchmarks.timing import baseline, median_seconds, print_figures  # noqa: E402


def _meeting(db: Database, title: str, tops: int, invitees: int) -> int:
    meeting_id = create_meeting(db, MeetingDraft(
        kind=MeetingKind.NETWORK, title=title, starts_at=datetime(2024, 6, 4, 10),
        ends_at=datetime(2024, 6, 4, 16), location="Erfurt"))
    agenda.save_agenda(db, meeting_id, [agenda.AgendaEntry(f"Thema {n} mit Aussprache",
                                                           "Geschäftsstelle", 10)
                                        for n in range(1, tops + 1)])
    with db.reading() as session:
        person_ids = list(session.scalars(select(Person.id).limit(invitees)))
    invitations.invite_persons(db, meeting_id, person_ids, today=date(2024, 5, 1))
    ids = [row.id for row in invitations.list_invitations(db, meeting_id)]
    invitations.set_responses(db, ids, InvitationResponse.ACCEPTED)
    invitations.set_attendance(db, ids, True)
    return meeting_id


def _write_protocol(db: Database, meeting_id: int) -> None:
    draft = protocols.load_protocol(db, meeting_id)
    tops = tuple(replace(top, discussion="Bericht und Aussprache.\nErgebnis festgehalten.",
                         decisions=(f"Beschluss zu TOP {top.position}.",),
                         tasks=(protocols.TaskEntry(f"Aufgabe aus TOP {top.position}"),))
                 for top in draft.tops)
    protocols.save_protocol(db, replace(draft, tops=tops), today=date(2024, 6, 5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    folder = Path(tempfile.mkdtemp(prefix="bench-meetings-"))
    db = open_database(sqlite_target(folder / "bench.sqlite3"))
    print("Messdatensatz wird angelegt (20.000 Personen, 5.000 Sitzungen) …", flush=True)
    fill_demo(db, DemoSize.LARGE, today=date.today())
    protocol_meeting = _meeting(db, "Protokoll-Messung", tops=40, invitees=80)
    _write_protocol(db, protocol_meeting)
    list_meeting = _meeting(db, "Listen-Messung", tops=3, invitees=200)
    setup = meeting_exports.ExportSetup(
        sender=Sender("Geschäftsstelle", "gs@example.org"),
        shipped_templates=paths.shipped_template_dir(), user_templates=None,
        today=date(2024, 6, 5), now=datetime(2024, 6, 5, 9))

    base = median_seconds(baseline, runs)
    figures = [
        ("Protokoll .docx (40 TOPs, 80 Anwesende)", 0.3, median_seconds(
            lambda: meeting_exports.export_word(db, protocol_meeting, TemplateKind.PROTOCOL,
                                                folder / "protokoll.docx", setup), runs)),
        ("Anwesenheitsliste PDF (200 Eingeladene)", 0.5, median_seconds(
            lambda: meeting_exports.export_attendance_list(db, list_meeting,
                                                           folder / "liste.pdf", setup), runs)),
        ("Kalender-Monatsansicht (5.000 Sitzungen)", 0.2, _month_view_seconds(db, runs)),
    ]
    print_figures(figures, base, runs)
    db.dispose()


def _month_view_seconds(db: Database, runs: int) -> float:
    """Open the calendar tab on a month and paint it, as the user sees it."""
    from PySide6.QtWidgets import QApplication

    from app.ui.tabs.calendar_tab import CalendarTab

    app = QApplication.instance() or QApplication([])

    def open_month() -> None:
        tab = CalendarTab(db=db, today=date(2024, 5, 15))
        tab.resize(1200, 800)
        tab.grab()
        tab.deleteLater()
        app.processEvents()

    return median_seconds(open_month, runs)


if __name__ == "__main__":
    main()
