"""Backups as the user configured them: the folder and rotation from the settings."""

from __future__ import annotations

from datetime import datetime
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
