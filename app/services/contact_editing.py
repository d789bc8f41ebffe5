"""Creating and changing persons and organisations, with German messages per field."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.versions import LoadedVersion
from app.domain.enums import OrganisationKind
from app.domain.errors import ValidationError
from app.domain.models import Organisation, Person
from app.domain.text import is_web_address
from app.services import change_log
from app.services.contact_rules import normalise_email, normalise_phone, too_long

Problems = list[tuple[str, str]]


@dataclass(frozen=True)
class PersonDraft:
    first_name: str
    last_name: str
    salutation: str = ""
    title: str = ""
    organisation_id: int | None = None
    function: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    notes: str = ""
    consent: bool = False
    consent_date: date | None = None
    consent_purpose: str = ""
    consent_source: str = ""
    restricted: bool = False
    archived: bool = False
    publication_consent: bool = False
    """May be named on the website (name, organisation, function; never e-mail or phone)."""
    publication_consent_date: date | None = None


_PERSON_LIMITS = {"first_name": (100, "Der Vorname"), "last_name": (100, "Der Nachname"),
                  "salutation": (20, "Die Anrede"), "title": (40, "Der Titel"),
                  "function": (200, "Die Funktion"), "street": (200, "Die Straße"),
                  "postal_code": (10, "Die Postleitzahl"), "city": (100, "Der Ort"),
                  "consent_purpose": (200, "Der Zweck"), "consent_source": (200, "Die Quelle")}


def clean_person(draft: PersonDraft) -> tuple[PersonDraft, Problems]:
    """Trimmed texts, e-mail and phone in normal form, and every problem as (field, message)."""
    values: dict[str, Any] = {name: value.strip() if isinstance(value, str) else value
                              for name, value in vars(draft).items()}
    email, email_problem = normalise_email(values["email"])
    phone, phone_problem = normalise_phone(values["phone"])
    values["email"], values["phone"] = email, phone
    draft = PersonDraft(**values)
    problems: Problems = []
    if not draft.last_name:
        problems.append(("last_name", "Bitte den Nachnamen eingeben."))
    if not draft.first_name:
        problems.append(("first_name", "Bitte den Vornamen eingeben."))
    problems += [(name, problem) for name, problem in (("email", email_problem),
                                                       ("phone", phone_problem)) if problem]
    for name, (limit, label) in _PERSON_LIMITS.items():
        problem = too_long(getattr(draft, name), limit, label)
        if problem:
            problems.append((name, problem))
    if draft.consent and draft.consent_date is None:
        problems.append(("consent_date", "Bitte das Datum der Einwilligung angeben."))
    if draft.publication_consent and draft.publication_consent_date is None:
        problems.append(("publication_consent_date",
                         "Bitte das Datum der Einwilligung zur Veröffentlichung angeben."))
    return draft, problems


def _raise_first(problems: Problems) -> None:
    if problems:
        field, message = problems[0]
        raise ValidationError(message, field=field)


def create_person(db: Database, draft: PersonDraft) -> int:
    with db.unit_of_work() as session:
        return create_person_in(session, draft)


def create_person_in(session: Session, draft: PersonDraft) -> int:
    draft, problems = clean_person(draft)
    _raise_first(problems)
    person = Person(first_name=draft.first_name, last_name=draft.last_name)
    _apply_person(person, draft)
    session.add(person)
    session.flush()
    change_log.record(session, "person", person.id, "angelegt")
    return person.id


def update_person(db: Database, person_id: int, draft: PersonDraft) -> list[str]:
    """Store the draft; returns the names of the fields that changed (also logged)."""
    with db.unit_of_work() as session:
        return update_person_in(session, person_id, draft)


def update_person_in(session: Session, person_id: int, draft: PersonDraft) -> list[str]:
    draft, problems = clean_person(draft)
    _raise_first(problems)
    person = session.get_one(Person, person_id)
    changed = [f.name for f in fields(draft)
               if _stored(getattr(person, f.name)) != _stored(getattr(draft, f.name))]
    _apply_person(person, draft)
    if changed:
        change_log.record(session, "person", person_id, "geändert", changed)
    return changed


def _stored(value: object) -> object:
    return None if value == "" else value


def _apply_person(person: Person, draft: PersonDraft) -> None:
    for f in fields(draft):
        setattr(person, f.name, _stored(getattr(draft, f.name)))
    person.first_name = draft.first_name
    person.last_name = draft.last_name


def load_person(db: Database, person_id: int) -> PersonDraft:
    with db.reading() as session:
        return draft_of_person(session.get_one(Person, person_id))


def load_person_for_edit(db: Database, person_id: int) -> tuple[PersonDraft, LoadedVersion]:
    """The person as a draft and the version a later save must still find, read together."""
    with db.reading() as session:
        person = session.get_one(Person, person_id)
        return draft_of_person(person), LoadedVersion(Person, person_id, person.version)


def draft_of_person(person: Person) -> PersonDraft:
    return PersonDraft(**_draft_values(person, PersonDraft))


def _draft_values(record: object, draft_class: type) -> dict[str, Any]:
    """The record's values for the draft's fields; a missing text becomes ``""``."""
    values: dict[str, Any] = {}
    for f in fields(draft_class):
        value = getattr(record, f.name)
        text_field = isinstance(f.default, str) or f.default is MISSING
        values[f.name] = "" if value is None and text_field else value
    return values


@dataclass(frozen=True)
class OrganisationDraft:
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    short_name: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    website: str = ""
    is_partner: bool = False
    partner_since: date | None = None
    notes: str = ""
    archived: bool = False


def clean_organisation(session: Session, draft: OrganisationDraft,
                       organisation_id: int | None) -> tuple[OrganisationDraft, Problems]:
    stripped = {f.name: getattr(draft, f.name).strip() for f in fields(draft)
                if isinstance(getattr(draft, f.name), str)}
    draft = replace(draft, **stripped)
    problems: Problems = []
    if not draft.name:
        problems.append(("name", "Bitte den Namen der Organisation eingeben."))
    else:
        clash = session.scalar(select(Organisation.id).where(Organisation.name == draft.name))
        if clash is not None and clash != organisation_id:
            problems.append(("name", f"Eine Organisation „{draft.name}“ gibt es schon."))
    for name, limit, label in (("name", 200, "Der Name"), ("short_name", 60, "Die Kurzform"),
                               ("website", 300, "Die Webseite"), ("city", 100, "Der Ort")):
        problem = too_long(getattr(draft, name), limit, label)
        if problem:
            problems.append((name, problem))
    if draft.website and not is_web_address(draft.website):
        draft = replace(draft, website=f"https://{draft.website}")
    return draft, problems


def organisation_problems(db: Database, draft: OrganisationDraft,
                          organisation_id: int | None = None) -> Problems:
    with db.reading() as session:
        return clean_organisation(session, draft, organisation_id)[1]


def save_organisation(db: Database, draft: OrganisationDraft,
                      organisation_id: int | None = None, *,
                      expect: LoadedVersion | None = None) -> int:
    """Create (no id) or change an organisation; returns its id."""
    with db.unit_of_work(expect=expect) as session:
        draft, problems = clean_organisation(session, draft, organisation_id)
        _raise_first(problems)
        organisation = (session.get_one(Organisation, organisation_id)
                        if organisation_id is not None else Organisation(name=draft.name))
        changed = [f.name for f in fields(draft)
                   if _stored(getattr(organisation, f.name, None)) != _stored(
                       getattr(draft, f.name))]
        for f in fields(draft):
            setattr(organisation, f.name, _stored(getattr(draft, f.name)))
        session.add(organisation)
        session.flush()
        change_log.record(session, "organisation", organisation.id,
                          "angelegt" if organisation_id is None else "geändert",
                          changed if organisation_id is not None else ())
        return organisation.id


def load_organisation(db: Database, organisation_id: int) -> OrganisationDraft:
    with db.reading() as session:
        return OrganisationDraft(**_draft_values(session.get_one(Organisation, organisation_id),
                                                 OrganisationDraft))
