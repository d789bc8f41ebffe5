"""Creating and changing pilot projects with partners and milestones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from app.db.database import Database
from app.db.versions import LoadedVersion
from app.domain.enums import ProjectStatus, TownSize
from app.domain.errors import ValidationError
from app.domain.models import Milestone, Organisation, PilotProject


@dataclass(frozen=True)
class MilestoneEntry:
    title: str
    due_date: date | None = None
    done: bool = False
    id: int | None = None


@dataclass(frozen=True)
class ProjectDraft:
    group_id: int
    name: str
    status: ProjectStatus = ProjectStatus.IDEA
    goal: str = ""
    town: str = ""
    town_size: TownSize | None = None
    funding_programme: str = ""
    start_date: date | None = None
    partner_ids: frozenset[int] = frozenset()
    milestones: tuple[MilestoneEntry, ...] = ()
    public: bool = False
    """Shown on the alliance's website with status, town and milestones."""


def project_problems(draft: ProjectDraft) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    if not draft.name.strip():
        problems.append(("name", "Bitte einen Namen für das Pilotprojekt eingeben."))
    for milestone in draft.milestones:
        if not milestone.title.strip():
            problems.append(("milestones", "Ein Meilenstein hat keinen Titel."))
        elif (draft.start_date and milestone.due_date
              and milestone.due_date < draft.start_date):
            problems.append(("milestones", f"Der Meilenstein „{milestone.title}“ liegt vor dem "
                                           f"Projektbeginn ({draft.start_date:%d.%m.%Y})."))
    return problems


def save_project(db: Database, draft: ProjectDraft, project_id: int | None = None, *,
                 expect: LoadedVersion | None = None) -> int:
    """Store project, partners and milestones in one transaction; returns the project id."""
    draft = replace(draft, name=draft.name.strip(), goal=draft.goal.strip(),
                    town=draft.town.strip(), funding_programme=draft.funding_programme.strip())
    problems = project_problems(draft)
    if problems:
        raise ValidationError(problems[0][1], field=problems[0][0])
    with db.unit_of_work(expect=expect) as session:
        project = (session.get_one(PilotProject, project_id) if project_id is not None
                   else PilotProject(group_id=draft.group_id, name=draft.name))
        project.group_id, project.name, project.status = draft.group_id, draft.name, draft.status
        project.goal = draft.goal or None
        project.town = draft.town or None
        project.town_size = draft.town_size
        project.funding_programme = draft.funding_programme or None
        project.start_date = draft.start_date
        project.public = draft.public
        project.partners = list(session.scalars(select(Organisation).where(
            Organisation.id.in_(draft.partner_ids)))) if draft.partner_ids else []
        _store_milestones(project, draft.milestones)
        session.add(project)
        session.flush()
        return project.id


def _store_milestones(project: PilotProject, entries: Sequence[MilestoneEntry]) -> None:
    existing = {milestone.id: milestone for milestone in project.milestones}
    kept: list[Milestone] = []
    for entry in entries:
        milestone = existing.get(entry.id) if entry.id is not None else None
        milestone = milestone or Milestone(title=entry.title)
        milestone.title, milestone.due_date, milestone.done = (
            entry.title.strip(), entry.due_date, entry.done)
        kept.append(milestone)
    project.milestones = kept


def load_project(db: Database, project_id: int) -> ProjectDraft:
    with db.reading() as session:
        project = session.get_one(PilotProject, project_id)
        return ProjectDraft(
            group_id=project.group_id, name=project.name, status=project.status,
            goal=project.goal or "", town=project.town or "", town_size=project.town_size,
            funding_programme=project.funding_programme or "", start_date=project.start_date,
            partner_ids=frozenset(org.id for org in project.partners),
            milestones=tuple(MilestoneEntry(m.title, m.due_date, m.done, m.id)
                             for m in project.milestones), public=project.public)


def delete_project(db: Database, project_id: int) -> None:
    with db.unit_of_work() as session:
        session.delete(session.get_one(PilotProject, project_id))
