"""A writer process for the crash and backup tests: endless batches, one transaction each.

Each batch writes a person, a meeting with an agenda item, a protocol with a decision and a task,
an invitation and a time entry, all tagged ``B<number>``; after the commit returns, the number
is printed (the acknowledgement). Usage: python crash_writer.py DB [--batches N]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select  # noqa: E402

from app.db.engine import create_engine_for  # noqa: E402
from app.db.location import sqlite_target  # noqa: E402
from app.domain.enums import MeetingKind, TimeCategory  # noqa: E402
from app.domain.models import (  # noqa: E402
    AgendaItem,
    Decision,
    Invitation,
    Meeting,
    Person,
    Protocol,
    StaffMember,
    Task,
    TimeEntry,
)

FILLER = "Protokolltext mit Umlauten äöü ß. " * 60


def write_batch(session: object, number: int, staff_id: int) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    tag = f"B{number}"
    person = Person(first_name="Schreiber", last_name=tag)
    meeting = Meeting(kind=MeetingKind.OTHER, title=tag, starts_at=datetime(2025, 1, 1, 10),
                      ends_at=datetime(2025, 1, 1, 12))
    item = AgendaItem(meeting=meeting, position=1, title=tag)
    session.add_all([person, meeting, item, Protocol(meeting=meeting),
                     Decision(agenda_item=item, text=f"{tag} {FILLER}"),
                     Task(agenda_item=item, description=tag),
                     Invitation(meeting=meeting, person=person)])
    session.flush()
    session.add(TimeEntry(staff_member_id=staff_id, work_date=date(2025, 1, 1), minutes=15,
                          category=TimeCategory.OTHER, meeting_id=meeting.id,
                          description=f"{tag} {FILLER}"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--batches", type=int, default=1_000_000)
    arguments = parser.parse_args()
    from sqlalchemy.orm import Session

    engine = create_engine_for(sqlite_target(arguments.db))
    with Session(engine) as session, session.begin():
        staff = session.scalar(select(StaffMember).where(StaffMember.name == "Schreiber"))
        if staff is None:
            staff = StaffMember(name="Schreiber")
            session.add(staff)
            session.flush()
        staff_id = staff.id
        done = session.scalar(select(func.count()).select_from(Meeting)
                              .where(Meeting.title.like("B%")))
    start = int(done or 0) + 1
    print("bereit", flush=True)
    for number in range(start, start + arguments.batches):
        with Session(engine) as session, session.begin():
            write_batch(session, number, staff_id)
        print(number, flush=True)


if __name__ == "__main__":
    main()
