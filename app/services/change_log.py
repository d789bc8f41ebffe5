"""The change log of contacts: who changed which fields when, never the values themselves."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.audit import current_user
from app.db.database import Database
from app.domain.models import ChangeLogEntry

__all__ = ["ChangeRow", "changes_of", "current_user", "record"]


def record(session: Session, entity: str, entity_id: int, action: str,
           fields: Iterable[str] = ()) -> None:
    session.add(ChangeLogEntry(changed_at=datetime.now().replace(microsecond=0),
                               user_name=current_user(session), entity=entity,
                               entity_id=entity_id, action=action,
                               fields=", ".join(sorted(fields))[:1000]))


@dataclass(frozen=True)
class ChangeRow:
    changed_at: datetime
    user_name: str
    action: str
    fields: str


def changes_of(db: Database, entity: str, entity_id: int) -> list[ChangeRow]:
    query = (select(ChangeLogEntry.changed_at, ChangeLogEntry.user_name, ChangeLogEntry.action,
                    ChangeLogEntry.fields)
             .where(ChangeLogEntry.entity == entity, ChangeLogEntry.entity_id == entity_id)
             .order_by(ChangeLogEntry.changed_at, ChangeLogEntry.id))
    with db.reading() as session:
        return [ChangeRow(*row) for row in session.execute(query)]
