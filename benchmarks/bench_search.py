"""Measure the global search on the large data set (contract issue: ≤ 150 ms per keystroke).

Types "Müller", "Netzwerktreffen" and "Wanderbaum" letter by letter into the index and takes the
median time per keystroke; also prints the time to build the index once (after a change).
Each figure is a median, printed next to a fixed CPU baseline measured in the same run.

Usage: python benchmarks/bench_search.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db.location import sqlite_target  # noqa: E402
from app.db.opening import open_database  # noqa: E402
from app.services.demo import DemoSize, fill_demo  # noqa: E402
from app.services.global_search import build_index  # noqa: E402
from benchmarks.timing import baseline, median_seconds, print_figures  # noqa: E402

WORDS = ("Müller", "Netzwerktreffen", "Wanderbaum")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    folder = Path(tempfile.mkdtemp(prefix="bench-search-"))
    db = open_database(sqlite_target(folder / "bench.sqlite3"))
    print("Messdatensatz wird angelegt (20.000 Personen, 5.000 Sitzungen) …", flush=True)
    fill_demo(db, DemoSize.LARGE, today=date.today())
    base = median_seconds(baseline, runs)
    index = build_index(db)
    keystrokes = []
    for _ in range(runs):
        for word in WORDS:
            for length in range(1, len(word) + 1):
                started = time.perf_counter()
                index.find(word[:length])
                keystrokes.append(time.perf_counter() - started)
    print(f"Index: {len(index.entries)} Einträge")
    print_figures([
        ("Suche je Tastendruck (großer Datensatz)", 0.15, statistics.median(keystrokes)),
        ("Index aufbauen (nach einer Änderung)", 2.0,
         median_seconds(lambda: build_index(db), runs)),
    ], base, runs)
    db.dispose()


if __name__ == "__main__":
    main()
