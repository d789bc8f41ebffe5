"""Meetings: the calendar list, overdue protocols and one meeting's details."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Row, Select, case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.db.database import Database
from app.domain.enums import InvitationResponse, MeetingStatus
from app.domain.formatting import format_bool, format_date, format_datetime
from app.domain.models import (
    AgendaItem,
    Invitation,
    Meeting,
    Organisation,
    Person,
    Protocol,
    Task,
    WorkingGroup,
)
from app.services.periods import year_bounds
from app.services.protocol_deadlines import DueRules, due_rules
from app.services.rows import DetailSection, MeetingRow, RecordDetail


def list_meetings(db: Database, *, year: int | None = None, today: date | None = None,
                  upcoming_only: bool = False, limit: int | None = None,
                  days: tuple[date, date] | None = None) -> list[MeetingRow]:
    """Meetings, oldest first, with invitation counts and whether the protocol is overdue.

    Args:
        days: only meetings starting from the first to the last of these days (both included).
    """
    today = today or date.today()
    query = _meeting_rows_query()
    if year is not None:
        start, end = year_bounds(year)
        query = query.where(Meeting.starts_at >= start, Meeting.starts_at < end)
    if days is not None:
        query = query.where(Meeting.starts_at >= datetime.combine(days[0], datetime.min.time()),
                            Meeting.starts_at < datetime.combine(days[1] + timedelta(days=1),
                                                                 datetime.min.time()))
    if upcoming_only:
        query = query.where(Meeting.starts_at >= datetime.combine(today, datetime.min.time()),
                            Meeting.status != MeetingStatus.CANCELLED)
    if limit is not None:
        query = query.limit(limit)
    with db.reading() as session:
        rules = due_rules(session)
        return [_meeting_row(row, today, rules) for row in session.execute(query)]


@dataclass(frozen=True)
class OverdueProtocols:
    count: int
    newest: list[MeetingRow]
    """The newest overdue meetings, newest first (all of them when no limit was asked)."""


def overdue_protocols(db: Database, *, today: date | None = None,
                      limit: int | None = None) -> OverdueProtocols:
    """Held meetings whose protocol was not sent within the contract's deadline.

    The deadline is judged on a narrow query of every candidate; the full rows (places,
    invitation counts) are read only for the newest ``limit`` overdue meetings, so that the
    cockpit of a large office stays quick.
    """
    today = today or date.today()
    candidates = (
        select(Meeting.id, Meeting.ends_at, Meeting.status, Protocol.sent_on)
        .outerjoin(Protocol, Protocol.meeting_id == Meeting.id)
        .where(Meeting.ends_at < datetime.combine(today, datetime.min.time()),
               Meeting.status != MeetingStatus.CANCELLED,
               or_(Protocol.sent_on.is_(None), Protocol.sent_on > today))
        .order_by(Meeting.starts_at.desc(), Meeting.id.desc()))
    with db.reading() as session:
        rules = due_rules(session)
        overdue = [meeting_id for meeting_id, ends_at, status, sent_on
                   in session.connection().execute(candidates)
                   if is_protocol_overdue(status, sent_on, rules.due(ends_at.date()), today)]
        shown = overdue if limit is None else overdue[:limit]
        rows = [_meeting_row(row, today, rules) for row in session.execute(
            _meeting_rows_query().where(Meeting.id.in_(shown)))] if shown else []
    rows.reverse()
    return OverdueProtocols(len(overdue), rows)


@dataclass(frozen=True)
class ProtocolDeadline:
    due: date
    rule: str
    """``innerhalb von 10 Arbeitstagen``."""
    overdue: bool


def protocol_deadline(db: Database, meeting_id: int, *, today: date) -> ProtocolDeadline:
    """By when the meeting's protocol is due under its contract, and whether that has passed."""
    with db.reading() as session:
        ends_at, status, sent_on = session.execute(
            select(Meeting.ends_at, Meeting.status, Protocol.sent_on)
            .outerjoin(Protocol, Protocol.meeting_id == Meeting.id)
            .where(Meeting.id == meeting_id)).one()
        rule = due_rules(session).for_day(ends_at.date())
    due = rule.due(ends_at.date())
    return ProtocolDeadline(due, rule.text, is_protocol_overdue(status, sent_on, due, today))


def is_protocol_overdue(status: MeetingStatus, sent_on: date | None, due: date,
                        today: date) -> bool:
    """Whether, as of ``today``, the protocol is past its due day and not sent (a date sent
    after ``today`` counts as not sent yet, so that any day can be looked at)."""
    if status is MeetingStatus.CANCELLED or (sent_on is not None and sent_on <= today):
        return False
    return due < today


def _meeting_rows_query() -> Select[*tuple[Any, ...]]:
    invited = (select(Invitation.meeting_id, func.count().label("invited"),
                      func.sum(case((Invitation.attended.is_(True), 1), else_=0)).label("attended"))
               .group_by(Invitation.meeting_id).subquery())
    return (
        select(Meeting.id, Meeting.starts_at, Meeting.ends_at, Meeting.kind, Meeting.title,
               Meeting.format, Meeting.location, Meeting.status, WorkingGroup.short_name,
               Organisation.short_name.label("host"), Protocol.sent_on,
               func.coalesce(invited.c.invited, 0), func.coalesce(invited.c.attended, 0))
        .outerjoin(WorkingGroup, Meeting.group_id == WorkingGroup.id)
        .outerjoin(Organisation, Meeting.host_organisation_id == Organisation.id)
        .outerjoin(Protocol, Protocol.meeting_id == Meeting.id)
        .outerjoin(invited, invited.c.meeting_id == Meeting.id)
        .order_by(Meeting.starts_at)
    )


def _meeting_row(row: Row[Any], today: date, rules: DueRules) -> MeetingRow:
    (meeting_id, starts_at, ends_at, kind, title, meeting_format, location, status, group, host,
     sent_on, invited, attended) = tuple(row)
    place = ", ".join(part for part in (location, host) if part)
    return MeetingRow(
        id=meeting_id, starts_at=starts_at, ends_at=ends_at, kind=kind, group=group or "",
        title=title, format=meeting_format, place=place or meeting_format.label, status=status,
        invited=int(invited), attended=int(attended),
        protocol_overdue=is_protocol_overdue(status, sent_on, rules.due(ends_at.date()), today))


def meeting_detail(db: Database, meeting_id: int) -> RecordDetail:
    with db.reading() as session:
        meeting = session.get_one(Meeting, meeting_id, options=[
            selectinload(Meeting.agenda_items), selectinload(Meeting.invitations)
            .selectinload(Invitation.person)])
        return RecordDetail(
            title=f"{meeting.title} ({format_date(meeting.starts_at.date())})",
            fields=_meeting_fields(meeting),
            sections=(_agenda_section(meeting), _invitation_section(meeting),
                      _task_section(session, meeting_id)),
        )


def _meeting_fields(meeting: Meeting) -> tuple[tuple[str, str], ...]:
    protocol = meeting.protocol
    accepted = sum(1 for inv in meeting.invitations
                   if inv.response is InvitationResponse.ACCEPTED)
    return (
        ("Art", meeting.kind.label),
        ("Arbeitsgruppe", meeting.group.name if meeting.group else "—"),
        ("Beginn", format_datetime(meeting.starts_at)),
        ("Ende", format_datetime(meeting.ends_at)),
        ("Format", meeting.format.label),
        ("Ort", meeting.location or "—"),
        ("Gastgeber", meeting.host_organisation.name if meeting.host_organisation else "—"),
        ("Online-Link", meeting.online_link or "—"),
        ("Status", meeting.status.label),
        ("Eingeladen / zugesagt", f"{len(meeting.invitations)} / {accepted}"),
        ("Protokoll versandt am",
         format_date(protocol.sent_on) if protocol and protocol.sent_on else "—"),
    )


def _agenda_section(meeting: Meeting) -> DetailSection:
    return DetailSection(
        title="Tagesordnung", headers=("TOP", "Titel", "Vortragende", "Minuten"),
        rows=tuple((str(item.position), item.title, item.presenter or "",
                    str(item.planned_minutes or "")) for item in meeting.agenda_items))


def _invitation_section(meeting: Meeting) -> DetailSection:
    invitations = sorted(meeting.invitations, key=lambda inv: (inv.person.last_name,
                                                               inv.person.first_name))
    return DetailSection(
        title="Einladungen", headers=("Name", "Rückmeldung", "Teilgenommen"),
        rows=tuple((inv.person.full_name, inv.response.label, format_bool(inv.attended))
                   for inv in invitations))


def _task_section(session: Session, meeting_id: int) -> DetailSection:
    query = (select(Task.description, Person.first_name, Person.last_name, Task.due_date,
                    Task.done)
             .join(AgendaItem, Task.agenda_item_id == AgendaItem.id)
             .outerjoin(Person, Task.responsible_id == Person.id)
             .where(AgendaItem.meeting_id == meeting_id).order_by(Task.due_date))
    rows = tuple((description, f"{first or ''} {last or ''}".strip(), format_date(due),
                  format_bool(done))
                 for description, first, last, due, done in session.execute(query))
    return DetailSection(title="Aufgaben", headers=("Aufgabe", "Verantwortlich", "Fällig",
                                                    "Erledigt"), rows=rows)
