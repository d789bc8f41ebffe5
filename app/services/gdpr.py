"""Data-protection rights for one person: access (Art. 15) and erasure (Art. 17).

The access report walks every table that refers to persons, so a new table is included without
changes here; erasure empties the personal fields but keeps the person's anonymous place in
invitations and attendance, so that meeting counts stay right.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from app.db.database import Database
from app.domain.errors import DomainError
from app.domain.models import (
    AgendaItem,
    ChangeLogEntry,
    Membership,
    Organisation,
    Person,
    PollVote,
    Registration,
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
        references["als Vortragende (Tagesordnung)"] = [
            {"sitzung_id": item.meeting_id, "top": item.position, "titel": item.title,
             "vortragende": item.presenter} for item in _presenter_items(
                session, _name_pattern(person.first_name, person.last_name))]
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


LOG_WAIT_SECONDS = 30.0
"""How long an erasure waits for other programs to stop reading, so the old values can go."""


class ErasureNotFinished(DomainError):
    """The person is erased, but another program still reads the database, so the old values
    are still in SQLite's log file next to it."""


def erase_person(db: Database, person_id: int, *, wait: float | None = None,
                 on_wait: Callable[[str], None] | None = None) -> None:
    """Remove the person's personal data (Art. 17); invitations and attendance stay, anonymous.

    The person's name is also taken out of agenda items that name them as presenter. SQLite
    runs with ``secure_delete``; afterwards the write-ahead log is copied into the file and
    emptied, waiting (and saying so through ``on_wait``) while another program is reading,
    so that no old value is left in the file or its log.

    Raises:
        ErasureNotFinished: another program kept reading for ``wait`` seconds (default
            ``LOG_WAIT_SECONDS``); the erasure is
            stored, the log still holds the old values until that program lets go.
    """
    safety_backup(db, "vor-loeschung")
    with db.unit_of_work() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise DomainError(f"Eine Person mit der Nummer {person_id} gibt es nicht.")
        _erase_presenter_mentions(session, person)
        _erase_registrations(session, person)
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
    empty_log(db, wait=wait, on_wait=on_wait)


def empty_log(db: Database, *, wait: float | None = None,
              on_wait: Callable[[str], None] | None = None) -> None:
    """Empty SQLite's write-ahead log so that erased values are gone from it; see
    ``erase_person`` (``wait`` defaults to ``LOG_WAIT_SECONDS``)."""
    deadline = time.monotonic() + (LOG_WAIT_SECONDS if wait is None else wait)
    told = False
    while db.truncate_log():
        if not told and on_wait is not None:
            on_wait("Ein anderes Programm liest gerade in der Datenbank. Es wird gewartet, bis "
                    "es sie freigibt, damit die alten Werte auch aus der Protokolldatei "
                    "verschwinden …")
        told = True
        if time.monotonic() >= deadline:
            raise ErasureNotFinished(
                "Die Daten sind gelöscht, aber ein anderes Programm liest gerade in der "
                "Datenbank. Bis es sie freigibt, stehen die alten Werte noch in der "
                "Protokolldatei neben der Datenbank. Bitte das andere Programm schließen und "
                "die Löschung wiederholen.")
        time.sleep(0.2)


def _name_pattern(first_name: str, last_name: str) -> re.Pattern[str] | None:
    """The person's name as it could be typed into a presenter field: "Anna Berg",
    "Berg, Anna", "A. Berg" (any case, any spacing)."""
    first, last = first_name.strip(), last_name.strip()
    if not first or not last:
        return None
    space = r"\s+"
    first_forms = "|".join(re.escape(form) for form in (first, f"{first[0]}."))
    return re.compile(rf"(?:(?:{first_forms}){space}{re.escape(last)}"
                      rf"|{re.escape(last)},{space}{re.escape(first)})", re.IGNORECASE)


def _presenter_items(session: Session, pattern: re.Pattern[str] | None) -> list[AgendaItem]:
    """The agenda items whose presenter field names the person ``pattern`` matches."""
    if pattern is None:
        return []
    candidates = session.scalars(select(AgendaItem).where(AgendaItem.presenter.is_not(None)))
    return [item for item in candidates if pattern.search(item.presenter or "")]


def _erase_registrations(session: Session, person: Person) -> None:
    """Event registrations of the person (linked, or made with the same address) keep only
    that someone came; name, address, organisation and consents go."""
    condition = Registration.person_id == person.id
    if person.email:
        condition = or_(condition, func.lower(Registration.email) == person.email.lower())
    for registration in session.scalars(select(Registration).where(condition)):
        registration.name = ERASED_NAME
        registration.email = None
        registration.organisation = None
        registration.photo_consent = False
        registration.publication_consent = False


def _erase_presenter_mentions(session: Session, person: Person) -> None:
    pattern = _name_pattern(person.first_name, person.last_name)
    if pattern is None:
        return
    for item in _presenter_items(session, pattern):
        item.presenter = pattern.sub(ERASED_NAME, item.presenter or "")
