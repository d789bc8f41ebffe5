"""The protocol of a meeting: per TOP discussion, decisions and tasks; author; date sent."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.domain.enums import MeetingStatus
from app.domain.errors import ValidationError
from app.domain.models import (
    AgendaItem,
    Decision,
    Meeting,
    Person,
    Protocol,
    ProtocolNote,
    Task,
)
from app.services.continuity import body_key, parse_body_key


@dataclass(frozen=True)
class TaskEntry:
    description: str
    responsible_id: int | None = None
    due_date: date | None = None
    done: bool = False
    id: int | None = None
    addressed_to: str | None = None
    """The body the task goes to (``continuity.body_key``); its next meeting lists it."""


@dataclass(frozen=True)
class TopProtocol:
    """What the protocol says under one agenda item."""

    agenda_item_id: int
    position: int
    title: str
    presenter: str
    discussion: str = ""
    decisions: tuple[str, ...] = ()
    tasks: tuple[TaskEntry, ...] = ()


@dataclass(frozen=True)
class ProtocolDraft:
    meeting_id: int
    author_id: int | None
    sent_on: date | None
    tops: tuple[TopProtocol, ...]
    chair_id: int | None = None
    approved_on: date | None = None
    approved_in: str = ""
    """``Sitzung vom 14.11.2024``: where the protocol was approved."""


def load_protocol(db: Database, meeting_id: int) -> ProtocolDraft:
    with db.reading() as session:
        meeting = session.get_one(Meeting, meeting_id)
        protocol = meeting.protocol
        notes = {note.agenda_item_id: note.discussion or ""
                 for note in (protocol.notes if protocol else [])}
        item_ids = [item.id for item in meeting.agenda_items]
        decisions = _by_item(session.scalars(select(Decision).where(
            Decision.agenda_item_id.in_(item_ids)).order_by(Decision.id)))
        tasks = _by_item(session.scalars(select(Task).where(
            Task.agenda_item_id.in_(item_ids)).order_by(Task.id)))
        tops = tuple(
            TopProtocol(item.id, item.position, item.title, item.presenter or "",
                        notes.get(item.id, ""),
                        tuple(decision.text for decision in decisions.get(item.id, [])),
                        tuple(TaskEntry(task.description, task.responsible_id, task.due_date,
                                        task.done, task.id,
                                        body_key(task.addressed_kind, task.addressed_group_id))
                              for task in tasks.get(item.id, [])))
            for item in meeting.agenda_items)
        approved_in = protocol.approved_in if protocol else None
        return ProtocolDraft(meeting_id, protocol.author_id if protocol else None,
                             protocol.sent_on if protocol else None, tops,
                             protocol.chair_id if protocol else None,
                             protocol.approved_on if protocol else None,
                             f"{approved_in.title} vom {approved_in.starts_at:%d.%m.%Y}"
                             if approved_in else "")


_Record = TypeVar("_Record", Decision, Task)


def _by_item(records: Iterable[_Record]) -> dict[int, list[_Record]]:
    grouped: dict[int, list[_Record]] = {}
    for record in records:
        grouped.setdefault(record.agenda_item_id, []).append(record)
    return grouped


def validate_protocol(draft: ProtocolDraft, meeting_day: date) -> None:
    if draft.sent_on is not None and draft.sent_on < meeting_day:
        raise ValidationError("Das Protokoll kann nicht vor der Sitzung versandt worden sein.",
                              field="sent_on")
    for top in draft.tops:
        for decision in top.decisions:
            if not decision.strip():
                raise ValidationError(f"TOP {top.position}: Ein Beschluss ist leer.")
        for task in top.tasks:
            if not task.description.strip():
                raise ValidationError(f"TOP {top.position}: Bitte beschreiben, was bei der "
                                      "Aufgabe zu tun ist.")


def save_protocol(db: Database, draft: ProtocolDraft, *, today: date) -> None:
    """Store the protocol; a date sent marks the meeting "Protokoll versandt"."""
    with db.unit_of_work() as session:
        meeting = session.get_one(Meeting, draft.meeting_id)
        validate_protocol(draft, meeting.starts_at.date())
        items = {item.id: item for item in meeting.agenda_items}
        protocol = meeting.protocol or Protocol(meeting=meeting)
        protocol.author_id = draft.author_id
        protocol.chair_id = draft.chair_id
        protocol.sent_on = draft.sent_on
        session.add(protocol)
        session.flush()
        for top in draft.tops:
            if top.agenda_item_id not in items:
                raise ValidationError(f"TOP {top.position} wurde inzwischen entfernt. Bitte das "
                                      "Protokoll neu öffnen.")
            _save_top(session, protocol, top, today)
        _update_status(meeting, draft.sent_on)


def _save_top(session: Session, protocol: Protocol, top: TopProtocol, today: date) -> None:
    note = next((n for n in protocol.notes if n.agenda_item_id == top.agenda_item_id), None)
    discussion = top.discussion.strip()
    if note is not None and not discussion:
        protocol.notes.remove(note)
    elif discussion:
        if note is None:
            note = ProtocolNote(agenda_item_id=top.agenda_item_id)
            protocol.notes.append(note)
        note.discussion = discussion
    for decision in session.scalars(select(Decision).where(
            Decision.agenda_item_id == top.agenda_item_id)):
        session.delete(decision)
    for text in top.decisions:
        session.add(Decision(agenda_item_id=top.agenda_item_id, text=text.strip()))
    existing = {task.id: task for task in session.scalars(select(Task).where(
        Task.agenda_item_id == top.agenda_item_id))}
    kept = {task.id for task in top.tasks if task.id is not None}
    for task_id, task in existing.items():
        if task_id not in kept:
            session.delete(task)
    for entry in top.tasks:
        found = existing.get(entry.id) if entry.id is not None else None
        task = found or Task(agenda_item_id=top.agenda_item_id)
        session.add(task)
        _apply_task(task, entry, today)


def _apply_task(task: Task, entry: TaskEntry, today: date) -> None:
    task.description = entry.description.strip()
    task.responsible_id = entry.responsible_id
    task.due_date = entry.due_date
    body = parse_body_key(entry.addressed_to)
    task.addressed_kind = body.kind if body else None
    task.addressed_group_id = body.group_id if body else None
    if entry.done and not task.done:
        task.done_on = today
    if not entry.done:
        task.done_on = None
    task.done = entry.done


def mark_sent(db: Database, meeting_id: int, day: date) -> None:
    """Record that the protocol went out on ``day`` (a date already recorded is kept)."""
    with db.unit_of_work() as session:
        meeting = session.get_one(Meeting, meeting_id)
        protocol = meeting.protocol or Protocol(meeting=meeting)
        session.add(protocol)
        if protocol.sent_on is None:
            protocol.sent_on = max(day, meeting.starts_at.date())
        _update_status(meeting, protocol.sent_on)


def _update_status(meeting: Meeting, sent_on: date | None) -> None:
    if sent_on is not None and meeting.status is not MeetingStatus.CANCELLED:
        meeting.status = MeetingStatus.PROTOCOL_SENT
    elif sent_on is None and meeting.status is MeetingStatus.PROTOCOL_SENT:
        meeting.status = MeetingStatus.HELD


@dataclass(frozen=True)
class TaskRow:
    id: int
    description: str
    responsible: str
    due_date: date | None
    done: bool
    meeting_id: int
    meeting: str
    meeting_day: date
    top: int
    overdue: bool


def list_tasks(db: Database, *, today: date, open_only: bool = True) -> list[TaskRow]:
    """Tasks of all protocols, those due first; with their meeting and TOP, as they stood on
    ``today`` (a task done later counts as open)."""
    query = (select(Task.id, Task.description, Person.first_name, Person.last_name,
                    Task.due_date, Task.done, Meeting.id, Meeting.title, Meeting.starts_at,
                    AgendaItem.position)
             .join(AgendaItem, Task.agenda_item_id == AgendaItem.id)
             .join(Meeting, AgendaItem.meeting_id == Meeting.id)
             .outerjoin(Person, Task.responsible_id == Person.id)
             .order_by(Task.due_date.is_(None), Task.due_date, Meeting.starts_at))
    if open_only:
        query = query.where(or_(Task.done.is_(False), Task.done_on > today))
    with db.reading() as session:
        rows = session.execute(query.add_columns(Task.done_on)).all()
    result = []
    for (task_id, description, first, last, due, done, meeting_id, title, starts_at, position,
         done_on) in rows:
        done_by_today = done and (done_on is None or done_on <= today)
        result.append(TaskRow(task_id, description, f"{first or ''} {last or ''}".strip(), due,
                              done_by_today, meeting_id, title, starts_at.date(), position,
                              overdue=not done_by_today and due is not None and due < today))
    return result


def set_task_done(db: Database, task_id: int, done: bool, *, today: date) -> None:
    with db.unit_of_work() as session:
        task = session.get_one(Task, task_id)
        task.done = done
        task.done_on = today if done else None


def people_of_meeting(db: Database, meeting_id: int) -> list[tuple[int, str]]:
    """Who can write the protocol or take a task: the invitees, plus whoever already does."""
    with db.reading() as session:
        meeting = session.get_one(Meeting, meeting_id)
        ids = {invitation.person_id for invitation in meeting.invitations}
        if meeting.protocol is not None:
            ids |= {person_id for person_id in (meeting.protocol.author_id,
                                                meeting.protocol.chair_id)
                    if person_id is not None}
        item_ids = [item.id for item in meeting.agenda_items]
        ids |= {person_id for person_id in session.scalars(
            select(Task.responsible_id).where(Task.agenda_item_id.in_(item_ids)))
            if person_id is not None}
        persons = session.execute(select(Person.id, Person.first_name, Person.last_name)
                                  .where(Person.id.in_(ids))
                                  .order_by(Person.last_name, Person.first_name))
        return [(person_id, f"{first} {last}") for person_id, first, last in persons]
