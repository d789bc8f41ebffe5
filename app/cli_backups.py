"""Headless commands for backups: take one, list them, restore one.

They work on the database file itself, without opening it through the ORM, so that a damaged
database can still be restored from a backup.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.db import backups
from app.db.location import DatabaseTarget
from app.services.safety import backup_folder, rotation

EXIT_OK, EXIT_FAILURE = 0, 1

FileCommand = Callable[[DatabaseTarget, argparse.Namespace], int]


def add_backup_commands(commands: Any, new_parser: Callable[..., argparse.ArgumentParser],
                        ) -> dict[str, FileCommand]:
    backup = new_parser(commands, "backup", "Geprüfte Sicherung der Datenbank schreiben")
    backup.add_argument("--out", type=Path, metavar="DATEI",
                        help="Zieldatei; ohne Angabe in den Sicherungsordner (mit Rotation)")
    restore = new_parser(commands, "restore",
                         "Datenbank aus einer Sicherung wiederherstellen (der jetzige Stand "
                         "wird vorher gesichert)")
    restore.add_argument("file", type=Path, metavar="SICHERUNG", help="die Sicherungsdatei")
    restore.add_argument("--yes", action="store_true",
                         help="ohne diese Angabe wird nur angezeigt, was geschähe")
    new_parser(commands, "backups", "Sicherungen im Sicherungsordner auflisten, neueste zuerst")
    return {"backup": _backup, "restore": _restore, "backups": _list}


def _backup(target: DatabaseTarget, arguments: argparse.Namespace) -> int:
    database = _existing_file(target)
    if arguments.out is not None:
        path = backups.write_checked_copy(database, arguments.out)
    else:
        path = backups.take_backup(database, backup_folder(database), reason="manuell",
                                   rotation=rotation())
    print(f"Sicherung geprüft und geschrieben: {path}")
    return EXIT_OK


def _restore(target: DatabaseTarget, arguments: argparse.Namespace) -> int:
    database = backups.refuse_network_url(target.sqlite_path)
    backups.check_restorable(arguments.file)
    if not arguments.yes:
        print(f"„{arguments.file}“ ist eine unbeschädigte Sicherung. Mit --yes ersetzt sie den "
              f"Inhalt von {database}; der jetzige Stand wird vorher gesichert.")
        return EXIT_FAILURE
    saved = backups.restore_backup(database, arguments.file, backup_folder(database),
                                   rotation=rotation())
    print(f"Wiederhergestellt aus {arguments.file}.")
    if saved is not None:
        print(f"Der vorige Stand liegt in {saved}.")
    return EXIT_OK


def _list(target: DatabaseTarget, _arguments: argparse.Namespace) -> int:
    database = backups.refuse_network_url(target.sqlite_path)
    folder = backup_folder(database)
    found = backups.list_backups(folder, stem=database.stem)
    if not found:
        print(f"Keine Sicherungen in {folder}.")
        return EXIT_OK
    print(f"Sicherungen in {folder}:")
    for info in found:
        print(f"  {info.taken_at:%d.%m.%Y %H:%M:%S}  {info.size / 1024:>9.0f} KB  "
              f"{info.reason_label:<45}  {info.path.name}")
    return EXIT_OK


def _existing_file(target: DatabaseTarget) -> Path:
    database = backups.refuse_network_url(target.sqlite_path)
    if not database.is_file():
        print(f"Fehler: Die Datenbank {database} gibt es nicht.", file=sys.stderr)
        raise SystemExit(EXIT_FAILURE)
    return database
