"""The meeting is the unit two editors lock: a change to any of its parts raises its version.

Agenda items, invitations, the poll, the protocol with its notes, decisions and tasks, and the
attached files are stored in tables of their own. A listener before every flush finds the meeting
each new, changed or deleted part belongs to and marks that meeting changed, so that its
``version`` moves on and an editor that loaded the meeting earlier gets a ``RecordConflict``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.meetings import (
    AgendaItem,
    Attachment,
    Decision,
    Invitation,
    Meeting,
    PollOption,
    PollVote,
    Protocol,
    ProtocolNote,
    Task,
)

_DIRECT = (AgendaItem, Invitation, Protocol, Attachment, PollOption)
"""Parts that name their meeting."""

def install_meeting_versions(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _raise_meeting_versions)


def _meeting_of(session: Session, part: object) -> int | None:
    if isinstance(part, _DIRECT):
        meeting_id = part.meeting_id
        if meeting_id is None and part.meeting is not None:
            meeting_id = part.meeting.id
        return meeting_id
    if isinstance(part, ProtocolNote):
        if part.protocol is not None:
            return part.protocol.meeting_id
        return _scalar(session, select(Protocol.meeting_id).where(Protocol.id == part.protocol_id))
    if isinstance(part, Decision | Task):
        return _scalar(session, select(AgendaItem.meeting_id)
                       .where(AgendaItem.id == part.agenda_item_id))
    if isinstance(part, PollVote):
        return _scalar(session, select(PollOption.meeting_id)
                       .where(PollOption.id == part.option_id))
    return None


def _scalar(session: Session, query: Any) -> int | None:
    value = session.scalar(query)
    return None if value is None else int(value)


def _raise_meeting_versions(session: Session, _context: object, _instances: object) -> None:
    parts = [record for record in (*session.new, *session.dirty, *session.deleted)
             if isinstance(record, (*_DIRECT, ProtocolNote, Decision, Task, PollVote))
             and (record not in session.dirty or session.is_modified(record))]
    if not parts:
        return
    with session.no_autoflush:
        meeting_ids = {_meeting_of(session, part) for part in parts}
        for meeting_id in meeting_ids - {None}:
            meeting = session.get(Meeting, meeting_id)
            if meeting is not None and meeting not in session.deleted:
                meeting.updated_at = datetime.now()
