"""Headless meeting commands: list the meetings, tasks and registrations, export their
documents, import registrations."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.formatting import format_date, parse_german_date
from app.domain.limits import MAX_RECORD_ID, year_problem

if TYPE_CHECKING:
    from app.db.database import Database
    from app.services.rows import MeetingRow

Command = Callable[["Database", argparse.Namespace], int]
EXIT_OK = 0
EXIT_PROBLEMS = 1


def parse_day(text: str) -> date:
    """A date as ``TT.MM.JJJJ`` or ``JJJJ-MM-TT`` within the program's years, for argparse
    (German message on error)."""
    try:
        return parse_german_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def parse_year(text: str) -> int:
    """A year within the program's years, for argparse."""
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"„{text}“ ist keine Jahreszahl")
    problem = year_problem(int(text))
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return int(text)


def meeting_id(text: str) -> int:
    """A record number (meeting, person) for argparse: ASCII digits from 1 to the largest
    number a record can have."""
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_RECORD_ID:
        raise argparse.ArgumentTypeError(f"„{text}“ ist keine gültige Nummer (eine ganze Zahl "
                                         f"von 1 bis {MAX_RECORD_ID})")
    return int(text)


def add_meeting_commands(commands: Any, new_parser: Callable[..., argparse.ArgumentParser],
                         ) -> dict[str, Command]:
    """Register the meeting commands on the sub-parsers; returns their handlers by name."""
    listing = new_parser(commands, "list-meetings", "Sitzungen auflisten (Nummer, Datum, Titel …)")
    listing.add_argument("--year", type=parse_year, metavar="JAHR", help="nur dieses Jahr")
    listing.add_argument("--json", action="store_true", help="als JSON ausgeben")
    for name, text, suffixes in (
            ("export-invitation", "Einladung als Word-Brief, Kalendereintrag oder E-Mail-Entwurf",
             ".docx, .ics oder .eml"),
            ("export-agenda", "Tagesordnung als Word-Datei", ".docx"),
            ("export-letters", "persönliche Einladungsbriefe je Person in einer Word-Datei",
             ".docx"),
            ("export-protocol", "Protokoll als Word-Datei oder PDF zum Versand",
             ".docx oder .pdf"),
            ("export-attendance-list", "Anwesenheitsliste mit Unterschriftenspalte als PDF",
             ".pdf"),
            ("export-invitation-list", "Einladungsliste mit Rückmeldungen als PDF", ".pdf"),
            ("export-presentation", "Sitzungspräsentation als PowerPoint-Datei", ".pptx")):
        sub = new_parser(commands, name, text)
        sub.add_argument("id", type=meeting_id, metavar="NUMMER",
                         help="Nummer der Sitzung (siehe list-meetings)")
        sub.add_argument("--out", required=True, type=Path, metavar="DATEI",
                         help=f"Zieldatei ({suffixes})")
    regs = new_parser(commands, "list-registrations",
                      "Anmeldungen einer öffentlichen Veranstaltung mit Warteliste")
    regs.add_argument("id", type=meeting_id, metavar="NUMMER", help="Nummer der Veranstaltung")
    regs.add_argument("--json", action="store_true", help="als JSON ausgeben")
    importing = new_parser(commands, "import-registrations",
                           "Anmeldungen aus der CSV- oder Excel-Datei eines Anmeldeformulars")
    importing.add_argument("id", type=meeting_id, metavar="NUMMER",
                           help="Nummer der Veranstaltung")
    importing.add_argument("file", type=Path, metavar="DATEI", help=".csv oder .xlsx")
    importing.add_argument("--dry-run", action="store_true",
                           help="nur prüfen, nichts übernehmen")
    badges = new_parser(commands, "export-badges", "Namensschilder (8 je A4-Seite) als PDF")
    badges.add_argument("id", type=meeting_id, metavar="NUMMER", help="Nummer der Veranstaltung")
    badges.add_argument("--out", required=True, type=Path, metavar="DATEI",
                        help="Zieldatei (.pdf)")
    tasks = new_parser(commands, "list-tasks",
                       "Aufgaben aus den Protokollen (verantwortlich, fällig, Sitzung)")
    tasks.add_argument("--open", action="store_true", help="nur offene Aufgaben")
    tasks.add_argument("--json", action="store_true", help="als JSON ausgeben")
    calendar = new_parser(commands, "export-calendar",
                          "alle Sitzungen eines Zeitraums als Kalenderdatei (.ics)")
    calendar.add_argument("--from", dest="first", required=True, type=parse_day,
                          metavar="DATUM", help="erster Tag (TT.MM.JJJJ)")
    calendar.add_argument("--to", dest="last", required=True, type=parse_day, metavar="DATUM",
                          help="letzter Tag (TT.MM.JJJJ)")
    calendar.add_argument("--out", required=True, type=Path, metavar="DATEI",
                          help="Zieldatei (.ics)")
    return {"list-meetings": _list_meetings, "list-tasks": _list_tasks,
            "list-registrations": _list_registrations,
            "import-registrations": _import_registrations, "export-badges": _export_badges,
            "export-invitation": _export_invitation,
            "export-agenda": _export_agenda, "export-protocol": _export_protocol,
            "export-letters": _export_letters,
            "export-attendance-list": _export_attendance_list,
            "export-invitation-list": _export_invitation_list,
            "export-presentation": _export_presentation,
            "export-calendar": _export_calendar}


def _list_meetings(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.meetings import list_meetings

    rows = list_meetings(db, year=arguments.year, today=date.today())
    if arguments.json:
        print(json.dumps([_row_json(row) for row in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        overdue = "  Protokoll überfällig" if row.protocol_overdue else ""
        print(f"{row.id:>6}  {format_date(row.starts_at.date())} {row.starts_at:%H:%M}  "
              f"{row.kind.label:<24} {row.group:<10} {row.title}  [{row.status.label}]{overdue}")
    print(f"{len(rows)} Sitzung(en)")
    return EXIT_OK


def _list_registrations(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.registrations import counts, event_settings, list_registrations

    rows = list_registrations(db, arguments.id)
    capacity, _summary = event_settings(db, arguments.id)
    if arguments.json:
        print(json.dumps([{
            "id": row.id, "name": row.name, "organisation": row.organisation,
            "email": row.email, "registered_on": row.registered_on.isoformat(),
            "status": row.status.value, "waiting_place": row.waiting_place,
            "present": row.present, "photo_consent": row.photo_consent,
            "publication_consent": row.publication_consent} for row in rows],
            ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        state = (f"Warteliste {row.waiting_place}" if row.waiting_place
                 else row.status.label) + (", anwesend" if row.present else "")
        print(f"{row.id:>6}  {row.name:<30} {row.organisation:<30} {state}")
    counted = counts(rows, capacity)
    places = f" von {capacity}" if capacity else ""
    print(f"angemeldet {counted.registered}{places}, anwesend {counted.present}, "
          f"Warteliste {counted.waiting}, abgemeldet {counted.cancelled}")
    return EXIT_OK


def _import_registrations(db: Database, arguments: argparse.Namespace) -> int:
    from app.services import registration_import
    from app.services.table_reader import read_table

    table = read_table(arguments.file)
    checks = registration_import.analyse(
        table, registration_import.suggest_mapping(table.headers))
    bad = [check for check in checks if check.problems]
    for check in bad:
        print(f"Zeile {check.line}: {' '.join(check.problems)}", file=sys.stderr)
    if bad:
        print(f"{len(bad)} von {len(checks)} Zeilen sind fehlerhaft; nichts übernommen.",
              file=sys.stderr)
        return EXIT_PROBLEMS
    if arguments.dry_run:
        print(f"{len(checks)} Anmeldungen geprüft, alle in Ordnung (nichts übernommen).")
        return EXIT_OK
    count = registration_import.import_registrations(db, arguments.id, checks,
                                                     today=date.today())
    print(f"{count} Anmeldungen übernommen.")
    return EXIT_OK


def _export_badges(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.event_exports import export_badges

    return _done(export_badges(db, arguments.id, arguments.out, _setup()))


def _list_tasks(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.protocols import list_tasks

    rows = list_tasks(db, today=date.today(), open_only=arguments.open)
    if arguments.json:
        print(json.dumps([{
            "id": row.id, "description": row.description, "responsible": row.responsible,
            "due_date": row.due_date.isoformat() if row.due_date else None, "done": row.done,
            "overdue": row.overdue, "meeting_id": row.meeting_id, "meeting": row.meeting,
            "meeting_day": row.meeting_day.isoformat(), "top": row.top} for row in rows],
            ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        state = "erledigt" if row.done else "überfällig" if row.overdue else "offen"
        due = format_date(row.due_date) if row.due_date else "ohne Frist"
        print(f"{row.id:>6}  {due:<10}  {state:<10}  {row.description}  "
              f"({row.responsible or 'niemand benannt'}; {row.meeting}, "
              f"{format_date(row.meeting_day)}, TOP {row.top})")
    print(f"{len(rows)} Aufgabe(n)")
    return EXIT_OK


def _row_json(row: MeetingRow) -> dict[str, Any]:
    return {"id": row.id, "starts_at": row.starts_at.isoformat(),
            "ends_at": row.ends_at.isoformat(), "kind": row.kind.value,
            "kind_label": row.kind.label,
            "group": row.group, "title": row.title, "format": row.format.value,
            "place": row.place, "status": row.status.value, "invited": row.invited,
            "attended": row.attended, "protocol_overdue": row.protocol_overdue}


def _setup() -> Any:
    from app.services.meeting_exports import standard_setup
    from app.settings import load_settings

    return standard_setup(load_settings(), today=date.today(), now=datetime.now())


def _done(path: Path) -> int:
    print(f"Geschrieben: {path}")
    return EXIT_OK


def _export_invitation(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.meeting_exports import export_invitation

    return _done(export_invitation(db, arguments.id, arguments.out, _setup()))


def _export_word(db: Database, arguments: argparse.Namespace, kind_name: str) -> int:
    from app.exports.templates import TemplateKind
    from app.services.meeting_exports import export_word

    return _done(export_word(db, arguments.id, TemplateKind(kind_name), arguments.out, _setup()))


def _export_agenda(db: Database, arguments: argparse.Namespace) -> int:
    return _export_word(db, arguments, "tagesordnung")


def _export_protocol(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.meeting_exports import export_protocol

    return _done(export_protocol(db, arguments.id, arguments.out, _setup()))


def _export_letters(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.meeting_exports import export_letters

    return _done(export_letters(db, arguments.id, arguments.out, _setup()))


def _export_attendance_list(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.meeting_exports import export_attendance_list

    return _done(export_attendance_list(db, arguments.id, arguments.out, _setup()))


def _export_invitation_list(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.meeting_exports import export_invitation_list

    return _done(export_invitation_list(db, arguments.id, arguments.out, _setup()))


def _export_presentation(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.meeting_exports import export_presentation

    return _done(export_presentation(db, arguments.id, arguments.out, _setup()))


def _export_calendar(db: Database, arguments: argparse.Namespace) -> int:
    from app.services.meeting_exports import export_calendar

    path, count = export_calendar(db, arguments.first, arguments.last, arguments.out, _setup())
    print(f"{count} Sitzung(en) geschrieben nach {path}")
    return EXIT_OK



