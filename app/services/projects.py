"""Pilot projects: the list and one project's details."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.db.database import Database
from app.domain.formatting import format_bool, format_date
from app.domain.models import PilotProject
from app.services.rows import DetailSection, ProjectRow, RecordDetail


def list_projects(db: Database) -> list[ProjectRow]:
    query = (select(PilotProject)
             .options(selectinload(PilotProject.milestones), selectinload(PilotProject.group))
             .order_by(PilotProject.group_id, PilotProject.name))
    with db.reading() as session:
        return [_project_row(project) for project in session.scalars(query)]


def _project_row(project: PilotProject) -> ProjectRow:
    open_dues = [m.due_date for m in project.milestones if not m.done and m.due_date]
    next_due: date | None = min(open_dues) if open_dues else None
    return ProjectRow(
        id=project.id, name=project.name, group=project.group.short_name, status=project.status,
        town=project.town or "", town_size=project.town_size,
        funding_programme=project.funding_programme or "",
        milestones_done=sum(1 for m in project.milestones if m.done),
        milestones=len(project.milestones), next_due=next_due)


def project_detail(db: Database, project_id: int) -> RecordDetail:
    with db.reading() as session:
        project = session.get_one(PilotProject, project_id, options=[
            selectinload(PilotProject.milestones), selectinload(PilotProject.partners)])
        fields = (
            ("Name", project.name), ("Arbeitsgruppe", project.group.name),
            ("Status", project.status.label), ("Ziel", project.goal or ""),
            ("Ort", project.town or ""),
            ("Größenklasse", project.town_size.label if project.town_size else ""),
            ("Förderprogramm", project.funding_programme or ""),
            ("Beginn", format_date(project.start_date)),
            ("Partner", ", ".join(org.short_name or org.name for org in project.partners)),
        )
        milestones = DetailSection(
            title="Meilensteine", headers=("Meilenstein", "Fällig", "Erledigt"),
            rows=tuple((m.title, format_date(m.due_date), format_bool(m.done))
                       for m in project.milestones))
        return RecordDetail(title=project.name, fields=fields, sections=(milestones,))
