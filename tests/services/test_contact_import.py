"""Importing contacts: encodings, delimiters, quoted line breaks, long cells, bad rows, duplicates,
empty and binary files; all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.db.database import Database
from app.domain.models import ChangeLogEntry, Organisation
from app.services.contact_editing import PersonDraft, create_person
from app.services.contact_import import analyse, import_rows, person_count, suggest_mapping
from app.services.table_reader import TableProblem, read_table

HEADER = "Vorname;Nachname;Organisation;E-Mail;Telefon"


def _write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("encoding", "delimiter", "expected_encoding"), [
    ("utf-8-sig", ";", "UTF-8 mit BOM"), ("utf-8", ",", "UTF-8"),
    ("cp1252", ";", "Windows-1252"), ("utf-8", "\t", "UTF-8"),
])
def test_encodings_and_delimiters_are_detected(tmp_path: Path, encoding: str, delimiter: str,
                                                expected_encoding: str) -> None:
    text = HEADER.replace(";", delimiter) + "\r\n" + delimiter.join(
        ["Jürgen", "Großmann", "Stadt Gößnitz", "jg@example.org", "0361 1"]) + "\r\n"
    table = read_table(_write(tmp_path / "k.csv", text, encoding))
    assert table.encoding == expected_encoding
    assert table.delimiter == delimiter
    assert table.rows == [["Jürgen", "Großmann", "Stadt Gößnitz", "jg@example.org", "0361 1"]]


def test_quoted_line_breaks_and_a_huge_cell(tmp_path: Path, db: Database) -> None:
    huge = "x" * 100_000
    text = (f"{HEADER};Notizen\n"
            'Anna;Berg;"Verein\nfür Stadtkultur";anna@example.org;;"Zeile 1\nZeile 2"\n'
            f"Bert;Lang;Verein;bert@example.org;;{huge}\n"
            f"Carl;Kurz;{huge};carl@example.org;;\n")
    table = read_table(_write(tmp_path / "k.csv", text, "utf-8"))
    assert table.rows[0][2] == "Verein\nfür Stadtkultur"
    assert len(table.rows[1][5]) == 100_000
    preview = analyse(db, table, suggest_mapping(table.headers))
    assert [row.ok for row in preview.rows] == [True, True, False]
    assert "Organisation ist zu lang" in preview.rows[2].problems[0]


def test_every_row_problem_is_reported_and_only_good_rows_imported(tmp_path: Path,
                                                                   db: Database) -> None:
    create_person(db, PersonDraft("Vorhandene", "Person", email="da@example.org"))
    text = "\n".join([
        HEADER,
        "Gute;Zeile;Stadt Jena;gut@example.org;03641 123",
        ";Ohnevorname;;;",
        "Falsche;Adresse;;falsch@;",
        "Doppelt;Vorhanden;;DA@example.org;",
        "Gute;Zeile;;;",
        "Vorhandene;Person;;;",
    ]) + "\n"
    table = read_table(_write(tmp_path / "k.csv", text, "utf-8"))
    preview = analyse(db, table, suggest_mapping(table.headers))
    problems = {row.line: row.problems for row in preview.rows}
    assert problems[2] == ()
    assert problems[3] == ("Bitte den Vornamen eingeben.",)
    assert problems[4] == ("„falsch@“ ist keine gültige E-Mail-Adresse.",)
    assert "hat diese E-Mail-Adresse schon" in problems[5][0]
    assert problems[6] == ("Dublette: gleicher Name wie Zeile 2.",)
    assert "ist schon gespeichert" in problems[7][0]
    assert import_rows(db, preview) == 1
    assert person_count(db) == 2
    with db.reading() as session:
        assert session.scalar(select(Organisation.name)) == "Stadt Jena"
        logged = session.execute(select(ChangeLogEntry.entity, func.count())
                                 .where(ChangeLogEntry.action == "importiert")
                                 .group_by(ChangeLogEntry.entity)).all()
        assert sorted(tuple(row) for row in logged) == [("organisation", 1), ("person", 1)]
        stamps = session.scalars(select(ChangeLogEntry.changed_at)).all()
        assert {stamp.date() for stamp in stamps} == {date.today()}


def test_import_is_all_or_nothing(tmp_path: Path, db: Database,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    text = HEADER + "\nA;Eins;Neue Organisation;;\nB;Zwei;;;\n"
    table = read_table(_write(tmp_path / "k.csv", text, "utf-8"))
    preview = analyse(db, table, suggest_mapping(table.headers))
    from app.services import contact_import

    def broken(*_args: object) -> None:
        raise RuntimeError("Festplatte voll")

    monkeypatch.setattr(contact_import, "current_user", broken)
    with pytest.raises(RuntimeError):
        import_rows(db, preview)
    assert person_count(db) == 0
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 0


def test_excel_file_is_read(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", "Vorname", "E-Mail"])
    sheet.append(["Schmidt", "Eva", "eva@example.org"])
    workbook.save(tmp_path / "k.xlsx")
    table = read_table(tmp_path / "k.xlsx")
    assert table.rows == [["Schmidt", "Eva", "eva@example.org"]]
    assert suggest_mapping(table.headers) == {0: "last_name", 1: "first_name", 2: "email"}


@pytest.mark.parametrize(("content", "message"), [
    (b"", "ist leer"),
    (b"\x00\x01\x02\xff binary \x00", "weder eine Textdatei"),
    (b"PK\x03\x04 kaputt", "keine lesbare Excel-Datei"),
])
def test_unreadable_files_get_one_german_message(tmp_path: Path, content: bytes,
                                                 message: str) -> None:
    path = tmp_path / "datei.csv"
    path.write_bytes(content)
    with pytest.raises(TableProblem, match=message):
        read_table(path)


def test_a_mapping_without_last_name_is_refused(tmp_path: Path, db: Database) -> None:
    from app.domain.errors import ValidationError

    table = read_table(_write(tmp_path / "k.csv", HEADER + "\nA;B;;;\n", "utf-8"))
    with pytest.raises(ValidationError, match="Nachname"):
        analyse(db, table, {0: "first_name"})


def test_an_import_cancelled_before_its_commit_changes_nothing(db: Database,
                                                               tmp_path: Path) -> None:
    class Cancelled(Exception):
        """What the worker raises when the user presses "Abbrechen"."""

    text = "Vorname;Nachname;Organisation\nAnna;Abbruch;Neue Firma GmbH\nBert;Abbruch;\n"
    table = read_table(_write(tmp_path / "k.csv", text, "utf-8"))
    preview = analyse(db, table, suggest_mapping(table.headers))
    calls: list[int] = []

    def cancel_at_the_third_step() -> None:
        calls.append(1)
        if len(calls) == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_rows(db, preview, progress=cancel_at_the_third_step)
    assert person_count(db) == 0
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 0
    assert import_rows(db, preview) == 2
