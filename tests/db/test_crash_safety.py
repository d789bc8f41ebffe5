"""Crash safety, proven: a writer process is killed with SIGKILL at random moments; after each
kill the database is sound, no batch is partial and every acknowledged batch is there.

At least 50 kills in the normal run; ``BUENDNISBUERO_KILLS=500`` runs more.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.db.database import Database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL gibt es nur unter POSIX")

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = int(os.environ.get("BUENDNISBUERO_KILLS", "50"))
TAGGED = {
    "persons": "SELECT last_name FROM persons WHERE first_name = 'Schreiber'",
    "meetings": "SELECT title FROM meetings WHERE title LIKE 'B%'",
    "agenda_items": "SELECT title FROM agenda_items WHERE title LIKE 'B%'",
    "protocols": "SELECT m.title FROM protocols p JOIN meetings m ON m.id = p.meeting_id "
                 "WHERE m.title LIKE 'B%'",
    "decisions": "SELECT substr(text, 1, instr(text, ' ') - 1) FROM decisions "
                 "WHERE text LIKE 'B%'",
    "tasks": "SELECT description FROM tasks WHERE description LIKE 'B%'",
    "invitations": "SELECT m.title FROM invitations i JOIN meetings m ON m.id = i.meeting_id "
                   "WHERE m.title LIKE 'B%'",
    "time_entries": "SELECT substr(description, 1, instr(description, ' ') - 1) "
                    "FROM time_entries WHERE description LIKE 'B%'",
}


def start_writer(path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(WRITER), str(path)], stdout=subprocess.PIPE,
                            text=True, bufsize=1)


class Acknowledgements:
    """Reads the writer's stdout in a thread: the batch numbers whose commit returned."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.numbers: list[int] = []
        self.ready = threading.Event()
        self._thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self._thread.start()

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "bereit":
                self.ready.set()
            elif line.strip().isdigit():
                self.numbers.append(int(line))
        self.ready.set()

    def join(self) -> None:
        self._thread.join(timeout=10)


def batches_per_table(path: Path) -> dict[str, set[int]]:
    connection = sqlite3.connect(path)
    try:
        assert [row[0] for row in connection.execute("PRAGMA integrity_check")] == ["ok"]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        return {table: {int(row[0][1:]) for row in connection.execute(query)}
                for table, query in TAGGED.items()}
    finally:
        connection.close()


def test_killed_writers_lose_nothing_acknowledged(db: Database,
                                                  summary: Callable[[str], None]) -> None:
    path = db.target.sqlite_path
    assert path is not None
    db.dispose()
    rng = random.Random(20261125)
    acknowledged: set[int] = set()
    kills = 0
    while kills < KILLS:
        process = start_writer(path)
        reader = Acknowledgements(process)
        assert reader.ready.wait(timeout=60), "Der Schreibprozess ist nicht angelaufen."
        time.sleep(rng.uniform(0.0, 0.25))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        reader.join()
        kills += 1
        acknowledged.update(reader.numbers)
        found = batches_per_table(path)
        batches = found["meetings"]
        assert all(numbers == batches for numbers in found.values()), "Ein Stapel ist halb."
        assert acknowledged <= batches, f"Bestätigte Stapel fehlen: {acknowledged - batches}"
    summary(f"Absturztest: {kills} Abbrüche mit SIGKILL, {len(acknowledged)} bestätigte Stapel, "
          "nichts verloren, nichts halb.")
    assert kills >= 50 and len(acknowledged) > kills


def test_writer_runs_to_the_end_without_a_kill(db: Database) -> None:
    path = db.target.sqlite_path
    assert path is not None
    db.dispose()
    result = subprocess.run([sys.executable, str(WRITER), str(path), "--batches", "5"],
                            capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split() == ["bereit", "1", "2", "3", "4", "5"]
    assert batches_per_table(path)["time_entries"] == {1, 2, 3, 4, 5}
