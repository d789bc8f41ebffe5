"""Optimistic locking for forms: the version a form loaded is checked when its save begins.

A form's save runs inside ``expecting(model, id, version)``; the first unit of work in that block
compares the stored version (under the write lock on SQLite) and raises ``RecordConflict`` when
someone else saved meanwhile. Services need no extra parameter for it. A save that races past
the check still fails on the ``version`` column (SQLAlchemy's ``version_id_col``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import DomainError
from app.domain.models import ChangeLogEntry, Organisation, Person


@dataclass
class _Expected:
    model: type[Any]
    record_id: int
    version: int
    checked: bool = False


_EXPECTED: ContextVar[tuple[_Expected, ...]] = ContextVar("expected_versions", default=())


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


@contextmanager
def expecting(model: type[Any], record_id: int | None, version: int | None) -> Iterator[None]:
    """Saves in this block must still find ``version`` (nothing is checked for a new record)."""
    if record_id is None or version is None:
        yield
        return
    token = _EXPECTED.set((*_EXPECTED.get(), _Expected(model, record_id, version)))
    try:
        yield
    finally:
        _EXPECTED.reset(token)


def check_expected(session: Session) -> None:
    """Called at the start of each unit of work; each expectation is checked once."""
    for expected in _EXPECTED.get():
        if expected.checked:
            continue
        record = session.get(expected.model, expected.record_id)
        stored = None if record is None else int(record.version)
        if stored != expected.version:
            raise RecordConflict(stored, *last_change(session, expected.model,
                                                      expected.record_id))
        expected.checked = True


def change_log_entity(model: type[Any]) -> str:
    """Persons and organisations are logged by their services under short names."""
    if model is Person:
        return "person"
    if model is Organisation:
        return "organisation"
    return str(model.__tablename__)


def last_change(session: Session, model: type[Any],
                record_id: int) -> tuple[str | None, datetime | None]:
    row = session.execute(
        select(ChangeLogEntry.user_name, ChangeLogEntry.changed_at)
        .where(ChangeLogEntry.entity == change_log_entity(model),
               ChangeLogEntry.entity_id == record_id)
        .order_by(ChangeLogEntry.changed_at.desc(), ChangeLogEntry.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (None, None)
