"""What needs attention soon: tasks and goals coming due and the next report to the client."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.db.database import Database
from app.services.contract import list_reporting_periods
from app.services.group_work import OPEN_GOAL_STATES, list_goals
from app.services.holidays_th import due_date_warning
from app.services.protocols import TaskRow, list_tasks
from app.services.rows import GoalRow, ReportingPeriodRow

TASK_HORIZON_DAYS = 14
GOAL_HORIZON_DAYS = 60
REPORT_LEAD_DAYS = 30
"""The next reporting date is highlighted in the cockpit from this many days before it is due."""


@dataclass(frozen=True)
class ReportDue:
    period: ReportingPeriodRow
    days_left: int
    urgent: bool
    """Due within ``REPORT_LEAD_DAYS``."""
    warning: str | None
    """The due date falls on a weekend or holiday: by which working day to hand it in."""


def tasks_due_soon(db: Database, *, today: date,
                   horizon: int = TASK_HORIZON_DAYS) -> list[TaskRow]:
    """Open protocol tasks that are overdue or due within ``horizon`` days, earliest first."""
    limit = today + timedelta(days=horizon)
    return [task for task in list_tasks(db, today=today)
            if task.due_date is not None and task.due_date <= limit]


def goals_due_soon(db: Database, *, today: date,
                   horizon: int = GOAL_HORIZON_DAYS) -> list[GoalRow]:
    """Open goals (alliance or AG) that are overdue or due within ``horizon`` days."""
    limit = today + timedelta(days=horizon)
    goals = [goal for goal in list_goals(db, today=today)
             if goal.status in OPEN_GOAL_STATES and goal.due_date is not None
             and goal.due_date <= limit]
    return sorted(goals, key=lambda goal: (goal.due_date or date.max, goal.title))


def next_report_due(db: Database, *, today: date,
                    lead: int = REPORT_LEAD_DAYS) -> ReportDue | None:
    """The next reporting period not yet due (urgent from ``lead`` days before), if any."""
    for period in list_reporting_periods(db):
        days_left = (period.due_date - today).days
        if days_left >= 0:
            return ReportDue(period, days_left, days_left <= lead,
                             due_date_warning(period.due_date))
    return None

