"""Importing the catalogue from Excel or CSV: programmes, cases or initiatives, with the same
reading, column mapping, text cleaning and row checks as the contact import.

The catalogue is curated: an import is all or nothing. A file with a bad row changes nothing,
and the preview (and the error) names every bad row by the number Excel shows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select

from app.db.database import Database
from app.domain.enums import CaseStatus, CaseTopic, LabelledEnum, TownSize
from app.domain.errors import ValidationError
from app.domain.formatting import parse_german_date
from app.domain.models import FundingProgramme, Initiative, KnowledgeCase
from app.domain.text import imported_text
from app.services import table_reader
from app.services.knowledge_editing import (
    CaseDraft,
    InitiativeDraft,
    ProgrammeDraft,
    apply_draft,
    case_problems,
    initiative_problems,
    programme_problems,
    stripped,
)
from app.services.safety import safety_backup
from app.services.table_reader import TableData

ImportDraft = CaseDraft | InitiativeDraft | ProgrammeDraft


@dataclass(frozen=True)
class ImportKind:
    """What a catalogue import fills: its fields (German names, header synonyms), draft and
    check, and the key by which a record already known is recognised."""

    key: str
    title: str
    fields: dict[str, str]
    synonyms: dict[str, tuple[str, ...]]
    required: tuple[str, ...]
    draft: type[Any]
    problems: Callable[[Any, date], list[tuple[str, str]]]
    model: type[Any]
    identity: tuple[str, ...]


PROGRAMMES = ImportKind(
    key="programme", title="Förderprogramme",
    fields={"name": "Programm", "funder": "Fördergeber", "applicants": "Antragsberechtigte",
            "funded": "Was gefördert wird", "rate": "Förderquote/-höhe",
            "deadlines": "Antragsfristen", "valid_from": "Gültig ab", "valid_to": "Gültig bis",
            "link": "Link", "contact": "Ansprechpartner", "checked_on": "Zuletzt geprüft",
            "public": "Öffentlich"},
    synonyms={
        "name": ("programm", "förderprogramm", "name", "bezeichnung", "titel"),
        "funder": ("fördergeber", "zuwendungsgeber", "fördermittelgeber", "geber", "ministerium"),
        "applicants": ("antragsberechtigte", "antragsberechtigt", "wer wird gefördert",
                       "zielgruppe", "antragsteller"),
        "funded": ("was gefördert wird", "was wird gefördert", "fördergegenstand",
                   "gegenstand"),
        "rate": ("förderquote/-höhe", "förderquote", "förderhöhe", "quote", "höhe", "fördersatz"),
        "deadlines": ("antragsfristen", "antragsfrist", "fristen", "frist", "stichtag"),
        "valid_from": ("gültig ab", "laufzeit von", "beginn", "von", "ab"),
        "valid_to": ("gültig bis", "laufzeit bis", "ende", "bis"),
        "link": ("link", "internet", "url", "webseite", "website"),
        "contact": ("ansprechpartner", "kontakt", "beratung"),
        "checked_on": ("zuletzt geprüft", "geprüft am", "stand", "prüfdatum"),
        "public": ("öffentlich", "veröffentlichen"),
    },
    required=("name", "funder"), draft=ProgrammeDraft,
    problems=lambda draft, today: programme_problems(draft, today=today),
    model=FundingProgramme, identity=("name", "funder"))

CASES = ImportKind(
    key="case", title="Praxisbeispiele",
    fields={"title": "Titel", "town": "Ort", "town_size": "Größe", "district": "Landkreis",
            "topic": "Thema", "starting_situation": "Ausgangslage", "solution": "Lösung",
            "actors": "Beteiligte", "results": "Ergebnisse", "funding": "Förderung",
            "links": "Links", "status": "Status", "public": "Öffentlich"},
    synonyms={
        "title": ("titel", "praxisbeispiel", "name", "projekt"),
        "town": ("ort", "stadt", "kommune", "gemeinde"),
        "town_size": ("größe", "ortsgröße", "größenklasse", "stadtgröße"),
        "district": ("landkreis", "kreis"),
        "topic": ("thema", "handlungsfeld", "themenfeld"),
        "starting_situation": ("ausgangslage", "problem", "ausgangssituation"),
        "solution": ("lösung", "lösungsansatz", "maßnahme"),
        "actors": ("beteiligte", "akteure", "partner"),
        "results": ("ergebnisse", "ergebnis", "wirkung"),
        "funding": ("förderung", "finanzierung", "fördermittel"),
        "links": ("links", "link", "url", "internet"),
        "status": ("status", "stand"),
        "public": ("öffentlich", "veröffentlichen"),
    },
    required=("title", "town"), draft=CaseDraft,
    problems=lambda draft, _today: case_problems(draft),
    model=KnowledgeCase, identity=("title", "town"))

INITIATIVES = ImportKind(
    key="initiative", title="Initiativen",
    fields={"name": "Name", "town": "Ort", "organiser": "Träger", "kind": "Art",
            "description": "Beschreibung", "link": "Link", "public": "Öffentlich"},
    synonyms={
        "name": ("name", "initiative", "projekt", "titel"),
        "town": ("ort", "stadt", "kommune"),
        "organiser": ("träger", "veranstalter", "organisation", "verantwortlich"),
        "kind": ("art", "typ", "form"),
        "description": ("beschreibung", "kurzbeschreibung", "inhalt"),
        "link": ("link", "url", "internet", "webseite"),
        "public": ("öffentlich", "veröffentlichen"),
    },
    required=("name", "town"), draft=InitiativeDraft,
    problems=lambda draft, _today: initiative_problems(draft),
    model=Initiative, identity=("name", "town"))

IMPORT_KINDS = {kind.key: kind for kind in (PROGRAMMES, CASES, INITIATIVES)}
MULTI_LINE = frozenset({"applicants", "funded", "deadlines", "contact", "starting_situation",
                        "solution", "actors", "results", "funding", "links", "description"})
YES = frozenset({"ja", "j", "x", "1", "wahr", "true", "yes", "öffentlich"})
NO = frozenset({"", "nein", "n", "0", "falsch", "false", "no"})
SIZE_WORDS = {"kleinstadt": TownSize.SMALL, "mittelstadt": TownSize.MEDIUM,
              "großstadt": TownSize.LARGE}


@dataclass(frozen=True)
class CatalogueRow:
    line: int
    values: dict[str, str]
    problems: tuple[str, ...]
    draft: ImportDraft | None = None
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class CataloguePreview:
    kind: ImportKind
    rows: tuple[CatalogueRow, ...]

    @property
    def good(self) -> int:
        return sum(1 for row in self.rows if row.ok)

    @property
    def bad_rows(self) -> tuple[CatalogueRow, ...]:
        return tuple(row for row in self.rows if not row.ok)

    def summary(self) -> str:
        """The bad rows named with their problems (German), or "" when every row is good."""
        return "\n".join(f"Zeile {row.line}: {'; '.join(p.rstrip('.') for p in row.problems)}."
                         for row in self.bad_rows)


def suggest_mapping(kind: ImportKind, headers: list[str]) -> dict[int, str]:
    return table_reader.suggest_mapping(headers, kind.synonyms)


def analyse(db: Database, kind: ImportKind, table: TableData, mapping: Mapping[int, str], *,
            today: date) -> CataloguePreview:
    """Check every row; rows already in the catalogue or twice in the file are problems."""
    missing = [kind.fields[name] for name in kind.required if name not in mapping.values()]
    if missing:
        raise ValidationError("Bitte eine Spalte zuordnen als: " + ", ".join(
            f"„{name}“" for name in missing) + ".")
    known = _known_keys(db, kind)
    seen: dict[tuple[str, ...], int] = {}
    rows = []
    for offset, cells in enumerate(table.rows):
        line = table.line_of(offset)
        values = {name: cells[column] for column, name in mapping.items()
                  if column < len(cells)}
        row = _check_row(kind, line, values, today)
        if row.draft is not None:
            key = tuple(str(getattr(row.draft, name)).casefold() for name in kind.identity)
            extra = []
            if key in known:
                extra.append("steht schon im Katalog")
            if key in seen:
                extra.append(f"doppelt in der Datei (wie Zeile {seen[key]})")
            seen.setdefault(key, line)
            if extra:
                row = CatalogueRow(line, row.values, row.problems + tuple(extra), row.draft,
                                   row.notes)
        rows.append(row)
    return CataloguePreview(kind, tuple(rows))


def _known_keys(db: Database, kind: ImportKind) -> set[tuple[str, ...]]:
    columns = [getattr(kind.model, name) for name in kind.identity]
    with db.reading() as session:
        return {tuple(str(value).casefold() for value in row)
                for row in session.execute(select(*columns))}


def _check_row(kind: ImportKind, line: int, raw: dict[str, str], today: date) -> CatalogueRow:
    values: dict[str, str] = {}
    notes: list[str] = []
    for name, value in raw.items():
        values[name], note = imported_text(value, one_line=name not in MULTI_LINE)
        if note:
            notes.append(f"{kind.fields[name]}: {note}")
    problems: list[str] = []
    arguments: dict[str, Any] = {name: "" for name in kind.required}
    types = {field.name: str(field.type) for field in fields(kind.draft)}
    for name, text in values.items():
        try:
            arguments[name] = _value(types[name], text)
        except ValueError as error:
            problems.append(f"{kind.fields[name]}: {error}")
    draft = stripped(kind.draft(**arguments))
    problems += [message for _field, message in kind.problems(draft, today)]
    return CatalogueRow(line, values, tuple(problems), None if problems else draft,
                        tuple(notes))


def _value(annotation: str, text: str) -> Any:
    """A cell as the draft's field wants it (text, date, yes/no, a topic …)."""
    value = text.strip()
    if annotation == "bool":
        if value.casefold() in YES:
            return True
        if value.casefold() in NO:
            return False
        raise ValueError(f"„{value}“ ist weder „ja“ noch „nein“")
    if annotation == "date | None":
        return parse_german_date(value) if value else None
    for enum in (CaseTopic, CaseStatus, TownSize):
        if annotation.startswith(enum.__name__):
            return _enum(enum, value)
    return value


def _enum(enum: type[LabelledEnum], value: str) -> LabelledEnum | None:
    wanted = value.casefold()
    if not wanted:
        if enum is TownSize:
            return None
        raise ValueError("fehlt")
    if enum is TownSize and wanted in SIZE_WORDS:
        return SIZE_WORDS[wanted]
    for member in enum:
        if wanted in (member.value, member.label.casefold()):
            return member
    choices = ", ".join(f"„{member.label}“" for member in enum)
    raise ValueError(f"„{value}“ ist nicht bekannt; möglich sind {choices}")


def import_rows(db: Database, preview: CataloguePreview, *, today: date) -> int:
    """Import every row in one transaction, after a safety backup; refused (nothing changed)
    while a row has a problem."""
    if preview.bad_rows:
        raise ValidationError("Die Datei wurde nicht eingelesen; bitte diese Zeilen "
                              "berichtigen:\n" + preview.summary())
    drafts = [row.draft for row in preview.rows if row.draft is not None]
    if not drafts:
        return 0
    safety_backup(db, "vor-import")
    with db.unit_of_work() as session:
        for draft in drafts:
            record = preview.kind.model()
            if isinstance(draft, CaseDraft):
                record.status_since = today
            apply_draft(record, draft)
            session.add(record)
    return len(drafts)
