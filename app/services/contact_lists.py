"""A person's AG memberships and the distribution lists (Verteiler) persons belong to."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.versions import LoadedVersion
from app.domain.enums import MemberRole
from app.domain.errors import ValidationError
from app.domain.models import DistributionList, Membership, distribution_list_members
from app.services import change_log
from app.services.contact_editing import PersonDraft, create_person_in, update_person_in


@dataclass(frozen=True)
class MembershipEntry:
    group_id: int
    role: MemberRole


@dataclass(frozen=True)
class ListRow:
    id: int
    name: str
    size: int


def person_memberships(db: Database, person_id: int) -> list[MembershipEntry]:
    """The person's current (not ended) AG memberships."""
    with db.reading() as session:
        rows = session.execute(select(Membership.group_id, Membership.role).where(
            Membership.person_id == person_id, Membership.valid_to.is_(None)))
        return [MembershipEntry(group_id, role) for group_id, role in rows]


def set_memberships(db: Database, person_id: int, entries: Sequence[MembershipEntry]) -> None:
    """Make the person's current memberships exactly ``entries`` (one per AG)."""
    with db.unit_of_work() as session:
        set_memberships_in(session, person_id, entries)


def set_memberships_in(session: Session, person_id: int,
                       entries: Sequence[MembershipEntry]) -> None:
    wanted = {entry.group_id: entry.role for entry in entries}
    if len(wanted) != len(entries):
        raise ValidationError("Eine Person kann einer AG nur einmal angehören.")
    current = {m.group_id: m for m in session.scalars(select(Membership).where(
        Membership.person_id == person_id, Membership.valid_to.is_(None)))}
    changed = False
    for group_id, membership in current.items():
        if group_id not in wanted:
            session.delete(membership)
            changed = True
        elif membership.role != wanted[group_id]:
            membership.role = wanted[group_id]
            changed = True
    for group_id, role in wanted.items():
        if group_id not in current:
            session.add(Membership(person_id=person_id, group_id=group_id, role=role))
            changed = True
    if changed:
        change_log.record(session, "person", person_id, "AGs geändert")


def distribution_lists(db: Database) -> list[ListRow]:
    members = (select(distribution_list_members.c.list_id, func.count().label("size"))
               .group_by(distribution_list_members.c.list_id).subquery())
    query = (select(DistributionList.id, DistributionList.name,
                    func.coalesce(members.c.size, 0))
             .outerjoin(members, members.c.list_id == DistributionList.id)
             .order_by(DistributionList.name))
    with db.reading() as session:
        return [ListRow(list_id, name, int(size)) for list_id, name, size in
                session.execute(query)]


def create_list(db: Database, name: str, description: str = "") -> int:
    name = name.strip()
    if not name:
        raise ValidationError("Bitte einen Namen für den Verteiler eingeben.")
    with db.unit_of_work() as session:
        if session.scalar(select(DistributionList.id).where(DistributionList.name == name)):
            raise ValidationError(f"Einen Verteiler „{name}“ gibt es schon.")
        entry = DistributionList(name=name, description=description.strip() or None)
        session.add(entry)
        session.flush()
        return entry.id


def delete_list(db: Database, list_id: int) -> None:
    with db.unit_of_work() as session:
        session.delete(session.get_one(DistributionList, list_id))


def person_lists(db: Database, person_id: int) -> set[int]:
    with db.reading() as session:
        return set(session.scalars(select(distribution_list_members.c.list_id).where(
            distribution_list_members.c.person_id == person_id)))


def set_person_lists(db: Database, person_id: int, list_ids: Iterable[int]) -> None:
    with db.unit_of_work() as session:
        set_person_lists_in(session, person_id, list_ids)


def set_person_lists_in(session: Session, person_id: int, list_ids: Iterable[int]) -> None:
    wanted = set(list_ids)
    session.execute(delete(distribution_list_members).where(
        distribution_list_members.c.person_id == person_id))
    if wanted:
        session.execute(insert(distribution_list_members), [
            {"list_id": list_id, "person_id": person_id} for list_id in sorted(wanted)])


def save_person(db: Database, person_id: int | None, draft: PersonDraft,
                memberships: Sequence[MembershipEntry], list_ids: Iterable[int], *,
                expect: LoadedVersion | None = None) -> int:
    """Create or change a person with AGs and lists in one transaction; returns the id.

    Raises:
        RecordConflict: the person was saved by someone else after ``expect`` was loaded.
    """
    with db.unit_of_work(expect=expect) as session:
        if person_id is None:
            person_id = create_person_in(session, draft)
        else:
            update_person_in(session, person_id, draft)
        set_memberships_in(session, person_id, memberships)
        set_person_lists_in(session, person_id, list_ids)
        return person_id


def add_to_list(db: Database, list_id: int, person_ids: Iterable[int]) -> int:
    """Add persons to a list; returns how many were new on it."""
    with db.unit_of_work() as session:
        present = set(session.scalars(select(distribution_list_members.c.person_id).where(
            distribution_list_members.c.list_id == list_id)))
        new = [pid for pid in dict.fromkeys(person_ids) if pid not in present]
        if new:
            session.execute(insert(distribution_list_members),
                            [{"list_id": list_id, "person_id": pid} for pid in new])
        return len(new)
