"""Importing the catalogue: a good file arrives whole, a bad file changes nothing and names its
rows; Excel files and German cell values (dates, ja/nein, topic labels) are understood."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.db.database import Database
from app.domain.enums import CaseStatus, CaseTopic, TownSize
from app.domain.errors import ValidationError
from app.domain.models import FundingProgramme, KnowledgeCase
from app.services import knowledge_import
from app.services.knowledge_import import CASES, PROGRAMMES
from app.services.table_reader import read_table

TODAY = date(2026, 11, 30)


def _preview(db: Database, kind: knowledge_import.ImportKind,
             path: Path) -> knowledge_import.CataloguePreview:
    table = read_table(path)
    return knowledge_import.analyse(db, kind, table,
                                    knowledge_import.suggest_mapping(kind, table.headers),
                                    today=TODAY)


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_good_programmes_arrive_with_their_dates_and_flags(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "wegweiser.csv"
    path.write_text(
        "Förderprogramm;Fördergeber;Förderquote;Gültig ab;Gültig bis;Link;Zuletzt geprüft;"
        "Öffentlich\n"
        "Innenstadtfonds;TMIL;bis 80 %;01.01.2026;31.12.2028;https://example.org/a;"
        "15.11.2026;ja\n"
        "Kulturförderung;Staatskanzlei;;;;www.example.org/k;2026-10-01;\n",
        encoding="cp1252")
    preview = _preview(db, PROGRAMMES, path)
    assert preview.summary() == ""
    assert knowledge_import.import_rows(db, preview, today=TODAY) == 2
    with db.reading() as session:
        rows = {p.name: (p.valid_from, p.valid_to, p.checked_on, p.public, p.rate, p.link)
                for p in session.scalars(select(FundingProgramme))}
    assert rows["Innenstadtfonds"] == (date(2026, 1, 1), date(2028, 12, 31),
                                       date(2026, 11, 15), True, "bis 80 %",
                                       "https://example.org/a")
    assert rows["Kulturförderung"] == (None, None, date(2026, 10, 1), False, None,
                                       "https://www.example.org/k")


def test_a_bad_file_changes_nothing_and_names_its_rows(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "fehler.csv"
    path.write_text(
        "Programm;Fördergeber;Gültig ab;Gültig bis;Link;Öffentlich\n"
        "Gut;Bund;;;;nein\n"
        "Ohne Geber;;01.01.2026;01.01.2025;javascript:alert(1);vielleicht\n"
        "Falsches Datum;Land;31.02.2026;;;\n"
        "Gut;Bund;;;;\n", encoding="utf-8")
    preview = _preview(db, PROGRAMMES, path)
    summary = preview.summary()
    assert [row.line for row in preview.bad_rows] == [3, 4, 5]
    assert "Zeile 3:" in summary and "Fördergeber" in summary and "vielleicht" in summary
    assert "vor ihrem Beginn" in summary and "keine Web-Adresse" in summary
    assert "Zeile 4: Gültig ab: „31.02.2026“ ist kein gültiges Datum" in summary
    assert "Zeile 5: doppelt in der Datei (wie Zeile 2)" in summary
    with pytest.raises(ValidationError, match="Zeile 3"):
        knowledge_import.import_rows(db, preview, today=TODAY)
    assert _count(db, FundingProgramme) == 0


def test_a_programme_already_in_the_catalogue_is_named(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Programm;Fördergeber\nFonds;Land\n", encoding="utf-8")
    knowledge_import.import_rows(db, _preview(db, PROGRAMMES, path), today=TODAY)
    again = _preview(db, PROGRAMMES, path)
    assert again.summary() == "Zeile 2: steht schon im Katalog."


def test_a_missing_required_column_is_named(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Programm;Link\nFonds;https://example.org\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="„Fördergeber“"):
        _preview(db, PROGRAMMES, path)


def test_cases_from_excel_with_german_labels(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "beispiele.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Titel", "Ort", "Größe", "Landkreis", "Thema", "Status", "Öffentlich"])
    sheet.append(["Ladenlokal auf Zeit", "Apolda", "Kleinstadt", "Weimarer Land", "Leerstand",
                  "veröffentlicht", "x"])
    sheet.append(["Schattenorte", "Jena", "groß", "", "Klima, Hitze und Starkregen", "Entwurf",
                  "nein"])
    sheet.append(["Unbekannt", "Gera", "riesig", "", "Raumfahrt", "", ""])
    book.save(path)
    preview = _preview(db, CASES, path)
    assert [row.line for row in preview.bad_rows] == [4]
    problems = preview.bad_rows[0].problems
    assert any("„riesig“ ist nicht bekannt" in p for p in problems)
    assert any("„Raumfahrt“ ist nicht bekannt" in p for p in problems)
    assert any(p.startswith("Status: fehlt") for p in problems)
    sheet.delete_rows(4)
    book.save(path)
    preview = _preview(db, CASES, path)
    assert knowledge_import.import_rows(db, preview, today=TODAY) == 2
    with db.reading() as session:
        cases = {c.town: (c.town_size, c.topic, c.status, c.public, c.status_since, c.district)
                 for c in session.scalars(select(KnowledgeCase))}
    assert cases["Apolda"] == (TownSize.SMALL, CaseTopic.VACANCY, CaseStatus.PUBLISHED, True,
                               TODAY, "Weimarer Land")
    assert cases["Jena"] == (TownSize.LARGE, CaseTopic.CLIMATE, CaseStatus.DRAFT, False, TODAY,
                             None)
