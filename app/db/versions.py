"""Optimistic locking for forms: the version a form loaded travels with what it saves.

A form keeps a ``LoadedVersion``; the service passes it to ``Database.unit_of_work(expect=…)``,
which compares it with the stored version under the write lock (SQLite) and raises
``RecordConflict`` when someone else saved meanwhile. Because the expectation is a value and not
ambient state, a save run on a worker thread is checked exactly like one on the GUI thread. A save
that races past the check still fails on the ``version`` column (SQLAlchemy's
``version_id_col``) and becomes the same conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import DomainError
from app.domain.models import ChangeLogEntry, Organisation, Person


@dataclass(frozen=True)
class LoadedVersion:
    """Which record a form was loaded from, and at which stored version."""

    model: type[Any]
    record_id: int
    version: int

    def moved_to(self, version: int) -> LoadedVersion:
        """The same record at another version (to save one's own values over theirs)."""
        return replace(self, version=version)


@dataclass
class HeldVersion:
    """The version of a record an editor holds across many saves (the meeting editor and its
    pages): every save checks it, and a save that succeeds moves it to the version it stored."""

    model: type[Any]
    record_id: int
    version: int

    def loaded(self) -> LoadedVersion:
        return LoadedVersion(self.model, self.record_id, self.version)


Expectation = LoadedVersion | HeldVersion
"""What a save expects of the stored record."""

class RecordConflict(DomainError):
    """Someone else saved the record after the form loaded it (their version, who, when)."""

    def __init__(self, version: int | None, changed_by: str | None,
                 changed_at: datetime | None) -> None:
        if version is None:
            message = ("Der Datensatz wurde inzwischen an einem anderen Arbeitsplatz gelöscht. "
                       "Ihre Eingaben sind noch im Formular.")
        else:
            who = f" von {changed_by}" if changed_by else ""
            when = f" am {changed_at:%d.%m.%Y um %H:%M} Uhr" if changed_at else ""
            message = (f"Der Datensatz wurde inzwischen{who}{when} geändert. Ihre Eingaben "
                       "sind noch im Formular.")
        super().__init__(message)
        self.version = version
        self.changed_by = changed_by
        self.changed_at = changed_at


def check_loaded(session: Session, loaded: Expectation | None) -> None:
    """Raises RecordConflict unless the stored record still has the loaded version."""
    if loaded is None:
        return
    record = session.get(loaded.model, loaded.record_id)
    stored = None if record is None else int(record.version)
    if stored != loaded.version:
        raise conflict_of(session, loaded)


def conflict_of(session: Session, loaded: Expectation) -> RecordConflict:
    """The conflict as the stored record stands now (None as version: it was deleted)."""
    session.expire_all()
    record = session.get(loaded.model, loaded.record_id)
    stored = None if record is None else int(record.version)
    return RecordConflict(stored, *last_change(session, loaded.model, loaded.record_id))


def change_log_entity(model: type[Any]) -> str:
    """Persons and organisations are logged by their services under short names."""
    if model is Person:
        return "person"
    if model is Organisation:
        return "organisation"
    return str(model.__tablename__)


def stored_version(session: Session, expected: Expectation) -> int | None:
    """The version of the expected record as this session sees it (after its own flush)."""
    session.flush()
    record = session.get(expected.model, expected.record_id)
    return None if record is None else int(record.version)


def last_change(session: Session, model: type[Any],
                record_id: int) -> tuple[str | None, datetime | None]:
    row = session.execute(
        select(ChangeLogEntry.user_name, ChangeLogEntry.changed_at)
        .where(ChangeLogEntry.entity == change_log_entity(model),
               ChangeLogEntry.entity_id == record_id)
        .order_by(ChangeLogEntry.changed_at.desc(), ChangeLogEntry.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (None, None)
