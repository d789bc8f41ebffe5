"""Opening refuses what is not ours unchanged, and sets the connection up for data safety."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db.database import Database
from app.db.errors import DatabaseOpenError
from app.db.location import NETWORK_HINT, is_network_path, resolve_target, sqlite_target
from app.db.opening import open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_text_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notizen.sqlite3"
    path.write_text("Das ist keine Datenbank.\n" * 50, encoding="utf-8")
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="keine Bündnisbüro-Datenbank"):
        open_database(sqlite_target(path))
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notizen.sqlite3"]


def test_newer_schema_is_refused_and_left_unchanged(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    path = db.target.sqlite_path
    assert path is not None
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="neueren Version"):
        open_database(sqlite_target(path))
    assert _digest(path) == before


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fremd.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)")
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="fremde Daten"):
        open_database(sqlite_target(path))
    assert _digest(path) == before


def test_local_database_uses_wal_foreign_keys_and_full_sync(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.scalar(text("PRAGMA journal_mode")) == "wal"
        assert connection.scalar(text("PRAGMA foreign_keys")) == 1
        assert connection.scalar(text("PRAGMA synchronous")) == 2
        assert connection.scalar(text("PRAGMA busy_timeout")) == 10_000
    assert db.notices == []


def test_network_database_uses_a_rollback_journal_and_warns(tmp_path: Path) -> None:
    target = replace(sqlite_target(tmp_path / "netz.sqlite3"), on_network=True)
    database = open_database(target)
    try:
        with database.engine.connect() as connection:
            assert connection.scalar(text("PRAGMA journal_mode")) == "delete"
            assert connection.scalar(text("PRAGMA locking_mode")) == "exclusive"
        assert database.notices == [NETWORK_HINT]
        assert "PostgreSQL" in NETWORK_HINT
    finally:
        database.dispose()


@pytest.mark.parametrize("path", [r"\\server\freigabe\bb.sqlite3", "//server/freigabe/bb.sqlite3"])
def test_unc_paths_are_network_paths(path: str) -> None:
    assert is_network_path(Path(path))


def test_resolution_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BUENDNISBUERO_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_target(str(tmp_path / "arg.sqlite3")).sqlite_path == tmp_path / "arg.sqlite3"
    assert resolve_target(None, "ignored").sqlite_path == tmp_path / "env.sqlite3"
    monkeypatch.delenv("BUENDNISBUERO_DB")
    assert resolve_target(None, str(tmp_path / "cfg.sqlite3")).sqlite_path == (
        tmp_path / "cfg.sqlite3")
    default = resolve_target(None)
    assert default.sqlite_path is not None
    assert "Buendnisbuero" in str(default.sqlite_path)
    server = resolve_target("postgresql+psycopg://bb:geheim@db.example/bb")
    assert not server.is_sqlite
    assert "geheim" not in server.display_name


def test_network_database_serves_a_worker_and_the_window_one_at_a_time(tmp_path: Path) -> None:
    """On a network drive the file is locked exclusively by one connection; a write on the
    database worker and reads on the GUI thread share it in turn instead of locking out."""
    import threading
    import time

    from app.domain.models import Person

    target = replace(sqlite_target(tmp_path / "netz.sqlite3"), on_network=True)
    database = open_database(target)
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for number in range(20):
                with database.unit_of_work() as session:
                    session.add(Person(first_name="Netz", last_name=f"Person {number}"))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    try:
        worker = threading.Thread(target=writer)
        started = time.perf_counter()
        worker.start()
        counts = []
        while worker.is_alive():
            with database.reading() as session:
                counts.append(session.query(Person).count())
        worker.join()
        assert errors == []
        assert time.perf_counter() - started < 10, "niemand darf auf die Sperre warten"
        with database.reading() as session:
            assert session.query(Person).count() == 20
        assert counts == sorted(counts)
    finally:
        database.dispose()
