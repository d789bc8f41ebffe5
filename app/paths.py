"""Per-user folders (platformdirs) and the lookup of shipped resources, frozen or not."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from app import APP_NAME


def data_dir() -> Path:
    """The user's data folder: database, backups, own templates."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Files the program can compute again (the holiday calendar, opened documents)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "buendnisbuero.sqlite3"


def backup_dir_for(database_path: Path) -> Path:
    """Backups live beside the database in a ``Sicherungen`` folder."""
    return database_path.parent / "Sicherungen"


def resources_dir() -> Path:
    """The shipped ``resources/`` folder; PyInstaller unpacks it below ``sys._MEIPASS``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def migrations_dir() -> Path:
    """The Alembic scripts, shipped as package data of ``app.db``."""
    return Path(__file__).resolve().parent / "db" / "migrations"


def user_template_dir() -> Path:
    """The user's own Word templates (``Vorlagen``); a file here replaces the shipped one."""
    return data_dir() / "Vorlagen"


def shipped_template_dir() -> Path:
    return resources_dir() / "templates"


def open_files_dir() -> Path:
    """Where attachments are written out to be opened with their program."""
    return cache_dir() / "Unterlagen"
