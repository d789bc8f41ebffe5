"""The change log of contacts: who changed which fields when, never the values themselves."""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db.database import Database
from app.domain.models import ChangeLogEntry


def current_user(session: Session | None = None) -> str:
    """Who changes data: the name from the settings, else the database role on a shared
    PostgreSQL server, else the Windows (or Unix) login."""
    from app.settings import load_settings

    configured = load_settings().user_name.strip()
    if configured:
        return configured[:100]
    if session is not None and session.get_bind().dialect.name == "postgresql":
        return str(session.scalar(text("SELECT current_user")))[:100]
    try:
        return getpass.getuser()[:100]
    except (KeyError, OSError):
        return "unbekannt"


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
