"""Headless commands under bad paths: a German message and a status ≠ 0, never a traceback,
and never a file written over the database or into a folder's place."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent


def test_an_export_never_replaces_the_open_database(demo_template: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "daten.pdf"  # an odd name, but the database must survive it
    shutil.copy(demo_template, database)
    before = database.read_bytes()
    for command in (["export-report", "--from", "01.01.2023", "--to", "31.10.2023"],
                    ["export-attendance-list", "32"]):
        assert cli_main(["--db", str(database), *command, "--out", str(database)]) == 1
        assert "geöffnete Datenbank" in capsys.readouterr().err
    assert database.read_bytes() == before


def test_a_folder_is_refused_as_output(demo_template: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "daten.sqlite3"
    shutil.copy(demo_template, database)
    folder = tmp_path / "Bericht.pdf"
    folder.mkdir()
    assert cli_main(["--db", str(database), "export-report", "--from", "01.01.2023",
                     "--to", "31.10.2023", "--out", str(folder)]) == 1
    assert "ist ein Ordner" in capsys.readouterr().err
    assert folder.is_dir() and not any(folder.iterdir())
    assert cli_main(["--db", str(database), "backup", "--out", str(database)]) == 1
    assert "geöffnete Datenbank" in capsys.readouterr().err


def test_output_cut_short_by_the_reader_ends_quietly(demo_template: Path, tmp_path: Path) -> None:
    database = tmp_path / "daten.sqlite3"
    shutil.copy(demo_template, database)
    process = subprocess.Popen([sys.executable, "-m", "app", "--db", str(database),
                                "list-meetings"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=ROOT)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in error


def test_an_empty_list_name_exports_nobody(demo_template: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "daten.sqlite3"
    shutil.copy(demo_template, database)
    out = tmp_path / "liste.csv"
    assert cli_main(["--db", str(database), "export-contacts", "--format", "csv", "--list", "",
                     "--out", str(out)]) == 1
    assert "Verteiler „“ gibt es nicht" in capsys.readouterr().err
    assert not out.exists()


def _damaged_copy(demo_template: Path, tmp_path: Path) -> Path:
    database = tmp_path / "kaputt.sqlite3"
    shutil.copy(demo_template, database)
    with database.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xde\xad" * 3000)
    return database


@pytest.mark.parametrize("command", [
    ["info"], ["list-meetings"], ["export-contacts", "--format", "vcf", "--out", "{out}.vcf"],
    ["export-report", "--from", "01.01.2023", "--to", "31.10.2023", "--out", "{out}.pdf"],
    ["person-export", "3", "--out", "{out}.json"], ["quotas", "--year", "2024"],
])
def test_commands_on_a_damaged_database_say_so_and_write_nothing(
        demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        command: list[str]) -> None:
    database = _damaged_copy(demo_template, tmp_path)
    before = database.read_bytes()
    out = tmp_path / "ausgabe"
    arguments = [part.replace("{out}", str(out)) for part in command]
    assert cli_main(["--db", str(database), *arguments]) == 1
    error = capsys.readouterr().err
    assert "ist beschädigt" in error and "Traceback" not in error and "„check“" in error
    assert database.read_bytes() == before
    assert not list(tmp_path.glob("ausgabe*"))


@pytest.mark.parametrize(("message", "expected"), [
    ("unable to open database file", "schreibgeschützt"),
    ("attempt to write a readonly database", "schreibgeschützt"),
    ("database disk image is malformed", "ist beschädigt"),
    ("file is not a database", "ist beschädigt"),
])
def test_why_a_file_cannot_be_opened_is_told_apart(tmp_path: Path, message: str,
                                                   expected: str) -> None:
    import sqlite3

    from app.db.opening import unreadable

    text = str(unreadable(tmp_path / "daten.sqlite3", sqlite3.OperationalError(message)))
    assert expected in text
    assert ("nicht beschädigt" in text) == (expected == "schreibgeschützt")


@pytest.mark.parametrize("command", [
    ["export-protocol", "1", "--out", "{out}.docx"],
    ["export-report", "--from", "01.01.2023", "--to", "31.10.2023", "--out", "{out}.pdf"],
    ["export-report", "--from", "01.01.2023", "--to", "31.10.2023", "--out", "{out}.docx"],
    ["export-contacts", "--format", "vcf", "--out", "{out}.vcf"],
    ["export-contacts", "--format", "xlsx", "--out", "{out}.xlsx"],
    ["export-hours", "--from", "01.01.2023", "--to", "31.12.2024", "--out", "{out}.xlsx"],
    ["person-export", "3", "--out", "{out}.pdf"],
    ["export-invitation", "1", "--out", "{out}.ics"],
])
def test_a_full_disk_ends_every_export_with_a_german_message(
        demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, command: list[str]) -> None:
    import errno

    database = tmp_path / "daten.sqlite3"
    shutil.copy(demo_template, database)
    out = tmp_path / "ausgabe"
    real_write = Path.write_bytes

    def full_disk(path: Path, data: bytes) -> int:
        if path.name.startswith(".~ausgabe"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(path, data)

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    arguments = [part.replace("{out}", str(out)) for part in command]
    assert cli_main(["--db", str(database), *arguments]) == 1
    error = capsys.readouterr().err
    assert "Ist der Datenträger voll?" in error and "Traceback" not in error
    assert not list(tmp_path.glob("*ausgabe*"))


def test_every_access_report_of_the_demo_is_laid_out(demo_template: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "daten.sqlite3"
    shutil.copy(demo_template, database)
    for person_id in range(1, 31):
        assert cli_main(["--db", str(database), "person-export", str(person_id),
                         "--out", str(tmp_path / f"auskunft-{person_id}.pdf")]) == 0, \
            capsys.readouterr().err
