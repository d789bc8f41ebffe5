"""Who is invited to a meeting: distribution lists, responses and actual attendance."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, or_, select

from app.db.database import Database
from app.domain.enums import InvitationResponse, MeetingStatus, MemberRole
from app.domain.models import (
    DistributionList,
    Invitation,
    Meeting,
    Membership,
    Organisation,
    Person,
    WorkingGroup,
    distribution_list_members,
)

NETWORK_LIST = "network"
LEADERS_LIST = "leaders"
GROUP_LIST_PREFIX = "group:"
OWN_LIST_PREFIX = "list:"


@dataclass(frozen=True)
class InviteList:
    """A named set of persons to invite at once: the network, the AG leaders or one AG."""

    key: str
    name: str
    size: int


@dataclass(frozen=True)
class InvitationRow:
    id: int
    person_id: int
    name: str
    organisation: str
    email: str
    response: InvitationResponse
    attended: bool | None


@dataclass(frozen=True)
class InvitationCounts:
    invited: int
    accepted: int
    declined: int
    open: int
    attended: int


def group_list_key(group_id: int) -> str:
    return f"{GROUP_LIST_PREFIX}{group_id}"


def distribution_lists(db: Database) -> list[InviteList]:
    with db.reading() as session:
        groups = session.scalars(select(WorkingGroup).order_by(WorkingGroup.short_name)).all()
        keys = [(NETWORK_LIST, "Gesamtes Netzwerk (alle Partner)"),
                (LEADERS_LIST, "AG-Leitungen")]
        keys += [(group_list_key(group.id), f"AG {group.short_name}") for group in groups]
        own = session.scalars(select(DistributionList).order_by(DistributionList.name)).all()
        keys += [(f"{OWN_LIST_PREFIX}{entry.id}", f"Verteiler {entry.name}") for entry in own]
        return [InviteList(key, name, len(session.scalars(_members_query(key)).all()))
                for key, name in keys]


def _members_query(key: str) -> Select[int]:
    active = (Person.archived.is_(False), Person.restricted.is_(False))
    if key == NETWORK_LIST:
        return (select(Person.id).join(Organisation, Person.organisation_id == Organisation.id)
                .where(Organisation.is_partner.is_(True), Organisation.archived.is_(False),
                       *active))
    query = (select(Person.id).distinct().join(Membership, Membership.person_id == Person.id)
             .where(*active, Membership.valid_to.is_(None)))
    if key == LEADERS_LIST:
        return query.where(Membership.role.in_([MemberRole.LEAD, MemberRole.DEPUTY]))
    if key.startswith(GROUP_LIST_PREFIX):
        return query.where(Membership.group_id == int(key.removeprefix(GROUP_LIST_PREFIX)))
    if key.startswith(OWN_LIST_PREFIX):
        members = distribution_list_members
        return (select(Person.id).join(members, members.c.person_id == Person.id)
                .where(*active, members.c.list_id == int(key.removeprefix(OWN_LIST_PREFIX))))
    raise ValueError(f"unknown distribution list {key!r}")


def members_of(db: Database, key: str) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(_members_query(key)))


def invite_list(db: Database, meeting_id: int, key: str, *, today: date) -> int:
    """Invite every person of a distribution list; returns how many were newly invited."""
    return invite_persons(db, meeting_id, members_of(db, key), today=today)


def invite_persons(db: Database, meeting_id: int, person_ids: Iterable[int], *,
                   today: date) -> int:
    """Invite the persons not invited yet; a planned meeting becomes "eingeladen"."""
    with db.unit_of_work() as session:
        meeting = session.get_one(Meeting, meeting_id)
        already = {invitation.person_id for invitation in meeting.invitations}
        new = [person_id for person_id in dict.fromkeys(person_ids) if person_id not in already]
        for person_id in new:
            meeting.invitations.append(Invitation(person_id=person_id, invited_on=today,
                                                  response=InvitationResponse.OPEN))
        if new and meeting.status is MeetingStatus.PLANNED:
            meeting.status = MeetingStatus.INVITED
        return len(new)


def list_invitations(db: Database, meeting_id: int) -> list[InvitationRow]:
    query = (select(Invitation.id, Person.id, Person.first_name, Person.last_name,
                    Person.title, Organisation.name, Person.email, Invitation.response,
                    Invitation.attended)
             .join(Person, Invitation.person_id == Person.id)
             .outerjoin(Organisation, Person.organisation_id == Organisation.id)
             .where(Invitation.meeting_id == meeting_id)
             .order_by(Person.last_name, Person.first_name))
    with db.reading() as session:
        return [InvitationRow(invitation_id, person_id,
                              " ".join(part for part in (title, first, last) if part),
                              organisation or "", email or "", response, attended)
                for (invitation_id, person_id, first, last, title, organisation, email, response,
                     attended) in session.execute(query)]


def count_invitations(rows: Sequence[InvitationRow]) -> InvitationCounts:
    def responses(kind: InvitationResponse) -> int:
        return sum(1 for row in rows if row.response is kind)

    return InvitationCounts(invited=len(rows), accepted=responses(InvitationResponse.ACCEPTED),
                            declined=responses(InvitationResponse.DECLINED),
                            open=responses(InvitationResponse.OPEN),
                            attended=sum(1 for row in rows if row.attended))


def set_responses(db: Database, invitation_ids: Iterable[int],
                  response: InvitationResponse) -> None:
    with db.unit_of_work() as session:
        for invitation_id in invitation_ids:
            session.get_one(Invitation, invitation_id).response = response


def set_attendance(db: Database, invitation_ids: Iterable[int], attended: bool | None) -> None:
    with db.unit_of_work() as session:
        for invitation_id in invitation_ids:
            session.get_one(Invitation, invitation_id).attended = attended


def remove_invitations(db: Database, invitation_ids: Iterable[int]) -> None:
    with db.unit_of_work() as session:
        for invitation_id in invitation_ids:
            session.delete(session.get_one(Invitation, invitation_id))


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    organisation: str
    email: str


def searchable_persons(db: Database, needle: str = "", *, limit: int = 200) -> list[PersonChoice]:
    """Persons to invite matching a name, organisation or e-mail fragment: not archived and not
    restricted under Art. 18 GDPR."""
    query = (select(Person.id, Person.first_name, Person.last_name, Organisation.name,
                    Person.email)
             .outerjoin(Organisation, Person.organisation_id == Organisation.id)
             .where(Person.archived.is_(False), Person.restricted.is_(False))
             .order_by(Person.last_name, Person.first_name).limit(limit))
    for word in needle.split():
        pattern = f"%{word}%"
        query = query.where(or_(Person.first_name.ilike(pattern), Person.last_name.ilike(pattern),
                                Organisation.name.ilike(pattern), Person.email.ilike(pattern)))
    with db.reading() as session:
        return [PersonChoice(person_id, f"{last}, {first}", organisation or "", email or "")
                for person_id, first, last, organisation, email in session.execute(query)]
