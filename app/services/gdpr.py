"""Data-protection rights for one person: access (Art. 15) and erasure (Art. 17).

The access report walks every table that refers to persons, so a new table is included without
changes here; erasure empties the personal fields but keeps the person's anonymous place in
invitations and attendance, so that meeting counts stay right.
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, text, update

from app.db.database import Database
from app.domain.errors import DomainError
from app.domain.models import (
    ChangeLogEntry,
    Membership,
    Organisation,
    Person,
    PollVote,
    distribution_list_members,
)
from app.exports.files import check_suffix, write_bytes_atomically
from app.services import change_log
from app.services.contact_editing import PersonDraft
from app.services.person_references import person_references
from app.services.safety import safety_backup

ERASED_NAME = "Gelöschte Person"


def _json_value(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} Bytes>"
    return value


def access_report(db: Database, person_id: int, *, now: datetime) -> dict[str, Any]:
    """Everything stored about a person: the record itself and every row that refers to it."""
    with db.reading() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise DomainError(f"Eine Person mit der Nummer {person_id} gibt es nicht.")
        record = {f.name: _json_value(getattr(person, f.name)) for f in fields(PersonDraft)}
        organisation = session.scalar(select(Organisation.name).where(
            Organisation.id == person.organisation_id)) if person.organisation_id else None
        references: dict[str, list[dict[str, object]]] = {}
        for reference in person_references():
            rows = session.execute(select(reference.table).where(
                reference.column == person_id)).mappings().all()
            references.setdefault(reference.table.name, []).extend(
                {key: _json_value(value) for key, value in row.items()} for row in rows)
        log = session.execute(select(ChangeLogEntry.changed_at, ChangeLogEntry.user_name,
                                     ChangeLogEntry.action, ChangeLogEntry.fields)
                              .where(ChangeLogEntry.entity == "person",
                                     ChangeLogEntry.entity_id == person_id)).all()
    return {
        "erstellt_am": now.isoformat(timespec="seconds"),
        "rechtsgrundlage": "Auskunft nach Art. 15 DSGVO",
        "person_id": person_id,
        "person": record,
        "organisation": organisation,
        "bezuege": references,
        "aenderungsprotokoll": [{"am": _json_value(at), "von": user, "aktion": action,
                                 "felder": changed} for at, user, action, changed in log],
    }


def export_access_json(db: Database, person_id: int, out: Path, *, now: datetime) -> Path:
    check_suffix(out, (".json",))
    report = access_report(db, person_id, now=now)
    content = json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8")
    return write_bytes_atomically(out, content)


def export_access_pdf(db: Database, person_id: int, out: Path, *, now: datetime) -> Path:
    from app.exports.pdf_access import write_access_pdf

    check_suffix(out, (".pdf",))
    return write_access_pdf(access_report(db, person_id, now=now), out)


def erase_person(db: Database, person_id: int) -> None:
    """Remove the person's personal data (Art. 17); invitations and attendance stay, anonymous.

    SQLite runs with ``secure_delete``, and the write-ahead log is checkpointed afterwards, so
    the old values do not linger in free pages of the file.
    """
    safety_backup(db, "vor-loeschung")
    with db.unit_of_work() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise DomainError(f"Eine Person mit der Nummer {person_id} gibt es nicht.")
        for f in fields(PersonDraft):
            default = f.default
            setattr(person, f.name, None if isinstance(default, str) else default)
        person.first_name = ""
        person.last_name = ERASED_NAME
        person.organisation_id = None
        person.restricted = True
        person.archived = True
        session.execute(delete(Membership).where(Membership.person_id == person_id))
        session.execute(delete(PollVote).where(PollVote.person_id == person_id))
        session.execute(delete(distribution_list_members).where(
            distribution_list_members.c.person_id == person_id))
        for reference in person_references():
            if reference.column.nullable:
                session.execute(update(reference.table).where(reference.column == person_id)
                                .values({reference.column.name: None}))
        change_log.record(session, "person", person_id, "gelöscht (Art. 17)")
    if db.target.is_sqlite:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
