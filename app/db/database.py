"""An opened database: the engine, a session factory and what the user should know about it."""

from __future__ import annotations

import copy
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db import open_files
from app.db.audit import install_audit
from app.db.engine import BUSY_TIMEOUT_MS, IMMEDIATE
from app.db.location import DatabaseTarget
from app.db.meeting_versions import install_meeting_versions
from app.db.storage_errors import ConcurrentChangeError, storage_error
from app.db.text_guard import install_text_guard
from app.db.versions import Expectation, HeldVersion, check_loaded, conflict_of, stored_version

CHECKPOINT_WAIT_MS = 200
"""How long one attempt to empty the log waits for readers (the caller tries again)."""


@dataclass
class Database:
    """The composition root hands this to the services; each use case opens one unit of work.

    Attributes:
        notices: German hints for the user (e.g. the network-drive warning).
        backup_path: the copy made before a migration, if one was made.
    """

    target: DatabaseTarget
    engine: Engine
    notices: list[str] = field(default_factory=list)
    backup_path: Path | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        install_audit(self._sessions)
        install_meeting_versions(self._sessions)
        install_text_guard(self._sessions)
        self._held: HeldVersion | None = None
        self._one_at_a_time: AbstractContextManager[object] = (
            threading.RLock() if self.target.on_network else nullcontext())
        if self.target.sqlite_path is not None:
            open_files.register(self.target.sqlite_path)

    @contextmanager
    def unit_of_work(self, *, expect: Expectation | None = None) -> Iterator[Session]:
        """A session inside one transaction: committed when the block ends, rolled back on error.

        Args:
            expect: the version a form loaded the saved record at; when the stored record has
                moved on, ``RecordConflict`` is raised before anything is written. Without it,
                a database made by ``holding`` expects the version it holds.

        A held lock, a full disk or a read-only file become a German ``StorageError``; a record
        that someone else saved meanwhile becomes a ``RecordConflict`` (with ``expect``) or a
        ``ConcurrentChangeError``.
        """
        expect = expect if expect is not None else self._held
        try:
            with self._one_at_a_time, self._sessions() as session, session.begin():
                if self.target.is_sqlite:
                    session.connection(execution_options={IMMEDIATE: True})
                check_loaded(session, expect)
                yield session
                moved_to = stored_version(session, expect) if isinstance(
                    expect, HeldVersion) else None
            if isinstance(expect, HeldVersion) and moved_to is not None:
                expect.version = moved_to
        except OperationalError as error:
            raise storage_error(error) from error
        except StaleDataError as error:
            if expect is None:
                raise ConcurrentChangeError() from error
            with self.reading() as session:
                raise conflict_of(session, expect) from error

    @contextmanager
    def sqlite_connection(self) -> Iterator[sqlite3.Connection]:
        """The program's own SQLite connection, lent to one user at a time (a backup).

        On a network drive the file is locked exclusively by this connection; reading it
        through a second one would wait for ever.
        """
        with self._one_at_a_time:
            pooled = self.engine.raw_connection()
            try:
                connection = pooled.driver_connection
                assert isinstance(connection, sqlite3.Connection)
                yield connection
            finally:
                pooled.close()

    def truncate_log(self) -> int:
        """Copy SQLite's write-ahead log into the file and empty it; returns how many bytes
        are left in the log (0 when it is empty or there is none, e.g. on a network drive).

        A program that is reading the database at this moment keeps the log from being
        emptied; the caller may wait and try again.
        """
        path = self.target.sqlite_path
        if path is None:
            return 0
        with self._one_at_a_time, self.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
            try:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        log = path.with_name(path.name + "-wal")
        try:
            return log.stat().st_size
        except FileNotFoundError:
            return 0

    def holding(self, held: HeldVersion) -> Database:
        """This database for an editor of one record: every unit of work checks ``held`` and
        moves it on when it stores (the editor's pages save through it without knowing)."""
        view = copy.copy(self)
        view._held = held
        return view

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only; nothing it does is committed."""
        with self._one_at_a_time, self._sessions() as session:
            yield session
            session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()
        if self.target.sqlite_path is not None:
            open_files.unregister(self.target.sqlite_path)
