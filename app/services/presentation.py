"""The Sitzungspräsentation of a meeting, collected from the data: title, agenda, a section per
TOP with its notes, and for network meetings the Bilanz, one slide per AG, the next steps and the
meetings per quarter (the structure of the seed's kick-off presentation)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.domain.documents.meeting import Sender
from app.domain.documents.presentation import (
    Balance,
    GroupSlide,
    PresentationData,
    SectionSlide,
)
from app.domain.enums import GoalRubric, MeetingKind, MeetingStatus, ProjectStatus
from app.domain.formatting import format_date
from app.domain.models import (
    Goal,
    GroupAssessment,
    Meeting,
    Milestone,
    PilotProject,
    Protocol,
    WorkingGroup,
)
from app.services.contract import quota_status

ALLIANCE = "Aktionsbündnis „Innenstädte mit Zukunft“"
QUARTERS_SHOWN = 8
NEXT_MEETINGS = 5


def presentation_data(db: Database, meeting_id: int, sender: Sender) -> PresentationData:
    with db.reading() as session:
        meeting = session.get_one(Meeting, meeting_id)
        notes = _notes(meeting)
        agenda = tuple((item.position, item.title, item.presenter or "")
                       for item in meeting.agenda_items)
        sections = tuple(SectionSlide(number, title, presenter, notes.get(number, ""))
                         for number, title, presenter in agenda)
        network = meeting.kind is MeetingKind.NETWORK
        starts = meeting.starts_at
        data = PresentationData(
            alliance=ALLIANCE, title=meeting.title,
            date=f"{format_date(starts.date())}, {starts:%H:%M} Uhr",
            place=", ".join(part for part in (
                meeting.location, meeting.host_organisation.name
                if meeting.host_organisation else None, meeting.format.label) if part),
            agenda=agenda, sections=sections,
            balance=_balance(session, starts) if network else None,
            groups=_groups(session, starts.year) if network else (),
            next_steps=_next_steps(session, starts) if network else (),
            quarters=_quarters(session, starts) if network else (),
            sender=sender.name, contact=sender.email)
    if network:
        statuses = quota_status(db, starts.year)
        data = _with_quotas(data, tuple((status.kind.label + (
            f" – {status.scope}" if status.scope else ""), status.used, status.allowed)
            for status in statuses))
    return data


def _with_quotas(data: PresentationData,
                 quotas: tuple[tuple[str, int, int | None], ...]) -> PresentationData:
    assert data.balance is not None
    return replace(data, balance=replace(data.balance, quotas=quotas))


def _notes(meeting: Meeting) -> dict[int, str]:
    protocol: Protocol | None = meeting.protocol
    if protocol is None:
        return {}
    positions = {item.id: item.position for item in meeting.agenda_items}
    return {positions[note.agenda_item_id]: note.discussion or "" for note in protocol.notes
            if note.agenda_item_id in positions}


def _held_before(session: Session, kind: MeetingKind, before: datetime) -> int:
    return int(session.scalar(select(func.count()).select_from(Meeting).where(
        Meeting.kind == kind, Meeting.starts_at < before,
        Meeting.status != MeetingStatus.CANCELLED)) or 0)


def _balance(session: Session, starts: datetime) -> Balance:
    first = session.scalar(select(func.min(Meeting.starts_at)))
    projects = Counter(session.scalars(select(PilotProject.status).where(
        PilotProject.status != ProjectStatus.DISCARDED)))
    return Balance(
        since=format_date(first.date()) if first else "",
        network_meetings=_held_before(session, MeetingKind.NETWORK, starts),
        group_sessions=_held_before(session, MeetingKind.GROUP_SESSION, starts),
        projects_by_status=tuple((status.label, projects[status]) for status in ProjectStatus
                                 if projects.get(status)),
        quotas=(), year=starts.year)


def _groups(session: Session, year: int) -> tuple[GroupSlide, ...]:
    slides = []
    for group in session.scalars(select(WorkingGroup).order_by(WorkingGroup.name)):
        goals = session.scalars(select(Goal).where(Goal.group_id == group.id)
                                .order_by(Goal.due_date, Goal.title)).all()
        by_rubric = tuple(
            (rubric.label, tuple(f"{goal.title} – {goal.status.label}" for goal in goals
                                 if goal.rubric is rubric))
            for rubric in GoalRubric if any(goal.rubric is rubric for goal in goals))
        assessment = session.scalars(select(GroupAssessment).where(
            GroupAssessment.group_id == group.id, GroupAssessment.year <= year)
            .order_by(GroupAssessment.year.desc()).limit(1)).first()
        slides.append(GroupSlide(
            name=group.name, goals=by_rubric,
            strengths=assessment.strengths or "" if assessment else "",
            weaknesses=assessment.weaknesses or "" if assessment else "",
            year=assessment.year if assessment else None))
    return tuple(slides)


def _next_steps(session: Session, starts: datetime) -> tuple[str, ...]:
    coming = session.execute(select(Meeting.starts_at, Meeting.title).where(
        Meeting.starts_at > starts, Meeting.status != MeetingStatus.CANCELLED)
        .order_by(Meeting.starts_at).limit(NEXT_MEETINGS)).all()
    milestones = session.execute(
        select(Milestone.due_date, Milestone.title, PilotProject.name)
        .join(PilotProject, Milestone.project_id == PilotProject.id)
        .where(Milestone.done.is_(False), Milestone.due_date >= starts.date())
        .order_by(Milestone.due_date).limit(NEXT_MEETINGS)).all()
    return (tuple(f"{format_date(day.date())}: {title}" for day, title in coming)
            + tuple(f"{format_date(due)}: {project} – {title}"
                    for due, title, project in milestones if due is not None))


def _quarters(session: Session, starts: datetime) -> tuple[tuple[str, int], ...]:
    first = _quarter_start(starts.date()) - timedelta(days=1)
    for _ in range(QUARTERS_SHOWN - 1):
        first = _quarter_start(first) - timedelta(days=1)
    first = _quarter_start(first)
    beginning = session.scalar(select(func.min(Meeting.starts_at)))
    if beginning is not None:
        first = max(first, _quarter_start(beginning.date()))
    days = session.scalars(select(Meeting.starts_at).where(
        Meeting.starts_at >= datetime.combine(first, datetime.min.time()),
        Meeting.starts_at < starts, Meeting.status != MeetingStatus.CANCELLED)).all()
    counts = Counter(_quarter_label(day.date()) for day in days)
    labels = []
    day = first
    while day <= starts.date():
        labels.append(_quarter_label(day))
        day = _quarter_start(day + timedelta(days=95))
    return tuple((label, counts.get(label, 0)) for label in labels[-QUARTERS_SHOWN:])


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _quarter_label(day: date) -> str:
    return f"{('I', 'II', 'III', 'IV')[(day.month - 1) // 3]}/{day.year}"
