"""Headless commands for the contract's figures: contracts, quotas of a year, hours of a
period, the status report."""

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
    contracts = new_parser(commands, "contracts",
                           "Verträge mit Laufzeit, Kontingenten, Budgets und Berichtsterminen")
    contracts.add_argument("--json", action="store_true", help="als JSON ausgeben")
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
    return {"quotas": _quotas, "contracts": _contracts, "export-hours": _export_hours,
            "export-report": _export_report}


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


def _contracts(db: Database, arguments: argparse.Namespace) -> int:
    from app.domain.enums import QuotaKind
    from app.services.contract_editing import contract_notes, list_contracts, load_contract

    contracts = [(row, load_contract(db, row.id)[0]) for row in list_contracts(db)]
    if arguments.json:
        print(json.dumps([{
            "id": row.id, "client": row.client, "title": row.title,
            "starts_on": row.starts_on.isoformat(), "ends_on": row.ends_on.isoformat(),
            "protocol_due_days": draft.protocol_due_days,
            "protocol_due_working_days": draft.protocol_due_working_days,
            "quotas": [{"year": year, "kind": kind.value, "allowed": allowed}
                       for (year, kind), allowed in sorted(draft.quotas.items())],
            "budgets": [{"category": b.category.value, "hours": b.hours,
                         "from": b.period_start.isoformat(), "to": b.period_end.isoformat()}
                        for b in draft.budgets],
            "reporting_periods": [{"title": p.title, "from": p.start_date.isoformat(),
                                   "to": p.end_date.isoformat(), "due": p.due_date.isoformat()}
                                  for p in draft.periods],
            "notes": contract_notes(draft)} for row, draft in contracts],
            ensure_ascii=False, indent=2))
        return EXIT_OK
    if not contracts:
        print("Kein Vertrag eingetragen.")
    for row, draft in contracts:
        print(f"{row.title} ({row.client}), {row.starts_on:%d.%m.%Y} – {row.ends_on:%d.%m.%Y}, "
              f"Protokollfrist {row.due_rule}")
        for year in draft.years:
            figures = ", ".join(f"{kind.label} {draft.quotas[(year, kind)]}"
                                for kind in QuotaKind if (year, kind) in draft.quotas)
            print(f"  Kontingente {year}: {figures or '—'}")
        for budget in draft.budgets:
            print(f"  Budget {budget.category.label}: {budget.hours} h, "
                  f"{budget.period_start:%d.%m.%Y} – {budget.period_end:%d.%m.%Y}")
        for period in draft.periods:
            print(f"  {period.title}: {period.start_date:%d.%m.%Y} – {period.end_date:%d.%m.%Y}, "
                  f"Abgabe {period.due_date:%d.%m.%Y}")
        for note in contract_notes(draft):
            print(f"  Hinweis: {note}")
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
