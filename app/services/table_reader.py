"""Reading a table of contacts from CSV (any German Excel flavour) or Excel (.xlsx).

CSV files come as UTF-8 with or without BOM or as Windows-1252, separated by ``;`` (Excel in
Germany), ``,`` or tabs; both are detected. Quoted cells may hold line breaks.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.domain.errors import DomainError

DELIMITERS = (";", ",", "\t")
MAX_CELL = 10_000_000
EXCEL_SUFFIXES = (".xlsx", ".xlsm")


class TableProblem(DomainError):
    """The file cannot be read as a table; the message says why, in German."""


@dataclass(frozen=True)
class TableData:
    headers: list[str]
    rows: list[list[str]]
    encoding: str
    delimiter: str


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
    if b"\x00" in raw[:4096]:
        raise TableProblem(f"„{path.name}“ ist weder eine Textdatei (CSV) noch eine "
                           "Excel-Datei (.xlsx).")
    text, encoding = decode(raw)
    delimiter = detect_delimiter(text)
    csv.field_size_limit(MAX_CELL)
    try:
        rows = [[cell.strip() for cell in row]
                for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as error:
        raise TableProblem(f"„{path.name}“ ist keine lesbare CSV-Datei ({error}).") from error
    return _table(path, rows, encoding, delimiter)


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the name of its encoding: UTF-8 (with or without BOM) or Windows-1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "UTF-8 mit BOM"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "Windows-1252"


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
        sheet = workbook.worksheets[0]
        rows = [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _table(path, rows, "Excel", "")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _table(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> TableData:
    rows = [row for row in rows if any(cell for cell in row)]
    if not rows:
        raise TableProblem(f"„{path.name}“ enthält keine Zeilen.")
    headers = rows[0]
    width = max(len(row) for row in rows)
    headers = [header or f"Spalte {number}" for number, header in
               enumerate(headers + [""] * (width - len(headers)), start=1)]
    body = [row + [""] * (width - len(row)) for row in rows[1:]]
    return TableData(headers, body, encoding, delimiter)
