"""What the cockpit lists as coming due: tasks, goals and the next report to the client."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import or_, select

from app.db.database import Database
from app.domain.models import Goal, Task
from app.services import cockpit
from app.services.group_work import OPEN_GOAL_STATES
from tests.demo_day import DEMO_TODAY


@pytest.mark.parametrize("today", [date(2024, 9, 1), DEMO_TODAY])
def test_tasks_due_soon_are_the_tasks_open_that_day_up_to_the_horizon(
        demo_db: Database, today: date) -> None:
    limit = today + timedelta(days=cockpit.TASK_HORIZON_DAYS)
    with demo_db.reading() as session:
        expected = {task.id for task in session.scalars(select(Task).where(
            or_(Task.done.is_(False), Task.done_on > today), Task.due_date <= limit))}
    tasks = cockpit.tasks_due_soon(demo_db, today=today)
    assert expected and {task.id for task in tasks} == expected
    assert [task.due_date for task in tasks] == sorted(task.due_date for task in tasks)
    assert any(task.overdue for task in tasks)


def test_goals_due_soon_leave_out_reached_and_discarded_goals(demo_db: Database) -> None:
    today = DEMO_TODAY
    limit = today + timedelta(days=cockpit.GOAL_HORIZON_DAYS)
    with demo_db.reading() as session:
        expected = {goal.id for goal in session.scalars(select(Goal).where(
            Goal.status.in_(OPEN_GOAL_STATES), Goal.due_date <= limit))}
    goals = cockpit.goals_due_soon(demo_db, today=today)
    assert expected and {goal.id for goal in goals} == expected


def test_the_next_report_is_urgent_from_thirty_days_before_it_is_due(
        demo_db: Database) -> None:
    early = cockpit.next_report_due(demo_db, today=date(2023, 9, 30))
    assert early is not None and not early.urgent
    due = cockpit.next_report_due(demo_db, today=date(2023, 10, 1))
    assert due is not None and due.days_left == 30 and due.urgent
    assert due.period.due_date == date(2023, 10, 31)
    assert due.warning == "31.10.2023 ist Reformationstag – Abgabe spätestens Montag, 30.10.2023"
    on_the_day = cockpit.next_report_due(demo_db, today=date(2023, 10, 31))
    assert on_the_day is not None and on_the_day.days_left == 0
    later = cockpit.next_report_due(demo_db, today=date(2023, 11, 1))
    assert later is not None and later.period.due_date == date(2024, 6, 30)
