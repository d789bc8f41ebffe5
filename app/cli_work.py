"""Headless commands for the contract's figures: quotas of a year, hours of a period."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli_meetings import Command, parse_day, parse_year

if TYPE_CHECKING:
    from app.db.database import Database

EXIT_OK = 0


def add_work_commands(commands: Any, new_parser: Callable[..., argparse.ArgumentParser],
                      ) -> dict[str, Command]:
    quotas = new_parser(commands, "quotas", "Kontingente eines Jahres: genutzt und erlaubt")
    quotas.add_argument("--year", type=parse_year, required=True, metavar="JAHR",
                        help="das Jahr")
    quotas.add_argument("--json", action="store_true", help="als JSON ausgeben")
    hours = new_parser(commands, "export-hours", "Stunden eines Zeitraums als Excel-Datei")
    hours.add_argument("--from", dest="first", required=True, type=parse_day, metavar="DATUM",
                       help="erster Tag (TT.MM.JJJJ)")
    hours.add_argument("--to", dest="last", required=True, type=parse_day, metavar="DATUM",
                       help="letzter Tag (TT.MM.JJJJ)")
    hours.add_argument("--out", required=True, type=Path, metavar="DATEI",
                       help="Zieldatei (.xlsx)")
    report = new_parser(commands, "export-report",
                        "Statusbericht eines Zeitraums als PDF oder Word")
    report.add_argument("--from", dest="first", required=True, type=parse_day, metavar="DATUM",
                        help="erster Tag (TT.MM.JJJJ oder JJJJ-MM-TT)")
    report.add_argument("--to", dest="last", required=True, type=parse_day, metavar="DATUM",
                        help="letzter Tag")
    report.add_argument("--title", default="", metavar="TITEL", help="Titel des Berichts")
    report.add_argument("--out", required=True, type=Path, metavar="DATEI",
                        help="Zieldatei (.pdf oder .docx)")
    return {"quotas": _quotas, "export-hours": _export_hours, "export-report": _export_report}


def _quotas(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.contract import quota_status

    statuses = quota_status(db, arguments.year)
    if arguments.json:
        print(json.dumps([{"kind": s.kind.value, "label": s.kind.label, "scope": s.scope,
                           "used": s.used, "allowed": s.allowed} for s in statuses],
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Kontingente {arguments.year}")
    for status in statuses:
        name = status.kind.label + (f" – {status.scope}" if status.scope else "")
        allowed = "—" if status.allowed is None else str(status.allowed)
        print(f"  {name:<40} {status.used:>5} / {allowed}")
    return EXIT_OK


def _export_hours(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.hours import export_hours_xlsx

    path, count = export_hours_xlsx(db, arguments.first, arguments.last, arguments.out)
    print(f"{count} Einträge geschrieben nach {path}")
    return EXIT_OK


def _export_report(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.report_exports import export_report
    from app.settings import load_settings

    path = export_report(db, arguments.first, arguments.last, arguments.out,
                         sender=load_settings().sender_name, title=arguments.title)
    print(f"Bericht geschrieben nach {path}")
    return EXIT_OK
