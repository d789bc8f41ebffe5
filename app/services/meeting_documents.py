"""Everything a meeting's documents show (invitation, agenda, protocol, lists, calendar entry).

The exports render these frozen values; the names of their fields are the tags that Word
templates may use (documented in ``resources/templates/LIESMICH.md``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Row, select
from sqlalchemy.orm import selectinload

from app.db.database import Database
from app.domain.contacts import publishable_person
from app.domain.documents.meeting import (
    Addressee,
    AgendaLine,
    MeetingDocument,
    MeetingHeader,
    PersonLine,
    ProtocolPart,
    ProtocolTop,
    Sender,
    TaskLine,
    address_lines,
    letter_salutation,
)
from app.domain.enums import InvitationResponse
from app.domain.formatting import WEEKDAYS, format_date
from app.domain.models import AgendaItem, Decision, Invitation, Meeting, Person, Task
from app.services.website import public_agenda


def meeting_document(db: Database, meeting_id: int, *, sender: Sender,
                     today: date, public: bool = False) -> MeetingDocument:
    """Collect a meeting's data for its documents; raises NoResultFound for an unknown id.

    Args:
        public: the variant for the website: only agenda items flagged public, only persons
            who may be named in public (``publishable_person``; never an e-mail address), no
            presenters and no responsible persons (free texts that may name anyone); the
            attendees left unnamed are counted.
    """
    with db.reading() as session:
        meeting = session.get_one(Meeting, meeting_id, options=[
            selectinload(Meeting.agenda_items),
            selectinload(Meeting.invitations).selectinload(Invitation.person)
            .selectinload(Person.organisation)])
        everyone = sorted(meeting.invitations,
                          key=lambda i: (i.person.last_name, i.person.first_name))
        invitations = [i for i in everyone if publishable_person(i.person)] if public \
            else everyone
        items = public_agenda(meeting) if public else list(meeting.agenda_items)
        invitees = tuple(_person_line(invitation, public) for invitation in invitations)
        item_ids = [item.id for item in items]
        decisions = session.execute(select(Decision.agenda_item_id, Decision.text)
                                    .where(Decision.agenda_item_id.in_(item_ids))
                                    .order_by(Decision.id)).all()
        tasks = session.execute(select(Task.agenda_item_id, Task.description, Person.first_name,
                                       Person.last_name, Task.due_date, Task.done)
                                .outerjoin(Person, Task.responsible_id == Person.id)
                                .where(Task.agenda_item_id.in_(item_ids))
                                .order_by(Task.id)).all()
        protocol = _protocol_part(meeting, items, decisions, tasks, public=public)
        attendees = tuple(line for line, inv in zip(invitees, invitations, strict=True)
                          if inv.attended)
        return MeetingDocument(
            meeting=_header(meeting),
            agenda=tuple(_agenda_line(item, public) for item in items),
            agenda_total_minutes=sum(item.planned_minutes or 0 for item in items),
            invitees=invitees, attendees=attendees,
            excused=tuple(line for line, inv in zip(invitees, invitations, strict=True)
                          if inv.response is InvitationResponse.DECLINED and not inv.attended),
            protocol=protocol, sender=sender, today=format_date(today),
            unnamed_attendees=sum(1 for i in everyone if i.attended) - len(attendees))


def _header(meeting: Meeting) -> MeetingHeader:
    host = meeting.host_organisation.name if meeting.host_organisation else ""
    location = meeting.location or ""
    place = ", ".join(part for part in (host, location) if part) or meeting.format.label
    return MeetingHeader(
        id=meeting.id, uid=meeting.uid, sequence=max(meeting.version - 1, 0),
        title=meeting.title, kind=meeting.kind.label,
        group=meeting.group.name if meeting.group else "",
        starts_at=meeting.starts_at, ends_at=meeting.ends_at,
        date=format_date(meeting.starts_at.date()), weekday=WEEKDAYS[meeting.starts_at.weekday()],
        start=f"{meeting.starts_at:%H:%M}", end=f"{meeting.ends_at:%H:%M}",
        format=meeting.format.label, location=location, host=host, place=place,
        online_link=meeting.online_link or "", status=meeting.status.label,
        status_code=meeting.status.value,
        rsvp_by=format_date(meeting.rsvp_by) if meeting.rsvp_by else "")


def _agenda_line(item: AgendaItem, public: bool) -> AgendaLine:
    minutes = "" if item.planned_minutes is None else f"{item.planned_minutes} Min."
    return AgendaLine(item.position, item.title, _presenter(item, public), minutes)


def _presenter(item: AgendaItem, public: bool) -> str:
    return "" if public else item.presenter or ""


def _person_line(invitation: Invitation, public: bool) -> PersonLine:
    person = invitation.person
    organisation = person.organisation.name if person.organisation else ""
    attended = {True: "ja", False: "nein", None: ""}[invitation.attended]
    return PersonLine(person.full_name, organisation, "" if public else person.email or "",
                      invitation.response.label, attended, invitation.response.value)


def _protocol_part(meeting: Meeting, items: Sequence[AgendaItem],
                   decisions: Sequence[Row[int, str]],
                   tasks: Sequence[Row[int, str, str, str, date | None, bool]], *,
                   public: bool) -> ProtocolPart:
    protocol = meeting.protocol
    notes = {note.agenda_item_id: note.discussion or ""
             for note in (protocol.notes if protocol else [])}
    numbered: list[tuple[int, TaskLine]] = []
    for item_id, description, first, last, due, done in tasks:
        responsible = "" if public else f"{first or ''} {last or ''}".strip()
        line = TaskLine(len(numbered) + 1, description, responsible,
                        format_date(due), "erledigt" if done else "offen")
        numbered.append((item_id, line))
    tops = tuple(
        ProtocolTop(
            number=item.position, title=item.title, presenter=_presenter(item, public),
            discussion=notes.get(item.id, ""),
            paragraphs=tuple(p.strip() for p in notes.get(item.id, "").split("\n") if p.strip()),
            decisions=tuple(text for item_id, text in decisions if item_id == item.id),
            tasks=tuple(line for item_id, line in numbered if item_id == item.id))
        for item in items)

    def named(person: Person | None) -> str:
        if person is None or (public and not publishable_person(person)):
            return ""
        return person.full_name

    return ProtocolPart(
        author=named(protocol.author if protocol else None),
        chair=named(protocol.chair if protocol else None),
        sent_on=format_date(protocol.sent_on) if protocol and protocol.sent_on else "",
        tops=tops, decisions=tuple(text for _, text in decisions),
        tasks=tuple(line for _, line in numbered))


def addressees(db: Database, meeting_id: int) -> tuple[Addressee, ...]:
    """Every invitee of a meeting as a personal letter addresses them, in the order of the
    invitation list: the person's own business address, else their organisation's."""
    with db.reading() as session:
        invitations = session.scalars(
            select(Invitation).where(Invitation.meeting_id == meeting_id)
            .options(selectinload(Invitation.person).selectinload(Person.organisation)))
        people = sorted((invitation.person for invitation in invitations),
                        key=lambda person: (person.last_name, person.first_name))
        return tuple(_addressee(person) for person in people)


def _addressee(person: Person) -> Addressee:
    organisation = person.organisation
    own = bool(person.street or person.city)
    street, postal_code, city = ((person.street, person.postal_code, person.city) if own
                                 else (organisation.street, organisation.postal_code,
                                       organisation.city) if organisation
                                 else (None, None, None))
    return Addressee(
        address=address_lines(salutation=person.salutation or "", title=person.title or "",
                              first_name=person.first_name, last_name=person.last_name,
                              organisation=organisation.name if organisation else "",
                              street=street or "", postal_code=postal_code or "",
                              city=city or ""),
        salutation=letter_salutation(person.salutation or "", person.title or "",
                                     person.first_name, person.last_name))
