"""Frozen row and detail dataclasses that the services hand to the UI (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.enums import (
    GoalStatus,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    OrganisationKind,
    ProjectStatus,
    QuotaKind,
    TimeCategory,
    TownSize,
)


@dataclass(frozen=True)
class MeetingRow:
    id: int
    starts_at: datetime
    ends_at: datetime
    kind: MeetingKind
    group: str
    title: str
    format: MeetingFormat
    place: str
    status: MeetingStatus
    invited: int
    attended: int
    protocol_overdue: bool


@dataclass(frozen=True)
class PersonRow:
    id: int
    last_name: str
    first_name: str
    organisation: str
    function: str
    email: str
    phone: str
    groups: str
    archived: bool
    organisation_kind: OrganisationKind | None = None
    restricted: bool = False
    group_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    short_name: str
    kind: OrganisationKind
    city: str
    is_partner: bool
    partner_since: date | None
    persons: int


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    short_name: str
    lead: str
    members: int
    sessions: int
    projects: int
    fields_of_action: str


@dataclass(frozen=True)
class MemberRow:
    person_id: int
    name: str
    organisation: str
    role: MemberRole
    valid_from: date | None
    valid_to: date | None
    membership_id: int = 0


@dataclass(frozen=True)
class ProjectRow:
    id: int
    name: str
    group: str
    status: ProjectStatus
    town: str
    town_size: TownSize | None
    funding_programme: str
    milestones_done: int
    milestones: int
    next_due: date | None


@dataclass(frozen=True)
class ReportingPeriodRow:
    id: int
    title: str
    start_date: date
    end_date: date
    due_date: date


@dataclass(frozen=True)
class QuotaStatus:
    kind: QuotaKind
    scope: str
    used: int
    allowed: int | None

    @property
    def share(self) -> float | None:
        if not self.allowed:
            return None
        return self.used / self.allowed


@dataclass(frozen=True)
class BudgetStatus:
    category: TimeCategory
    period_start: date
    period_end: date
    used_minutes: int
    budget_hours: int

    @property
    def share(self) -> float:
        return self.used_minutes / 60 / self.budget_hours


@dataclass(frozen=True)
class GoalRow:
    id: int
    title: str
    group: str
    rubric: str
    due_date: date | None
    status: GoalStatus
    overdue: bool = False


@dataclass(frozen=True)
class DetailSection:
    """A table inside a record's detail view."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class RecordDetail:
    """Everything worth showing about one record, already formatted for display."""

    title: str
    fields: tuple[tuple[str, str], ...]
    sections: tuple[DetailSection, ...] = field(default=())
