"""The one query of protocol tasks with their meeting, which the task lists, the open points of a
body and the status report narrow down."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Select, select

from app.domain.enums import MeetingKind
from app.domain.models import AgendaItem, Meeting, Person, Task, WorkingGroup


def tasks_with_meetings() -> Select[int, str, str, str, date | None, str, datetime, MeetingKind,
                                    str]:
    """Tasks with description, responsible's first and last name, due date and their meeting's
    title, start, kind and AG short name; those due first. Callers add their conditions."""
    return (select(Task.id, Task.description, Person.first_name, Person.last_name, Task.due_date,
                   Meeting.title, Meeting.starts_at, Meeting.kind, WorkingGroup.short_name)
            .join(AgendaItem, Task.agenda_item_id == AgendaItem.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .outerjoin(Person, Task.responsible_id == Person.id)
            .outerjoin(WorkingGroup, Meeting.group_id == WorkingGroup.id)
            .order_by(Task.due_date.is_(None), Task.due_date, Meeting.starts_at, Task.id))
