"""Opening a database safely: refuse foreign or newer files unchanged, back up, then migrate."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from app.db.database import Database
from app.db.engine import create_engine_for
from app.db.errors import DatabaseOpenError
from app.db.location import NETWORK_HINT, DatabaseTarget
from app.db.schema_version import HEAD, KNOWN_REVISIONS
from app.db.sqlite_file import SQLITE_HEADER
from app.domain.errors import DomainError

log = logging.getLogger(__name__)

_NO_REVISION = ""


MigrationBackup = Callable[[Path], Path]
"""Takes a checked backup of the SQLite file before its schema changes; returns the copy."""


def open_database(target: DatabaseTarget, *,
                  backup_before_migration: MigrationBackup | None = None) -> Database:
    """Open ``target`` and bring its schema to the newest revision.

    Args:
        target: the SQLite file or server.
        backup_before_migration: the backup policy the composition root chose (folder and
            rotation from the settings); without one, a pending migration of an existing file
            is refused rather than run without a backup.

    Raises:
        DatabaseOpenError: the file is no SQLite database, holds other data, or has a newer schema
            than this program knows. In each case nothing was written.
    """
    backup_path: Path | None = None
    if target.sqlite_path is not None:
        revision = inspect_sqlite_file(target.sqlite_path)
        if revision != HEAD and revision is not None:
            backup_path = _backup_first(target.sqlite_path, backup_before_migration)
        target.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine_for(target)
    else:
        engine = create_engine_for(target)
        revision = _inspect_server(engine, target)
    if revision != HEAD:
        _migrate_to_head(engine)
    notices = [NETWORK_HINT] if target.on_network else []
    return Database(target=target, engine=engine, notices=notices, backup_path=backup_path)


def inspect_sqlite_file(path: Path) -> str | None:
    """The file's revision ("" for a database without schema), or None for a new, empty file.

    Raises:
        DatabaseOpenError: a folder, no SQLite file, another program's data, a newer schema
            or an unreadable file; the file was not changed.
    """
    if path.is_dir():
        raise DatabaseOpenError(f"„{path}“ ist ein Ordner, keine Datenbankdatei.")
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseOpenError(
            f"Die Datei „{path}“ kann nicht gelesen werden: {error.strerror}."
        ) from error
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(
            f"Die Datei „{path}“ ist keine Bündnisbüro-Datenbank (keine SQLite-Datei). "
            "Sie wurde nicht verändert. Bitte wählen Sie eine andere Datei."
        )
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = _revision_in(connection, tables)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise unreadable(path, error) from error
    _refuse_unknown(path.name, tables, revision)
    return revision


def unreadable(path: Path, error: sqlite3.DatabaseError) -> DatabaseOpenError:
    """Why SQLite cannot read a file, in German: damaged, or no right to write beside it (a
    database in WAL mode needs its folder writable even for reading), or else unreadable."""
    text = str(error).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseOpenError(
            f"Die Datei „{path}“ ist beschädigt ({error}). Sie wurde nicht verändert. Bitte mit "
            "„check“ prüfen und eine Sicherung wiederherstellen („backups“, „restore“).")
    if "unable to open" in text or "readonly" in text or "read-only" in text \
            or not os.access(path.parent, os.W_OK):
        return DatabaseOpenError(
            f"Die Datenbank „{path}“ lässt sich nicht öffnen: der Ordner „{path.parent}“ oder "
            "die Datei ist schreibgeschützt. Bündnisbüro braucht im Ordner der Datenbank "
            "Schreibrecht (auch zum Lesen legt SQLite dort Hilfsdateien an). Die Datei wurde "
            "nicht verändert; sie ist nicht beschädigt.")
    return DatabaseOpenError(f"Die Datei „{path}“ ist keine lesbare Datenbank ({error}). Sie "
                             "wurde nicht verändert.")


def _revision_in(connection: sqlite3.Connection, tables: set[str]) -> str:
    if "alembic_version" not in tables:
        return _NO_REVISION
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else _NO_REVISION


def _inspect_server(engine: Engine, target: DatabaseTarget) -> str | None:
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = _NO_REVISION
            if "alembic_version" in tables:
                row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
                revision = str(row[0]) if row else _NO_REVISION
    except SQLAlchemyError as error:
        raise DatabaseOpenError(
            f"Die Datenbank {target.display_name} ist nicht erreichbar: {error.__class__.__name__}."
        ) from error
    _refuse_unknown(target.display_name, tables, revision)
    return revision if tables else None


def _refuse_unknown(name: str, tables: set[str], revision: str) -> None:
    if revision and revision not in KNOWN_REVISIONS:
        raise DatabaseOpenError(
            f"Die Datenbank „{name}“ wurde mit einer neueren Version von Bündnisbüro angelegt "
            f"(Schema {revision}). Bitte installieren Sie die neueste Programmversion. "
            "Die Datenbank wurde nicht verändert."
        )
    if not revision and tables - {"alembic_version"}:
        raise DatabaseOpenError(
            f"Die Datenbank „{name}“ enthält fremde Daten, keine Bündnisbüro-Daten. "
            "Sie wurde nicht verändert."
        )


def _backup_first(path: Path, backup: MigrationBackup | None) -> Path:
    if backup is None:
        raise DatabaseOpenError(f"Die Datenbank „{path.name}“ muss aktualisiert werden, aber "
                                "es ist keine Sicherung vorgesehen. Sie wurde nicht verändert.")
    try:
        return backup(path)
    except DomainError as error:
        raise DatabaseOpenError(f"{error} Die Datenbank wurde deshalb nicht aktualisiert."
                                ) from error


def _migrate_to_head(engine: Engine) -> None:
    from app.db.migrate import upgrade

    upgrade(engine, HEAD)
