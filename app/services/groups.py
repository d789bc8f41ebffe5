"""Working groups: the list, members, and one group's details with goals and assessments."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.domain.enums import MeetingKind, MeetingStatus, MemberRole, ProjectStatus
from app.domain.formatting import format_date
from app.domain.models import (
    Goal,
    GroupAssessment,
    Meeting,
    Membership,
    Organisation,
    Person,
    PilotProject,
    WorkingGroup,
)
from app.services.rows import DetailSection, GroupRow, MemberRow, RecordDetail


def list_groups(db: Database) -> list[GroupRow]:
    with db.reading() as session:
        groups = session.scalars(select(WorkingGroup).order_by(WorkingGroup.name)).all()
        members = _count_by(session, Membership.group_id)
        sessions = _count_by(session, Meeting.group_id,
                             Meeting.kind == MeetingKind.GROUP_SESSION,
                             Meeting.status != MeetingStatus.CANCELLED)
        projects = _count_by(session, PilotProject.group_id,
                             PilotProject.status != ProjectStatus.DISCARDED)
        leads = _lead_names(session)
        return [GroupRow(id=g.id, name=g.name, short_name=g.short_name,
                         lead=leads.get(g.id, ""), members=members.get(g.id, 0),
                         sessions=sessions.get(g.id, 0), projects=projects.get(g.id, 0),
                         fields_of_action=g.fields_of_action or "") for g in groups]


def _count_by(session: Session, column: Any, *conditions: ColumnElement[bool]) -> dict[int, int]:
    query = select(column, func.count()).where(*conditions).group_by(column)
    return {key: count for key, count in session.execute(query)}


def _lead_names(session: Session) -> dict[int, str]:
    query = (select(Membership.group_id, Person.first_name, Person.last_name)
             .join(Person, Membership.person_id == Person.id)
             .where(Membership.role == MemberRole.LEAD))
    return {group_id: f"{first} {last}"
            for group_id, first, last in session.execute(query)}


def list_members(db: Database, group_id: int) -> list[MemberRow]:
    query = (select(Membership.person_id, Person.first_name, Person.last_name,
                    Organisation.short_name, Membership.role, Membership.valid_from,
                    Membership.valid_to, Membership.id)
             .join(Person, Membership.person_id == Person.id)
             .outerjoin(Organisation, Person.organisation_id == Organisation.id)
             .where(Membership.group_id == group_id))
    order = list(MemberRole)
    with db.reading() as session:
        rows = [MemberRow(person_id=pid, name=f"{first} {last}", organisation=org or "",
                          role=role, valid_from=start, valid_to=end, membership_id=membership_id)
                for pid, first, last, org, role, start, end, membership_id
                in session.execute(query)]
    return sorted(rows, key=lambda row: (order.index(row.role), row.name))


def group_detail(db: Database, group_id: int) -> RecordDetail:
    with db.reading() as session:
        group = session.get_one(WorkingGroup, group_id)
        goals = session.scalars(select(Goal).where(Goal.group_id == group_id)
                                .order_by(Goal.rubric, Goal.due_date)).all()
        assessments = session.scalars(select(GroupAssessment)
                                      .where(GroupAssessment.group_id == group_id)
                                      .order_by(GroupAssessment.year)).all()
        projects = session.scalars(select(PilotProject).where(PilotProject.group_id == group_id)
                                   .order_by(PilotProject.name)).all()
        return RecordDetail(
            title=group.name,
            fields=(("Name", group.name), ("Kurzname", group.short_name),
                    ("Handlungsfelder", group.fields_of_action or "")),
            sections=(
                DetailSection("Ziele", ("Rubrik", "Ziel", "Fällig", "Status"), tuple(
                    (g.rubric.label, g.title, format_date(g.due_date), g.status.label)
                    for g in goals)),
                DetailSection("Stärken und Schwächen", ("Jahr", "Stärken", "Schwächen"), tuple(
                    (str(a.year), a.strengths or "", a.weaknesses or "") for a in assessments)),
                DetailSection("Pilotprojekte", ("Projekt", "Status", "Ort"), tuple(
                    (p.name, p.status.label, p.town or "") for p in projects)),
            ),
        )
