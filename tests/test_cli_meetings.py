"""The headless meeting commands: list, export each document, refuse bad input in German."""

from __future__ import annotations

import email
import json
import sqlite3
import subprocess
import sys
from email.policy import default
from pathlib import Path

import pytest
from icalendar import Calendar

from app.db.database import Database


def run_app(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *arguments], capture_output=True,
                          text=True, encoding="utf-8", timeout=300, check=False)


@pytest.fixture
def database(demo_db: Database) -> str:
    path = demo_db.target.display_name
    demo_db.dispose()
    return path


def _kickoff_id(database: str) -> int:
    listing = run_app("--db", database, "list-meetings", "--json", "--year", "2023")
    assert listing.returncode == 0, listing.stderr
    rows = json.loads(listing.stdout)
    assert len(rows) == 37
    return next(row["id"] for row in rows if row["title"] == "Jahresauftaktveranstaltung 2023")


def test_list_meetings_as_text(database: str) -> None:
    result = run_app("--db", database, "list-meetings")
    assert result.returncode == 0, result.stderr
    assert "Jahresauftaktveranstaltung 2023" in result.stdout
    with sqlite3.connect(database) as connection:
        count = connection.execute("SELECT count(*) FROM meetings").fetchone()[0]
    assert count > 95
    assert result.stdout.rstrip().endswith(f"{count} Sitzung(en)")


def test_every_export_command_writes_its_file(database: str, tmp_path: Path) -> None:
    meeting = str(_kickoff_id(database))
    for command, name in (("export-invitation", "E.docx"), ("export-invitation", "E.ics"),
                          ("export-invitation", "E.eml"), ("export-agenda", "T.docx"),
                          ("export-protocol", "P.docx"), ("export-attendance-list", "A.pdf"),
                          ("export-invitation-list", "L.pdf")):
        result = run_app("--db", database, command, meeting, "--out", str(tmp_path / name))
        assert result.returncode == 0, (command, result.stderr)
        assert (tmp_path / name).stat().st_size > 1000
    message = email.message_from_bytes((tmp_path / "E.eml").read_bytes(), policy=default)
    assert len(list(message.iter_attachments())) == 2
    assert Calendar.from_ical((tmp_path / "E.ics").read_bytes()).walk("VEVENT")


def test_export_calendar_of_a_year(database: str, tmp_path: Path) -> None:
    out = tmp_path / "2024.ics"
    result = run_app("--db", database, "export-calendar", "--from", "01.01.2024", "--to",
                     "2024-12-31", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 28


@pytest.mark.parametrize(("arguments", "message"), [
    (("export-protocol", "99999", "--out", "{tmp}/P.docx"), "Nummer 99999 gibt es nicht"),
    (("export-agenda", "1", "--out", "{tmp}/fehlt/T.docx"), "Ordner"),
    (("export-agenda", "1", "--out", "{tmp}/T.pdf"), ".docx"),
    (("export-calendar", "--from", "31.02.2024", "--to", "01.03.2024", "--out", "{tmp}/k.ics"),
     "kein gültiges Datum"),
    (("export-calendar", "--from", "01.03.2024", "--to", "01.01.2024", "--out", "{tmp}/k.ics"),
     "vor seinem Anfang"),
    (("export-protocol", "abc", "--out", "{tmp}/P.docx"), "keine gültige Nummer"),
])
def test_bad_input_gives_a_german_message_and_non_zero_exit(
        database: str, tmp_path: Path, arguments: tuple[str, ...], message: str) -> None:
    result = run_app("--db", database, *(a.format(tmp=tmp_path) for a in arguments))
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_contracts_and_open_tasks_headless(database: str) -> None:
    contracts = run_app("--db", database, "contracts", "--json")
    assert contracts.returncode == 0, contracts.stderr
    rows = json.loads(contracts.stdout)
    assert [row["starts_on"] for row in rows] == ["2023-01-01", "2025-01-01"]
    assert rows[1]["protocol_due_days"] == 10 and rows[1]["protocol_due_working_days"]
    assert any("Reformationstag" in note for note in rows[0]["notes"])
    text = run_app("--db", database, "contracts")
    assert "Protokollfrist 10 Arbeitstage" in text.stdout
    tasks = run_app("--db", database, "list-tasks", "--open", "--json")
    assert tasks.returncode == 0, tasks.stderr
    open_tasks = json.loads(tasks.stdout)
    assert open_tasks and not any(task["done"] for task in open_tasks)
    everything = run_app("--db", database, "list-tasks")
    assert everything.stdout.rstrip().endswith("Aufgabe(n)")
    assert int(everything.stdout.split()[-2]) > len(open_tasks)


def test_registrations_headless(database: str, tmp_path: Path) -> None:
    listing = run_app("--db", database, "list-meetings", "--json")
    event = next(row["id"] for row in json.loads(listing.stdout)
                 if row["title"].startswith("Tag der Innenstadt 2026"))
    rows = json.loads(run_app("--db", database, "list-registrations", str(event),
                              "--json").stdout)
    assert sum(1 for row in rows if row["status"] == "waiting") == 6
    bad = tmp_path / "bad.csv"
    bad.write_text("Name;E-Mail\n;kaputt@\n", encoding="utf-8")
    refused = run_app("--db", database, "import-registrations", str(event), str(bad))
    assert refused.returncode == 1 and "Zeile 2:" in refused.stderr
    good = tmp_path / "good.csv"
    good.write_text("Name;E-Mail\nNeue Person;neu@example.org\n", encoding="utf-8")
    checked = run_app("--db", database, "import-registrations", str(event), str(good),
                      "--dry-run")
    assert checked.returncode == 0 and "nichts übernommen" in checked.stdout
    assert run_app("--db", database, "import-registrations", str(event),
                   str(good)).returncode == 0
    after = json.loads(run_app("--db", database, "list-registrations", str(event),
                               "--json").stdout)
    assert len(after) == len(rows) + 1
    badges = run_app("--db", database, "export-badges", str(event), "--out",
                     str(tmp_path / "Schilder.pdf"))
    assert badges.returncode == 0 and (tmp_path / "Schilder.pdf").stat().st_size > 1000
