"""Two editors of one record: optimistic locking with the ``version`` column.

A form remembers the version it loaded. Saving compares it with the stored one; when someone
else saved meanwhile, ``EditConflict`` carries the other version (and who changed it when) so the
user can keep theirs, take the other or copy their text. The typed values live in the form's
draft, outside the ORM objects, so the rollback of the failed save cannot drop them.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.versions import expecting, last_change
from app.domain.errors import DomainError
from app.domain.models import Goal, Membership, Organisation, Person, PilotProject
from app.services.contact_editing import PersonDraft


class EditConflict(DomainError):
    """Someone else saved the record after this form loaded it.

    Attributes:
        theirs: the stored version as a draft.
        version: the stored version number (save again with it to keep one's own values).
        changed_by, changed_at: the last change of the record, if the change log knows it.
    """

    def __init__(self, theirs: PersonDraft, version: int, changed_by: str | None,
                 changed_at: datetime | None) -> None:
        who = f" von {changed_by}" if changed_by else ""
        when = f" am {changed_at:%d.%m.%Y um %H:%M} Uhr" if changed_at else ""
        super().__init__(f"Diese Person wurde inzwischen{who}{when} geändert. Ihre Eingaben "
                         "sind noch im Formular.")
        self.theirs = theirs
        self.version = version
        self.changed_by = changed_by
        self.changed_at = changed_at


def check_person_version(session: Session, person_id: int, expected: int | None) -> None:
    """Raises EditConflict when the stored person is no longer the version the form loaded."""
    if expected is None:
        return
    person = session.get_one(Person, person_id)
    if person.version == expected:
        return
    raise person_conflict(session, person)


def person_conflict(session: Session, person: Person) -> EditConflict:
    from app.services.contact_editing import draft_of_person

    return EditConflict(draft_of_person(person), person.version,
                        *last_change(session, Person, person.id))


EDITABLE: dict[str, type[Any]] = {
    "person": Person, "organisation": Organisation, "goal": Goal, "project": PilotProject,
    "membership": Membership,
}
"""The records whose forms check the loaded version when they save."""


def version_of(db: Database, entity: str, record_id: int | None) -> int | None:
    """The stored version of a record a form is about to edit (None for a new record)."""
    if record_id is None:
        return None
    with db.reading() as session:
        record = session.get(EDITABLE[entity], record_id)
        return None if record is None else int(record.version)


def saving_version(entity: str, record_id: int | None,
                   version: int | None) -> AbstractContextManager[None]:
    """Wrap a form's save: it raises RecordConflict when the record moved past ``version``."""
    return expecting(EDITABLE[entity], record_id, version)
