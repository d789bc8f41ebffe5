"""Backups of the SQLite database: consistent copies with SQLite's online backup API, checked
before they join the rotation, and restoring one with the current state saved first.

A copy is written to a temporary file, opened and checked with ``integrity_check``; only then is
it renamed into the backup folder and the rotation pruned. So a damaged copy never replaces a
good one, and a failed backup leaves the earlier ones untouched.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.db.errors import DatabaseOpenError
from app.db.open_files import database_files, is_open_database
from app.db.sqlite_file import is_sqlite_file
from app.domain.errors import DomainError

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y-%m-%d_%H-%M-%S"
_NAME = re.compile(r"^(?P<stem>.+)_(?P<stamp>\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d)(?:-(?P<ms>\d{3}))?"
                   r"(?:-(?P<counter>\d{1,3}))?_(?P<reason>[a-z-]+)\.sqlite3$")
_NAME_ATTEMPTS = 1000

AUTOMATIC_REASONS = frozenset({"taeglich", "automatisch"})
SAFETY_KEEP = timedelta(days=1)


class BackupError(DomainError):
    """A backup or restore failed; the message is German and names what to do."""


@dataclass(frozen=True)
class Rotation:
    """How many backups are kept: the newest of each of the last days, weeks and months."""

    daily: int
    weekly: int
    monthly: int


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """SQLite's integrity check of a file, read-only; an empty list when it is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    if not is_sqlite_file(path):
        return ["keine SQLite-Datenbank"]
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
            problems += [f"Verweis ins Leere in {row[0]}"
                         for row in connection.execute("PRAGMA foreign_key_check")]
        finally:
            connection.close()
    except (OSError, sqlite3.DatabaseError) as error:
        return [str(error)]
    return [problem for problem in problems if problem != "ok"]


class _NameTaken(Exception):
    """Another backup is being written under this name right now."""


ConnectionSource = Callable[[], AbstractContextManager[sqlite3.Connection]]
"""Lends the program's own connection to the database (``Database.sqlite_connection``)."""


def write_checked_copy(source: Path, target: Path, *, claim: bool = False,
                       reader: ConnectionSource | None = None) -> Path:
    """Copy ``source`` consistently to ``target`` (which must not be a live database).

    The copy goes to a temporary file beside ``target``, is checked, flushed to disk and only
    then renamed to ``target``. ``reader`` lends the program's own connection: on a network
    drive that connection holds the file exclusively, and a second one would wait for ever.

    Raises:
        BackupError: the database cannot be read, the copy is damaged or cannot be written.
    """
    if is_open_database(target) or target.resolve() in database_files(source) \
            or target.is_dir():
        raise BackupError(f"„{target}“ ist die geöffnete Datenbank oder ein Ordner; dorthin wird "
                          "keine Sicherung geschrieben. Bitte einen anderen Dateinamen wählen.")
    partial = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if claim:
            partial.open("xb").close()
    except FileExistsError:
        raise _NameTaken() from None
    except OSError as error:
        raise BackupError(f"Die Sicherung nach „{target}“ ist fehlgeschlagen: "
                          f"{error.strerror or error}.") from error
    try:
        copy = sqlite3.connect(partial)
        try:
            with reader() if reader is not None else _own_connection(source) as origin:
                origin.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        problems = integrity_problems(partial)
        if problems:
            raise BackupError(
                f"Die Sicherung von „{source.name}“ ist fehlerhaft ({problems[0]}) und wurde "
                "verworfen; die bisherigen Sicherungen bleiben erhalten. Bitte prüfen Sie die "
                "Datenbank mit „check“.")
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"Die Sicherung nach „{target}“ ist fehlgeschlagen: {error}.") from error
    finally:
        partial.unlink(missing_ok=True)
    return target


@contextmanager
def _own_connection(source: Path) -> Iterator[sqlite3.Connection]:
    origin = sqlite3.connect(source, timeout=30)
    try:
        yield origin
    finally:
        origin.close()


def backup_name(database: Path, reason: str, now: datetime, attempt: int = 0) -> str:
    """Time to the millisecond, and a counter when another backup took that name already."""
    counter = f"-{attempt}" if attempt else ""
    return (f"{database.stem}_{now.strftime(STAMP_FORMAT)}-{now.microsecond // 1000:03d}"
            f"{counter}_{reason}.sqlite3")


def take_backup(database: Path, folder: Path, *, reason: str, rotation: Rotation,
                now: datetime | None = None, reader: ConnectionSource | None = None) -> Path:
    """A checked backup of ``database`` in ``folder``; then the rotation is pruned.

    Two programs backing up in the same millisecond get different names: a name is taken by
    creating its partial file exclusively, so neither replaces the other's copy.
    """
    now = now or datetime.now()
    for attempt in range(_NAME_ATTEMPTS):
        target = folder / backup_name(database, reason, now, attempt)
        if target.exists():
            continue
        try:
            write_checked_copy(database, target, claim=True, reader=reader)
        except _NameTaken:
            continue
        break
    else:
        raise BackupError(f"Im Ordner „{folder}“ ist kein freier Name für eine Sicherung.")
    log.info("Sicherung (%s): %s", reason, target)
    prune(folder, rotation, stem=database.stem, now=now)
    return target


def list_backups(folder: Path, *, stem: str | None = None) -> list[BackupInfo]:
    """The backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or (stem is not None and match["stem"] != stem):
            continue
        try:
            taken_at = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(
                microsecond=int(match["ms"] or 0) * 1000)
            size = path.stat().st_size
        except (ValueError, OSError) as error:
            log.warning("Datei %s im Sicherungsordner übergangen: %s", path.name, error)
            continue
        found.append(BackupInfo(path, taken_at, match["reason"], size))
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def kept_backups(backups: list[BackupInfo], rotation: Rotation,
                 now: datetime | None = None) -> set[Path]:
    """The newest backup of each of the last ``daily`` days, ``weekly`` weeks and ``monthly``
    months (grandfather-father-son); ``backups`` must be sorted newest first.

    Backups taken by hand or before a risky change (import, merge, erasure, restore, migration)
    are also kept for a day after ``now``, so that such a step can still be undone the same day
    after later automatic backups.
    """
    kept: set[Path] = set()
    if now is not None:
        kept |= {info.path for info in backups if info.reason not in AUTOMATIC_REASONS
                 and now - info.taken_at < SAFETY_KEEP}
    for count, key in ((rotation.daily, lambda t: t.date()),
                       (rotation.weekly, lambda t: t.isocalendar()[:2]),
                       (rotation.monthly, lambda t: (t.year, t.month))):
        seen: list[object] = []
        for info in backups:
            period = key(info.taken_at)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            kept.add(info.path)
    return kept


def prune(folder: Path, rotation: Rotation, *, stem: str | None = None,
          now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what was deleted."""
    backups = list_backups(folder, stem=stem)
    kept = kept_backups(backups, rotation, now)
    removed = []
    for info in backups:
        if info.path not in kept:
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError as error:
                log.warning("Alte Sicherung %s nicht gelöscht: %s", info.path, error)
    return removed


def backup_taken_on(folder: Path, stem: str, day: datetime) -> bool:
    return any(info.taken_at.date() == day.date() for info in list_backups(folder, stem=stem))


def check_restorable(backup: Path) -> None:
    """Raises BackupError unless ``backup`` is a sound Bündnisbüro database."""
    if not backup.is_file():
        raise BackupError(f"Die Sicherung „{backup}“ gibt es nicht.")
    problems = integrity_problems(backup)
    if problems:
        raise BackupError(f"Die Datei „{backup.name}“ ist keine unbeschädigte Datenbank "
                          f"({problems[0]}). Es wurde nichts verändert.")


def restore_backup(database: Path, backup: Path, folder: Path, *, rotation: Rotation,
                   now: datetime | None = None) -> Path | None:
    """Replace the contents of ``database`` by ``backup``.

    The backup is checked and migrated in a temporary copy first; if that fails, nothing changes.
    A sound current database is backed up into the rotation first; a damaged one is kept aside
    under a new name, never overwritten. The contents are copied in with the backup API, so
    connections that are open on ``database`` see the restored data.

    Returns:
        the backup of the current state (or the damaged file set aside), None for a new database.
    """
    now = now or datetime.now()
    check_restorable(backup)
    staged = database.with_name(f".{database.name}.restoring")
    write_checked_copy(backup, staged)
    try:
        _migrate_staged(staged)
        if not database.exists():
            os.replace(staged, database)
            return None
        if integrity_problems(database):
            kept = _set_aside(database, now)
            os.replace(staged, database)
            return kept
        saved = take_backup(database, folder, reason="vor-wiederherstellung", now=now,
                            rotation=rotation)
        _copy_into(staged, database, fallback=saved)
        return saved
    except OSError as error:
        raise BackupError(f"Die Wiederherstellung nach „{database}“ ist fehlgeschlagen "
                          f"({error.strerror or error}). Bitte Schreibrechte und freien Platz "
                          "prüfen.") from error
    finally:
        staged.unlink(missing_ok=True)


def _migrate_staged(staged: Path) -> None:
    from sqlalchemy import create_engine

    from app.db.migrate import upgrade
    from app.db.schema_version import HEAD, KNOWN_REVISIONS

    connection = sqlite3.connect(staged)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        connection.close()
    revision = str(row[0]) if row else ""
    if revision not in KNOWN_REVISIONS:
        raise BackupError("Die Sicherung stammt nicht aus Bündnisbüro oder aus einer neueren "
                          "Programmversion. Es wurde nichts verändert.")
    if revision == HEAD:
        return
    engine = create_engine(f"sqlite+pysqlite:///{staged}")
    try:
        upgrade(engine, HEAD)
    except Exception as error:
        raise BackupError(f"Die Sicherung ließ sich nicht auf den Stand dieser Programmversion "
                          f"bringen ({error}). Es wurde nichts verändert.") from error
    finally:
        engine.dispose()


def _set_aside(database: Path, now: datetime) -> Path:
    aside = database.with_name(f"{database.stem}_beschaedigt_{now.strftime(STAMP_FORMAT)}"
                               f"{database.suffix}")
    os.replace(database, aside)
    for suffix in ("-wal", "-shm"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    log.warning("Beschädigte Datenbank beiseitegelegt: %s", aside)
    return aside


def _copy_into(staged: Path, database: Path, *, fallback: Path) -> None:
    try:
        _backup_api_copy(staged, database)
        problems = integrity_problems(database)
        if problems:
            raise BackupError(f"Nach der Wiederherstellung: {problems[0]}")
    except (BackupError, sqlite3.Error) as error:
        _backup_api_copy(fallback, database)
        raise BackupError(f"Die Wiederherstellung ist fehlgeschlagen ({error}); der vorige Stand "
                          "wurde zurückgeholt.") from error


def _backup_api_copy(source: Path, database: Path) -> None:
    origin = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    live = sqlite3.connect(database, timeout=30)
    try:
        origin.backup(live)
    finally:
        live.close()
        origin.close()


def refuse_network_url(sqlite_path: Path | None) -> Path:
    """The SQLite file of a target; backups of a server database are the server's business."""
    if sqlite_path is None:
        raise DatabaseOpenError("Sicherungen macht das Programm nur für eine SQLite-Datei; einen "
                                "PostgreSQL-Server sichert dessen Verwaltung (pg_dump).")
    return sqlite_path
