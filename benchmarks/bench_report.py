"""Measure the status report as PDF (issue: reporting and the cockpit).

Targets: the PDF report for a year of the demo data ≤ 1.5 s; for the busiest year of the large
demo set (5,000 meetings, 100,000 time entries) ≤ 5 s. The Word report is measured alongside.

Each figure is the median of several runs, printed next to the median of a fixed CPU baseline
measured in the same run, so results from a busy shared machine can be compared as ratios.

Usage: python benchmarks/bench_report.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from app.db.database import Database  # noqa: E402
from app.db.location import sqlite_target  # noqa: E402
from app.db.opening import open_database  # noqa: E402
from app.domain.models import Meeting  # noqa: E402
from app.services.demo import DemoSize, fill_demo  # noqa: E402
from app.services.report_exports import export_report  # noqa: E402
from benchmarks.timing import baseline, median_seconds, print_figures  # noqa: E402


def busiest_year(db: Database) -> int:
    year = func.strftime("%Y", Meeting.starts_at)
    with db.reading() as session:
        busiest = session.execute(select(year, func.count()).group_by(year)
                                  .order_by(func.count().desc()).limit(1)).one()
    return int(busiest[0])


def report_seconds(db: Database, year: int, out: Path, runs: int) -> float:
    first, last = date(year, 1, 1), date(year, 12, 31)
    return median_seconds(lambda: export_report(db, first, last, out, sender="Geschäftsstelle",
                                                today=date(year + 1, 1, 15)), runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    folder = Path(tempfile.mkdtemp(prefix="bench-report-"))
    demo = open_database(sqlite_target(folder / "demo.sqlite3"))
    print("Demodaten werden angelegt …", flush=True)
    fill_demo(demo, today=date.today())
    large = open_database(sqlite_target(folder / "large.sqlite3"))
    print("Großer Messdatensatz wird angelegt (5.000 Sitzungen, 100.000 Stunden) …", flush=True)
    fill_demo(large, DemoSize.LARGE, today=date.today())
    year = busiest_year(large)

    base = median_seconds(baseline, runs)
    figures = [
        ("Bericht PDF, Demodaten 2023", 1.5,
         report_seconds(demo, 2023, folder / "demo.pdf", runs)),
        ("Bericht Word, Demodaten 2023", 1.5,
         report_seconds(demo, 2023, folder / "demo.docx", runs)),
        (f"Bericht PDF, großer Datensatz {year}", 5.0,
         report_seconds(large, year, folder / "large.pdf", runs)),
    ]
    print_figures(figures, base, runs)
    pages = folder / "large.pdf"
    print(f"\nGröße des großen Berichts: {pages.stat().st_size / 1024:.0f} KB ({pages})")
    demo.dispose()
    large.dispose()


if __name__ == "__main__":
    main()
