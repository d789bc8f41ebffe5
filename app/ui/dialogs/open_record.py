"""Opening any record in its detail dialog, by kind and id."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtWidgets import QWidget

from app.db.database import Database
from app.services import contacts, groups, meetings, projects
from app.services.rows import RecordDetail
from app.ui.dialogs.record_dialog import RecordDialog


class RecordKind(StrEnum):
    MEETING = "meeting"
    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"
    PROJECT = "project"


_DETAILS: dict[RecordKind, Callable[[Database, int], RecordDetail]] = {
    RecordKind.MEETING: meetings.meeting_detail,
    RecordKind.PERSON: contacts.person_detail,
    RecordKind.ORGANISATION: contacts.organisation_detail,
    RecordKind.GROUP: groups.group_detail,
    RecordKind.PROJECT: projects.project_detail,
}


def open_record(parent: QWidget, db: Database, kind: RecordKind, record_id: int) -> RecordDialog:
    """Show the record's detail dialog (non-modal) and return it."""
    dialog = RecordDialog(detail=_DETAILS[kind](db, record_id), parent=parent)
    dialog.show()
    return dialog
