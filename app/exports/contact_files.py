"""Contact lists as files: CSV for Excel in Germany, Excel, and vCard 3.0 for Outlook.

Cells that start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return are neutralised, so
that a spreadsheet never runs a name or a phone number as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import astuple, fields
from pathlib import Path

from app.domain.documents.contacts import ContactLine
from app.exports.files import check_suffix, write_bytes_atomically, write_document

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


HEADERS = ("Anrede", "Titel", "Vorname", "Nachname", "Organisation", "Funktion", "E-Mail",
           "Telefon", "Straße", "PLZ", "Ort", "AGs")


def neutralise(value: str) -> str:
    """Prefix a quote to a cell a spreadsheet would read as a formula (OWASP CSV injection)."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def export_csv(lines: Sequence[ContactLine], out: Path) -> Path:
    """UTF-8 with BOM and ``;``, as Excel in Germany opens it without an import dialog."""
    check_suffix(out, (".csv",))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows([neutralise(cell) for cell in astuple(line)] for line in lines)
    return write_bytes_atomically(out, buffer.getvalue().encode("utf-8-sig"))


def export_xlsx(lines: Sequence[ContactLine], out: Path) -> Path:
    check_suffix(out, (".xlsx",))
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Kontakte"
    sheet.append(list(HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for line in lines:
        sheet.append([neutralise(value) for value in astuple(line)])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.data_type = "s"
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGHIJKL", (8, 10, 16, 18, 36, 24, 32, 20, 24, 8, 16, 14),
                             strict=True):
        sheet.column_dimensions[column].width = width
    return write_document(out, workbook.save)


def _vcard_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 2425)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts: list[str] = []
    current = ""
    for char in line:
        if len((current + char).encode("utf-8")) > (75 if not parts else 74):
            parts.append(current)
            current = ""
        current += char
    parts.append(current)
    return "\r\n ".join(parts)


def vcard(line: ContactLine) -> str:
    e = _vcard_escape
    properties = [
        "BEGIN:VCARD", "VERSION:3.0",
        f"N:{e(line.last_name)};{e(line.first_name)};;{e(line.title)};",
        f"FN:{e(' '.join(p for p in (line.title, line.first_name, line.last_name) if p))}",
    ]
    if line.organisation:
        properties.append(f"ORG:{e(line.organisation)}")
    if line.function:
        properties.append(f"TITLE:{e(line.function)}")
    if line.email:
        properties.append(f"EMAIL;TYPE=INTERNET,WORK:{e(line.email)}")
    if line.phone:
        properties.append(f"TEL;TYPE=WORK,VOICE:{e(line.phone)}")
    if line.street or line.city:
        properties.append(f"ADR;TYPE=WORK:;;{e(line.street)};{e(line.city)};;"
                          f"{e(line.postal_code)};Deutschland")
    properties.append("END:VCARD")
    return "\r\n".join(_fold(p) for p in properties) + "\r\n"


def export_vcf(lines: Sequence[ContactLine], out: Path) -> Path:
    check_suffix(out, (".vcf",))
    return write_bytes_atomically(out, "".join(vcard(line) for line in lines).encode("utf-8"))


FORMATS = {"csv": export_csv, "xlsx": export_xlsx, "vcf": export_vcf}
FIELD_NAMES = tuple(f.name for f in fields(ContactLine))
