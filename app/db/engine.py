"""Engines with the connection settings the data-safety promise needs."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event

from app.db.location import DatabaseTarget

BUSY_TIMEOUT_MS = 10_000


def create_engine_for(target: DatabaseTarget) -> Engine:
    """An engine for ``target``; SQLite gets foreign keys, a busy timeout and a safe journal."""
    if not target.is_sqlite:
        return create_engine(target.url, pool_pre_ping=True)
    engine = create_engine(
        target.url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
    )
    event.listen(engine, "connect", _sqlite_pragmas(on_network=target.on_network))
    return engine


def _sqlite_pragmas(*, on_network: bool) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # Deleted (e.g. erased personal) data is overwritten, not left in free pages.
            cursor.execute("PRAGMA secure_delete = ON")
            if on_network:
                # WAL needs shared memory, which network file systems do not provide reliably.
                cursor.execute("PRAGMA journal_mode = DELETE")
                cursor.execute("PRAGMA locking_mode = EXCLUSIVE")
            else:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    return on_connect
