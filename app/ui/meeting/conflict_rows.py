"""What differs between the user's unsaved meeting edits and the stored meeting, as rows of the
conflict dialog: core data field by field, the protocol per TOP."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.services.meeting_editing import MeetingDraft
from app.services.protocols import ProtocolDraft, TopProtocol
from app.ui.dialogs.conflict_dialog import ConflictRow, draft_rows, shown_value

MEETING_LABELS = {
    "kind": "Art", "title": "Titel", "starts_at": "Beginn", "ends_at": "Ende",
    "format": "Format", "group_id": "Arbeitsgruppe", "location": "Ort",
    "host_organisation_id": "Gastgeber", "online_link": "Online-Link", "status": "Stand",
    "notes": "Notizen", "rsvp_by": "Rückmeldung bis", "public": "Öffentlich",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("meeting_conflict", text)


def meeting_rows(mine: MeetingDraft, theirs: MeetingDraft,
                 names: Mapping[str, Mapping[int, str]]) -> list[ConflictRow]:
    """The core data fields that differ; ``names`` turns ids (AG, host) into names."""
    labels = {field: _tr(text) for field, text in MEETING_LABELS.items()}
    return draft_rows(mine, theirs, labels, names)


def protocol_rows(mine: ProtocolDraft, theirs: ProtocolDraft,
                  people: Mapping[int, str]) -> list[ConflictRow]:
    """Author, date sent and, per TOP of the user's draft, what differs from the stored one."""
    rows: list[ConflictRow] = []
    for label, own, other in ((_tr("Sitzungsleitung"), mine.chair_id, theirs.chair_id),
                              (_tr("Protokoll von"), mine.author_id, theirs.author_id)):
        if own != other:
            rows.append((label, _person(own, people), _person(other, people)))
    if mine.sent_on != theirs.sent_on:
        rows.append((_tr("versandt am"), shown_value(mine.sent_on), shown_value(theirs.sent_on)))
    stored = {top.agenda_item_id: top for top in theirs.tops}
    for top in mine.tops:
        rows.extend(_top_rows(top, stored.get(top.agenda_item_id)))
    return rows


def _top_rows(mine: TopProtocol, theirs: TopProtocol | None) -> list[ConflictRow]:
    heading = f"TOP {mine.position}: {mine.title}"
    if theirs is None:
        return [(heading, _tr("Ihr Protokolltext"), _tr("TOP wurde entfernt"))]
    rows: list[ConflictRow] = []
    for what, own, other in (
            (_tr("Diskussion"), mine.discussion.strip(), theirs.discussion.strip()),
            (_tr("Beschlüsse"), "\n".join(mine.decisions), "\n".join(theirs.decisions)),
            (_tr("Aufgaben"), _tasks(mine), _tasks(theirs))):
        if own != other:
            rows.append((f"{heading} – {what}", own or "—", other or "—"))
    return rows


def _tasks(top: TopProtocol) -> str:
    return "\n".join(f"{task.description}{' (erledigt)' if task.done else ''}"
                     for task in top.tasks)


def _person(person_id: int | None, people: Mapping[int, str]) -> str:
    return "—" if person_id is None else people.get(person_id, str(person_id))
