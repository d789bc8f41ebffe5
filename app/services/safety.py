"""Backups as the user configured them: the folder and rotation from the settings."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from app import paths
from app.db import backups
from app.db.backups import Rotation
from app.db.database import Database
from app.settings import Settings, load_settings


def backup_folder(database: Path, settings: Settings | None = None) -> Path:
    settings = settings or load_settings()
    return Path(settings.backup_folder) if settings.backup_folder else \
        paths.backup_dir_for(database)


def rotation(settings: Settings | None = None) -> Rotation:
    settings = settings or load_settings()
    return Rotation(settings.keep_daily, settings.keep_weekly, settings.keep_monthly)


def safety_backup(db: Database, reason: str, *, now: datetime | None = None) -> Path | None:
    """A checked backup before a risky change (import, merge, erasure, restore).

    A server database is not copied here (its administration backs it up); returns None then.

    Raises:
        BackupError: the backup failed; the caller must not go on with the change.
    """
    path = db.target.sqlite_path
    if path is None:
        return None
    settings = load_settings()
    return backups.take_backup(path, backup_folder(path, settings), reason=reason, now=now,
                               rotation=rotation(settings))


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

    def __init__(self, database: Path, *, now: datetime) -> None:
        self.database = database
        settings = load_settings()
        self.folder = backup_folder(database, settings)
        self.rotation = rotation(settings)
        self._fingerprint = _fingerprint(database)
        self._last = now

    def at_start(self, now: datetime) -> Path | None:
        """The day's first backup, unless one was already taken today."""
        if backups.backup_taken_on(self.folder, self.database.stem, now):
            return None
        return self._take("taeglich", now)

    def tick(self, now: datetime) -> Path | None:
        """A backup when the interval has passed and the database changed since the last one."""
        if now - self._last < self.interval or _fingerprint(self.database) == self._fingerprint:
            return None
        return self._take("automatisch", now)

    def _take(self, reason: str, now: datetime) -> Path:
        path = backups.take_backup(self.database, self.folder, reason=reason, now=now,
                                   rotation=self.rotation)
        self._fingerprint = _fingerprint(self.database)
        self._last = now
        return path
