"""Two programs on one SQLite file: a writer waits for the other's write lock instead of failing,
and a lock held past the busy timeout becomes a German message that offers a retry."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError

from app.db.database import Database
from app.db.location import sqlite_target
from app.db.opening import open_database
from app.db.storage_errors import StorageError, storage_error
from app.domain.models import Person


def test_a_writer_waits_for_the_other_programs_lock(db: Database) -> None:
    path = db.target.sqlite_path
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO persons (first_name, last_name, consent, restricted, archived, "
                  "version) VALUES ('Andere', 'Instanz', 0, 0, 0, 1)")
    release = threading.Timer(1.0, lambda: other.execute("COMMIT"))
    release.start()
    second = open_database(sqlite_target(path))
    started = time.perf_counter()
    try:
        with second.unit_of_work() as session:
            session.add(Person(first_name="Wartende", last_name="Instanz"))
    finally:
        release.join()
        other.close()
        second.dispose()
    assert time.perf_counter() - started >= 0.8
    with db.reading() as session:
        assert session.query(Person).count() == 2


def test_a_lock_held_too_long_is_a_german_message_with_retry() -> None:
    error = storage_error(OperationalError("INSERT …", {}, sqlite3.OperationalError(
        "database is locked")))
    assert isinstance(error, StorageError) and error.retry_makes_sense
    assert "gesperrt" in str(error) and "Eingaben bleiben im Formular" in str(error)
    full = storage_error(OperationalError("INSERT …", {}, sqlite3.OperationalError(
        "database or disk is full")))
    assert "Datenträger ist voll" in str(full) and not full.retry_makes_sense
    read_only = storage_error(OperationalError("INSERT …", {}, sqlite3.OperationalError(
        "attempt to write a readonly database")))
    assert "schreibgeschützt" in str(read_only)


def test_writing_to_a_read_only_database_keeps_a_german_message(db: Database) -> None:
    path = db.target.sqlite_path
    assert path is not None
    db.dispose()
    read_only = Database(target=db.target,
                         engine=create_engine(f"sqlite:///file:{path}?mode=ro&uri=true"))
    try:
        with pytest.raises(StorageError, match="schreibgeschützt"):
            with read_only.unit_of_work() as session:
                session.add(Person(first_name="Neu", last_name="Versuch"))
    finally:
        read_only.dispose()
