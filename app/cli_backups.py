"""Headless commands for backups: take one, list them, restore one.

They work on the database file itself, without opening it through the ORM, so that a damaged
database can still be restored from a backup.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.db.location import DatabaseTarget

if TYPE_CHECKING:
    from app.services.safety import BackupService

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
    service = _existing_file(target)
    path = service.copy_to(arguments.out) if arguments.out is not None \
        else service.take("manuell")
    print(f"Sicherung geprüft und geschrieben: {path}")
    return EXIT_OK


def _restore(target: DatabaseTarget, arguments: argparse.Namespace) -> int:
    from app.services.safety import BackupService

    service = BackupService.for_target(target)
    service.check_restorable(arguments.file)
    if not arguments.yes:
        print(f"„{arguments.file}“ ist eine unbeschädigte Sicherung. Mit --yes ersetzt sie den "
              f"Inhalt von {service.database}; der jetzige Stand wird vorher gesichert.")
        return EXIT_FAILURE
    saved = service.restore(arguments.file)
    print(f"Wiederhergestellt aus {arguments.file}.")
    if saved is not None:
        print(f"Der vorige Stand liegt in {saved}.")
    return EXIT_OK


def _list(target: DatabaseTarget, _arguments: argparse.Namespace) -> int:
    from app.services.safety import BackupService, reason_label

    service = BackupService.for_target(target)
    folder = service.folder
    found = service.listing()
    if not found:
        print(f"Keine Sicherungen in {folder}.")
        return EXIT_OK
    print(f"Sicherungen in {folder}:")
    for info in found:
        print(f"  {info.taken_at:%d.%m.%Y %H:%M:%S}  {info.size / 1024:>9.0f} KB  "
              f"{reason_label(info):<45}  {info.path.name}")
    return EXIT_OK


def _existing_file(target: DatabaseTarget) -> BackupService:
    from app.services.safety import BackupService

    service = BackupService.for_target(target)
    if not service.database.is_file():
        print(f"Fehler: Die Datenbank {service.database} gibt es nicht.", file=sys.stderr)
        raise SystemExit(EXIT_FAILURE)
    return service
