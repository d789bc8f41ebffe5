"""Contacts: persons and organisations as lists and as details."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.db.database import Database
from app.domain.formatting import format_bool, format_date, format_datetime
from app.domain.models import ChangeLogEntry, Membership, Organisation, Person, WorkingGroup
from app.services.rows import DetailSection, OrganisationRow, PersonRow, RecordDetail


def list_persons(db: Database) -> list[PersonRow]:
    """Every person, sorted by name, with organisation and AG short names."""
    query = (select(Person.id, Person.last_name, Person.first_name, Organisation.short_name,
                    Organisation.name, Person.function, Person.email, Person.phone,
                    Person.archived, Organisation.kind, Person.restricted)
             .outerjoin(Organisation, Person.organisation_id == Organisation.id)
             .order_by(Person.last_name, Person.first_name, Person.id))
    with db.reading() as session:
        groups = _groups_by_person(session)
        none: tuple[str, frozenset[int]] = ("", frozenset())
        return [PersonRow(pid, last, first, short or org_name or "", function or "",
                          email or "", phone or "", groups.get(pid, none)[0], archived, kind,
                          restricted, groups.get(pid, none)[1])
                for (pid, last, first, short, org_name, function, email, phone, archived, kind,
                     restricted) in session.connection().execute(query)]


def group_names_by_person(session: Session) -> dict[int, list[str]]:
    query = (select(Membership.person_id, WorkingGroup.short_name)
             .join(WorkingGroup, Membership.group_id == WorkingGroup.id)
             .order_by(WorkingGroup.short_name))
    names: dict[int, list[str]] = defaultdict(list)
    for person_id, short_name in session.connection().execute(query):
        names[person_id].append(short_name)
    return names


def _groups_by_person(session: Session) -> dict[int, tuple[str, frozenset[int]]]:
    """Per person the AG short names as shown ("Klima, WULIS") and the AG ids (for filters)."""
    query = (select(Membership.person_id, WorkingGroup.id, WorkingGroup.short_name)
             .join(WorkingGroup, Membership.group_id == WorkingGroup.id)
             .order_by(WorkingGroup.short_name))
    found: dict[int, tuple[list[str], set[int]]] = defaultdict(lambda: ([], set()))
    for person_id, group_id, short_name in session.connection().execute(query):
        names, ids = found[person_id]
        names.append(short_name)
        ids.add(group_id)
    return {person_id: (", ".join(names), frozenset(ids))
            for person_id, (names, ids) in found.items()}


def list_organisations(db: Database) -> list[OrganisationRow]:
    persons = (select(Person.organisation_id, func.count().label("persons"))
               .group_by(Person.organisation_id).subquery())
    query = (select(Organisation.id, Organisation.name, Organisation.short_name,
                    Organisation.kind, Organisation.city, Organisation.is_partner,
                    Organisation.partner_since, func.coalesce(persons.c.persons, 0))
             .outerjoin(persons, persons.c.organisation_id == Organisation.id)
             .order_by(Organisation.name))
    with db.reading() as session:
        return [OrganisationRow(id=org_id, name=name, short_name=short or "", kind=kind,
                                city=city or "", is_partner=partner, partner_since=since,
                                persons=int(count))
                for org_id, name, short, kind, city, partner, since, count
                in session.execute(query)]


def person_detail(db: Database, person_id: int) -> RecordDetail:
    with db.reading() as session:
        person = session.get_one(Person, person_id, options=[
            selectinload(Person.memberships).selectinload(Membership.group)])
        organisation = person.organisation
        fields = (
            ("Anrede", person.salutation or ""), ("Name", person.full_name),
            ("Organisation", organisation.name if organisation else "—"),
            ("Funktion", person.function or ""), ("E-Mail", person.email or ""),
            ("Telefon", person.phone or ""),
            ("Adresse", " ".join(p for p in (person.street, person.postal_code, person.city) if p)),
            ("Einwilligung", format_bool(person.consent)),
            ("Einwilligung am", format_date(person.consent_date)),
            ("Zweck", person.consent_purpose or ""),
            ("Eingeschränkt (Art. 18)", format_bool(person.restricted)),
            ("Archiviert", format_bool(person.archived)),
            ("Notizen", person.notes or ""),
        )
        memberships = DetailSection(
            title="Mitgliedschaften", headers=("Arbeitsgruppe", "Rolle", "Seit", "Bis"),
            rows=tuple((m.group.name, m.role.label, format_date(m.valid_from),
                        format_date(m.valid_to)) for m in person.memberships))
        return RecordDetail(title=person.full_name, fields=fields,
                            sections=(memberships, _changes_section(session, "person",
                                                                    person_id)))


def organisation_detail(db: Database, organisation_id: int) -> RecordDetail:
    with db.reading() as session:
        org = session.get_one(Organisation, organisation_id)
        fields = (
            ("Name", org.name), ("Kurzname", org.short_name or ""), ("Art", org.kind.label),
            ("Adresse", " ".join(p for p in (org.street, org.postal_code, org.city) if p)),
            ("Website", org.website or ""), ("Bündnispartner", format_bool(org.is_partner)),
            ("Partner seit", format_date(org.partner_since)), ("Notizen", org.notes or ""),
        )
        persons = session.scalars(select(Person).where(Person.organisation_id == org.id)
                                  .order_by(Person.last_name, Person.first_name)).all()
        section = DetailSection(
            title="Personen", headers=("Name", "Funktion", "E-Mail"),
            rows=tuple((p.full_name, p.function or "", p.email or "") for p in persons))
        return RecordDetail(title=org.name, fields=fields,
                            sections=(section, _changes_section(session, "organisation",
                                                                organisation_id)))


def _changes_section(session: Session, entity: str, entity_id: int) -> DetailSection:
    """The change log of a contact: when, who, what was done to which fields."""
    query = (select(ChangeLogEntry.changed_at, ChangeLogEntry.user_name, ChangeLogEntry.action,
                    ChangeLogEntry.fields)
             .where(ChangeLogEntry.entity == entity, ChangeLogEntry.entity_id == entity_id)
             .order_by(ChangeLogEntry.changed_at.desc(), ChangeLogEntry.id.desc()))
    return DetailSection(
        title="Änderungen", headers=("Wann", "Wer", "Was", "Felder"),
        rows=tuple((format_datetime(at), user, action, changed)
                   for at, user, action, changed in session.execute(query)))
