"""The one way to back up and restore: folder and rotation from the settings, German labels.

The window, its dialogs, the headless commands and the opening of a database all go through
:class:`BackupService`; ``app.db.backups`` does the file work underneath.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from app import paths
from app.db import backups
from app.db.backups import BackupInfo, Rotation
from app.db.database import Database
from app.db.location import DatabaseTarget
from app.settings import Settings, load_settings

REASON_LABELS: dict[str, str] = {
    "taeglich": "erster Start des Tages",
    "automatisch": "automatisch (alle 30 Minuten bei Änderungen)",
    "manuell": "Sicherung jetzt",
    "vor-migration": "vor einer Aktualisierung des Schemas",
    "vor-wiederherstellung": "vor einer Wiederherstellung",
    "vor-import": "vor einem Import",
    "vor-zusammenfuehrung": "vor dem Zusammenführen von Kontakten",
    "vor-loeschung": "vor einer Löschung nach DSGVO",
}


def reason_label(info: BackupInfo) -> str:
    """Why a backup was taken, in German."""
    return REASON_LABELS.get(info.reason, info.reason)


class BackupService:
    """Backups of one SQLite database file as the user configured them.

    Raises (every method that writes):
        BackupError: German message; nothing was changed that the caller relies on.
    """

    def __init__(self, database: Path, *, settings: Settings | None = None,
                 reader: backups.ConnectionSource | None = None) -> None:
        settings = settings or load_settings()
        self.database = database
        self._reader = reader
        self.folder = (Path(settings.backup_folder) if settings.backup_folder
                       else paths.backup_dir_for(database))
        self.rotation = Rotation(settings.keep_daily, settings.keep_weekly,
                                 settings.keep_monthly)

    @classmethod
    def for_target(cls, target: DatabaseTarget, *,
                   settings: Settings | None = None) -> BackupService:
        """The service of a target; a server database is refused (its administration backs
        it up)."""
        return cls(backups.refuse_network_url(target.sqlite_path), settings=settings)

    @classmethod
    def of(cls, db: Database, *, settings: Settings | None = None) -> BackupService:
        """The service of an opened database. On a network drive, where the program's
        connection holds the file exclusively, backups read through that connection."""
        return cls(backups.refuse_network_url(db.target.sqlite_path), settings=settings,
                   reader=db.sqlite_connection if db.target.on_network else None)

    def take(self, reason: str, *, now: datetime | None = None) -> Path:
        """A checked backup into the rotation."""
        return backups.take_backup(self.database, self.folder, reason=reason, now=now,
                                   rotation=self.rotation, reader=self._reader)

    def copy_to(self, out: Path) -> Path:
        """A checked copy to a file of the user's choice, outside the rotation."""
        return backups.write_checked_copy(self.database, out, reader=self._reader)

    def listing(self) -> list[BackupInfo]:
        """This database's backups, newest first."""
        return backups.list_backups(self.folder, stem=self.database.stem)

    def taken_on(self, day: datetime) -> bool:
        return backups.backup_taken_on(self.folder, self.database.stem, day)

    def check_restorable(self, backup: Path) -> None:
        backups.check_restorable(backup)

    def restore(self, backup: Path, *, now: datetime | None = None) -> Path | None:
        """Replace the database by ``backup``; returns where the previous state was kept."""
        return backups.restore_backup(self.database, backup, self.folder, now=now,
                                      rotation=self.rotation)


def migration_backup(database: Path) -> Path:
    """The backup before a schema migration (passed to ``open_database`` by the entry points)."""
    return BackupService(database).take("vor-migration")


def safety_backup(db: Database, reason: str, *, now: datetime | None = None) -> Path | None:
    """A checked backup before a risky change (import, merge, erasure, restore).

    A server database is not copied here (its administration backs it up); returns None then.

    Raises:
        BackupError: the backup failed; the caller must not go on with the change.
    """
    if db.target.sqlite_path is None:
        return None
    return BackupService.of(db).take(reason, now=now)


def _fingerprint(database: Path) -> tuple[int, ...]:
    """Changes whenever a transaction is committed (to the file or its write-ahead log)."""
    values: list[int] = []
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            stat = path.stat()
            values += [stat.st_mtime_ns, stat.st_size]
        except FileNotFoundError:
            values += [0, 0]
    return tuple(values)


class AutoBackup:
    """The automatic backups: at the first start of each day, and every ``interval`` while
    something changed. The caller (a timer) calls ``tick`` regularly."""

    interval = timedelta(minutes=30)

    def __init__(self, service: BackupService, *, now: datetime) -> None:
        self.service = service
        self._fingerprint = _fingerprint(service.database)
        self._last = now

    @property
    def folder(self) -> Path:
        return self.service.folder

    def at_start(self, now: datetime) -> Path | None:
        """The day's first backup, unless one was already taken today."""
        if self.service.taken_on(now):
            return None
        return self._take("taeglich", now)

    def tick(self, now: datetime) -> Path | None:
        """A backup when the interval has passed and the database changed since the last one."""
        if now - self._last < self.interval or \
                _fingerprint(self.service.database) == self._fingerprint:
            return None
        return self._take("automatisch", now)

    def _take(self, reason: str, now: datetime) -> Path:
        path = self.service.take(reason, now=now)
        self._fingerprint = _fingerprint(self.service.database)
        self._last = now
        return path
