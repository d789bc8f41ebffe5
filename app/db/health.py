"""The check at start: ``quick_check`` every time, the full ``integrity_check`` and
``foreign_key_check`` when the program did not end cleanly last time.

A marker file beside the database is written while the program runs and removed when it ends;
finding it at start means the last session was cut short (crash, power loss, killed process).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from app.db.backups import BackupInfo, integrity_problems, list_backups
from app.db.errors import DatabaseOpenError
from app.db.sqlite_file import is_sqlite_file

log = logging.getLogger(__name__)


class DatabaseDamagedError(DatabaseOpenError):
    """The database failed its check at start; it was not changed.

    Attributes:
        database: the damaged file.
        problems: what SQLite reported.
        backup: the newest backup that passed its own check, if there is one.
    """

    def __init__(self, database: Path, problems: list[str], backup: BackupInfo | None) -> None:
        offer = (f" Die neueste unbeschädigte Sicherung ist vom "
                 f"{backup.taken_at:%d.%m.%Y %H:%M}." if backup is not None
                 else " Es gibt keine unbeschädigte Sicherung.")
        super().__init__(f"Die Datenbank „{database}“ ist beschädigt ({problems[0]}). Sie wurde "
                         f"nicht verändert.{offer}")
        self.database = database
        self.problems = problems
        self.backup = backup


@dataclass(frozen=True)
class SessionMarker:
    """The "program is running" file beside the database."""

    database: Path

    @property
    def path(self) -> Path:
        return self.database.with_name(self.database.name + ".in-benutzung")

    def was_left_behind(self) -> bool:
        return self.path.exists()

    def begin(self) -> None:
        try:
            self.path.write_text(str(os.getpid()), encoding="ascii")
        except OSError as error:
            log.warning("Markierung %s nicht geschrieben: %s", self.path, error)

    def end(self) -> None:
        self.path.unlink(missing_ok=True)


def check_at_start(database: Path, backup_folder: Path, *, quick: bool = True) -> bool:
    """Check ``database`` before it is opened; returns whether the full check ran.

    Args:
        quick: also run the quick check after a clean end; the window passes False and runs
            the quick check after it is shown, off the GUI thread.

    Raises:
        DatabaseDamagedError: the check found damage (with the newest sound backup to offer).
    """
    if not is_sqlite_file(database):  # opening refuses other files with its own message
        return False
    full = SessionMarker(database).was_left_behind()
    if full:
        log.warning("Das Programm wurde zuletzt nicht sauber beendet; vollständige Prüfung.")
    elif not quick:
        return False
    problems = integrity_problems(database, quick=not full)
    if problems:
        raise DatabaseDamagedError(database, problems,
                                   newest_sound_backup(backup_folder, database.stem))
    return full


def newest_sound_backup(folder: Path, stem: str) -> BackupInfo | None:
    for info in list_backups(folder, stem=stem):
        if not integrity_problems(info.path):
            return info
    return None
