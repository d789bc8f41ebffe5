"""Importing contacts from a table: map columns, check every row, import the good rows at once.

An import is one transaction: either all good rows arrive or, on any error, none.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app.db.bulk_insert import insert_many
from app.db.database import Database
from app.domain.enums import OrganisationKind
from app.domain.errors import ValidationError
from app.domain.models import ChangeLogEntry, Organisation, Person
from app.domain.text import imported_text
from app.services import table_reader
from app.services.change_log import current_user
from app.services.contact_editing import PersonDraft, clean_person
from app.services.duplicates import name_key
from app.services.safety import safety_backup
from app.services.table_reader import TableData

IMPORT_FIELDS: dict[str, str] = {
    "salutation": "Anrede", "title": "Titel", "first_name": "Vorname", "last_name": "Nachname",
    "organisation": "Organisation", "function": "Funktion", "email": "E-Mail",
    "phone": "Telefon", "street": "Straße", "postal_code": "PLZ", "city": "Ort",
    "notes": "Notizen",
}
"""The fields a column can be mapped to, with their German names."""

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "salutation": ("anrede", "salutation"),
    "title": ("titel", "title", "akad. titel"),
    "first_name": ("vorname", "first name", "firstname", "given name"),
    "last_name": ("nachname", "name", "familienname", "last name", "lastname", "surname"),
    "organisation": ("organisation", "organization", "firma", "institution", "unternehmen",
                     "behörde", "company"),
    "function": ("funktion", "position", "rolle", "job title"),
    "email": ("e-mail", "email", "mail", "e-mail-adresse", "emailadresse"),
    "phone": ("telefon", "tel", "tel.", "phone", "telefonnummer", "mobil"),
    "street": ("straße", "strasse", "adresse", "street"),
    "postal_code": ("plz", "postleitzahl", "zip"),
    "city": ("ort", "stadt", "city", "wohnort"),
    "notes": ("notizen", "bemerkung", "bemerkungen", "notes", "kommentar"),
}
ORGANISATION_LIMIT = 200
MULTI_LINE_FIELDS = frozenset({"notes"})


def suggest_mapping(headers: list[str]) -> dict[int, str]:
    """Column number → field, guessed from the header texts."""
    return table_reader.suggest_mapping(headers, _SYNONYMS)


@dataclass(frozen=True)
class RowCheck:
    line: int
    """The row's number as Excel or an editor shows it."""
    values: dict[str, str]
    problems: tuple[str, ...]
    draft: PersonDraft | None = field(default=None, compare=False)
    notes: tuple[str, ...] = ()
    """What the import changed in the row's texts to store them (German)."""

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportPreview:
    rows: tuple[RowCheck, ...]

    @property
    def good(self) -> int:
        return sum(1 for row in self.rows if row.ok)

    @property
    def bad(self) -> int:
        return len(self.rows) - self.good


def analyse(db: Database, table: TableData, mapping: Mapping[int, str]) -> ImportPreview:
    """Check every row: names, e-mail, phone, lengths, duplicates in the database and file."""
    if "last_name" not in mapping.values():
        raise ValidationError("Bitte eine Spalte als „Nachname“ zuordnen.")
    known_emails, known_names = _existing_keys(db)
    seen_emails: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    checks = []
    for offset, row in enumerate(table.rows):
        line = table.line_of(offset)
        values = {name: row[column] for column, name in mapping.items() if column < len(row)}
        check = _check_row(line, values)
        problems = list(check.problems)
        draft = check.draft
        if draft is not None:
            problems += _duplicate_problems(draft, known_emails, known_names, seen_emails,
                                            seen_names, line)
        checks.append(replace(check, problems=tuple(problems)))
    return ImportPreview(tuple(checks))


def _imported(values: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The row's texts as they can be stored, and a note per field that had to change."""
    cleaned: dict[str, str] = {}
    notes: list[str] = []
    for name, value in values.items():
        cleaned[name], note = imported_text(value, one_line=name not in MULTI_LINE_FIELDS)
        if note:
            notes.append(f"{IMPORT_FIELDS[name]}: {note}")
    return cleaned, notes


def _check_row(line: int, raw_values: dict[str, str]) -> RowCheck:
    values, notes = _imported(raw_values)
    organisation = values.get("organisation", "").strip()
    draft_values: dict[str, Any] = {"first_name": "", "last_name": ""}
    draft_values.update((name, value) for name, value in values.items() if name != "organisation")
    draft, problems = clean_person(PersonDraft(**draft_values))
    messages = [message for _field, message in problems]
    if len(organisation) > ORGANISATION_LIMIT:
        messages.append(f"Die Organisation ist zu lang ({len(organisation)} Zeichen, höchstens "
                        f"{ORGANISATION_LIMIT}).")
    return RowCheck(line, values, tuple(messages), draft, tuple(notes))


def _duplicate_problems(draft: PersonDraft, known_emails: dict[str, str],
                        known_names: dict[str, str], seen_emails: dict[str, int],
                        seen_names: dict[str, int], line: int) -> list[str]:
    problems = []
    email = draft.email.casefold()
    key = name_key(draft.first_name, draft.last_name)
    if email and email in known_emails:
        problems.append(f"Dublette: {known_emails[email]} hat diese E-Mail-Adresse schon.")
    elif key in known_names:
        problems.append(f"Dublette: {known_names[key]} ist schon gespeichert.")
    elif email and email in seen_emails:
        problems.append(f"Dublette: gleiche E-Mail-Adresse wie Zeile {seen_emails[email]}.")
    elif key in seen_names:
        problems.append(f"Dublette: gleicher Name wie Zeile {seen_names[key]}.")
    if email:
        seen_emails.setdefault(email, line)
    seen_names.setdefault(key, line)
    return problems


def _existing_keys(db: Database) -> tuple[dict[str, str], dict[str, str]]:
    with db.reading() as session:
        rows = session.execute(select(Person.first_name, Person.last_name, Person.email)).all()
    emails = {email.casefold(): f"{first} {last}" for first, last, email in rows if email}
    names = {name_key(first, last): f"{first} {last}" for first, last, _email in rows}
    return emails, names


class EarlyBackup:
    """The safety backup before an import, taken on a second thread while the file is read and
    checked (SQLite copies and checks outside the interpreter lock, so both run at once).

    On a network drive, where one connection holds the file exclusively, it is taken when the
    import asks for it instead.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        if not db.target.on_network:
            self._thread = threading.Thread(target=self._take, name="Sicherung vor Import")
            self._thread.start()

    def _take(self) -> None:
        try:
            safety_backup(self._db, "vor-import")
        except BaseException as error:  # noqa: BLE001 - raised again by wait()
            self._error = error

    def wait(self) -> None:
        """Return once the backup is taken; raise what taking it raised."""
        if self._thread is None:
            self._take()
        else:
            self._thread.join()
        if self._error is not None:
            raise self._error

    def wait_quietly(self) -> None:
        """Let a backup under way finish (so no half-written copy is left); errors were or
        will be reported by ``wait``."""
        if self._thread is not None:
            self._thread.join()


def import_rows(db: Database, preview: ImportPreview,
                progress: Callable[[], None] | None = None,
                backup: EarlyBackup | None = None) -> int:
    """Import the rows without problems in one transaction; returns how many were imported.

    New organisations, the persons and their change-log entries go in as three bulk INSERTs.
    The persons are Core inserts with the same keys in every row (None where a field is
    empty), so that SQLAlchemy sends them in a few multi-row batches; the ORM's bulk path would
    drop None values and split rows whose empty fields differ into thousands of batches. The
    change-log rows, which need no ids back, go through the driver (``insert_many``).

    Args:
        progress: called between the steps; it may raise to cancel before the commit.
        backup: a safety backup already under way (``EarlyBackup``); else one is taken here.
    """
    good = [row for row in preview.rows if row.ok and row.draft is not None]
    if not good:
        return 0
    step = progress or (lambda: None)
    if backup is not None:
        backup.wait()
    else:
        safety_backup(db, "vor-import")
    step()
    with db.unit_of_work() as session:
        organisations, created = _organisation_ids(
            session, [row.values.get("organisation", "") for row in good])
        values = [_person_record(row, organisations) for row in good]
        step()
        connection = session.connection()
        ids = list(connection.scalars(insert(PERSONS).returning(PERSONS.c.id), values))
        step()
        stamp, user = datetime.now().replace(microsecond=0), current_user(session)
        insert_many(connection, CHANGE_LOG, [
            {"entity": entity, "entity_id": record_id}
            for entity, record_ids in (("organisation", created), ("person", ids))
            for record_id in record_ids],
            same={"changed_at": stamp, "user_name": user, "action": "importiert", "fields": ""})
        step()
        return len(ids)


def _person_record(row: RowCheck, organisations: dict[str, int]) -> dict[str, Any]:
    assert row.draft is not None
    record: dict[str, Any] = {name: None if value == "" and name in NULLABLE else value
                              for name, value in vars(row.draft).items()}
    organisation = row.values.get("organisation", "").strip().casefold()
    record["organisation_id"] = organisations.get(organisation) if organisation else None
    record["version"] = 1
    return record


PERSONS = cast(Table, Person.__table__)
CHANGE_LOG = cast(Table, ChangeLogEntry.__table__)
NULLABLE = frozenset(column.name for column in PERSONS.columns if column.nullable)
"""Empty texts of these columns are stored as NULL; names stay empty strings."""


def _organisation_ids(session: Session,
                      names: list[str]) -> tuple[dict[str, int], list[int]]:
    """The id of every named organisation (case-insensitive), and the ids of those created
    (in one INSERT) because they were not there yet."""
    known = {name.casefold(): org_id for org_id, name in
             session.execute(select(Organisation.id, Organisation.name))}
    new: dict[str, str] = {}
    for raw in names:
        name = raw.strip()
        if name and name.casefold() not in known:
            new.setdefault(name.casefold(), name)
    if not new:
        return known, []
    created = list(session.execute(
        insert(Organisation).returning(Organisation.id, Organisation.name),
        [{"name": name, "kind": OrganisationKind.OTHER, "version": 1}
         for name in new.values()]))
    known.update((name.casefold(), org_id) for org_id, name in created)
    return known, [org_id for org_id, _name in created]


def person_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)
