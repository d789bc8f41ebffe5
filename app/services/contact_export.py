"""Exporting the contact list: every active person not restricted under Art. 18 GDPR."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.db.database import Database
from app.domain.errors import DomainError
from app.domain.models import Organisation, Person
from app.exports.contact_files import FORMATS, ContactLine
from app.services.contacts import group_names_by_person


def contact_lines(db: Database) -> list[ContactLine]:
    query = (select(Person, Organisation.name)
             .outerjoin(Organisation, Person.organisation_id == Organisation.id)
             .where(Person.archived.is_(False), Person.restricted.is_(False))
             .order_by(Person.last_name, Person.first_name))
    with db.reading() as session:
        groups = group_names_by_person(session)
        return [ContactLine(p.salutation or "", p.title or "", p.first_name, p.last_name,
                            organisation or "", p.function or "", p.email or "", p.phone or "",
                            p.street or "", p.postal_code or "", p.city or "",
                            ", ".join(groups.get(p.id, ())))
                for p, organisation in session.execute(query)]


def export_contacts(db: Database, file_format: str, out: Path) -> tuple[Path, int]:
    """Write the contacts as ``csv``, ``xlsx`` or ``vcf``; returns the file and the count."""
    if file_format not in FORMATS:
        raise DomainError(f"Unbekanntes Format „{file_format}“: erlaubt sind csv, xlsx, vcf.")
    lines = contact_lines(db)
    return FORMATS[file_format](lines, out), len(lines)
