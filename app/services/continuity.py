"""Meetings of one body follow on from each other (the network, an AG, the leaders' round).

A new meeting of a body starts from the last one: "Genehmigung des Protokolls der letzten
Sitzung", "Offene Punkte aus früheren Sitzungen" (the open tasks of the body's earlier meetings and
tasks of other bodies addressed to it) and the last meeting's invitees. The protocol of the last
meeting is approved in the next one, which records where and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.domain.enums import MeetingKind, MeetingStatus
from app.domain.errors import DomainError
from app.domain.formatting import format_date
from app.domain.models import (
    AgendaItem,
    Decision,
    Invitation,
    Meeting,
    Person,
    Protocol,
    ProtocolNote,
    Task,
    WorkingGroup,
)
from app.services.task_queries import tasks_with_meetings

APPROVAL_TOP = "Genehmigung des Protokolls der letzten Sitzung"
OPEN_POINTS_TOP = "Offene Punkte aus früheren Sitzungen"
BODY_KINDS = (MeetingKind.NETWORK, MeetingKind.GROUP_SESSION, MeetingKind.LEADERS)
"""The kinds of meeting held by a standing body whose meetings follow on from each other."""


@dataclass(frozen=True)
class Body:
    kind: MeetingKind
    group_id: int | None


def body_key(kind: MeetingKind | None, group_id: int | None) -> str | None:
    """A body as one value for a selection list: ``network``, ``leaders``, ``group:3``."""
    if kind is None:
        return None
    return f"group:{group_id}" if kind is MeetingKind.GROUP_SESSION else kind.value


def parse_body_key(key: str | None) -> Body | None:
    if not key:
        return None
    if key.startswith("group:"):
        return Body(MeetingKind.GROUP_SESSION, int(key.removeprefix("group:")))
    return Body(MeetingKind(key), None)


def body_choices(db: Database) -> list[tuple[str, str]]:
    """Every body a task can be addressed to, as (key, German name)."""
    with db.reading() as session:
        groups = session.execute(select(WorkingGroup.id, WorkingGroup.short_name,
                                        WorkingGroup.name).order_by(WorkingGroup.name)).all()
    return ([(MeetingKind.NETWORK.value, "Netzwerk (Netzwerktreffen)"),
             (MeetingKind.LEADERS.value, "Runde der AG-Leitungen")]
            + [(f"group:{group_id}", f"AG {short}" if short else name)
               for group_id, short, name in groups])


def body_of(kind: MeetingKind, group_id: int | None) -> Body | None:
    """The body holding a meeting of this kind (an AG session: its AG); None for events."""
    if kind not in BODY_KINDS:
        return None
    if kind is MeetingKind.GROUP_SESSION:
        return Body(kind, group_id) if group_id is not None else None
    return Body(kind, None)


@dataclass(frozen=True)
class OpenPoint:
    task_id: int
    description: str
    responsible: str
    due_date: date | None
    source: str
    """``AG Klima: Sitzung vom 12.09.2024``."""

    @property
    def line(self) -> str:
        parts = [f"verantwortlich: {self.responsible}" if self.responsible else "",
                 f"fällig am {format_date(self.due_date)}" if self.due_date else "",
                 f"aus {self.source}"]
        return f"– {self.description} ({'; '.join(part for part in parts if part)})"


@dataclass(frozen=True)
class Proposal:
    previous_id: int | None
    previous_title: str
    previous_day: date | None
    open_points: tuple[OpenPoint, ...]
    invitee_ids: tuple[int, ...]

    @property
    def approval_title(self) -> str:
        if self.previous_day is None:
            return APPROVAL_TOP
        return f"Genehmigung des Protokolls der Sitzung vom {format_date(self.previous_day)}"


_OUT_OF_THE_WAY = 10_000
"""Existing TOPs move this far first, so that the unique (meeting, position) never collides."""


def _body_filter(body: Body) -> ColumnElement[bool]:
    if body.kind is MeetingKind.GROUP_SESSION:
        return and_(Meeting.kind == body.kind, Meeting.group_id == body.group_id)
    return Meeting.kind == body.kind


def _previous(session: Session, body: Body, before: datetime,
              exclude_id: int | None) -> Meeting | None:
    return session.scalars(
        select(Meeting).where(_body_filter(body), Meeting.starts_at < before,
                              Meeting.status != MeetingStatus.CANCELLED,
                              Meeting.id != (exclude_id or 0))
        .order_by(Meeting.starts_at.desc()).limit(1)).first()


def proposal(db: Database, kind: MeetingKind, group_id: int | None, starts_at: datetime, *,
             exclude_id: int | None = None) -> Proposal | None:
    """What a new meeting of the body takes over from earlier ones; None when there is no body
    or no earlier meeting of it."""
    body = body_of(kind, group_id)
    if body is None:
        return None
    with db.reading() as session:
        previous = _previous(session, body, starts_at, exclude_id)
        if previous is None:
            return None
        invitees = _last_invitees(session, body, starts_at, exclude_id)
        return Proposal(previous.id, previous.title, previous.starts_at.date(),
                        _open_points(session, body, starts_at, exclude_id), invitees)


def _last_invitees(session: Session, body: Body, before: datetime,
                   exclude_id: int | None) -> tuple[int, ...]:
    """The active persons invited to the body's latest earlier meeting that has invitees (the
    meeting right before may still be planned, with nobody invited yet)."""
    latest = (select(Meeting.id).join(Invitation, Invitation.meeting_id == Meeting.id)
              .where(_body_filter(body), Meeting.starts_at < before,
                     Meeting.status != MeetingStatus.CANCELLED, Meeting.id != (exclude_id or 0))
              .order_by(Meeting.starts_at.desc()).limit(1).scalar_subquery())
    return tuple(session.scalars(
        select(Invitation.person_id).join(Person, Invitation.person_id == Person.id)
        .where(Invitation.meeting_id == latest, Person.archived.is_(False))
        .order_by(Invitation.id)))


def open_points(db: Database, kind: MeetingKind, group_id: int | None,
                before: datetime) -> list[OpenPoint]:
    body = body_of(kind, group_id)
    if body is None:
        return []
    with db.reading() as session:
        return list(_open_points(session, body, before, None))


def _open_points(session: Session, body: Body, before: datetime,
                 exclude_id: int | None) -> tuple[OpenPoint, ...]:
    addressed = (Task.addressed_kind == body.kind) & (
        Task.addressed_group_id == body.group_id if body.group_id is not None
        else Task.addressed_group_id.is_(None))
    own = and_(_body_filter(body), Task.addressed_kind.is_(None))
    rows = session.execute(tasks_with_meetings().where(
        Task.done.is_(False), Meeting.starts_at < before, Meeting.id != (exclude_id or 0),
        or_(own, addressed)))
    return tuple(
        OpenPoint(task_id, text, f"{first or ''} {last or ''}".strip(), due,
                  f"{_body_name(kind, group)}: {title} vom {format_date(starts.date())}")
        for task_id, text, first, last, due, title, starts, kind, group in rows)


def _body_name(kind: MeetingKind, group: str | None) -> str:
    return f"AG {group}" if group else kind.label


def apply_proposal(db: Database, meeting_id: int, proposed: Proposal) -> None:
    """Put the continuity TOPs first on the new meeting's agenda, list the open points in the
    protocol of the second, and invite the last meeting's invitees."""
    with db.unit_of_work() as session:
        follow_on(session, session.get_one(Meeting, meeting_id), proposed)


def follow_on(session: Session, meeting: Meeting, proposed: Proposal) -> None:
    """``apply_proposal`` inside the caller's transaction."""
    existing = list(meeting.agenda_items)
    for item in existing:
        item.position += _OUT_OF_THE_WAY
    session.flush()
    for item in existing:
        item.position -= _OUT_OF_THE_WAY - 2
    approval = AgendaItem(meeting=meeting, position=1, title=proposed.approval_title,
                          planned_minutes=5)
    points = AgendaItem(meeting=meeting, position=2, title=OPEN_POINTS_TOP,
                        planned_minutes=15)
    session.add_all([approval, points])
    if proposed.open_points:
        protocol = meeting.protocol or Protocol(meeting=meeting)
        session.add(protocol)
        protocol.notes.append(ProtocolNote(agenda_item=points, discussion="\n".join(
            point.line for point in proposed.open_points)))
    invited = {invitation.person_id for invitation in meeting.invitations}
    for person_id in proposed.invitee_ids:
        if person_id not in invited:
            meeting.invitations.append(Invitation(person_id=person_id))
    meeting.updated_at = datetime.now()


@dataclass(frozen=True)
class Approvable:
    meeting_id: int
    title: str
    day: date
    sent_on: date


def protocol_to_approve(db: Database, meeting_id: int) -> Approvable | None:
    """The last earlier meeting of the same body whose protocol was sent and is not approved."""
    with db.reading() as session:
        meeting = session.get_one(Meeting, meeting_id)
        body = body_of(meeting.kind, meeting.group_id)
        if body is None:
            return None
        previous = _previous(session, body, meeting.starts_at, meeting.id)
        if previous is None or previous.protocol is None or previous.protocol.sent_on is None \
                or previous.protocol.approved_on is not None:
            return None
        return Approvable(previous.id, previous.title, previous.starts_at.date(),
                          previous.protocol.sent_on)


def approve_previous_protocol(db: Database, meeting_id: int) -> Approvable:
    """Record that this meeting approved the last meeting's protocol, as a decision under its
    approval TOP (the first TOP whose title starts with "Genehmigung des Protokolls")."""
    approvable = protocol_to_approve(db, meeting_id)
    if approvable is None:
        raise DomainError("Es gibt kein versandtes, noch nicht genehmigtes Protokoll einer "
                          "früheren Sitzung dieses Gremiums.")
    with db.unit_of_work() as session:
        meeting = session.get_one(Meeting, meeting_id)
        earlier = session.get_one(Meeting, approvable.meeting_id)
        assert earlier.protocol is not None
        earlier.protocol.approved_on = meeting.starts_at.date()
        earlier.protocol.approved_in_id = meeting.id
        top = next((item for item in meeting.agenda_items
                    if item.title.startswith("Genehmigung des Protokolls")), None)
        if top is not None:
            session.add(Decision(agenda_item=top, text=(
                f"Das Protokoll der Sitzung vom {format_date(approvable.day)} wird genehmigt.")))
        meeting.updated_at = datetime.now()
    return approvable


def protocol_state(sent_on: date | None, approved_on: date | None) -> str:
    """Entwurf → versandt → genehmigt, in German."""
    if approved_on is not None:
        return f"genehmigt am {format_date(approved_on)}"
    if sent_on is not None:
        return f"versandt am {format_date(sent_on)}"
    return "Entwurf"
