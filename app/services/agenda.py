"""A meeting's agenda (Tagesordnung): numbered items saved as a whole list in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.domain.enums import MeetingKind
from app.domain.errors import ValidationError
from app.domain.models import AgendaItem, Decision, Meeting, ProtocolNote, Task

MAX_MINUTES = 600
_POSITION_SHIFT = 100_000
"""Existing items move out of the way first, so the unique (meeting, position) never collides."""


@dataclass(frozen=True)
class AgendaEntry:
    """One TOP as the editor holds it; ``id`` is None for an item not saved yet."""

    title: str
    presenter: str = ""
    planned_minutes: int | None = None
    id: int | None = None
    public: bool | None = None
    """Shown on the website (with a public meeting); None: a new TOP's default, public in a
    public event and private elsewhere."""


def load_agenda(db: Database, meeting_id: int) -> list[AgendaEntry]:
    with db.reading() as session:
        items = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                .order_by(AgendaItem.position))
        return [_entry(item) for item in items]


def total_minutes(entries: Sequence[AgendaEntry]) -> int:
    return sum(entry.planned_minutes or 0 for entry in entries)


def validate_entry(entry: AgendaEntry) -> AgendaEntry:
    """The entry with trimmed texts, or a German ValidationError."""
    title = entry.title.strip()
    if not title:
        raise ValidationError("Bitte einen Titel für den TOP eingeben.", field="title")
    if len(title) > 300:
        raise ValidationError("Der Titel des TOP ist zu lang (höchstens 300 Zeichen).",
                              field="title")
    minutes = entry.planned_minutes
    if minutes is not None and not 0 <= minutes <= MAX_MINUTES:
        raise ValidationError(f"Die geplante Dauer muss zwischen 0 und {MAX_MINUTES} Minuten "
                              "liegen.", field="planned_minutes")
    return AgendaEntry(title, entry.presenter.strip(), minutes, entry.id, entry.public)


def save_agenda(db: Database, meeting_id: int,
                entries: Sequence[AgendaEntry]) -> list[AgendaEntry]:
    """Store the agenda in the given order; items left out are removed with their protocol notes.

    Returns:
        The saved entries, with ids for the new ones.
    """
    cleaned = [validate_entry(entry) for entry in entries]
    with db.unit_of_work() as session:
        meeting = session.get_one(Meeting, meeting_id)
        existing = {item.id: item for item in meeting.agenda_items}
        kept = {entry.id for entry in cleaned if entry.id is not None}
        unknown = kept - existing.keys()
        if unknown:
            raise ValidationError("Ein TOP gehört nicht (mehr) zu dieser Sitzung. Bitte die "
                                  "Sitzung neu öffnen.")
        for item_id, item in existing.items():
            if item_id not in kept:
                session.delete(item)
            else:
                item.position += _POSITION_SHIFT
        session.flush()
        saved = [_store(session, meeting, position, entry, existing)
                 for position, entry in enumerate(cleaned, start=1)]
        meeting.updated_at = datetime.now()
        session.flush()
        return [_entry(item) for item in saved]


def _entry(item: AgendaItem) -> AgendaEntry:
    return AgendaEntry(item.title, item.presenter or "", item.planned_minutes, item.id,
                       item.public)


def _store(session: Session, meeting: Meeting, position: int, entry: AgendaEntry,
           existing: dict[int, AgendaItem]) -> AgendaItem:
    item = existing[entry.id] if entry.id is not None else AgendaItem(meeting=meeting)
    item.position = position
    item.title = entry.title
    item.presenter = entry.presenter or None
    item.planned_minutes = entry.planned_minutes
    item.public = (entry.public if entry.public is not None
                   else meeting.kind is MeetingKind.PUBLIC_EVENT)
    session.add(item)
    return item


def has_protocol_content(db: Database, agenda_item_id: int) -> bool:
    """Whether removing this TOP would also remove notes, decisions or tasks of the protocol."""
    with db.reading() as session:
        for model, column in ((ProtocolNote, ProtocolNote.agenda_item_id),
                              (Decision, Decision.agenda_item_id), (Task, Task.agenda_item_id)):
            if session.scalar(select(model.id).where(column == agenda_item_id).limit(1)):
                return True
        return False
