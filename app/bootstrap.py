"""The composition root: paths → settings → logging → database → main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from app import paths
from app.db.location import resolve_target
from app.domain.errors import DomainError
from app.settings import load_settings

if TYPE_CHECKING:
    from app.db.database import Database

log = logging.getLogger(__name__)


def configure_logging(folder: Path | None = None) -> Path:
    """Log to a rotating file in the user's log folder; returns the file's path."""
    folder = folder or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / "buendnisbuero.log"
    handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def open_configured_database(db_argument: str | None, *, with_demo: bool) -> Database:
    from app.db.opening import open_database
    from app.services.safety import migration_backup

    target = resolve_target(db_argument, load_settings().database)
    if target.sqlite_path is not None:
        from app.db.health import check_at_start
        from app.services.safety import BackupService

        check_at_start(target.sqlite_path, BackupService(target.sqlite_path).folder,
                       quick=False)
    database = open_database(target, backup_before_migration=migration_backup)
    if with_demo:
        fill_demo_once(database)
    return database


def fill_demo_once(database: Database,
                   progress: Callable[[int, str], None] | None = None) -> None:
    """The demo alliance into an empty database; a database with data stays as it is."""
    from datetime import date

    from app.services.demo import DemoSize, fill_demo

    try:
        fill_demo(database, DemoSize.NORMAL, progress, today=date.today())
    except DomainError:
        log.info("Datenbank enthält bereits Daten; keine Demodaten geschrieben.")


def run_gui(*, db_argument: str | None, with_demo: bool = False) -> NoReturn:
    """Start the application window and end the process with its exit code."""
    from app.ui.application import run_application

    log_file = configure_logging()
    code = run_application(
        open_database=lambda: open_configured_database(db_argument, with_demo=False),
        fill_demo=fill_demo_once if with_demo else None, log_file=log_file)
    end_process(code)


def end_process(code: int) -> NoReturn:
    """End at once once the window has closed.

    By then the database is closed, background work finished and the window's state synced;
    the interpreter's own teardown of the thousands of objects wrapping Qt's would only add
    half a second of a process without a window (and is where PySide6 has crashed before).
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(code)
