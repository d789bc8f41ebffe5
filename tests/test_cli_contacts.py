"""Headless contact commands: import with summary, export, GDPR export and erasure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.db.database import Database


def run_app(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *arguments], capture_output=True,
                          text=True, encoding="utf-8", timeout=300, check=False)


@pytest.fixture
def database(demo_db: Database) -> str:
    path = demo_db.target.display_name
    demo_db.dispose()
    return path


def test_import_dry_run_then_import(database: str, tmp_path: Path) -> None:
    source = tmp_path / "k.csv"
    source.write_bytes("Vorname;Nachname;E-Mail\nNeu;Kontakt;neu@example.org\n;Ohne;\n"
                       .encode("cp1252"))
    dry = run_app("--db", database, "import-contacts", str(source), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Gelesen: 2 Zeile(n), fehlerfrei: 1, übersprungen: 1" in dry.stdout
    assert "Zeile 3: Bitte den Vornamen eingeben." in dry.stdout
    done = run_app("--db", database, "import-contacts", str(source))
    assert "Importiert: 1 Person(en)." in done.stdout
    again = run_app("--db", database, "import-contacts", str(source))
    assert again.returncode == 1
    assert "Keine Zeile konnte importiert werden" in again.stderr


def test_unreadable_import_file(database: str, tmp_path: Path) -> None:
    source = tmp_path / "leer.csv"
    source.write_bytes(b"")
    result = run_app("--db", database, "import-contacts", str(source))
    assert result.returncode == 1 and "ist leer" in result.stderr


def test_export_and_gdpr_commands(database: str, tmp_path: Path) -> None:
    for file_format in ("csv", "xlsx", "vcf"):
        out = tmp_path / f"k.{file_format}"
        result = run_app("--db", database, "export-contacts", "--format", file_format,
                         "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert "96 Kontakt(e)" in result.stdout
    export = run_app("--db", database, "person-export", "3", "--out", str(tmp_path / "p.json"))
    assert export.returncode == 0, export.stderr
    assert json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["person_id"] == 3
    refused = run_app("--db", database, "person-erase", "3")
    assert refused.returncode == 1 and "--yes" in refused.stderr
    erased = run_app("--db", database, "person-erase", "3", "--yes")
    assert erased.returncode == 0, erased.stderr
    unknown = run_app("--db", database, "person-export", "99999", "--out",
                      str(tmp_path / "x.json"))
    assert unknown.returncode == 1 and "Nummer 99999" in unknown.stderr


def test_export_of_one_distribution_list(database: str, tmp_path: Path) -> None:
    from app.db.location import sqlite_target
    from app.db.opening import open_database
    from app.services import contact_lists

    db = open_database(sqlite_target(Path(database)))
    press = contact_lists.create_list(db, "Presse")
    contact_lists.add_to_list(db, press, [1, 2])
    db.dispose()
    out = tmp_path / "presse.csv"
    result = run_app("--db", database, "export-contacts", "--format", "csv", "--list", "Presse",
                     "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "2 Kontakt(e)" in result.stdout
    missing = run_app("--db", database, "export-contacts", "--format", "csv", "--list", "Nix",
                      "--out", str(out))
    assert missing.returncode == 1 and "Verteiler „Nix“ gibt es nicht" in missing.stderr
