"""Headless commands of the knowledge catalogue: lists as text and JSON, both guides, the
programme import with a dry run and a refused bad file."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from tests.test_cli_contacts import database, run_app

__all__ = ["database"]


def test_list_cases_and_programmes(database: str) -> None:  # noqa: F811
    cases = run_app("--db", database, "list-cases", "--json")
    assert cases.returncode == 0, cases.stderr
    rows = json.loads(cases.stdout)
    assert len(rows) >= 12 and {"title", "town", "topic", "status", "public"} <= rows[0].keys()
    assert any(row["title"].startswith("Wanderbaumallee") for row in rows)
    text = run_app("--db", database, "list-cases")
    assert f"{len(rows)} Praxisbeispiel(e)" in text.stdout
    programmes = json.loads(run_app("--db", database, "list-programmes", "--json").stdout)
    assert len(programmes) >= 8
    assert any(row["outdated"] and row["outdated"].startswith("abgelaufen")
               for row in programmes)
    assert "⚠ abgelaufen am" in run_app("--db", database, "list-programmes").stdout


def test_export_guide_writes_pdf_and_word(database: str, tmp_path: Path) -> None:  # noqa: F811
    pdf = run_app("--db", database, "export-guide", "--kind", "praxis", "--out",
                  str(tmp_path / "praxis.pdf"))
    assert pdf.returncode == 0, pdf.stderr
    assert "Praxisbeispiel(e)" in pdf.stdout and "Bild(er)" in pdf.stdout
    assert len(PdfReader(tmp_path / "praxis.pdf").pages) > 3
    word = run_app("--db", database, "export-guide", "--kind", "wegweiser", "--out",
                   str(tmp_path / "wegweiser.docx"))
    assert word.returncode == 0 and (tmp_path / "wegweiser.docx").stat().st_size > 0
    wrong = run_app("--db", database, "export-guide", "--kind", "praxis", "--out",
                    str(tmp_path / "heft.odt"))
    assert wrong.returncode == 1 and "erlaubt sind" in wrong.stderr
    kind = run_app("--db", database, "export-guide", "--kind", "alles", "--out",
                   str(tmp_path / "a.pdf"))
    assert kind.returncode == 2 and "ungültige Auswahl" in kind.stderr


def test_import_programmes_dry_run_import_and_bad_file(database: str,  # noqa: F811
                                                       tmp_path: Path) -> None:
    good = tmp_path / "gut.csv"
    good.write_text("Programm;Fördergeber;Gültig bis\nInnenstadtfonds;TMIL;31.12.2029\n",
                    encoding="utf-8")
    dry = run_app("--db", database, "import-programmes", str(good), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Probelauf: nichts gespeichert." in dry.stdout
    before = len(json.loads(run_app("--db", database, "list-programmes", "--json").stdout))
    done = run_app("--db", database, "import-programmes", str(good))
    assert "Importiert: 1 Förderprogramm(e)." in done.stdout
    bad = tmp_path / "schlecht.csv"
    bad.write_text("Programm;Fördergeber\nNeu;Bund\nOhne Geber;\n", encoding="utf-8")
    refused = run_app("--db", database, "import-programmes", str(bad))
    assert refused.returncode == 1
    assert "Zeile 3: Bitte den Fördergeber eingeben." in refused.stdout
    assert "es wurde nichts geändert" in refused.stderr
    after = json.loads(run_app("--db", database, "list-programmes", "--json").stdout)
    assert len(after) == before + 1 and "Neu" not in {row["name"] for row in after}
