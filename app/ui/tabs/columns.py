"""Column sets shared by several tabs (meetings appear in the cockpit and the calendar)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.enums import MeetingKind
from app.services.rows import MeetingRow
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
