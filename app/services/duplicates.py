"""Likely duplicate persons (same e-mail, or the same name up to umlauts, ß and case), and merging.

Duplicates are only ever proposed; ``merge_persons`` runs when the user has chosen which record
to keep.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields

from sqlalchemy import and_, delete, exists, select, update

from app.db.database import Database
from app.domain.errors import ValidationError
from app.domain.models import Membership, Organisation, Person
from app.domain.search import search_key
from app.services import change_log
from app.services.contact_editing import PersonDraft, load_person
from app.services.person_references import person_references
from app.services.safety import safety_backup


def name_key(first: str, last: str) -> str:
    """"Müller"/"Mueller"/"MÜLLER" give the same key; other accents are dropped."""
    return " ".join(search_key(f"{first} {last}").replace("-", " ").split())


@dataclass(frozen=True)
class DuplicatePair:
    first_id: int
    second_id: int
    reason: str
    first_label: str
    second_label: str


def find_duplicates(db: Database) -> list[DuplicatePair]:
    query = (select(Person.id, Person.first_name, Person.last_name, Person.email,
                    Organisation.name)
             .outerjoin(Organisation, Person.organisation_id == Organisation.id)
             .where(Person.archived.is_(False)).order_by(Person.id))
    with db.reading() as session:
        rows = session.execute(query).all()
    labels = {pid: f"{first} {last}" + (f" ({org})" if org else "")
              for pid, first, last, _email, org in rows}
    by_email: dict[str, list[int]] = defaultdict(list)
    by_name: dict[str, list[int]] = defaultdict(list)
    for pid, first, last, email, _org in rows:
        if email:
            by_email[email.casefold()].append(pid)
        by_name[name_key(first, last)].append(pid)
    pairs: dict[tuple[int, int], str] = {}
    for groups, reason in ((by_email, "gleiche E-Mail-Adresse"),
                           (by_name, "gleicher Name")):
        for ids in groups.values():
            for index, first_id in enumerate(ids):
                for second_id in ids[index + 1:]:
                    pairs.setdefault((first_id, second_id), reason)
    return [DuplicatePair(a, b, reason, labels[a], labels[b])
            for (a, b), reason in sorted(pairs.items())]


def side_by_side(db: Database, first_id: int, second_id: int,
                 ) -> list[tuple[str, str, str]]:
    """(field, value of the first, value of the second) for the merge dialog."""
    first, second = load_person(db, first_id), load_person(db, second_id)
    return [(f.name, _text(getattr(first, f.name)), _text(getattr(second, f.name)))
            for f in fields(PersonDraft)]


def _text(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    return str(value)


def merge_persons(db: Database, keep_id: int, drop_id: int) -> None:
    """Move everything of ``drop_id`` to ``keep_id``, fill the kept record's empty fields from
    the other, then delete the other. One transaction."""
    if keep_id == drop_id:
        raise ValidationError("Eine Person kann nicht mit sich selbst zusammengeführt werden.")
    safety_backup(db, "vor-zusammenfuehrung")
    with db.unit_of_work() as session:
        keep = session.get_one(Person, keep_id)
        drop = session.get_one(Person, drop_id)
        for f in fields(PersonDraft):
            if getattr(keep, f.name) in (None, "") and getattr(drop, f.name) not in (None, ""):
                setattr(keep, f.name, getattr(drop, f.name))
        session.flush()
        kept_groups = set(session.scalars(select(Membership.group_id).where(
            Membership.person_id == keep_id, Membership.valid_to.is_(None))))
        session.execute(delete(Membership).where(Membership.person_id == drop_id,
                                                 Membership.valid_to.is_(None),
                                                 Membership.group_id.in_(kept_groups)))
        for reference in person_references():
            table, column = reference.table, reference.column
            for partners in reference.unique_partners:
                kept = table.alias("kept")
                clash = exists().where(kept.c[column.name] == keep_id,
                                       *[kept.c[p.name] == table.c[p.name] for p in partners])
                session.execute(delete(table).where(and_(column == drop_id, clash)))
            session.execute(update(table).where(column == drop_id).values({column.name: keep_id}))
        session.expire_all()
        session.delete(session.get_one(Person, drop_id))
        change_log.record(session, "person", keep_id, "zusammengeführt")
        change_log.record(session, "person", drop_id, "gelöscht (Dublette)")
