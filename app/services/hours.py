"""Time recording (Zeiterfassung): entries in quarter hours, budgets with early warnings,
and the hours of a period as an Excel file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app.db.database import Database
from app.domain.documents.hours import TimeEntryRow
from app.domain.enums import TimeCategory
from app.domain.errors import DomainError, ValidationError
from app.domain.formatting import format_hours
from app.domain.models import Budget, Meeting, PilotProject, StaffMember, TimeEntry
from app.domain.work import DAY_MINUTES, QUARTER_HOUR_MINUTES
from app.services.meeting_editing import Choice

WARNING_SHARE = 0.8


@dataclass(frozen=True)
class TimeEntryDraft:
    staff_member_id: int
    work_date: date
    hours: float
    category: TimeCategory
    project_id: int | None = None
    meeting_id: int | None = None
    description: str = ""

    @property
    def minutes(self) -> int:
        return round(self.hours * 60)


@dataclass(frozen=True)
class BudgetCheck:
    """How an entry would leave its category's budget: level is "ok", "warnung" or "über"."""

    level: str
    message: str


def entry_problems(draft: TimeEntryDraft) -> list[tuple[str, str]]:
    minutes = draft.minutes
    if minutes <= 0:
        return [("hours", "Bitte mehr als 0 Stunden eingeben.")]
    if minutes > DAY_MINUTES:
        return [("hours", "Mehr als 24 Stunden an einem Tag sind nicht möglich.")]
    if minutes % QUARTER_HOUR_MINUTES or abs(draft.hours * 4 - round(draft.hours * 4)) > 1e-9:
        return [("hours", "Bitte in Viertelstunden erfassen (z. B. 1,25 oder 2,5).")]
    return []


def day_minutes(db: Database, staff_member_id: int, day: date) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.coalesce(func.sum(TimeEntry.minutes), 0)).where(
            TimeEntry.staff_member_id == staff_member_id, TimeEntry.work_date == day)) or 0)


def budget_check(db: Database, draft: TimeEntryDraft) -> BudgetCheck:
    """Whether the entry brings its category past 80 % or 100 % of the budget for its date."""
    with db.reading() as session:
        budget = session.scalar(select(Budget).where(
            Budget.category == draft.category, Budget.period_start <= draft.work_date,
            Budget.period_end >= draft.work_date))
        if budget is None:
            return BudgetCheck("ok", "")
        used = int(session.scalar(select(func.coalesce(func.sum(TimeEntry.minutes), 0)).where(
            TimeEntry.category == draft.category,
            TimeEntry.work_date.between(budget.period_start, budget.period_end))) or 0)
        total = budget.hours * 60
        start, end = budget.period_start, budget.period_end
    after = used + draft.minutes
    label = draft.category.label
    period = f"{start:%d.%m.%Y}–{end:%d.%m.%Y}"
    if after > total:
        return BudgetCheck("über", f"Mit diesem Eintrag überschreitet „{label}“ das Budget von "
                                   f"{budget_hours(total)} h ({period}): {format_hours(after)} h "
                                   f"= {after / total:.0%}.".replace("%", " %"))
    if after >= WARNING_SHARE * total:
        return BudgetCheck("warnung", f"„{label}“ ist zu {after / total:.0%} ausgeschöpft "
                                      f"({format_hours(after)} von {budget_hours(total)} h, "
                                      f"{period}).".replace("%", " %"))
    return BudgetCheck("ok", "")


def budget_hours(minutes: int) -> str:
    return format_hours(minutes)


def add_entry(db: Database, draft: TimeEntryDraft, *, allow_over_budget: bool = False) -> int:
    """Store an entry; refused when invalid, when the day would pass 24 h, or when it would
    pass the budget and the user has not confirmed that."""
    problems = entry_problems(draft)
    if problems:
        raise ValidationError(problems[0][1], field=problems[0][0])
    if day_minutes(db, draft.staff_member_id, draft.work_date) + draft.minutes > DAY_MINUTES:
        raise ValidationError(f"Am {draft.work_date:%d.%m.%Y} wären es mehr als 24 Stunden.",
                              field="hours")
    check = budget_check(db, draft)
    if check.level == "über" and not allow_over_budget:
        raise DomainError(check.message)
    with db.unit_of_work() as session:
        entry = TimeEntry(staff_member_id=draft.staff_member_id, work_date=draft.work_date,
                          minutes=draft.minutes, category=draft.category,
                          project_id=draft.project_id, meeting_id=draft.meeting_id,
                          description=draft.description.strip() or None)
        session.add(entry)
        session.flush()
        return entry.id


def delete_entry(db: Database, entry_id: int) -> None:
    with db.unit_of_work() as session:
        session.delete(session.get_one(TimeEntry, entry_id))


def list_entries(db: Database, first: date, last: date) -> list[TimeEntryRow]:
    query = (select(TimeEntry.id, TimeEntry.work_date, StaffMember.name, TimeEntry.minutes,
                    TimeEntry.category, PilotProject.name, Meeting.title, TimeEntry.description)
             .join(StaffMember, TimeEntry.staff_member_id == StaffMember.id)
             .outerjoin(PilotProject, TimeEntry.project_id == PilotProject.id)
             .outerjoin(Meeting, TimeEntry.meeting_id == Meeting.id)
             .where(TimeEntry.work_date.between(first, last))
             .order_by(TimeEntry.work_date.desc(), TimeEntry.id.desc()))
    with db.reading() as session:
        return [TimeEntryRow(entry_id, day, staff, minutes / 60, category,
                             project or meeting or "", description or "")
                for entry_id, day, staff, minutes, category, project, meeting, description
                in session.connection().execute(query)]


def staff_choices(db: Database) -> list[Choice]:
    with db.reading() as session:
        return [Choice(staff_id, name) for staff_id, name in session.execute(
            select(StaffMember.id, StaffMember.name).where(StaffMember.active.is_(True))
            .order_by(StaffMember.name))]


def project_choices(db: Database) -> list[Choice]:
    with db.reading() as session:
        return [Choice(project_id, name) for project_id, name in session.execute(
            select(PilotProject.id, PilotProject.name).order_by(PilotProject.name))]


def export_hours_xlsx(db: Database, first: date, last: date, out: Path) -> tuple[Path, int]:
    """The entries of a period and the sums per category as an Excel workbook."""
    from app.exports.hours_file import write_hours_xlsx

    if last < first:
        raise DomainError("Das Ende des Zeitraums liegt vor seinem Anfang.")
    rows = list_entries(db, first, last)
    return write_hours_xlsx(rows, first, last, out), len(rows)
