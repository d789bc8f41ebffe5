"""The content of the public website: only records flagged "öffentlich", and persons only with
a consent to publication and without a restriction of processing (Art. 18 DSGVO).

This is the one place that decides what may leave the office for the web: the templates and
the OParl files get nothing but what ``site_content`` returns.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.db.database import Database
from app.domain.contacts import publishable_person
from app.domain.documents.website import (
    Site,
    SiteAgendaItem,
    SiteGoal,
    SiteGroup,
    SiteMeeting,
    SiteMilestone,
    SiteNews,
    SitePartner,
    SiteProject,
)
from app.domain.enums import MeetingStatus, MemberRole, PrKind
from app.domain.formatting import format_date, format_weekday_date
from app.domain.models import (
    AgendaItem,
    Goal,
    Meeting,
    Membership,
    Organisation,
    Person,
    PilotProject,
    PrItem,
    WorkingGroup,
)
from app.domain.text import public_link
from app.services.catalogue_content import event_pictures, read_catalogue
from app.services.presentation import ALLIANCE

NEWS_KINDS = (PrKind.WEBSITE, PrKind.TEASER, PrKind.NEWSLETTER)
EPOCH = datetime(2000, 1, 1)


HELD = frozenset({MeetingStatus.HELD, MeetingStatus.PROTOCOL_SENT})


def protocol_published(meeting: Meeting) -> bool:
    """A held public meeting whose protocol was sent has its public protocol on the site."""
    return (meeting.status in HELD and meeting.protocol is not None
            and meeting.protocol.sent_on is not None)


def public_agenda(meeting: Meeting) -> list[AgendaItem]:
    """The meeting's agenda items flagged public, in their order."""
    return sorted((item for item in meeting.agenda_items if item.public),
                  key=lambda item: (item.position, item.id))


def public_place(meeting: Meeting) -> str:
    """Where a published meeting takes place: place and host, else its format ("digital")."""
    host = meeting.host_organisation.name if meeting.host_organisation else ""
    return ", ".join(part for part in (meeting.location or "", host) if part) \
        or meeting.format.label


def last_change(meeting: Meeting) -> datetime:
    """The newest change of the meeting or of a public agenda item (never the clock)."""
    return max([meeting.updated_at, *(item.updated_at for item in public_agenda(meeting))])


def public_meetings(db: Database, *, today: date) -> tuple[tuple[SiteMeeting, ...],
                                                            tuple[SiteMeeting, ...]]:
    """The public meetings from ``today`` on (soonest first) and before it (newest first)."""
    with db.reading() as session:
        return _split(_meetings(session), today)


def _split(meetings: list[SiteMeeting],
           today: date) -> tuple[tuple[SiteMeeting, ...], tuple[SiteMeeting, ...]]:
    return (tuple(m for m in meetings if m.starts_at.date() >= today),
            tuple(reversed([m for m in meetings if m.starts_at.date() < today])))


def site_content(db: Database, *, today: date, secretariat: str) -> Site:
    with db.reading() as session:
        meetings = _meetings(session)
        pictures = event_pictures(session, [meeting.id for meeting in meetings])
        meetings = [replace(meeting, pictures=pictures.get(meeting.id, ()))
                    for meeting in meetings]
        upcoming, past = _split(meetings, today)
        groups, groups_modified = _groups(session)
        projects, projects_modified = _projects(session)
        partners, partners_modified = _partners(session)
        news, news_modified = _news(session, today)
        knowledge = read_catalogue(session, today=today)
    modified = max([EPOCH, groups_modified, projects_modified, partners_modified,
                    news_modified, knowledge.modified, *(m.modified for m in meetings)])
    return Site(title=ALLIANCE, secretariat=secretariat, upcoming=upcoming, past=past,
                groups=groups, projects=projects, partners=partners, news=news,
                modified=modified, catalogue=knowledge)


def _meetings(session: Session) -> list[SiteMeeting]:
    rows = session.scalars(
        select(Meeting).where(Meeting.public.is_(True))
        .options(selectinload(Meeting.agenda_items), selectinload(Meeting.group),
                 selectinload(Meeting.host_organisation), selectinload(Meeting.protocol))
        .order_by(Meeting.starts_at, Meeting.id)).all()
    return [_meeting(meeting) for meeting in rows]


def _meeting(meeting: Meeting) -> SiteMeeting:
    held = meeting.status in HELD
    return SiteMeeting(
        id=meeting.id, uid=meeting.uid, title=meeting.title, kind=meeting.kind.label,
        group=meeting.group.name if meeting.group else "",
        starts_at=meeting.starts_at, ends_at=meeting.ends_at,
        date=format_weekday_date(meeting.starts_at.date()),
        time=f"{meeting.starts_at:%H:%M}–{meeting.ends_at:%H:%M} Uhr",
        place=public_place(meeting),
        cancelled=meeting.status is MeetingStatus.CANCELLED, held=held,
        agenda=tuple(SiteAgendaItem(number, item.title)
                     for number, item in enumerate(public_agenda(meeting), start=1)),
        results_summary=(meeting.results_summary or "") if held else "",
        modified=last_change(meeting), protocol=protocol_published(meeting))


def _groups(session: Session) -> tuple[tuple[SiteGroup, ...], datetime]:
    groups = session.scalars(select(WorkingGroup).order_by(WorkingGroup.short_name)).all()
    goals = session.scalars(select(Goal).where(Goal.public.is_(True))
                            .order_by(Goal.due_date, Goal.id)).all()
    leads = session.execute(
        select(Membership.group_id, Person).join(Person, Membership.person_id == Person.id)
        .options(selectinload(Person.organisation))
        .where(Membership.role == MemberRole.LEAD, Membership.valid_to.is_(None),
               Person.publication_consent.is_(True))
        .order_by(Person.last_name, Person.first_name)).all()
    site_groups = tuple(SiteGroup(
        short_name=group.short_name, name=group.name, description=group.description or "",
        fields_of_action=group.fields_of_action or "",
        leads=tuple(_named(person) for group_id, person in leads
                    if group_id == group.id and publishable_person(person)),
        goals=tuple(SiteGoal(goal.title, goal.rubric.label, goal.status.label,
                             format_date(goal.due_date))
                    for goal in goals if goal.group_id == group.id))
        for group in groups)
    changed = [EPOCH, *(group.updated_at for group in groups),
               *(goal.updated_at for goal in goals)]
    return site_groups, max(changed)


def _named(person: Person) -> str:
    name = person.full_name
    if person.organisation is not None:
        return f"{name} ({person.organisation.name})"
    return name


def _projects(session: Session) -> tuple[tuple[SiteProject, ...], datetime]:
    projects = session.scalars(
        select(PilotProject).where(PilotProject.public.is_(True))
        .options(selectinload(PilotProject.milestones), selectinload(PilotProject.group))
        .order_by(PilotProject.name)).all()
    site = tuple(SiteProject(
        name=project.name, group=project.group.name, town=project.town or "",
        status=project.status.label, goal=project.goal or "",
        milestones=tuple(SiteMilestone(m.title, format_date(m.due_date), m.done)
                         for m in project.milestones))
        for project in projects)
    return site, max([EPOCH, *(project.updated_at for project in projects)])


def _partners(session: Session) -> tuple[tuple[SitePartner, ...], datetime]:
    partners = session.scalars(
        select(Organisation).where(Organisation.is_partner.is_(True),
                                   Organisation.archived.is_(False))
        .order_by(Organisation.name)).all()
    site = tuple(SitePartner(partner.name, partner.kind.label, public_link(partner.website))
                 for partner in partners)
    return site, max([EPOCH, *(partner.updated_at for partner in partners)])


def _news(session: Session, today: date) -> tuple[tuple[SiteNews, ...], datetime]:
    items = session.scalars(
        select(PrItem).where(PrItem.public.is_(True), PrItem.kind.in_(NEWS_KINDS),
                             PrItem.published_on <= today)
        .order_by(PrItem.published_on.desc(), PrItem.id.desc())).all()
    site = tuple(SiteNews(item.id, item.title, format_date(item.published_on), item.kind.label,
                          item.text or "", public_link(item.link)) for item in items)
    return site, max([EPOCH, *(item.updated_at for item in items)])
