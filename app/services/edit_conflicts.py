"""Two editors of one record: which records forms edit with optimistic locking, and the
version a form remembers when it loads one.

The form keeps the ``LoadedVersion`` and hands it to the service's save, which passes it to
``Database.unit_of_work(expect=…)``. The typed values live in the form's draft, outside the ORM
objects, so the rollback of a failed save cannot drop them.
"""

from __future__ import annotations

from typing import Any

from app.db.database import Database
from app.db.versions import LoadedVersion
from app.domain.models import (
    FundingProgramme,
    Goal,
    Initiative,
    KnowledgeCase,
    Membership,
    Organisation,
    Person,
    PilotProject,
)

EDITABLE: dict[str, type[Any]] = {
    "person": Person, "organisation": Organisation, "goal": Goal, "project": PilotProject,
    "membership": Membership, "case": KnowledgeCase, "initiative": Initiative,
    "programme": FundingProgramme,
}
"""The records whose forms check the loaded version when they save."""


def loaded_version(db: Database, entity: str, record_id: int | None) -> LoadedVersion | None:
    """The stored version of a record a form is about to edit (None for a new record)."""
    if record_id is None:
        return None
    model = EDITABLE[entity]
    with db.reading() as session:
        record = session.get(model, record_id)
        return None if record is None else LoadedVersion(model, record_id, int(record.version))
