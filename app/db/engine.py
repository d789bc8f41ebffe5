"""Engines with the connection settings the data-safety promise needs."""

from __future__ import annotations

import functools
import sqlite3
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from app.db.location import DatabaseTarget

BUSY_TIMEOUT_MS = 10_000


def create_engine_for(target: DatabaseTarget) -> Engine:
    """An engine for ``target``; SQLite gets foreign keys, a busy timeout and a safe journal."""
    if not target.is_sqlite:
        return create_engine(target.url, pool_pre_ping=True)
    if target.on_network:
        # The file is locked exclusively by the connection that opened it: every thread uses
        # that one connection, one at a time (Database serialises the units of work).
        engine = create_engine(target.url, poolclass=StaticPool, connect_args={
            "timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})
    else:
        engine = create_engine(target.url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _sqlite_pragmas(on_network=target.on_network))
    event.listen(engine, "begin", _begin)
    return engine


IMMEDIATE = "sqlite_begin_immediate"
"""Execution option: start the transaction with ``BEGIN IMMEDIATE`` (writers)."""


def _begin(connection: Connection) -> None:
    """SQLAlchemy, not the sqlite3 module, starts transactions here: writers take the write lock
    at their start (``BEGIN IMMEDIATE``), so two programs on one file wait for each other within
    the busy timeout instead of failing half-way with a lock upgrade."""
    options = connection.get_execution_options()
    if options.get("isolation_level") == "AUTOCOMMIT":
        return
    connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(IMMEDIATE) else "BEGIN")


decoded_text = functools.partial(bytes.decode, encoding="utf-8", errors="replace")
"""Text as SQLite hands it over; bytes that are no UTF-8 (written by another program) become
U+FFFD instead of making every query on the row fail (a C-level call, no Python frame per
value)."""


def _sqlite_pragmas(*, on_network: bool) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.text_factory = decoded_text
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
