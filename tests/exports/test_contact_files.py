"""Contact exports open right in Excel-DE and Outlook and never carry a live formula."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from app.db.database import Database
from app.domain.documents.contacts import ContactLine
from app.exports.contact_files import export_csv, export_vcf, export_xlsx, neutralise
from app.services.contact_editing import PersonDraft, create_person, update_person
from app.services.contact_export import export_contacts

EVIL = ContactLine("", "", "=HYPERLINK(\"http://x\")", "+Plus", "@Org", "-Minus",
                   "evil@example.org", "+49 361 1234567", "\tTab", "", "\rCR", "")


def test_neutralise_each_formula_start() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(f"{start}1") == f"'{start}1"
    assert neutralise("Müller") == "Müller"


def test_csv_has_bom_semicolons_and_no_formulas(tmp_path: Path) -> None:
    out = export_csv([EVIL], tmp_path / "k.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:4] == ["Anrede", "Titel", "Vorname", "Nachname"]
    cells = [cell for cell in rows[1] if cell]
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert "'=HYPERLINK" in rows[1][2]


def test_xlsx_cells_are_text_not_formulas(tmp_path: Path) -> None:
    out = export_xlsx([EVIL], tmp_path / "k.xlsx")
    sheet = load_workbook(out).active
    assert sheet is not None
    values = [cell for cell in sheet[2] if cell.value]
    assert all(cell.data_type == "s" for cell in values)
    assert sheet["C2"].value == "'=HYPERLINK(\"http://x\")"


def test_vcard_is_version_3_with_escaping(tmp_path: Path) -> None:
    line = ContactLine("Frau", "Dr.", "Erika", "Muster", "Schmidt, Söhne; KG", "Leitung",
                       "e@example.org", "+49 361 1", "Markt 1", "99084", "Erfurt", "")
    text = export_vcf([line, line], tmp_path / "k.vcf").read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD\r\nVERSION:3.0") == 2
    assert "N:Muster;Erika;;Dr.;" in text
    assert "ORG:Schmidt\\, Söhne\\; KG" in text
    assert "ADR;TYPE=WORK:;;Markt 1;Erfurt;;99084;Deutschland" in text


def test_restricted_persons_are_not_exported(db: Database, tmp_path: Path) -> None:
    create_person(db, PersonDraft("Offen", "Person"))
    hidden = create_person(db, PersonDraft("Gesperrt", "Person"))
    update_person(db, hidden, PersonDraft("Gesperrt", "Person", restricted=True))
    out, count = export_contacts(db, "csv", tmp_path / "k.csv")
    assert count == 1
    assert "Gesperrt" not in out.read_text(encoding="utf-8-sig")
