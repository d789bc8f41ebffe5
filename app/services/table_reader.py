"""Reading a table of contacts from CSV (any German Excel flavour) or Excel (.xlsx) as the user
sees it in Excel or an editor.

CSV: UTF-8 with or without BOM, UTF-16 (Excel's "Unicode-Text"), Windows-1252 or Mac-Roman,
decided per file; when single lines
disagree (a UTF-8 file with a Windows-1252 line pasted in) each line is read in its own encoding
and a note names the lines. Separated by ``;`` (Excel in Germany), ``,`` or tabs, detected, or as
Excel's ``sep=`` first line says. Quoted cells may hold line breaks; row numbers are the editor's
line numbers.

Excel: the sheet that opens in Excel (the active one, else the first visible one), the rows
really present (not the stated dimension), numbers as their format shows them (postcode
``07743`` stays ``07743``), merged cells filled with their value, Excel's row numbers; single
cells far away from the table are ignored with a note, so memory follows the real content.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from app.domain.errors import DomainError

DELIMITERS = (";", ",", "\t")
MAX_CELL = 10_000_000
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
FAR_COLUMNS = 50
"""Cells this many columns right of the last header are strays, not data."""
FAR_ROWS = 1_000
"""Cells after this many empty rows are strays, not data."""
_SEP_LINE = re.compile(r"\Asep=(.)\s*\Z", re.IGNORECASE)
_GERMAN_LETTERS = frozenset("äöüÄÖÜß")


class TableProblem(DomainError):
    """The file cannot be read as a table; the message says why, in German."""


@dataclass(frozen=True)
class TableData:
    headers: list[str]
    rows: list[list[str]]
    encoding: str
    delimiter: str
    lines: list[int] = field(default_factory=list)
    """Each row's number as Excel or an editor shows it."""
    notes: tuple[str, ...] = ()
    """What the reader decided that the user should know (German)."""

    def line_of(self, index: int) -> int:
        return self.lines[index] if index < len(self.lines) else index + 2


def suggest_mapping(headers: list[str],
                    synonyms: Mapping[str, tuple[str, ...]]) -> dict[int, str]:
    """Column number → field, guessed from the header texts (each field once); compared
    case-folded (``Größe`` is ``größe`` and ``grösse``) with spaces collapsed."""
    mapping: dict[int, str] = {}
    folded = {name: {word.casefold() for word in known} for name, known in synonyms.items()}
    for number, header in enumerate(headers):
        key = " ".join(header.split()).casefold()
        for name, known in folded.items():
            if key in known and name not in mapping.values():
                mapping[number] = name
                break
    return mapping


def read_table(path: Path) -> TableData:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise TableProblem(f"Die Datei „{path}“ gibt es nicht.") from error
    except OSError as error:
        raise TableProblem(f"Die Datei „{path.name}“ lässt sich nicht lesen "
                           f"({error.strerror}).") from error
    if not raw.strip():
        raise TableProblem(f"Die Datei „{path.name}“ ist leer.")
    if path.suffix.lower() in EXCEL_SUFFIXES or raw[:4] == b"PK\x03\x04":
        return _read_excel(path)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _read_csv(path, raw)
    if b"\x00" in raw[:4096]:
        raise TableProblem(f"„{path.name}“ ist weder eine Textdatei (CSV) noch eine "
                           "Excel-Datei (.xlsx).")
    return _read_csv(path, raw)


def _read_csv(path: Path, raw: bytes) -> TableData:
    text, encoding, notes = decode(raw)
    first_line, _break, rest = text.partition("\n")
    skipped = 0
    declared = _SEP_LINE.match(first_line.rstrip("\r"))
    if declared:
        delimiter, text, skipped = declared.group(1), rest, 1
    else:
        delimiter = detect_delimiter(text)
    csv.field_size_limit(MAX_CELL)
    rows: list[list[str]] = []
    lines: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for row in reader:
            rows.append([cell.strip() for cell in row])
            lines.append(start + skipped)
            start = reader.line_num + 1
    except csv.Error as error:
        raise TableProblem(f"„{path.name}“ ist keine lesbare CSV-Datei ({error}).") from error
    return _table(path, rows, lines, encoding, delimiter, notes)


def decode(raw: bytes) -> tuple[str, str, list[str]]:
    """The text, the name of its encoding and notes on lines read in another encoding.

    A file that is UTF-8 throughout is UTF-8; one without any UTF-8 umlaut is Windows-1252 or
    Mac-Roman, whichever yields more German letters; a UTF-8 file with single other lines keeps
    UTF-8 and reads those lines as Windows-1252, with a note naming them.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), "UTF-16 (Unicode-Text)", []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw, name = raw[3:], "UTF-8 mit BOM"
    else:
        name = "UTF-8"
    try:
        return raw.decode("utf-8"), name, []
    except UnicodeDecodeError:
        pass
    lines = raw.split(b"\n")
    utf8, other = [], []
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8.append(number)
        except UnicodeDecodeError:
            other.append(number)
    if utf8:
        text = "\n".join(_line_text(line) for line in lines)
        shown = ", ".join(str(number) for number in other[:10])
        more = " …" if len(other) > 10 else ""
        return text, name, [f"Die Datei ist UTF-8, aber Zeile {shown}{more} nicht; diese "
                            "Zeilen wurden als Windows-1252 gelesen. Bitte Umlaute dort prüfen."]
    legacy = _legacy_encoding(raw)
    label = "Windows-1252" if legacy == "cp1252" else "Mac-Roman"
    return raw.decode(legacy, errors="replace"), label, [
        f"Die Datei ist nicht UTF-8; sie wurde als {label} gelesen. Bitte Umlaute prüfen."]


def _line_text(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def _legacy_encoding(raw: bytes) -> str:
    """Windows-1252 or Mac-Roman: the one whose reading has more German letters."""
    high = bytes(byte for byte in raw if byte >= 0x80)

    def german(encoding: str) -> int:
        return sum(1 for char in high.decode(encoding, errors="replace")
                   if char in _GERMAN_LETTERS)

    return "mac_roman" if german("mac_roman") > german("cp1252") else "cp1252"


def detect_delimiter(text: str) -> str:
    sample = text[:20_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        first_line = sample.splitlines()[0] if sample else ""
        return max(DELIMITERS, key=first_line.count)


def _read_excel(path: Path) -> TableData:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise TableProblem(f"„{path.name}“ ist keine lesbare Excel-Datei (.xlsx).") from error
    try:
        sheet = _shown_sheet(workbook, path)
        cells = dict(_sheet_cells(workbook, sheet))
        merged = _merged_ranges(workbook, sheet)
    except TableProblem:
        raise
    except Exception as error:
        raise TableProblem(f"„{path.name}“ ist keine lesbare Excel-Datei (.xlsx).") from error
    finally:
        workbook.close()
    _fill_merged(cells, merged)
    rows, lines, notes = _dense_rows(cells)
    if len(workbook.worksheets) > 1:
        notes.insert(0, f"Gelesen wurde das Tabellenblatt „{sheet.title}“.")
    return _table(path, rows, lines, "Excel", "", notes)


def _shown_sheet(workbook: Any, path: Path) -> Any:
    """The sheet Excel opens with: the active one if it is visible, else the first visible."""
    visible = [sheet for sheet in workbook.worksheets if sheet.sheet_state == "visible"]
    if not visible:
        raise TableProblem(f"„{path.name}“ hat kein sichtbares Tabellenblatt.")
    active = workbook.active
    return active if active in visible else visible[0]


Cell = tuple[int, int]


def _sheet_cells(workbook: Any, sheet: Any) -> Iterator[tuple[Cell, str]]:
    """Every non-empty cell as ((row, column), text as its number format shows it), in the
    order of the file, without the filler rows and columns of the stated dimension."""
    from openpyxl.worksheet._reader import WorkSheetParser

    formats: dict[Any, str] = {}
    with sheet._get_source() as source:
        parser = WorkSheetParser(source, sheet._shared_strings, data_only=True,
                                 epoch=workbook.epoch, date_formats=workbook._date_formats,
                                 timedelta_formats=workbook._timedelta_formats)
        for row_number, row in parser.parse():
            for cell in row:
                value = cell["value"]
                if value is None or value == "":
                    continue
                style = cell.get("style_id")
                number_format = formats.get(style)
                if number_format is None:
                    number_format = formats[style] = _number_format(workbook, style)
                text = _cell_text(value, number_format)
                if text:
                    yield (row_number, cell["column"]), text


def _number_format(workbook: Any, style_id: Any) -> str:
    from openpyxl.styles.numbers import BUILTIN_FORMATS

    if style_id is None:
        return "General"
    try:
        format_id = workbook._cell_styles[int(style_id)].numFmtId
    except (IndexError, ValueError):
        return "General"
    if format_id < 164:
        return str(BUILTIN_FORMATS.get(format_id, "General"))
    return str(workbook._number_formats[format_id - 164])


def _merged_ranges(workbook: Any, sheet: Any) -> list[tuple[int, int, int, int]]:
    """The merged ranges of the sheet (min_row, min_col, max_row, max_col), read from the end
    of its XML, where Excel writes them after the cells."""
    from openpyxl.utils.cell import range_boundaries

    xml = workbook._archive.read(sheet._worksheet_path)
    tail = xml[xml.rfind(b"</sheetData>"):]
    ranges = []
    for reference in re.findall(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"', tail):
        min_col, min_row, max_col, max_row = range_boundaries(reference.decode())
        if None not in (min_col, min_row, max_col, max_row):
            ranges.append((int(min_row or 0), int(min_col or 0), int(max_row or 0),
                           int(max_col or 0)))
    return ranges


def _fill_merged(cells: dict[Cell, str], ranges: list[tuple[int, int, int, int]]) -> None:
    """Every row with values of its own gets the value of a merged range it lies in (a row
    that would hold nothing but merged values stays empty, as it looks in Excel)."""
    own_rows = {row for row, _column in cells}
    for min_row, min_col, max_row, max_col in ranges:
        value = cells.get((min_row, min_col))
        if value is None:
            continue
        for row in sorted(r for r in own_rows if min_row <= r <= max_row):
            for column in range(min_col, min(max_col, min_col + 1_000) + 1):
                cells[(row, column)] = value


def _dense_rows(cells: dict[Cell, str]) -> tuple[list[list[str]], list[int], list[str]]:
    """The table the cells form: rows in order with their Excel numbers; cells far right of the
    header or after a long run of empty rows are left out with a note."""
    if not cells:
        return [], [], []
    by_row: dict[int, dict[int, str]] = {}
    for (row, column), text in cells.items():
        by_row.setdefault(row, {})[column] = text
    row_numbers = sorted(by_row)
    kept = [row_numbers[0]]
    for number in row_numbers[1:]:
        if number - kept[-1] > FAR_ROWS:
            break
        kept.append(number)
    header_width = max(by_row[kept[0]])
    limit = header_width + FAR_COLUMNS
    width = max(column for number in kept for column in by_row[number] if column <= limit)
    strays = len(cells) - sum(1 for number in kept for column in by_row[number]
                              if column <= limit)
    rows = [[by_row[number].get(column, "") for column in range(1, width + 1)]
            for number in kept]
    notes = []
    if strays:
        notes.append(f"{strays} einzelne Zelle(n) weit außerhalb der Tabelle wurden nicht "
                     "gelesen.")
    return rows, kept, notes


def _cell_text(value: object, number_format: str) -> str:
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y}" if value.time() == time() else f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, bool):
        return "WAHR" if value else "FALSCH"
    if isinstance(value, int | float):
        return _number_text(value, number_format)
    return str(value).strip()


def _number_text(value: float, number_format: str) -> str:
    """A number as Excel shows it where it matters for contacts: zero-padded formats
    (``00000`` for postcodes) keep their leading zeros; whole numbers have no ``.0``."""
    whole = float(value).is_integer()
    pattern = number_format.split(";", maxsplit=1)[0].strip()
    if whole and re.fullmatch(r"0+", pattern):
        return str(int(value)).zfill(len(pattern))
    if whole:
        return str(int(value))
    return str(value).replace(".", ",")


def _table(path: Path, rows: list[list[str]], lines: list[int], encoding: str, delimiter: str,
           notes: list[str]) -> TableData:
    numbered = [(line, row) for line, row in zip(lines, rows, strict=True)
                if any(cell for cell in row)]
    if not numbered:
        raise TableProblem(f"„{path.name}“ enthält keine Zeilen.")
    headers = numbered[0][1]
    width = max(len(row) for _line, row in numbered)
    headers = [header or f"Spalte {number}" for number, header in
               enumerate(headers + [""] * (width - len(headers)), start=1)]
    body = [row + [""] * (width - len(row)) for _line, row in numbered[1:]]
    return TableData(headers, body, encoding, delimiter, [line for line, _row in numbered[1:]],
                     tuple(notes))
