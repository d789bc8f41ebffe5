"""The audit trail: who created, changed or deleted which record when, for every editable entity.

A listener on the ORM session writes one change-log row per record and flush, with the names of
the changed fields but never their values, so the log itself holds no personal data. Persons and
organisations are logged by their services with domain wording (merged, erased under Art. 17), so
the listener leaves them out.
"""

from __future__ import annotations

import getpass
from datetime import datetime
from typing import Any

from sqlalchemy import event, insert, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from app.domain.base import Versioned
from app.domain.models import ChangeLogEntry, Organisation, Person

LOGGED_BY_SERVICES = (Person, Organisation)
SKIPPED_FIELDS = frozenset({"version", "updated_at"})


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


def install_audit(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "after_flush", _log_changes)


def _changed_fields(record: Any) -> list[str]:
    state = inspect(record)
    return sorted(attribute.key for attribute in state.attrs
                  if attribute.key not in SKIPPED_FIELDS and attribute.history.has_changes()
                  and attribute.key in state.mapper.columns)


def _log_changes(session: Session, _context: object) -> None:
    rows: list[dict[str, object]] = []
    for records, action in ((session.new, "angelegt"), (session.dirty, "geändert"),
                            (session.deleted, "gelöscht")):
        for record in records:
            if not isinstance(record, Versioned) or isinstance(record, LOGGED_BY_SERVICES):
                continue
            changed = _changed_fields(record) if action == "geändert" else []
            if action == "geändert" and not changed:
                continue
            rows.append({"entity": str(getattr(record, "__tablename__", ""))[:20],
                         "entity_id": getattr(record, "id", 0),
                         "action": action, "fields": ", ".join(changed)[:1000]})
    if not rows:
        return
    stamp, user = datetime.now().replace(microsecond=0), current_user(session)
    session.connection().execute(insert(ChangeLogEntry), [
        {**row, "changed_at": stamp, "user_name": user} for row in rows])
