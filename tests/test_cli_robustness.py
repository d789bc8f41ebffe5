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
