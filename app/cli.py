"""The headless commands (``python -m app <Befehl>``) and the German command line."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from app import APP_DISPLAY_NAME, __version__
from app.cli_backups import FileCommand, add_backup_commands
from app.cli_contacts import add_contact_commands
from app.cli_knowledge import add_knowledge_commands
from app.cli_meetings import Command, add_meeting_commands
from app.cli_public import add_public_commands
from app.cli_work import add_work_commands
from app.db.errors import DatabaseOpenError
from app.db.location import ENV_VARIABLE, DatabaseTarget, resolve_target
from app.domain.errors import DomainError

if TYPE_CHECKING:
    from app.db.database import Database

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class GermanArgumentParser(argparse.ArgumentParser):
    """argparse with German headings and error messages."""

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "Aufruf:", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "Aufruf:", 1)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"Fehler: {german_error(message)}\nHilfe: python -m app --help\n")


_ARGPARSE_PHRASES = (
    ("the following arguments are required:", "diese Angaben fehlen:"),
    ("unrecognized arguments:", "unbekannte Angaben:"),
    ("invalid choice:", "ungültige Auswahl:"),
    ("choose from", "erlaubt sind"),
    ("expected one argument", "hier fehlt ein Wert"),
    ("invalid int value:", "keine ganze Zahl:"),
    ("argument ", "Angabe "),
)


def german_error(message: str) -> str:
    """argparse's English error messages in German (argparse has no German catalogue)."""
    for english, german in _ARGPARSE_PHRASES:
        message = message.replace(english, german)
    return message


def build_parser() -> GermanArgumentParser:
    parser = GermanArgumentParser(
        prog="python -m app", add_help=False,
        description=f"{APP_DISPLAY_NAME} – Geschäftsstelle des Bündnisses. Ohne Befehl startet "
                    "die Anwendung mit Fenster.",
        epilog=f"Die Datenbank wird so gewählt: --db, sonst die Umgebungsvariable {ENV_VARIABLE}, "
               "sonst die Einstellungen, sonst die Datei im Benutzer-Datenordner.")
    parser._optionals.title = "Optionen"
    parser.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen und beenden")
    parser.add_argument("--version", action="version", version=f"{APP_DISPLAY_NAME} {__version__}",
                        help="Programmversion zeigen und beenden")
    parser.add_argument("--db", metavar="PFAD_ODER_URL",
                        help="SQLite-Datei oder SQLAlchemy-URL (z. B. postgresql+psycopg://…)")
    parser.add_argument("--self-test", action="store_true",
                        help="Selbsttest ohne Bildschirm: neue Datenbank, Demodaten, Hauptfenster "
                             "und alle Dateiarten; Rückgabewert ≠ 0 bei einem Fehler")
    parser.add_argument("--demo", action="store_true",
                        help="beim Start mit Fenster eine leere Datenbank mit Demodaten füllen")
    commands = parser.add_subparsers(dest="command", title="Befehle", metavar="BEFEHL",
                                     parser_class=GermanArgumentParser)
    demo = commands.add_parser("demo", add_help=False, help="Demodaten in die Datenbank schreiben",
                               description="Füllt eine leere Datenbank mit dem Demo-Bündnis.")
    demo.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen und beenden")
    demo.add_argument("--size", choices=["normal", "large"], default="normal",
                      help="normal: das Bündnis 2022–2024; large: zusätzlich ein großer "
                           "Messdatensatz (20.000 Personen, 5.000 Sitzungen, 100.000 Zeiteinträge)")
    for name, text in (("info", "Pfad der Datenbank und Anzahl der Datensätze je Art zeigen"),
                       ("check", "Datenbank auf Schäden prüfen (Rückgabewert ≠ 0 bei Schaden)")):
        _new_command(commands, name, text)
    template = _new_command(commands, "check-template",
                            "eine Word-Vorlage prüfen (Rückgabewert ≠ 0 mit den Gründen)")
    template.add_argument("file", metavar="DATEI", type=Path, help="die .docx-Vorlage")
    _COMMANDS.update(add_meeting_commands(commands, _new_command))
    _COMMANDS.update(add_contact_commands(commands, _new_command))
    _COMMANDS.update(add_work_commands(commands, _new_command))
    _COMMANDS.update(add_public_commands(commands, _new_command))
    _COMMANDS.update(add_knowledge_commands(commands, _new_command))
    _FILE_COMMANDS.update(add_backup_commands(commands, _new_command))
    return parser


def _new_command(commands: Any, name: str, text: str) -> argparse.ArgumentParser:
    sub: argparse.ArgumentParser = commands.add_parser(name, add_help=False, help=text,
                                                       description=text)
    sub._optionals.title = "Optionen"
    sub._positionals.title = "Angaben"
    sub.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen und beenden")
    return sub


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; every failure ends in a German message and a status ≠ 0, never in a
    traceback (the one place where errors of the headless commands are translated)."""
    try:
        return _run(argv)
    except BrokenPipeError:
        # The reader of the output went away (e.g. ``| head``): stop quietly.
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - until exit
        return EXIT_OK
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        print(f"Fehler: Datei- oder Ordnerzugriff fehlgeschlagen: "
              f"{error.strerror or error}{where}.", file=sys.stderr)
        return EXIT_FAILURE
    except DomainError as error:
        print(f"Fehler: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as error:  # noqa: BLE001 - the last line of defence, see above
        return _unexpected(error)


def _unexpected(error: Exception) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    damaged = any(word in str(error).lower() for word in ("malformed", "not a database"))
    if isinstance(error, SQLAlchemyError) and damaged:
        print("Fehler: Die Datenbank ist beschädigt; es wurde nichts geändert. „check“ zeigt "
              "die Schäden, „restore“ holt eine Sicherung zurück.", file=sys.stderr)
    elif isinstance(error, SQLAlchemyError):
        print(f"Fehler: Die Datenbank meldet einen Fehler ({error.__class__.__name__}); es "
              "wurde nichts geändert. Bitte mit „check“ prüfen.", file=sys.stderr)
    else:
        print(f"Fehler: Unerwarteter Fehler ({error.__class__.__name__}: {error}). Mit "
              f"{DEBUG_VARIABLE}=1 zeigt das Programm die Einzelheiten.", file=sys.stderr)
    if os.environ.get(DEBUG_VARIABLE):
        traceback.print_exception(error)
    return EXIT_FAILURE


DEBUG_VARIABLE = "BUENDNISBUERO_DEBUG"


def _run(argv: Sequence[str] | None) -> int:
    arguments = build_parser().parse_args(argv)
    if arguments.self_test:
        from app.selftest import run_self_test

        return run_self_test()
    if arguments.command is None:
        from app.bootstrap import run_gui

        return run_gui(db_argument=arguments.db, with_demo=arguments.demo)
    if arguments.command == "check-template":
        return _check_template(arguments.file)
    if arguments.command in _FILE_COMMANDS:
        return _run_on_file(arguments)
    try:
        db = _open(arguments.db, create=arguments.command in CREATING_COMMANDS)
    except DatabaseOpenError as error:
        print(f"Fehler: {error}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        return _COMMANDS[arguments.command](db, arguments)
    except DomainError as error:
        print(f"Fehler: {error}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        db.dispose()


def _run_on_file(arguments: argparse.Namespace) -> int:
    from app.settings import load_settings

    try:
        target = resolve_target(arguments.db, load_settings().database)
        return _FILE_COMMANDS[arguments.command](target, arguments)
    except (DomainError, DatabaseOpenError) as error:
        print(f"Fehler: {error}", file=sys.stderr)
        return EXIT_FAILURE


CREATING_COMMANDS = frozenset({"demo"})
"""Commands that may start a new database file; the others need an existing one."""


def _require_existing(target: DatabaseTarget) -> None:
    """Refuse a SQLite path that does not exist (a typo must not create a new database)."""
    path = target.sqlite_path
    if path is not None and not path.exists():
        raise DatabaseOpenError(f"Die Datenbank „{path}“ gibt es nicht. Bitte den Pfad prüfen "
                                "(eine neue Datenbank legt „demo“ oder der Start mit Fenster an).")


def _refuse_damaged(target: DatabaseTarget) -> None:
    """A damaged SQLite file is named as such before any command reads from it (an export
    from it could silently miss rows); ``check`` gives the full report."""
    from app.db.backups import integrity_problems
    from app.db.opening import inspect_sqlite_file

    path = target.sqlite_path
    if path is None or inspect_sqlite_file(path) is None:
        return
    problems = integrity_problems(path, quick=True)
    if problems and not any(word in problems[0] for word in ("locked", "unable to open")):
        raise DatabaseOpenError(
            f"Die Datenbank „{path}“ ist beschädigt ({problems[0]}); es wurde nichts gelesen "
            "oder geändert. „check“ zeigt alle Schäden; „backups“ und „restore“ holen eine "
            "unbeschädigte Sicherung zurück.")


def _open(db_argument: str | None, *, create: bool) -> Database:
    from app.db.opening import open_database
    from app.services.safety import migration_backup
    from app.settings import load_settings

    target = resolve_target(db_argument, load_settings().database)
    if not create:
        _require_existing(target)
        _refuse_damaged(target)
    database = open_database(target, backup_before_migration=migration_backup)
    for notice in database.notices:
        print(f"Hinweis: {notice}", file=sys.stderr)
    return database


def _demo(db: Database, arguments: argparse.Namespace) -> int:
    from datetime import date

    from app.services.demo import DemoSize, fill_demo

    def progress(percent: int, text: str) -> None:
        print(f"{percent:3d} % {text}", file=sys.stderr)

    fill_demo(db, DemoSize(arguments.size), progress, today=date.today())
    print(f"Demodaten geschrieben nach {db.target.display_name}.")
    return EXIT_OK


def _info(db: Database, _arguments: argparse.Namespace) -> int:
    from app.services.info import entity_counts

    counts = entity_counts(db)
    width = max(len(count.label) for count in counts)
    print(f"Datenbank: {db.target.display_name}")
    for count in counts:
        print(f"  {count.label:<{width}}  {count.count:>8}")
    return EXIT_OK


def _check_template(path: Path) -> int:
    """The checks a template passes before the settings dialog takes it, without a database."""
    from app.domain.documents.meeting import Sender, sample_document
    from app.exports.word import read_template, template_problems
    from app.settings import load_settings

    settings = load_settings()
    problems = template_problems(read_template(path),
                                 sample_document(Sender(settings.sender_name,
                                                        settings.sender_email)))
    if problems:
        print(f"Die Vorlage „{path.name}“ wird nicht angenommen:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Die Vorlage „{path.name}“ ist in Ordnung.")
    return EXIT_OK


def _check(target: DatabaseTarget, arguments: argparse.Namespace) -> int:
    """A SQLite file is checked as a file (read-only, also when it is too damaged to open);
    a server database through its connection."""
    if target.sqlite_path is None:
        from app.db.integrity import check_integrity

        db = _open(arguments.db, create=False)
        try:
            problems = list(check_integrity(db.engine).problems)
        finally:
            db.dispose()
    else:
        from app.db.backups import integrity_problems
        from app.db.opening import inspect_sqlite_file

        _require_existing(target)
        inspect_sqlite_file(target.sqlite_path)
        problems = integrity_problems(target.sqlite_path)
    if not problems:
        print(f"Prüfung bestanden: {target.display_name} ist unbeschädigt.")
        return EXIT_OK
    print(f"Die Datenbank {target.display_name} ist beschädigt:", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    return EXIT_FAILURE


_COMMANDS: dict[str, Command] = {"demo": _demo, "info": _info}
_FILE_COMMANDS: dict[str, FileCommand] = {"check": _check}
