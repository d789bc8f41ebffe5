"""Registrations from the CSV or Excel export of a web form: the same reading and row checks as
the contact import; a file with any bad row changes nothing and names every bad row."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.db.database import Database
from app.domain.errors import ValidationError
from app.domain.text import imported_text
from app.services import table_reader
from app.services.registrations import (
    RegistrationDraft,
    add_registrations,
    clean_registration,
)
from app.services.table_reader import TableData

FIELDS: dict[str, str] = {
    "name": "Name", "first_name": "Vorname", "last_name": "Nachname",
    "organisation": "Organisation", "email": "E-Mail", "photo_consent": "Fotos erlaubt",
    "publication_consent": "Name veröffentlichen",
}
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "vollständiger name", "teilnehmer", "teilnehmerin", "teilnehmende"),
    "first_name": ("vorname", "first name", "firstname"),
    "last_name": ("nachname", "familienname", "last name", "lastname", "surname"),
    "organisation": ("organisation", "organization", "institution", "firma", "kommune",
                     "einrichtung", "company"),
    "email": ("e-mail", "email", "mail", "e-mail-adresse"),
    "photo_consent": ("fotos", "foto", "fotoerlaubnis", "einwilligung fotos", "fotos erlaubt",
                      "photo consent"),
    "publication_consent": ("veröffentlichung", "name veröffentlichen",
                            "einwilligung veröffentlichung", "publication consent"),
}
_YES = frozenset({"ja", "j", "x", "1", "yes", "y", "true", "wahr", "✓", "✔"})
_NO = frozenset({"", "nein", "n", "0", "no", "false", "falsch", "-"})


def suggest_mapping(headers: list[str]) -> dict[int, str]:
    """Column number → field, guessed from the header texts."""
    return table_reader.suggest_mapping(headers, _SYNONYMS)


@dataclass(frozen=True)
class RegistrationRowCheck:
    line: int
    draft: RegistrationDraft
    problems: tuple[str, ...]


def analyse(table: TableData, mapping: Mapping[int, str]) -> list[RegistrationRowCheck]:
    names = set(mapping.values())
    if "name" not in names and "last_name" not in names:
        raise ValidationError("Bitte eine Spalte als „Name“ oder „Nachname“ zuordnen.")
    checks = []
    seen: dict[str, int] = {}
    for offset, row in enumerate(table.rows):
        line = table.line_of(offset)
        values = {}
        for column, name in mapping.items():
            text, _note = imported_text(row[column] if column < len(row) else "", one_line=True)
            values[name] = text.strip()
        problems = []
        consents = {}
        for field in ("photo_consent", "publication_consent"):
            answer = values.get(field, "").casefold()
            if answer not in _YES | _NO:
                problems.append(f"„{values[field]}“ ist bei „{FIELDS[field]}“ weder ja noch "
                                "nein.")
            consents[field] = answer in _YES
        name = values.get("name") or " ".join(
            part for part in (values.get("first_name", ""), values.get("last_name", ""))
            if part)
        draft, draft_problems = clean_registration(RegistrationDraft(
            name=name, organisation=values.get("organisation", ""),
            email=values.get("email", ""), **consents))
        problems += draft_problems
        if draft.email:
            earlier = seen.setdefault(draft.email.casefold(), line)
            if earlier != line:
                problems.append(f"Die E-Mail-Adresse steht schon in Zeile {earlier}.")
        checks.append(RegistrationRowCheck(line, draft, tuple(problems)))
    return checks


def import_registrations(db: Database, meeting_id: int, checks: list[RegistrationRowCheck], *,
                         today: date) -> int:
    """Register every row, or none when a row has a problem (the message names each row)."""
    bad = [check for check in checks if check.problems]
    if bad:
        raise ValidationError("Die Datei wurde nicht übernommen. " + " ".join(
            f"Zeile {check.line}: {' '.join(check.problems)}" for check in bad[:20])
            + (f" … und {len(bad) - 20} weitere Zeilen." if len(bad) > 20 else ""))
    add_registrations(db, meeting_id, [check.draft for check in checks], today=today)
    return len(checks)
