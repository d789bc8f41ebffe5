"""The import reads what a user sees in Excel or an editor: the visible sheet, the rows really
there, numbers as formatted, merged cells, Excel's row numbers, `sep=`, the file's encodings,
phone extensions."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.db.database import Database
from app.services.contact_import import analyse, suggest_mapping
from app.services.contact_rules import normalise_phone
from app.services.table_reader import read_table

PEOPLE = [["Berg", "Anna", "Stadt Erfurt", "07743"], ["Roth", "Bernd", "Stadt Jena", "99084"],
          ["Kühn", "Clara", "Gera", "07545"], ["Weiß", "Dora", "Suhl", "98527"]]


def _workbook(tmp_path: Path, name: str = "k.xlsx") -> tuple[Workbook, Path]:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Kontakte"
    sheet.append(["Nachname", "Vorname", "Organisation", "PLZ"])
    for row in PEOPLE:
        sheet.append(row)
    return workbook, tmp_path / name


def _rewrite_sheet(path: Path, change: object) -> None:
    """Edit the first sheet's XML as other programs write it."""
    with zipfile.ZipFile(path) as source:
        entries = {info.filename: source.read(info) for info in source.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    entries[sheet] = change(entries[sheet])  # type: ignore[operator]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in entries.items():
            target.writestr(name, content)


@pytest.mark.parametrize("stated", ["A1:D2", "A1:A1", "A1:D1048576"])
def test_the_rows_really_present_are_read_not_the_stated_dimension(tmp_path: Path,
                                                                   stated: str) -> None:
    workbook, path = _workbook(tmp_path)
    workbook.save(path)
    _rewrite_sheet(path, lambda xml: re.sub(rb'<dimension ref="[^"]+"',
                                            f'<dimension ref="{stated}"'.encode(), xml))
    table = read_table(path)
    assert table.rows == PEOPLE
    assert table.lines == [2, 3, 4, 5]


def test_far_stray_cells_are_ignored_with_a_note(tmp_path: Path) -> None:
    workbook, path = _workbook(tmp_path)
    sheet = workbook.active
    assert sheet is not None
    sheet["XFD1048576"] = "verirrt"
    sheet["BZ3"] = "auch verirrt"
    workbook.save(path)
    table = read_table(path)
    assert table.rows == PEOPLE
    assert any("2 einzelne Zelle(n)" in note for note in table.notes)


def test_number_formats_merged_cells_and_excel_row_numbers(tmp_path: Path,
                                                           db: Database) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nachname", "Vorname", "Organisation", "PLZ", "Telefon"])
    sheet.append(["Berg", "Anna", "Stadt Erfurt", 7743, 3611234567])
    sheet.append([])
    sheet.append(["Roth", "Bernd", None, 7545, None])
    sheet.append(["Kühn", "", None, 99084, None])
    sheet.merge_cells("C2:C5")
    for row in range(2, 6):
        sheet.cell(row, 4).number_format = "00000"
    sheet.cell(2, 5).number_format = "00000000000"
    path = tmp_path / "k.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.rows == [["Berg", "Anna", "Stadt Erfurt", "07743", "03611234567"],
                          ["Roth", "Bernd", "Stadt Erfurt", "07545", ""],
                          ["Kühn", "", "Stadt Erfurt", "99084", ""]]
    assert table.lines == [2, 4, 5]
    preview = analyse(db, table, suggest_mapping(table.headers))
    assert [row.line for row in preview.rows if not row.ok] == [5]
    assert preview.rows[0].draft is not None
    assert preview.rows[0].draft.phone == "+49 361 1234567"


def test_the_sheet_excel_opens_with_is_read(tmp_path: Path) -> None:
    workbook, path = _workbook(tmp_path)
    hidden = workbook.create_sheet("Alt", 0)
    hidden.append(["Nichts", "hier"])
    hidden.sheet_state = "hidden"
    notes = workbook.create_sheet("Notizen")
    notes.append(["Nur", "Notizen"])
    workbook.active = 1
    workbook.save(path)
    table = read_table(path)
    assert table.headers == ["Nachname", "Vorname", "Organisation", "PLZ"]
    assert table.rows == PEOPLE
    assert "Kontakte" in table.notes[0]


def test_excels_sep_line_and_editor_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_text('sep=|\nNachname|Vorname|Notizen\nBerg|Anna|"zwei\nZeilen"\n\nRoth|Bernd|\n',
                    encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == "|"
    assert table.headers == ["Nachname", "Vorname", "Notizen"]
    assert table.rows == [["Berg", "Anna", "zwei\nZeilen"], ["Roth", "Bernd", ""]]
    assert table.lines == [3, 6]


def test_a_utf8_file_with_one_windows_line_keeps_every_other_line(tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_bytes("Nachname;Vorname\nKühn;Jürgen\nWeiß;Dörte\n".encode()
                     + "Groß;Ähren\n".encode("cp1252") + "Öhler;Änne\n".encode())
    table = read_table(path)
    assert table.encoding == "UTF-8"
    assert table.rows == [["Kühn", "Jürgen"], ["Weiß", "Dörte"], ["Groß", "Ähren"],
                          ["Öhler", "Änne"]]
    assert "Zeile 4" in table.notes[0]


@pytest.mark.parametrize(("encoding", "label"), [("mac_roman", "Mac-Roman"),
                                                  ("cp1252", "Windows-1252"),
                                                  ("utf-16", "UTF-16 (Unicode-Text)")])
def test_legacy_encodings_are_recognised(tmp_path: Path, encoding: str, label: str) -> None:
    path = tmp_path / "k.csv"
    path.write_bytes("Nachname;Vorname\nKühn;Jürgen\nWeiß;Dörte\nGroß;Änne\n"
                     .encode(encoding))
    table = read_table(path)
    assert table.encoding == label
    assert table.rows == [["Kühn", "Jürgen"], ["Weiß", "Dörte"], ["Groß", "Änne"]]


@pytest.mark.parametrize(("typed", "stored"), [
    ("0361 1234567 App. 12", "+49 361 1234567 App. 12"),
    ("0361 1234567, Durchwahl 3", "+49 361 1234567 App. 3"),
    ("0361-1234567 DW 45", "+49 361 1234567 App. 45"),
    ("+49 361 1234567 ext. 9", "+49 361 1234567 App. 9"),
])
def test_phone_extensions_are_kept_as_such(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == (stored, None)


@pytest.mark.parametrize("typed", ["0800 FLOWERS", "0361 1234567 Zimmer 3", "App. 12"])
def test_letters_in_phone_numbers_are_refused(typed: str) -> None:
    number, problem = normalise_phone(typed)
    assert number == typed and problem is not None and "keine Telefonnummer" in problem


def test_remembered_groupings_give_the_phone_librarys_form() -> None:
    """Numbers of one area code and length are written from what the library said for the
    first of them; across many area codes, lengths and notations the result stays the
    library's own."""
    import random

    from app.services import contact_rules

    rng = random.Random(20261129)
    areas = [str(rng.randint(2, 99999)) for _ in range(400)] + ["30", "89", "151", "171",
                                                              "361", "3641", "36691", "800"]
    for _ in range(6000):
        digits = rng.randint(2, 8)
        text = (rng.choice(["0", "+49 ", "0049 ", "+49"]) + rng.choice(areas)
                + rng.choice([" ", "/", "-", "", " - "])
                + str(rng.randint(10 ** (digits - 1), 10 ** digits - 1)))
        assert normalise_phone(text) == contact_rules._library_form(text), text
