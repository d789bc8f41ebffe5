"""Hours of a period as an Excel workbook: every entry, then the sums per category."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.exports.contact_files import neutralise
from app.exports.files import check_suffix, write_document

if TYPE_CHECKING:
    from app.domain.documents.hours import TimeEntryRow


def write_hours_xlsx(rows: Sequence[TimeEntryRow], first: date, last: date, out: Path) -> Path:
    check_suffix(out, (".xlsx",))
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    entries = workbook.active
    assert entries is not None
    entries.title = "Einträge"
    entries.append(["Datum", "Mitarbeiter/in", "Stunden", "Kategorie", "Projekt/Sitzung",
                    "Tätigkeit"])
    for row in rows:
        entries.append([row.work_date, neutralise(row.staff), row.hours, row.category.label,
                        neutralise(row.subject), neutralise(row.description)])
        entries.cell(entries.max_row, 1).number_format = "DD.MM.YYYY"
        entries.cell(entries.max_row, 3).number_format = "0.00"
    sums = workbook.create_sheet("Summen")
    sums.append([f"Zeitraum {first:%d.%m.%Y} – {last:%d.%m.%Y}"])
    sums.append(["Kategorie", "Stunden"])
    totals: dict[str, float] = defaultdict(float)
    for row in rows:
        totals[row.category.label] += row.hours
    for label, hours in sorted(totals.items()):
        sums.append([label, hours])
    sums.append(["Gesamt", sum(totals.values())])
    for sheet in (entries, sums):
        for cell in sheet[1 if sheet is entries else 2]:
            cell.font = Font(bold=True)
    for column, width in zip("ABCDEF", (12, 24, 10, 28, 36, 50), strict=True):
        entries.column_dimensions[column].width = width
    sums.column_dimensions["A"].width = 30
    return write_document(out, workbook.save)
