"""Exporting the contact list: every active person not restricted under Art. 18 GDPR."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.db.database import Database
from app.domain.documents.contacts import ContactLine
from app.domain.errors import DomainError
from app.domain.models import DistributionList, Organisation, Person, distribution_list_members
from app.exports.contact_files import FORMATS
from app.services.contacts import group_names_by_person


def contact_lines(db: Database, list_id: int | None = None) -> list[ContactLine]:
    """The persons to export, all or those of one distribution list."""
    query = (select(Person, Organisation.name)
             .outerjoin(Organisation, Person.organisation_id == Organisation.id)
             .where(Person.archived.is_(False), Person.restricted.is_(False))
             .order_by(Person.last_name, Person.first_name))
    if list_id is not None:
        members = distribution_list_members
        query = query.join(members, members.c.person_id == Person.id).where(
            members.c.list_id == list_id)
    with db.reading() as session:
        groups = group_names_by_person(session)
        return [ContactLine(p.salutation or "", p.title or "", p.first_name, p.last_name,
                            organisation or "", p.function or "", p.email or "", p.phone or "",
                            p.street or "", p.postal_code or "", p.city or "",
                            ", ".join(groups.get(p.id, ())))
                for p, organisation in session.execute(query)]


def export_contacts(db: Database, file_format: str, out: Path,
                    list_id: int | None = None) -> tuple[Path, int]:
    """Write the contacts as ``csv``, ``xlsx`` or ``vcf``; returns the file and the count."""
    if file_format not in FORMATS:
        raise DomainError(f"Unbekanntes Format „{file_format}“: erlaubt sind csv, xlsx, vcf.")
    lines = contact_lines(db, list_id)
    return FORMATS[file_format](lines, out), len(lines)


def list_id_by_name(db: Database, name: str) -> int:
    with db.reading() as session:
        list_id = session.scalar(select(DistributionList.id).where(
            DistributionList.name == name.strip()))
    if list_id is None:
        raise DomainError(f"Einen Verteiler „{name}“ gibt es nicht.")
    return list_id
