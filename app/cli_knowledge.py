"""Headless commands of the knowledge catalogue: list the cases and programmes, write the two
printed guides, import programmes from Excel or CSV."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.formatting import format_date

if TYPE_CHECKING:
    from app.cli_meetings import Command
    from app.db.database import Database

EXIT_OK, EXIT_FAILURE = 0, 1


def add_knowledge_commands(commands: Any, new_parser: Callable[..., argparse.ArgumentParser],
                           ) -> dict[str, Command]:
    cases = new_parser(commands, "list-cases", "die Praxisbeispiele des Wissenskatalogs zeigen")
    cases.add_argument("--json", action="store_true", help="als JSON ausgeben")
    programmes = new_parser(commands, "list-programmes",
                            "die Förderprogramme des Wegweisers zeigen")
    programmes.add_argument("--json", action="store_true", help="als JSON ausgeben")
    guide = new_parser(commands, "export-guide",
                       "Leitfaden als PDF- oder Word-Heft: Wegweiser Innenstadtförderung oder "
                       "Best-Practice-Börse (nur veröffentlichte Einträge)")
    guide.add_argument("--kind", required=True, choices=["wegweiser", "praxis"],
                       help="wegweiser: Förderprogramme; praxis: Praxisbeispiele")
    guide.add_argument("--out", required=True, type=Path, metavar="DATEI",
                       help="Zieldatei (.pdf oder .docx)")
    importing = new_parser(commands, "import-programmes",
                           "Förderprogramme aus CSV oder Excel (.xlsx) einlesen; eine Datei "
                           "mit fehlerhaften Zeilen ändert nichts")
    importing.add_argument("file", type=Path, metavar="DATEI", help="CSV- oder Excel-Datei")
    importing.add_argument("--dry-run", action="store_true",
                           help="nur prüfen und berichten, nichts speichern")
    return {"list-cases": _list_cases, "list-programmes": _list_programmes,
            "export-guide": _export_guide, "import-programmes": _import_programmes}


def _list_cases(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.knowledge import list_cases

    rows = list_cases(db)
    if arguments.json:
        print(json.dumps([{
            "id": row.id, "title": row.title, "town": row.town,
            "town_size": row.town_size.value if row.town_size else None,
            "district": row.district, "topic": row.topic.value, "topic_label": row.topic.label,
            "group": row.group, "status": row.status.value, "status_label": row.status.label,
            "status_since": row.status_since.isoformat(), "public": row.public,
            "pictures": row.images} for row in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        public = "öffentlich" if row.public else "intern"
        print(f"{row.id:>5}  {row.topic.label:<28} {row.town:<18} {row.status.label:<15} "
              f"{public:<10} {row.title}")
    print(f"{len(rows)} Praxisbeispiel(e)")
    return EXIT_OK


def _list_programmes(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.knowledge import list_programmes

    rows = list_programmes(db, today=date.today())
    if arguments.json:
        print(json.dumps([{
            "id": row.id, "name": row.name, "funder": row.funder, "rate": row.rate,
            "valid_from": row.valid_from.isoformat() if row.valid_from else None,
            "valid_to": row.valid_to.isoformat() if row.valid_to else None,
            "checked_on": row.checked_on.isoformat() if row.checked_on else None,
            "public": row.public, "outdated": row.outdated or None}
            for row in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        note = f"  ⚠ {row.outdated}" if row.outdated else ""
        print(f"{row.id:>5}  {row.name:<45} {row.funder:<35} bis "
              f"{format_date(row.valid_to) or 'offen':<10}{note}")
    print(f"{len(rows)} Förderprogramm(e)")
    return EXIT_OK


def _export_guide(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.knowledge_guide import export_guide
    from app.settings import load_settings

    written = export_guide(db, arguments.kind, arguments.out, today=date.today(),
                           sender=load_settings().sender_name)
    what = "Praxisbeispiel(e)" if arguments.kind == "praxis" else "Förderprogramm(e)"
    pictures = f", {written.pictures} Bild(er)" if arguments.kind == "praxis" else ""
    print(f"Leitfaden geschrieben nach {written.path}: {written.entries} {what}{pictures}.")
    return EXIT_OK


def _import_programmes(db: Database, arguments: argparse.Namespace) -> int:
    from app.services import knowledge_import as catalogue_import
    from app.services.table_reader import read_table

    kind = catalogue_import.PROGRAMMES
    table = read_table(arguments.file)
    mapping = catalogue_import.suggest_mapping(kind, table.headers)
    mapped = ", ".join(f"{table.headers[column]} → {kind.fields[name]}"
                       for column, name in mapping.items())
    print(f"Datei: {arguments.file}")
    print(f"Spalten: {mapped or 'keine erkannt'}")
    for note in table.notes:
        print(f"Hinweis: {note}")
    today = date.today()
    preview = catalogue_import.analyse(db, kind, table, mapping, today=today)
    print(f"Gelesen: {len(preview.rows)} Zeile(n), fehlerfrei: {preview.good}, "
          f"fehlerhaft: {len(preview.bad_rows)}")
    for row in [row for row in preview.rows if row.notes]:
        print(f"  Zeile {row.line} angepasst: {'; '.join(row.notes)}")
    if preview.bad_rows:
        print(preview.summary())
        print("Fehler: Die Datei wurde nicht eingelesen; es wurde nichts geändert.",
              file=sys.stderr)
        return EXIT_FAILURE
    if arguments.dry_run:
        print("Probelauf: nichts gespeichert.")
        return EXIT_OK
    imported = catalogue_import.import_rows(db, preview, today=today)
    print(f"Importiert: {imported} Förderprogramm(e).")
    return EXIT_OK
