"""The status report of a reporting period: every figure the contract asks for, collected once.

The PDF and Word writers only lay out these frozen values, so both show the same numbers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.domain.documents.report import (
    BoardRow,
    GroupPart,
    HoursLine,
    MeetingLine,
    ProjectLine,
    QuotaLine,
    ReportData,
)
from app.domain.enums import (
    CaseStatus,
    MeetingStatus,
    PrKind,
    ProjectStatus,
    QuotaKind,
    RegistrationStatus,
    TimeCategory,
)
from app.domain.errors import DomainError
from app.domain.models import (
    Budget,
    FundingProgramme,
    Goal,
    GroupAssessment,
    Invitation,
    KnowledgeCase,
    Meeting,
    Milestone,
    PilotProject,
    PrItem,
    Protocol,
    Quota,
    Registration,
    Task,
    TimeEntry,
    WorkingGroup,
)
from app.services.catalogue_content import validity
from app.services.contract import MEETING_QUOTAS, contract_for_year
from app.services.protocol_deadlines import DueRules, due_rules
from app.services.task_queries import tasks_with_meetings


def build_report(db: Database, first: date, last: date, *, title: str = "",
                 today: date | None = None) -> ReportData:
    """Collect the report of ``first``..``last``; an empty period gives an empty report."""
    if last < first:
        raise DomainError("Das Ende des Berichtszeitraums liegt vor seinem Anfang.")
    today = today or date.today()
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last + timedelta(days=1), datetime.min.time())
    with db.reading() as session:
        rules = due_rules(session)
        meetings = _meetings(session, start, end, rules)
        quotas = _quotas(session, first, last, start, end)
        hours = _hours(session, first, last)
        pr_rows = session.execute(select(PrItem.published_on, PrItem.kind, PrItem.title)
                                  .where(PrItem.published_on.between(first, last))
                                  .order_by(PrItem.published_on)).all()
        groups = _groups(session, last)
        open_tasks = _open_tasks(session, last, end)
        events = _events(session, start, end)
        cases, programmes = _knowledge(session, first, last)
    counts = Counter(kind for _day, kind, _title in pr_rows)
    return ReportData(
        title=title or f"Statusbericht {first:%d.%m.%Y} – {last:%d.%m.%Y}", first=first,
        last=last, created=today, quotas=quotas, meetings=meetings,
        meetings_per_month=_per_month(meetings, first, last), hours=hours, groups=groups,
        pr_counts=tuple((kind.label, counts.get(kind, 0)) for kind in PrKind),
        pr_items=tuple((day, kind.label, text) for day, kind, text in pr_rows),
        open_tasks=open_tasks, protocol_rule=_rule_text(rules, first, last), events=events,
        cases_published=cases, programmes_listed=programmes)


def _knowledge(session: Session, first: date, last: date) -> tuple[
        tuple[tuple[date, str, str, str], ...], tuple[tuple[str, str, str], ...]]:
    """The knowledge transfer of the period: cases that became "veröffentlicht" in it, and
    the public programmes of the Wegweiser valid during it."""
    cases = session.execute(
        select(KnowledgeCase.status_since, KnowledgeCase.title, KnowledgeCase.town,
               KnowledgeCase.topic)
        .where(KnowledgeCase.status == CaseStatus.PUBLISHED,
               KnowledgeCase.status_since.between(first, last))
        .order_by(KnowledgeCase.status_since, KnowledgeCase.title)).all()
    programmes = session.execute(
        select(FundingProgramme.name, FundingProgramme.funder, FundingProgramme.valid_from,
               FundingProgramme.valid_to)
        .where(FundingProgramme.public.is_(True),
               or_(FundingProgramme.valid_from.is_(None), FundingProgramme.valid_from <= last),
               or_(FundingProgramme.valid_to.is_(None), FundingProgramme.valid_to >= first))
        .order_by(FundingProgramme.name)).all()
    return (tuple((since, title, town, topic.label) for since, title, town, topic in cases),
            tuple((name, funder, validity(valid_from, valid_to))
                  for name, funder, valid_from, valid_to in programmes))


def _events(session: Session, start: datetime,
            end: datetime) -> tuple[tuple[str, int, int, int], ...]:
    """Registrations, attendance and no-shows of the period's events with registrations."""
    rows = session.execute(
        select(Meeting.title, Meeting.starts_at,
               func.sum(case((Registration.status == RegistrationStatus.REGISTERED, 1),
                             else_=0)),
               func.sum(case((Registration.checked_in_at.is_not(None), 1), else_=0)))
        .join(Registration, Registration.meeting_id == Meeting.id)
        .where(Meeting.starts_at >= start, Meeting.starts_at < end,
               Meeting.status != MeetingStatus.CANCELLED)
        .group_by(Meeting.id, Meeting.title, Meeting.starts_at).order_by(Meeting.starts_at))
    return tuple((f"{title} ({starts:%d.%m.%Y})", int(registered or 0), int(present or 0),
                  int(registered or 0) - int(present or 0))
                 for title, starts, registered, present in rows)


def _rule_text(rules: DueRules, first: date, last: date) -> str:
    """The period's due rule; where contracts with different rules meet in it, both."""
    texts = dict.fromkeys(rules.for_day(day).text for day in (first, *rules.starts, last)
                          if first <= day <= last)
    return " bzw. ".join(texts)


def _open_tasks(session: Session, last: date, end: datetime) -> tuple[BoardRow, ...]:
    """Every protocol task open at the end of the period, from all meetings held by then
    (a task done later still counts as open then), with its meeting, who and when."""
    rows = session.execute(tasks_with_meetings().where(
        Meeting.starts_at < end,
        or_(Task.done.is_(False), Task.done_on.is_(None), Task.done_on > last)))
    return tuple(
        BoardRow(task_id, group or kind.label, "Aufgabe", text,
                 f"{first or ''} {last_name or ''}".strip(), due,
                 f"{title} ({starts_at:%d.%m.%Y})")
        for task_id, text, first, last_name, due, title, starts_at, kind, group in rows)


def _meetings(session: Session, start: datetime, end: datetime,
              rules: DueRules) -> tuple[MeetingLine, ...]:
    invited = (select(Invitation.meeting_id, func.count().label("invited"),
                      func.sum(case((Invitation.attended.is_(True), 1), else_=0))
                      .label("attended"))
               .group_by(Invitation.meeting_id).subquery())
    query = (select(Meeting.starts_at, Meeting.ends_at, Meeting.kind, WorkingGroup.short_name,
                    Meeting.title, Meeting.status, Protocol.sent_on,
                    func.coalesce(invited.c.invited, 0), func.coalesce(invited.c.attended, 0))
             .outerjoin(WorkingGroup, Meeting.group_id == WorkingGroup.id)
             .outerjoin(Protocol, Protocol.meeting_id == Meeting.id)
             .outerjoin(invited, invited.c.meeting_id == Meeting.id)
             .where(Meeting.starts_at >= start, Meeting.starts_at < end)
             .order_by(Meeting.starts_at))
    return tuple(
        MeetingLine(starts.date(), kind.label, group or "", title, int(count), int(present),
                    protocol_state(status, sent_on, rules.due(ends.date())))
        for starts, ends, kind, group, title, status, sent_on, count, present
        in session.execute(query))


def protocol_state(status: MeetingStatus, sent_on: date | None, due: date) -> str:
    if status is MeetingStatus.CANCELLED:
        return "abgesagt"
    if sent_on is None:
        return "offen"
    return "rechtzeitig" if sent_on <= due else "verspätet"


def _quotas(session: Session, first: date, last: date, start: datetime,
            end: datetime) -> tuple[QuotaLine, ...]:
    allowed = {kind: value for kind, value in session.execute(
        select(Quota.kind, Quota.allowed).where(
            Quota.year == last.year,
            Quota.contract_id == contract_for_year(session, last.year)))}
    used = {kind: int(count) for kind, count in session.execute(
        select(Meeting.kind, func.count()).where(
            Meeting.starts_at >= start, Meeting.starts_at < end,
            Meeting.status != MeetingStatus.CANCELLED).group_by(Meeting.kind))}
    lines = [QuotaLine(kind.label, used.get(meeting_kind, 0), allowed.get(kind))
             for kind, meeting_kind in MEETING_QUOTAS.items()]
    projects = session.execute(
        select(WorkingGroup.short_name, func.count(PilotProject.id))
        .outerjoin(PilotProject, (PilotProject.group_id == WorkingGroup.id)
                   & (PilotProject.status != ProjectStatus.DISCARDED))
        .group_by(WorkingGroup.id, WorkingGroup.short_name).order_by(WorkingGroup.name)).all()
    lines += [QuotaLine(f"{QuotaKind.PILOT_PROJECTS_PER_GROUP.label} – {name}", int(count),
                        allowed.get(QuotaKind.PILOT_PROJECTS_PER_GROUP))
              for name, count in projects]
    teasers = session.scalar(select(func.count()).select_from(PrItem).where(
        PrItem.kind == PrKind.TEASER, PrItem.published_on.between(first, last)))
    lines.append(QuotaLine(QuotaKind.TEASER_TEXTS.label, int(teasers or 0),
                           allowed.get(QuotaKind.TEASER_TEXTS)))
    return tuple(lines)


def _hours(session: Session, first: date, last: date) -> tuple[HoursLine, ...]:
    minutes = {category: int(total) for category, total in session.execute(
        select(TimeEntry.category, func.sum(TimeEntry.minutes))
        .where(TimeEntry.work_date.between(first, last)).group_by(TimeEntry.category))}
    budgets = {budget.category: float(budget.hours) for budget in session.scalars(
        select(Budget).where(Budget.period_start <= last, Budget.period_end >= first))}
    return tuple(HoursLine(category.label, minutes.get(category, 0) / 60,
                           budgets.get(category)) for category in TimeCategory)


def _per_month(meetings: tuple[MeetingLine, ...], first: date,
               last: date) -> tuple[tuple[str, dict[str, int]], ...]:
    counts: dict[tuple[int, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for meeting in meetings:
        if meeting.protocol != "abgesagt":
            counts[(meeting.day.year, meeting.day.month)][meeting.kind] += 1
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((f"{month:02d}/{year % 100:02d}", dict(counts.get((year, month), {}))))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def _groups(session: Session, last: date) -> tuple[GroupPart, ...]:
    parts = []
    for group in session.scalars(select(WorkingGroup).order_by(WorkingGroup.name)):
        goals = session.scalars(select(Goal).where(Goal.group_id == group.id)
                                .order_by(Goal.rubric, Goal.due_date)).all()
        assessment = session.scalar(select(GroupAssessment).where(
            GroupAssessment.group_id == group.id, GroupAssessment.year <= last.year)
            .order_by(GroupAssessment.year.desc()).limit(1))
        projects = session.scalars(select(PilotProject).where(
            PilotProject.group_id == group.id).order_by(PilotProject.name)).all()
        parts.append(GroupPart(
            name=group.name,
            goals=tuple((goal.rubric.label, goal.title,
                         f"{goal.due_date:%d.%m.%Y}" if goal.due_date else "",
                         goal.status.label) for goal in goals),
            strengths=(assessment.strengths or "") if assessment else "",
            weaknesses=(assessment.weaknesses or "") if assessment else "",
            projects=tuple(ProjectLine(
                project.name, project.status.label, project.town or "",
                tuple((m.title, f"{m.due_date:%d.%m.%Y}" if m.due_date else "", m.done)
                      for m in session.scalars(select(Milestone).where(
                          Milestone.project_id == project.id).order_by(Milestone.due_date))))
                for project in projects)))
    return tuple(parts)

