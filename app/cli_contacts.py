"""Headless contact commands: import, export, GDPR access export and erasure."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli_meetings import Command, meeting_id

if TYPE_CHECKING:
    from app.db.database import Database
    from app.services.contact_import import EarlyBackup

EXIT_OK, EXIT_FAILURE = 0, 1


def add_contact_commands(commands: Any, new_parser: Callable[..., argparse.ArgumentParser],
                         ) -> dict[str, Command]:
    importing = new_parser(commands, "import-contacts",
                           "Kontakte aus CSV oder Excel (.xlsx) einlesen")
    importing.add_argument("file", type=Path, metavar="DATEI", help="CSV- oder Excel-Datei")
    importing.add_argument("--dry-run", action="store_true",
                           help="nur prüfen und berichten, nichts speichern")
    exporting = new_parser(commands, "export-contacts", "Kontakte als CSV, Excel oder vCard")
    exporting.add_argument("--format", required=True, choices=["csv", "xlsx", "vcf"],
                           help="Dateiformat")
    exporting.add_argument("--out", required=True, type=Path, metavar="DATEI",
                           help="Zieldatei")
    exporting.add_argument("--list", metavar="VERTEILER",
                           help="nur die Personen dieses Verteilers (z. B. Presse)")
    access = new_parser(commands, "person-export",
                        "alles über eine Person ausgeben (Auskunft nach Art. 15 DSGVO)")
    access.add_argument("id", type=meeting_id, metavar="NUMMER", help="Nummer der Person")
    access.add_argument("--out", required=True, type=Path, metavar="DATEI",
                        help="Zieldatei (.json oder .pdf)")
    erase = new_parser(commands, "person-erase",
                       "personenbezogene Daten löschen (Art. 17 DSGVO); Teilnahmezahlen bleiben")
    erase.add_argument("id", type=meeting_id, metavar="NUMMER", help="Nummer der Person")
    erase.add_argument("--yes", action="store_true", help="Löschen wirklich ausführen")
    return {"import-contacts": _import_contacts, "export-contacts": _export_contacts,
            "person-export": _person_export, "person-erase": _person_erase}


def _import_contacts(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.contact_import import EarlyBackup

    backup = None if arguments.dry_run else EarlyBackup(db)
    try:
        return _import_file(db, arguments, backup)
    finally:
        if backup is not None:
            backup.wait_quietly()


def _import_file(db: Database, arguments: argparse.Namespace,
                 backup: EarlyBackup | None) -> int:
    from app.services.contact_import import IMPORT_FIELDS, analyse, import_rows, suggest_mapping
    from app.services.table_reader import read_table

    table = read_table(arguments.file)
    mapping = suggest_mapping(table.headers)
    mapped = ", ".join(f"{table.headers[column]} → {IMPORT_FIELDS[name]}"
                       for column, name in mapping.items())
    print(f"Datei: {arguments.file} ({table.encoding}"
          f"{', Trennzeichen ' + repr(table.delimiter) if table.delimiter else ''})")
    print(f"Spalten: {mapped or 'keine erkannt'}")
    for note in table.notes:
        print(f"Hinweis: {note}")
    preview = analyse(db, table, mapping)
    print(f"Gelesen: {len(preview.rows)} Zeile(n), fehlerfrei: {preview.good}, "
          f"übersprungen: {preview.bad}")
    reasons = Counter(problem.split(":")[0] if problem.startswith("Dublette") else problem
                      for row in preview.rows for problem in row.problems)
    for reason, count in reasons.most_common(10):
        print(f"  {count:>5} × {reason}")
    for row in [row for row in preview.rows if not row.ok][:20]:
        print(f"  Zeile {row.line}: {'; '.join(row.problems)}")
    noted = [row for row in preview.rows if row.ok and row.notes]
    if noted:
        print(f"Angepasst: {len(noted)} Zeile(n)")
    for row in noted[:20]:
        print(f"  Zeile {row.line}: {'; '.join(row.notes)}")
    if arguments.dry_run:
        print("Probelauf: nichts gespeichert.")
        return EXIT_OK if preview.good else EXIT_FAILURE
    imported = import_rows(db, preview, backup=backup)
    print(f"Importiert: {imported} Person(en).")
    if not imported:
        print("Fehler: Keine Zeile konnte importiert werden.", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def _export_contacts(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.contact_export import export_contacts, list_id_by_name

    list_id = list_id_by_name(db, arguments.list) if arguments.list is not None else None
    path, count = export_contacts(db, arguments.format, arguments.out, list_id)
    print(f"{count} Kontakt(e) geschrieben nach {path}")
    return EXIT_OK


def _person_export(db: Database, arguments: argparse.Namespace) -> int:
    from app.domain.errors import DomainError
    from app.services.gdpr import export_access_json, export_access_pdf

    suffix = arguments.out.suffix.lower()
    writers = {".json": export_access_json, ".pdf": export_access_pdf}
    if suffix not in writers:
        raise DomainError(f"„{arguments.out.name}“: erlaubt sind .json oder .pdf.")
    path = writers[suffix](db, arguments.id, arguments.out, now=datetime.now())
    print(f"Auskunft geschrieben nach {path}")
    return EXIT_OK


def _person_erase(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.gdpr import erase_person

    if not arguments.yes:
        print("Fehler: Löschen nur mit --yes (die Daten sind danach nicht wiederherstellbar).",
              file=sys.stderr)
        return EXIT_FAILURE
    erase_person(db, arguments.id, on_wait=lambda text: print(text, file=sys.stderr))
    print(f"Die personenbezogenen Daten der Person {arguments.id} wurden gelöscht.")
    return EXIT_OK
