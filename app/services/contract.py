"""The contract's figures: quotas used per year, hour budgets, reporting periods, each taken from
the contract in force for the year or day asked about."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.domain.enums import MeetingKind, MeetingStatus, PrKind, ProjectStatus, QuotaKind
from app.domain.formatting import format_date
from app.domain.models import (
    Budget,
    Contract,
    Meeting,
    PilotProject,
    PrItem,
    Quota,
    ReportingPeriod,
    TimeEntry,
    WorkingGroup,
)
from app.services.periods import year_bounds, year_dates
from app.services.rows import BudgetStatus, QuotaStatus, ReportingPeriodRow

MEETING_QUOTAS: dict[QuotaKind, MeetingKind] = {
    QuotaKind.NETWORK_MEETINGS: MeetingKind.NETWORK,
    QuotaKind.GROUP_SESSIONS: MeetingKind.GROUP_SESSION,
    QuotaKind.LEADER_MEETINGS: MeetingKind.LEADERS,
    QuotaKind.PUBLIC_EVENTS: MeetingKind.PUBLIC_EVENT,
    QuotaKind.PARTNER_EVENTS: MeetingKind.PARTNER_EVENT,
}


def quota_status(db: Database, year: int) -> list[QuotaStatus]:
    """Every quota kind for ``year``: used against allowed (None where no row sets a quota)."""
    with db.reading() as session:
        contract_id = contract_for_year(session, year)
        allowed: dict[QuotaKind, int] = {
            kind: value for kind, value in session.execute(
                select(Quota.kind, Quota.allowed).where(Quota.year == year,
                                                        Quota.contract_id == contract_id))}
        meetings = _meetings_by_kind(session, year)
        result = [QuotaStatus(kind=kind, scope="", used=meetings.get(meeting_kind, 0),
                              allowed=allowed.get(kind))
                  for kind, meeting_kind in MEETING_QUOTAS.items()]
        result += [QuotaStatus(kind=QuotaKind.PILOT_PROJECTS_PER_GROUP, scope=name, used=count,
                               allowed=allowed.get(QuotaKind.PILOT_PROJECTS_PER_GROUP))
                   for name, count in _projects_by_group(session)]
        result.append(QuotaStatus(kind=QuotaKind.TEASER_TEXTS, scope="",
                                  used=_teasers(session, year),
                                  allowed=allowed.get(QuotaKind.TEASER_TEXTS)))
        return result


def contract_for_year(session: Session, year: int) -> int | None:
    """The contract in force for ``year``: of those whose term touches it, the latest begun."""
    first, last = year_dates(year)
    return session.scalar(select(Contract.id).where(
        Contract.starts_on <= last, Contract.ends_on >= first)
        .order_by(Contract.starts_on.desc()).limit(1))


def contract_title_for_year(db: Database, year: int) -> str | None:
    """``Titel (01.01.2025 – 31.12.2026)`` of the contract in force for ``year``, if any."""
    with db.reading() as session:
        contract_id = contract_for_year(session, year)
        if contract_id is None:
            return None
        contract = session.get_one(Contract, contract_id)
        return (f"{contract.title} ({format_date(contract.starts_on)} – "
                f"{format_date(contract.ends_on)})")


def _meetings_by_kind(session: Session, year: int) -> dict[MeetingKind, int]:
    start, end = year_bounds(year)
    query = (select(Meeting.kind, func.count())
             .where(Meeting.starts_at >= start, Meeting.starts_at < end,
                    Meeting.status != MeetingStatus.CANCELLED)
             .group_by(Meeting.kind))
    return {kind: int(count) for kind, count in session.execute(query)}


def _projects_by_group(session: Session) -> list[tuple[str, int]]:
    query = (select(WorkingGroup.short_name, func.count(PilotProject.id))
             .outerjoin(PilotProject, (PilotProject.group_id == WorkingGroup.id)
                        & (PilotProject.status != ProjectStatus.DISCARDED))
             .group_by(WorkingGroup.id, WorkingGroup.short_name).order_by(WorkingGroup.name))
    return [(name, int(count)) for name, count in session.execute(query)]


def _teasers(session: Session, year: int) -> int:
    first, last = year_dates(year)
    query = select(func.count()).select_from(PrItem).where(
        PrItem.kind == PrKind.TEASER, PrItem.published_on >= first, PrItem.published_on <= last)
    return int(session.scalar(query) or 0)


def budget_status(db: Database, on: date) -> list[BudgetStatus]:
    """Hour budgets whose period contains ``on``, with the minutes booked in that period."""
    with db.reading() as session:
        budgets = session.scalars(select(Budget).where(
            Budget.period_start <= on, Budget.period_end >= on).order_by(Budget.category)).all()
        return [BudgetStatus(category=b.category, period_start=b.period_start,
                             period_end=b.period_end, budget_hours=b.hours,
                             used_minutes=_minutes(session, b)) for b in budgets]


def _minutes(session: Session, budget: Budget) -> int:
    query = select(func.coalesce(func.sum(TimeEntry.minutes), 0)).where(
        TimeEntry.category == budget.category, TimeEntry.work_date >= budget.period_start,
        TimeEntry.work_date <= budget.period_end)
    return int(session.scalar(query) or 0)


def list_reporting_periods(db: Database) -> list[ReportingPeriodRow]:
    with db.reading() as session:
        periods = session.scalars(select(ReportingPeriod).order_by(ReportingPeriod.due_date))
        return [ReportingPeriodRow(id=p.id, title=p.title, start_date=p.start_date,
                                   end_date=p.end_date, due_date=p.due_date) for p in periods]


def available_years(db: Database) -> list[int]:
    """Years that have contracts, quotas or meetings, newest last."""
    with db.reading() as session:
        years = set(session.scalars(select(Quota.year).distinct()))
        for starts_on, ends_on in session.execute(select(Contract.starts_on, Contract.ends_on)):
            years.update(range(starts_on.year, ends_on.year + 1))
        first, last = session.execute(select(func.min(Meeting.starts_at),
                                             func.max(Meeting.starts_at))).one()
    if isinstance(first, datetime) and isinstance(last, datetime):
        years.update(range(first.year, last.year + 1))
    return sorted(years) or [date.today().year]


