"""Column sets shared by several tabs (meetings appear in the cockpit and the calendar)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.enums import MeetingKind
from app.services.protocols import TaskRow
from app.services.rows import GoalRow, MeetingRow
from app.ui.models.row_table_model import Column, RowTableModel

KIND_COLOURS: dict[MeetingKind, str] = {
    MeetingKind.NETWORK: "#dbe9f6",
    MeetingKind.GROUP_SESSION: "#e3f1df",
    MeetingKind.LEADERS: "#fbefd5",
    MeetingKind.PUBLIC_EVENT: "#f6dde6",
    MeetingKind.PARTNER_EVENT: "#ece3f5",
    MeetingKind.TRANSFER_EVENT: "#dff3f1",
    MeetingKind.OTHER: "#eeeeee",
}
OVERDUE = QColor("#f8d7da")


def _tr(text: str) -> str:
    return QCoreApplication.translate("columns", text)


def meeting_model(*, short: bool = False) -> RowTableModel[MeetingRow]:
    """A model of meetings coloured by kind; ``short`` keeps date, kind, AG, title and status."""
    columns: list[Column[MeetingRow]] = [
        Column(_tr("Datum"), lambda m: m.starts_at),
        Column(_tr("Art"), lambda m: m.kind),
        Column(_tr("AG"), lambda m: m.group),
        Column(_tr("Titel"), lambda m: m.title),
    ]
    if not short:
        columns += [
            Column(_tr("Format"), lambda m: m.format),
            Column(_tr("Ort"), lambda m: m.place),
            Column(_tr("Eingeladen"), lambda m: m.invited, align_right=True),
            Column(_tr("Teilgenommen"), lambda m: m.attended, align_right=True),
        ]
    columns += [
        Column(_tr("Status"), lambda m: m.status),
        Column(_tr("Protokoll überfällig"), lambda m: m.protocol_overdue),
    ]
    return RowTableModel(columns=columns, row_id=lambda m: m.id,
                         row_colour=lambda m: QColor(KIND_COLOURS[m.kind]))


def due_task_model() -> RowTableModel[TaskRow]:
    """Open tasks with their due date and meeting; a row opens the meeting of its protocol."""
    columns: list[Column[TaskRow]] = [
        Column(_tr("Fällig"), lambda t: t.due_date),
        Column(_tr("Aufgabe"), lambda t: t.description),
        Column(_tr("Verantwortlich"), lambda t: t.responsible),
        Column(_tr("Sitzung"), lambda t: f"{t.meeting_day:%d.%m.%Y} {t.meeting}, TOP {t.top}"),
    ]
    return RowTableModel(columns=columns, row_id=lambda t: t.meeting_id,
                         row_colour=lambda t: OVERDUE if t.overdue else None)


def due_goal_model() -> RowTableModel[GoalRow]:
    """Goals with due date, AG and status; overdue ones are red."""
    columns: list[Column[GoalRow]] = [
        Column(_tr("Fällig"), lambda g: g.due_date),
        Column(_tr("Ziel"), lambda g: g.title),
        Column(_tr("AG"), lambda g: g.group),
        Column(_tr("Stand"), lambda g: g.status),
    ]
    return RowTableModel(columns=columns, row_id=lambda g: g.id,
                         row_colour=lambda g: OVERDUE if g.overdue else None)
