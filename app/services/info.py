"""What a database holds: row counts per entity, for ``python -m app info``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.db.database import Database
from app.domain import models
from app.domain.base import Base

ENTITY_LABELS: tuple[tuple[type[Base], str], ...] = (
    (models.Organisation, "Organisationen"),
    (models.Person, "Personen"),
    (models.WorkingGroup, "Arbeitsgruppen"),
    (models.Membership, "Mitgliedschaften"),
    (models.Meeting, "Sitzungen"),
    (models.AgendaItem, "Tagesordnungspunkte"),
    (models.Invitation, "Einladungen"),
    (models.Protocol, "Protokolle"),
    (models.ProtocolNote, "Protokollnotizen"),
    (models.Decision, "Beschlüsse"),
    (models.Task, "Aufgaben"),
    (models.Attachment, "Unterlagen"),
    (models.PollOption, "Terminvorschläge"),
    (models.PollVote, "Terminabstimmungen"),
    (models.PilotProject, "Pilotprojekte"),
    (models.Milestone, "Meilensteine"),
    (models.ProjectDocument, "Projektdokumente"),
    (models.StaffMember, "Mitarbeitende"),
    (models.TimeEntry, "Zeiteinträge"),
    (models.PrItem, "Öffentlichkeitsarbeit"),
    (models.Goal, "Ziele"),
    (models.GroupAssessment, "Bilanzen (Stärken/Schwächen)"),
    (models.Quota, "Kontingente"),
    (models.Budget, "Stundenbudgets"),
    (models.ReportingPeriod, "Berichtszeiträume"),
)


@dataclass(frozen=True)
class EntityCount:
    table: str
    label: str
    count: int


def entity_counts(db: Database) -> list[EntityCount]:
    with db.reading() as session:
        return [EntityCount(table=model.__tablename__, label=label,
                            count=int(session.scalar(select(func.count()).select_from(model))
                                      or 0))
                for model, label in ENTITY_LABELS]
