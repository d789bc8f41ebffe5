"""Measure the contacts tab on the large demo set, the filter, the import and the memory.

Targets: the contacts tab opens in ≤ 0.5 s; a filter keystroke updates in ≤ 30 ms median and
≤ 3× the equivalent raw SQLite query; importing a 20,000-row CSV runs at ≥ 5,000 rows/s; the
running application stays ≤ 300 MB.

Usage: python benchmarks/bench_contacts.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db.database import Database  # noqa: E402
from app.db.location import sqlite_target  # noqa: E402
from app.db.opening import open_database  # noqa: E402
from app.services.contact_import import (  # noqa: E402
    EarlyBackup,
    analyse,
    import_rows,
    suggest_mapping,
)
from app.services.demo import DemoSize, fill_demo  # noqa: E402
from app.services.table_reader import read_table  # noqa: E402
from benchmarks.timing import median_seconds  # noqa: E402

KEYSTROKES = ("m", "mü", "mül", "müll", "mülle", "müller")


APP_MEMORY_SCRIPT = """
import os, resource, sys
from datetime import date
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from app.db.location import sqlite_target
from app.db.opening import open_database
from app.ui.main_window import MainWindow
app = QApplication([])
db = open_database(sqlite_target(Path(sys.argv[1])))
window = MainWindow(db=db, ui_state=QSettings(sys.argv[2], QSettings.Format.IniFormat),
                    today=date(2024, 5, 15))
window.show()
for tab in range(window.tabs.count()):
    window.tabs.setCurrentIndex(tab)
    app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def application_megabytes(path: Path) -> float | None:
    """Peak memory of the application with every tab shown, in a process of its own."""
    try:
        import resource  # noqa: F401 - only to learn whether this platform has it
    except ImportError:
        return None
    result = subprocess.run(
        [sys.executable, "-c", APP_MEMORY_SCRIPT, str(path), str(path.with_suffix(".ini"))],
        capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parent.parent)
    return float(result.stdout.strip().splitlines()[-1])


def raw_query_seconds(path: Path, runs: int) -> float:
    """The same filter as plain SQL over persons, organisations and AGs."""
    connection = sqlite3.connect(path)
    sql = ("SELECT p.id FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id "
           "WHERE p.archived = 0 AND (p.last_name LIKE ? OR p.first_name LIKE ? OR o.name LIKE ? "
           "OR p.function LIKE ? OR p.email LIKE ?)")
    timings = []
    for _ in range(runs):
        for needle in KEYSTROKES:
            pattern = f"%{needle}%"
            start = time.perf_counter()
            connection.execute(sql, (pattern,) * 5).fetchall()
            timings.append(time.perf_counter() - start)
    connection.close()
    return statistics.median(timings)


def write_import_file(path: Path, rows: int, prefix: str = "Importiert") -> None:
    """A file as real lists are: optional columns irregularly empty (every row differs in which
    fields it fills, which is what made the database step slow)."""
    lines = ["Vorname;Nachname;Organisation;Funktion;E-Mail;Telefon;Straße;PLZ;Ort"]
    for n in range(rows):
        cells = [f"Vorname{n}", f"{prefix}{n}", f"Organisation {n % 300}", "Referentin",
                 f"{prefix.lower()}{n}@example.org", f"0361 {100000 + n}", f"Anger {n % 90 + 1}",
                 f"{99084 + n % 7:05d}", "Erfurt"]
        for position, every in ((2, 7), (3, 2), (4, 3), (5, 5), (6, 4), (7, 6), (8, 9)):
            if (n * 31 + position) % every == 0:
                cells[position] = ""
        lines.append(";".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")


def write_xlsx_file(source: Path, target: Path) -> None:
    """The same kind of list as an Excel workbook, as offices keep them."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for line in source.read_text(encoding="utf-8-sig").splitlines():
        sheet.append(line.split(";"))
    workbook.save(target)


def import_rates(db: Database, source: Path) -> tuple[float, float, int]:
    """Rows per second end to end (read, check, safety backup, insert) and for the database
    step alone (from the end of the safety backup to the commit)."""
    start = time.perf_counter()
    backup = EarlyBackup(db)  # as import-contacts does: the safety backup beside the checks
    table = read_table(source)
    preview = analyse(db, table, suggest_mapping(table.headers))
    steps: list[float] = []
    imported = import_rows(db, preview, progress=lambda: steps.append(time.perf_counter()),
                           backup=backup)
    end = time.perf_counter()
    return imported / (end - start), imported / (end - steps[0]), imported


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    folder = Path(tempfile.mkdtemp(prefix="bench-contacts-"))
    path = folder / "bench.sqlite3"
    db = open_database(sqlite_target(path))
    print("Messdatensatz wird angelegt (20.000 Personen) …", flush=True)
    fill_demo(db, DemoSize.LARGE, today=date.today())

    from PySide6.QtWidgets import QApplication

    from app.ui.tabs.contacts_tab import ContactsTab

    app = QApplication.instance() or QApplication([])

    def open_tab() -> ContactsTab:
        tab = ContactsTab(db=db)
        tab.resize(1200, 800)
        tab.show()
        app.processEvents()
        return tab

    open_time = median_seconds(lambda: open_tab().deleteLater(), runs)
    tab = open_tab()
    keystroke_timings = []
    for _ in range(runs):
        for needle in KEYSTROKES:
            start = time.perf_counter()
            tab.search.setText(needle)
            app.processEvents()
            keystroke_timings.append(time.perf_counter() - start)
        tab.search.clear()
    keystroke = statistics.median(keystroke_timings)
    raw = raw_query_seconds(path, runs)
    memory = application_megabytes(path)  # on the 20,000 persons, before the imports add more

    source = folder / "import.csv"
    write_import_file(source, 20_000)
    import_rate, database_rate, imported = import_rates(db, source)
    excel = folder / "import.xlsx"
    write_import_file(folder / "excel.csv", 20_000, prefix="Tabelle")
    write_xlsx_file(folder / "excel.csv", excel)
    excel_rate, _excel_database_rate, excel_imported = import_rates(db, excel)

    print(f"\n{'Messung':<46}{'Wert':>14}{'Ziel':>14}  Ergebnis")
    rows = [
        ("Kontakte-Reiter öffnen (20.000 Personen)", f"{open_time * 1000:.0f} ms", "≤ 500 ms",
         open_time <= 0.5),
        ("Filter je Tastendruck (Median)", f"{keystroke * 1000:.1f} ms", "≤ 30 ms",
         keystroke <= 0.03),
        ("… im Verhältnis zur SQL-Abfrage", f"{keystroke / raw:.2f} ×", "≤ 3 ×",
         keystroke <= 3 * raw),
        ("Import 20.000 Zeilen CSV (lückenhaft)", f"{import_rate:,.0f} Z/s".replace(",", "."),
         "≥ 5.000 Z/s", import_rate >= 5000 and imported == 20_000),
        ("… davon Datenbankschritt", f"{database_rate:,.0f} Z/s".replace(",", "."),
         "≥ 20.000 Z/s", database_rate >= 20_000),
        ("Import 20.000 Zeilen Excel (.xlsx)", f"{excel_rate:,.0f} Z/s".replace(",", "."),
         "≥ 2.000 Z/s", excel_rate >= 2000 and excel_imported == 20_000),
    ]
    if memory is not None:
        rows.append(("Speicher der Anwendung (alle Reiter)", f"{memory:.0f} MB", "≤ 300 MB",
                     memory <= 300))
    for name, value, target, met in rows:
        print(f"{name:<46}{value:>14}{target:>14}  {'erreicht' if met else 'VERFEHLT'}")
    print(f"(SQL-Abfrage Median: {raw * 1000:.1f} ms)")
    db.dispose()


if __name__ == "__main__":
    main()
