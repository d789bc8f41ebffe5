"""The alliance as OParl 1.1 objects: System → Body → Organization (network, each AG, the AG
leads' round) → Meeting with its AgendaItems, Person, Membership, Location.

The same rules as the website: only meetings and agenda items flagged public, persons only with
a consent to publication and without restriction (never e-mail or phone). A meeting or person
that was published and no longer is stays in the lists as ``deleted: true`` (remembered in
``publications``). ``created`` is when a record was first published, ``modified`` its last
change, so that unchanged data gives unchanged files.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain.contacts import publishable_person
from app.domain.documents.oparl import SCHEMA, Ids, Json, OParlData
from app.domain.documents.website import meeting_page, protocol_document
from app.domain.enums import MeetingKind, MeetingStatus, MemberRole
from app.domain.models import (
    Decision,
    Invitation,
    Meeting,
    Membership,
    Person,
    Publication,
    WorkingGroup,
)
from app.services.presentation import ALLIANCE
from app.services.website import (
    EPOCH,
    HELD,
    last_change,
    protocol_published,
    public_agenda,
    public_place,
)

BERLIN = ZoneInfo("Europe/Berlin")
NETWORK, LEADERS = "netzwerk", "ag-leitungen"
MEETING_STATES = {MeetingStatus.PLANNED: "terminiert", MeetingStatus.INVITED: "eingeladen",
                  MeetingStatus.HELD: "durchgeführt", MeetingStatus.PROTOCOL_SENT: "durchgeführt",
                  MeetingStatus.CANCELLED: "terminiert"}


def stamp(value: datetime) -> str:
    return value.replace(microsecond=0, tzinfo=BERLIN).isoformat()


def oparl_data(session: Session, *, base_url: str, website: str, now: datetime) -> OParlData:
    """Build the objects and record in ``publications`` what is published now (the caller's
    unit of work commits it)."""
    ids = Ids(base_url)
    meetings = session.scalars(
        select(Meeting).where(Meeting.public.is_(True))
        .options(selectinload(Meeting.agenda_items), selectinload(Meeting.group),
                 selectinload(Meeting.host_organisation), selectinload(Meeting.protocol))
        .order_by(Meeting.starts_at, Meeting.id)).all()
    persons = [person for person in session.scalars(
        select(Person).where(Person.publication_consent.is_(True))
        .options(selectinload(Person.organisation)).order_by(Person.id)).all()
        if publishable_person(person)]
    person_ids = {person.id for person in persons}
    memberships = session.scalars(
        select(Membership).where(Membership.person_id.in_(person_ids))
        .order_by(Membership.id)).all() if person_ids else []
    groups = session.scalars(select(WorkingGroup).order_by(WorkingGroup.id)).all()
    published = _record(session, now, {
        "meeting": [m.id for m in meetings], "person": sorted(person_ids),
        "membership": [m.id for m in memberships]})
    newest = max([EPOCH, *(m.updated_at for m in meetings),
                  *(p.updated_at for p in persons), *(g.updated_at for g in groups)])
    first = min((p.first_published_at for p in published.values()), default=newest)
    data = OParlData(system=_system(ids, website, first, newest),
                     body=_body(ids, website, first, newest))
    data.organizations = _organizations(ids, groups, first, newest)
    attended = _attended(session, [m.id for m in meetings], person_ids)
    decisions = _decisions(session, [item.id for m in meetings for item in m.agenda_items])
    for meeting in meetings:
        created = published[("meeting", meeting.id)].first_published_at
        files = _files(ids, website, meeting, created)
        data.meetings.append(_meeting(ids, meeting, created, attended.get(meeting.id, []),
                                      decisions) | files)
        data.files += files.values()
        data.locations.append(_location(ids, meeting, created))
    for person in persons:
        created = published[("person", person.id)].first_published_at
        data.persons.append(_person(ids, person, created, [
            _membership(ids, m, published[("membership", m.id)].first_published_at)
            for m in memberships if m.person_id == person.id]))
    data.memberships = [_membership(ids, m, published[("membership", m.id)].first_published_at)
                        for m in memberships]
    for (kind, record_id), publication in sorted(published.items()):
        if publication.withdrawn_at is None:
            continue
        target = {"meeting": data.meetings, "person": data.persons,
                  "membership": data.memberships}[kind]
        target.append(_deleted(ids, kind, record_id, publication))
    return data


def _record(session: Session, now: datetime,
            current: dict[str, list[int]]) -> dict[tuple[str, int], Publication]:
    """Note first publications and withdrawals; every publication by (kind, record id)."""
    known = {(p.kind, p.record_id): p for p in session.scalars(select(Publication))}
    for kind, record_ids in current.items():
        for record_id in record_ids:
            publication = known.get((kind, record_id))
            if publication is None:
                publication = Publication(kind=kind, record_id=record_id,
                                          first_published_at=now.replace(microsecond=0))
                session.add(publication)
                known[(kind, record_id)] = publication
            publication.withdrawn_at = None
    for (kind, record_id), publication in known.items():
        if record_id not in current.get(kind, ()) and publication.withdrawn_at is None:
            publication.withdrawn_at = now.replace(microsecond=0)
    session.flush()
    return known


def _system(ids: Ids, website: str, created: datetime, modified: datetime) -> Json:
    system: Json = {
        "id": ids("system"), "type": SCHEMA + "System", "oparlVersion": SCHEMA,
        "body": ids("bodies"), "name": f"{ALLIANCE} – OParl",
        "created": stamp(created), "modified": stamp(modified)}
    if website:
        system["website"] = website
    return system


def _body(ids: Ids, website: str, created: datetime, modified: datetime) -> Json:
    body: Json = {
        "id": ids("body/1"), "type": SCHEMA + "Body", "system": ids("system"),
        "name": ALLIANCE, "shortName": "Innenstädte mit Zukunft",
        "organization": ids("body/1/organizations"), "person": ids("body/1/persons"),
        "meeting": ids("body/1/meetings"), "paper": ids("body/1/papers"),
        "membership": ids("body/1/memberships"), "locationList": ids("body/1/locations"),
        "file": ids("body/1/files"),
        "legislativeTerm": [], "classification": "Aktionsbündnis",
        "created": stamp(created), "modified": stamp(modified)}
    if website:
        body["website"] = website
    return body


def _organizations(ids: Ids, groups: Iterable[WorkingGroup], created: datetime,
                   modified: datetime) -> list[Json]:
    def organization(key: str, name: str, short: str, classification: str) -> Json:
        return {"id": ids(f"organization/{key}"), "type": SCHEMA + "Organization",
                "body": ids("body/1"), "name": name, "shortName": short,
                "organizationType": "Gremium", "classification": classification,
                "created": stamp(created), "modified": stamp(modified)}

    found = [organization(NETWORK, f"Netzwerk {ALLIANCE}", "Netzwerk", "Netzwerk"),
             organization(LEADERS, "Runde der AG-Leitungen", "AG-Leitungen", "Leitungsrunde")]
    found += [organization(f"ag-{group.id}", group.name, group.short_name, "Arbeitsgruppe")
              for group in groups]
    return found


def _organization_key(meeting: Meeting) -> str:
    if meeting.kind is MeetingKind.LEADERS:
        return LEADERS
    if meeting.group_id is not None:
        return f"ag-{meeting.group_id}"
    return NETWORK


def _attended(session: Session, meeting_ids: list[int],
              person_ids: set[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    if not meeting_ids or not person_ids:
        return found
    for meeting_id, person_id in session.execute(
            select(Invitation.meeting_id, Invitation.person_id)
            .where(Invitation.meeting_id.in_(meeting_ids), Invitation.attended.is_(True),
                   Invitation.person_id.in_(person_ids))
            .order_by(Invitation.person_id)):
        found.setdefault(meeting_id, []).append(person_id)
    return found


def _decisions(session: Session, item_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    if item_ids:
        for item_id, text in session.execute(
                select(Decision.agenda_item_id, Decision.text)
                .where(Decision.agenda_item_id.in_(item_ids)).order_by(Decision.id)):
            found.setdefault(item_id, []).append(text)
    return found


def _meeting(ids: Ids, meeting: Meeting, created: datetime, attended: list[int],
             decisions: dict[int, list[str]]) -> Json:
    held = meeting.status in HELD
    url = ids(f"meeting/{meeting.id}")
    agenda: list[Json] = []
    for order, item in enumerate(public_agenda(meeting), start=1):
        entry: Json = {"id": ids(f"meeting/{meeting.id}/agendaitem/{item.id}"),
                       "type": SCHEMA + "AgendaItem", "meeting": url, "number": str(order),
                       "order": order, "name": item.title, "public": True,
                       "created": stamp(created), "modified": stamp(item.updated_at)}
        texts = decisions.get(item.id, [])
        if held and texts:
            entry["result"] = "beschlossen"
            entry["resolutionText"] = "\n".join(texts)
        agenda.append(entry)
    return {
        "id": url, "type": SCHEMA + "Meeting", "name": meeting.title,
        "meetingState": MEETING_STATES[meeting.status],
        "cancelled": meeting.status is MeetingStatus.CANCELLED,
        "start": stamp(meeting.starts_at), "end": stamp(meeting.ends_at),
        "location": _location(ids, meeting, created),
        "organization": [ids(f"organization/{_organization_key(meeting)}")],
        "participant": [ids(f"person/{person_id}") for person_id in attended] if held else [],
        "agendaItem": agenda, "created": stamp(created),
        "modified": stamp(last_change(meeting))}


def _files(ids: Ids, website: str, meeting: Meeting, created: datetime) -> dict[str, Json]:
    """The invitation (the meeting's page) and, once sent, the public protocol (PDF)."""
    def file(key: str, name: str, path: str, mime: str) -> Json:
        return {"id": ids(f"file/{key}-{meeting.id}"), "type": SCHEMA + "File", "name": name,
                "fileName": path.rsplit("/", 1)[-1], "mimeType": mime,
                "accessUrl": website + path, "meeting": [ids(f"meeting/{meeting.id}")],
                "created": stamp(created), "modified": stamp(meeting.updated_at)}

    found = {"invitation": file("einladung", f"Einladung: {meeting.title}",
                                meeting_page(meeting.id), "text/html")}
    if protocol_published(meeting):
        found["resultsProtocol"] = file("protokoll", f"Protokoll: {meeting.title}",
                                        protocol_document(meeting.id),
                                        "application/pdf")
    return found


def _location(ids: Ids, meeting: Meeting, created: datetime) -> Json:
    return {"id": ids(f"location/{meeting.id}"), "type": SCHEMA + "Location",
            "description": public_place(meeting),
            "created": stamp(created), "modified": stamp(meeting.updated_at)}


def _person(ids: Ids, person: Person, created: datetime, memberships: list[Json]) -> Json:
    found: Json = {"id": ids(f"person/{person.id}"), "type": SCHEMA + "Person",
                   "body": ids("body/1"), "name": person.full_name,
                   "familyName": person.last_name, "givenName": person.first_name,
                   "membership": memberships,
                   "created": stamp(created), "modified": stamp(person.updated_at)}
    if person.title:
        found["title"] = [person.title]
    if person.function or person.organisation is not None:
        found["status"] = [part for part in (
            person.function, person.organisation.name if person.organisation else None)
            if part]
    return found


def _membership(ids: Ids, membership: Membership, created: datetime) -> Json:
    found: Json = {"id": ids(f"membership/{membership.id}"), "type": SCHEMA + "Membership",
                   "person": ids(f"person/{membership.person_id}"),
                   "organization": ids(f"organization/ag-{membership.group_id}"),
                   "role": membership.role.label,
                   "votingRight": membership.role in (MemberRole.LEAD, MemberRole.DEPUTY,
                                                      MemberRole.MEMBER),
                   "created": stamp(created), "modified": stamp(membership.updated_at)}
    if membership.valid_from:
        found["startDate"] = membership.valid_from.isoformat()
    if membership.valid_to:
        found["endDate"] = membership.valid_to.isoformat()
    return found


def _deleted(ids: Ids, kind: str, record_id: int, publication: Publication) -> Json:
    assert publication.withdrawn_at is not None
    type_name = {"meeting": "Meeting", "person": "Person", "membership": "Membership"}[kind]
    return {"id": ids(f"{kind}/{record_id}"), "type": SCHEMA + type_name, "deleted": True,
            "created": stamp(publication.first_published_at),
            "modified": stamp(publication.withdrawn_at)}
