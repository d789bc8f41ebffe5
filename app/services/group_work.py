"""The work of the AGs: memberships with roles and dates, goals, yearly assessment (Bilanz),
and what the AGs decided and still have to do, side by side."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select

from app.db.database import Database
from app.db.versions import LoadedVersion
from app.domain.documents.report import BoardRow
from app.domain.enums import GoalRubric, GoalStatus, MemberRole
from app.domain.errors import ValidationError
from app.domain.models import (
    AgendaItem,
    Decision,
    Goal,
    GroupAssessment,
    Meeting,
    Membership,
    Person,
    Task,
    WorkingGroup,
)
from app.services.rows import GoalRow

OPEN_GOAL_STATES = (GoalStatus.OPEN, GoalStatus.IN_PROGRESS)


@dataclass(frozen=True)
class MembershipDraft:
    person_id: int
    role: MemberRole = MemberRole.MEMBER
    valid_from: date | None = None
    valid_to: date | None = None


def membership_problems(draft: MembershipDraft) -> list[tuple[str, str]]:
    if draft.valid_from and draft.valid_to and draft.valid_to < draft.valid_from:
        return [("valid_to", "Die Mitgliedschaft kann nicht enden, bevor sie beginnt.")]
    return []


def save_membership(db: Database, group_id: int, draft: MembershipDraft,
                    membership_id: int | None = None, *,
                    expect: LoadedVersion | None = None) -> int:
    problems = membership_problems(draft)
    if problems:
        raise ValidationError(problems[0][1], field=problems[0][0])
    with db.unit_of_work(expect=expect) as session:
        if membership_id is None:
            clash = session.scalar(select(Membership.id).where(
                Membership.group_id == group_id, Membership.person_id == draft.person_id,
                Membership.valid_to.is_(None)))
            if clash is not None and draft.valid_to is None:
                raise ValidationError("Diese Person ist schon Mitglied der AG.",
                                      field="person_id")
            membership = Membership(group_id=group_id, person_id=draft.person_id)
            session.add(membership)
        else:
            membership = session.get_one(Membership, membership_id)
        membership.role = draft.role
        membership.valid_from = draft.valid_from
        membership.valid_to = draft.valid_to
        session.flush()
        return membership.id


def load_membership(db: Database, membership_id: int | None) -> MembershipDraft | None:
    if membership_id is None:
        return None
    with db.reading() as session:
        membership = session.get(Membership, membership_id)
        if membership is None:
            return None
        return MembershipDraft(membership.person_id, membership.role, membership.valid_from,
                               membership.valid_to)


def remove_membership(db: Database, membership_id: int) -> None:
    with db.unit_of_work() as session:
        session.delete(session.get_one(Membership, membership_id))


@dataclass(frozen=True)
class GoalDraft:
    title: str
    rubric: GoalRubric
    group_id: int | None = None
    description: str = ""
    due_date: date | None = None
    status: GoalStatus = GoalStatus.OPEN
    public: bool = False
    """Shown with its AG on the alliance's website."""


def save_goal(db: Database, draft: GoalDraft, goal_id: int | None = None, *,
              expect: LoadedVersion | None = None) -> int:
    draft = replace(draft, title=draft.title.strip(), description=draft.description.strip())
    if not draft.title:
        raise ValidationError("Bitte einen Titel für das Ziel eingeben.", field="title")
    if len(draft.title) > 300:
        raise ValidationError("Der Titel ist zu lang (höchstens 300 Zeichen).", field="title")
    with db.unit_of_work(expect=expect) as session:
        goal = session.get_one(Goal, goal_id) if goal_id is not None else Goal(
            title=draft.title, rubric=draft.rubric)
        goal.title, goal.rubric, goal.group_id = draft.title, draft.rubric, draft.group_id
        goal.description = draft.description or None
        goal.due_date, goal.status, goal.public = draft.due_date, draft.status, draft.public
        session.add(goal)
        session.flush()
        return goal.id


def load_goal(db: Database, goal_id: int) -> GoalDraft:
    with db.reading() as session:
        goal = session.get_one(Goal, goal_id)
        return GoalDraft(goal.title, goal.rubric, goal.group_id, goal.description or "",
                         goal.due_date, goal.status, goal.public)


def delete_goal(db: Database, goal_id: int) -> None:
    with db.unit_of_work() as session:
        session.delete(session.get_one(Goal, goal_id))


def list_goals(db: Database, *, today: date, group_id: int | None = None,
               alliance_only: bool = False) -> list[GoalRow]:
    """Goals by rubric then due date; open goals past their due date are marked overdue."""
    query = (select(Goal.id, Goal.title, WorkingGroup.short_name, Goal.rubric, Goal.due_date,
                    Goal.status)
             .outerjoin(WorkingGroup, Goal.group_id == WorkingGroup.id))
    if group_id is not None:
        query = query.where(Goal.group_id == group_id)
    elif alliance_only:
        query = query.where(Goal.group_id.is_(None))
    rubrics = list(GoalRubric)
    with db.reading() as session:
        rows = sorted(session.execute(query), key=lambda r: (
            rubrics.index(r[3]), r[4] is None, r[4] or date.max, r[1]))
    return [GoalRow(goal_id, title, group or "Bündnis", rubric.label, due, status,
                    overdue=due is not None and due < today and status in OPEN_GOAL_STATES)
            for goal_id, title, group, rubric, due, status in rows]


@dataclass(frozen=True)
class AssessmentDraft:
    summary: str = ""
    strengths: str = ""
    weaknesses: str = ""
    challenges: str = ""


def load_assessment(db: Database, group_id: int | None, year: int) -> AssessmentDraft:
    with db.reading() as session:
        found = session.scalar(select(GroupAssessment).where(
            GroupAssessment.group_id.is_(None) if group_id is None
            else GroupAssessment.group_id == group_id, GroupAssessment.year == year))
        if found is None:
            return AssessmentDraft()
        return AssessmentDraft(found.summary or "", found.strengths or "",
                               found.weaknesses or "", found.challenges or "")


def save_assessment(db: Database, group_id: int | None, year: int,
                    draft: AssessmentDraft) -> None:
    with db.unit_of_work() as session:
        found = session.scalar(select(GroupAssessment).where(
            GroupAssessment.group_id.is_(None) if group_id is None
            else GroupAssessment.group_id == group_id, GroupAssessment.year == year))
        if found is None:
            found = GroupAssessment(group_id=group_id, year=year)
            session.add(found)
        found.summary = draft.summary.strip() or None
        found.strengths = draft.strengths.strip() or None
        found.weaknesses = draft.weaknesses.strip() or None
        found.challenges = draft.challenges.strip() or None


def group_board(db: Database, *, today: date, group_id: int | None = None,
                decision_days: int = 365) -> list[BoardRow]:
    """Open tasks and the decisions of the last ``decision_days`` of one or all AGs."""
    since = today - timedelta(days=decision_days)
    tasks = (select(Task.id, WorkingGroup.short_name, Task.description, Person.first_name,
                    Person.last_name, Task.due_date, Meeting.title)
             .join(AgendaItem, Task.agenda_item_id == AgendaItem.id)
             .join(Meeting, AgendaItem.meeting_id == Meeting.id)
             .join(WorkingGroup, Meeting.group_id == WorkingGroup.id)
             .outerjoin(Person, Task.responsible_id == Person.id)
             .where(Task.done.is_(False)))
    decisions = (select(Decision.id, WorkingGroup.short_name, Decision.text, Meeting.starts_at,
                        Meeting.title)
                 .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
                 .join(Meeting, AgendaItem.meeting_id == Meeting.id)
                 .join(WorkingGroup, Meeting.group_id == WorkingGroup.id)
                 .where(Meeting.starts_at >= since))
    if group_id is not None:
        tasks = tasks.where(Meeting.group_id == group_id)
        decisions = decisions.where(Meeting.group_id == group_id)
    with db.reading() as session:
        rows = [BoardRow(task_id, group, "Aufgabe", text, f"{first or ''} {last or ''}".strip(),
                         due, meeting)
                for task_id, group, text, first, last, due, meeting in session.execute(tasks)]
        rows += [BoardRow(-decision_id, group, "Beschluss", text, "", starts.date(), meeting)
                 for decision_id, group, text, starts, meeting in session.execute(decisions)]
    return sorted(rows, key=lambda row: (row.group, row.kind, row.day or date.max))
