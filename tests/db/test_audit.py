"""Every editable entity leaves an audit trail: who, when, what kind of change, which fields –
never the values."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select

from app.db.database import Database
from app.domain.enums import MeetingKind
from app.domain.models import ChangeLogEntry
from app.services.meeting_editing import (
    MeetingDraft,
    create_meeting,
    delete_meeting,
    load_meeting,
    update_meeting,
)
from app.settings import Settings, save_settings


def _trail(db: Database, entity: str, entity_id: int) -> list[tuple[str, str, str]]:
    with db.reading() as session:
        return [(entry.user_name, entry.action, entry.fields) for entry in session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == entity,
                                         ChangeLogEntry.entity_id == entity_id)
            .order_by(ChangeLogEntry.id))]


def test_a_meeting_is_audited_from_creation_to_deletion(db: Database) -> None:
    save_settings(Settings(user_name="Kathrin Müller"))
    meeting_id = create_meeting(db, MeetingDraft(
        kind=MeetingKind.NETWORK, title="Netzwerktreffen Gera",
        starts_at=datetime(2025, 3, 4, 10), ends_at=datetime(2025, 3, 4, 13), location="Gera"))
    draft = load_meeting(db, meeting_id)
    update_meeting(db, meeting_id, replace(draft, title="Netzwerktreffen Gera (verlegt)",
                                           location="Jena"))
    delete_meeting(db, meeting_id)
    trail = _trail(db, "meetings", meeting_id)
    assert trail == [("Kathrin Müller", "angelegt", ""),
                     ("Kathrin Müller", "geändert", "location, title"),
                     ("Kathrin Müller", "gelöscht", "")]
    with db.reading() as session:
        texts = " ".join(entry.fields for entry in session.scalars(select(ChangeLogEntry)))
    assert "Jena" not in texts and "verlegt" not in texts


def test_an_unchanged_save_leaves_no_entry(db: Database) -> None:
    meeting_id = create_meeting(db, MeetingDraft(
        kind=MeetingKind.OTHER, title="Abstimmung", starts_at=datetime(2025, 3, 4, 10),
        ends_at=datetime(2025, 3, 4, 11), location="Erfurt"))
    update_meeting(db, meeting_id, load_meeting(db, meeting_id))
    assert [action for _user, action, _fields in _trail(db, "meetings", meeting_id)] == [
        "angelegt"]
