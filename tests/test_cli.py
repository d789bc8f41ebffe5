"""The headless commands, run as a user runs them: ``python -m app …`` in a new process."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main


def run_app(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *arguments], capture_output=True,
                          text=True, encoding="utf-8", timeout=300, check=False)


def test_demo_then_info_prints_the_counts(tmp_path: Path) -> None:
    database = tmp_path / "x.db"
    demo = run_app("--db", str(database), "demo")
    assert demo.returncode == 0, demo.stderr
    info = run_app("--db", str(database), "info")
    assert info.returncode == 0, info.stderr
    assert str(database) in info.stdout
    counts = {line.rsplit(maxsplit=1)[0].strip(): int(line.rsplit(maxsplit=1)[1])
              for line in info.stdout.splitlines()[1:]}
    assert counts["Organisationen"] == 28
    assert counts["Arbeitsgruppen"] == 3
    assert counts["Sitzungen"] > 30
    assert counts["Kontingente"] == 28


def test_non_database_file_gives_a_german_error_and_stays_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "brief.docx"
    path.write_bytes(b"PK\x03\x04 not a database" * 100)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for command in ("info", "check", "demo"):
        result = run_app("--db", str(path), command)
        assert result.returncode == 1
        assert "keine Bündnisbüro-Datenbank" in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx"]


def test_check_passes_on_a_sound_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    assert main(["--db", str(tmp_path / "ok.db"), "demo"]) == 0
    assert main(["--db", str(tmp_path / "ok.db"), "check"]) == 0
    assert "Prüfung bestanden" in capsys.readouterr().out


def test_a_mistyped_database_path_is_refused_not_created(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "Tippfehler" / "daten.db"
    for command in (["check"], ["info"], ["list-meetings"]):
        assert main(["--db", str(missing), *command]) == 1
        assert "gibt es nicht" in capsys.readouterr().err
    assert not missing.parent.exists()


@pytest.mark.parametrize("arguments", [
    ["quotas", "--year", "0"], ["quotas", "--year", "99999"], ["quotas", "--year", "²"],
    ["list-meetings", "--year", "1999"], ["export-protocol", "1" + "0" * 22, "--out", "p.docx"],
    ["export-protocol", "²", "--out", "p.docx"],
    ["export-report", "--from", "01.01.0001", "--to", "31.12.9999", "--out", "b.pdf"],
])
def test_arguments_outside_the_programs_ranges_get_a_german_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["--db", str(tmp_path / "x.db"), *arguments])
    assert ended.value.code == 2
    error = capsys.readouterr().err
    assert "Fehler:" in error and "invalid" not in error and "Traceback" not in error


def test_check_fails_on_damage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    path = tmp_path / "kaputt.db"
    assert main(["--db", str(path), "demo"]) == 0
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("UPDATE persons SET organisation_id = 99999 WHERE id = 1")
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 1
    assert "beschädigt" in capsys.readouterr().err


def test_check_reports_torn_pages_in_german_and_leaves_the_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "zerrissen.db"
    assert main(["--db", str(path), "demo"]) == 0
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 4096)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 1
    error = capsys.readouterr().err
    assert "beschädigt" in error and "Traceback" not in error
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_demo_twice_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "zwei.db")
    assert main(["--db", path, "demo"]) == 0
    assert main(["--db", path, "demo"]) == 1
    assert "bereits Daten" in capsys.readouterr().err


def test_environment_variable_selects_the_database(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BUENDNISBUERO_DB", str(tmp_path / "env.db"))
    assert main(["demo"]) == 0
    assert main(["info"]) == 0
    assert str(tmp_path / "env.db") in capsys.readouterr().out


def test_help_is_german() -> None:
    result = run_app("--help")
    assert result.returncode == 0
    assert "Aufruf:" in result.stdout
    assert "Befehle" in result.stdout
    assert "Optionen" in result.stdout
    assert "usage" not in result.stdout


def test_unknown_command_is_a_usage_error() -> None:
    result = run_app("zaubern")
    assert result.returncode == 2
    assert "Fehler:" in result.stderr


def test_quotas_json_matches_the_database_and_hours_export(tmp_path: Path) -> None:
    import json

    from openpyxl import load_workbook

    database = tmp_path / "q.db"
    assert run_app("--db", str(database), "demo").returncode == 0
    result = run_app("--db", str(database), "quotas", "--year", "2023", "--json")
    assert result.returncode == 0, result.stderr
    quotas = {(q["kind"], q["scope"]): (q["used"], q["allowed"]) for q in json.loads(result.stdout)}
    assert quotas[("network_meetings", "")] == (4, 4)
    assert quotas[("group_sessions", "")] == (25, 30)
    assert quotas[("teaser_texts", "")] == (28, 50)
    out = tmp_path / "stunden.xlsx"
    hours = run_app("--db", str(database), "export-hours", "--from", "01.01.2023", "--to",
                    "31.12.2023", "--out", str(out))
    assert hours.returncode == 0, hours.stderr
    sheet = load_workbook(out)["Summen"]
    assert sheet["A2"].value == "Kategorie"


def test_export_report_command(tmp_path: Path) -> None:
    database = tmp_path / "r.db"
    assert run_app("--db", str(database), "demo").returncode == 0
    out = tmp_path / "Bericht.docx"
    result = run_app("--db", str(database), "export-report", "--from", "2023-01-01", "--to",
                     "2023-10-31", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000
    reversed_period = run_app("--db", str(database), "export-report", "--from", "2023-10-31",
                              "--to", "2023-01-01", "--out", str(tmp_path / "x.pdf"))
    assert reversed_period.returncode == 1
    assert "Ende des Berichtszeitraums liegt vor seinem Anfang" in reversed_period.stderr
