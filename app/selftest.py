"""``--self-test``: proves on a user's PC (frozen or not, no display needed) that the program
works end to end: a fresh database, migrations, demo data, the main window, and each kind of file
the program writes, each checked to be well formed."""

from __future__ import annotations

import os
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app import APP_DISPLAY_NAME, __version__

if TYPE_CHECKING:
    from app.db.database import Database
    from app.services.meeting_exports import ExportSetup

Print = Callable[[str], None]


class SelfTestFailure(Exception):
    """A step found something wrong; the message is German."""


@dataclass
class SelfTest:
    folder: Path
    results: list[tuple[str, str | None, float]] = field(default_factory=list)
    db: Database | None = None
    meeting_id: int = 0

    @property
    def database(self) -> Database:
        if self.db is None:
            raise SelfTestFailure("keine Datenbank")
        return self.db

    def step(self, name: str, action: Callable[[], object]) -> None:
        start = time.perf_counter()
        try:
            action()
            problem = None
        except Exception as error:  # noqa: BLE001 - every failure is reported by name
            problem = f"{error.__class__.__name__}: {error}"
        self.results.append((name, problem, time.perf_counter() - start))

    @property
    def ok(self) -> bool:
        return all(problem is None for _name, problem, _seconds in self.results)


def run_self_test(out: Print = print) -> int:
    """Run every step (later steps are skipped once the database is missing); 0 when all pass."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out(f"{APP_DISPLAY_NAME} {__version__} – Selbsttest")
    with tempfile.TemporaryDirectory(prefix="buendnisbuero-selbsttest-") as folder:
        test = SelfTest(Path(folder))
        test.step("Datenbank anlegen und migrieren", lambda: _open(test))
        if test.db is not None:
            test.step("Demodaten schreiben", lambda: _demo(test))
            test.step("Hauptfenster aufbauen (ohne Bildschirm)", lambda: _window(test))
            test.step("Protokoll als Word-Datei (.docx)", lambda: _protocol(test))
            test.step("Anwesenheitsliste als PDF", lambda: _attendance(test))
            test.step("Anwesenheitsliste drucken (in eine PDF-Datei)", lambda: _print(test))
            test.step("Statusbericht als PDF", lambda: _report(test))
            test.step("Kalender als iCalendar-Datei (.ics)", lambda: _calendar(test))
            test.step("Best-Practice-Börse als PDF-Heft", lambda: _guide(test))
            _close(test)
    for name, problem, seconds in test.results:
        mark = "ok    " if problem is None else "FEHLER"
        out(f"  {mark} {name} ({seconds:.1f} s)" + (f": {problem}" if problem else ""))
    failed = [name for name, problem, _seconds in test.results if problem is not None]
    if failed:
        out(f"Selbsttest fehlgeschlagen: {', '.join(failed)}.")
        return 1
    out(f"Selbsttest bestanden: alle {len(test.results)} Schritte in Ordnung.")
    return 0


def _open(test: SelfTest) -> None:
    from app.db.location import sqlite_target
    from app.db.opening import open_database
    from app.db.schema_version import HEAD
    from app.services.info import entity_counts
    from app.services.safety import migration_backup

    db = open_database(sqlite_target(test.folder / "selbsttest.sqlite3"),
                       backup_before_migration=migration_backup)
    test.db = db
    with db.engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if revision != HEAD:
        raise SelfTestFailure(f"Schemastand {revision}, erwartet {HEAD}")
    if not entity_counts(db):
        raise SelfTestFailure("keine Tabellen")


def _demo(test: SelfTest) -> None:
    from app.services.demo import fill_demo
    from app.services.meetings import list_meetings

    db = test.database
    fill_demo(db, today=date.today())
    held = [m for m in list_meetings(db, today=date(2024, 12, 31)) if m.attended]
    if not held:
        raise SelfTestFailure("keine durchgeführten Sitzungen in den Demodaten")
    test.meeting_id = held[-1].id


def _window(test: SelfTest) -> None:
    from app.ui.self_test_window import paint_main_window

    if not paint_main_window(test.database, test.folder):
        raise SelfTestFailure("das Hauptfenster ließ sich nicht zeichnen")


def _setup() -> ExportSetup:
    from app.services.meeting_exports import standard_setup
    from app.settings import Settings

    return standard_setup(Settings(), today=date(2024, 12, 31), now=datetime(2024, 12, 31, 9))


def _protocol(test: SelfTest) -> None:
    from docx import Document

    from app.exports.templates import TemplateKind
    from app.services.meeting_exports import export_word

    path = test.folder / "Protokoll.docx"
    export_word(test.database, test.meeting_id, TemplateKind.PROTOCOL, path, _setup())
    with zipfile.ZipFile(path) as archive:
        if archive.testzip() is not None or "word/document.xml" not in archive.namelist():
            raise SelfTestFailure("die Word-Datei ist kein gültiges Dokument")
    text = "\n".join(paragraph.text for paragraph in Document(str(path)).paragraphs)
    if "Protokoll" not in text:
        raise SelfTestFailure("im Protokoll fehlt die Überschrift")


def _check_pdf(path: Path) -> None:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:] or b"/Type /Page" not in data:
        raise SelfTestFailure(f"{path.name} ist keine vollständige PDF-Datei")


def _attendance(test: SelfTest) -> None:
    from app.services.meeting_exports import export_attendance_list

    path = test.folder / "Anwesenheitsliste.pdf"
    export_attendance_list(test.database, test.meeting_id, path, _setup())
    _check_pdf(path)


def _print(test: SelfTest) -> None:
    """Printing renders the exported PDF with PDFium; a frozen build must carry its library."""
    from app.ui.pdf_printing import print_to_pdf_file

    printed = test.folder / "Druck.pdf"
    if print_to_pdf_file(test.folder / "Anwesenheitsliste.pdf", printed) < 1:
        raise SelfTestFailure("Die Anwesenheitsliste hat keine Seite zum Drucken")
    _check_pdf(printed)


def _report(test: SelfTest) -> None:
    from app.services.report_exports import export_report

    path = test.folder / "Statusbericht.pdf"
    export_report(test.database, date(2023, 1, 1), date(2023, 10, 31), path,
                  sender="Selbsttest", today=date(2023, 11, 1))
    _check_pdf(path)


def _calendar(test: SelfTest) -> None:
    from icalendar import Calendar

    from app.services.meeting_exports import export_calendar

    path = test.folder / "Sitzungen.ics"
    _written, count = export_calendar(test.database, date(2023, 1, 1), date(2023, 12, 31),
                                      path, _setup())
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    if count == 0 or len(events) != count:
        raise SelfTestFailure(f"{len(events)} Termine gelesen, {count} geschrieben")


def _guide(test: SelfTest) -> None:
    from app.services.knowledge_guide import export_guide

    written = export_guide(test.database, "praxis", test.folder / "Best-Practice-Börse.pdf",
                           today=date.today(), sender="Selbsttest")
    if not written.entries or not written.pictures:
        raise SelfTestFailure("das Heft enthält keine Praxisbeispiele mit Bildern")
    _check_pdf(written.path)


def _close(test: SelfTest) -> None:
    if test.db is not None:
        test.db.dispose()
        test.db = None
