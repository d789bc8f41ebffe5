"""Meetings of a body follow on: continuity TOPs, open points, approval, sending, due rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.database import Database
from app.domain.enums import MeetingKind, MeetingStatus
from app.domain.errors import DomainError, ValidationError
from app.domain.models import Meeting, Protocol, Task, WorkingGroup
from app.services import (
    continuity,
    contract_editing,
    meeting_editing,
    meeting_exports,
    meetings,
    protocols,
)
from app.services.agenda import load_agenda
from app.services.invitations import invite_persons, list_invitations
from app.services.meeting_copies import copy_meeting, series_dates, skipped_days
from app.services.meeting_editing import MeetingDraft
from app.services.protocols import TaskEntry
from app.services.status_report import build_report
from app.settings import Settings


def _group_id(db: Database, short: str) -> int:
    with db.reading() as session:
        return int(session.scalars(select(WorkingGroup.id).where(
            WorkingGroup.short_name == short)).one())


def _last_meeting(db: Database, kind: MeetingKind,
                  group_id: int | None) -> tuple[int, datetime, list[int], list[int]]:
    """Id, start, agenda item ids and invited persons of the body's last meeting."""
    with db.reading() as session:
        query = select(Meeting).where(Meeting.kind == kind,
                                      Meeting.status != MeetingStatus.CANCELLED)
        if group_id is not None:
            query = query.where(Meeting.group_id == group_id)
        meeting = session.scalars(query.order_by(Meeting.starts_at.desc())).first()
        assert meeting is not None
        return (meeting.id, meeting.starts_at, [item.id for item in meeting.agenda_items],
                [invitation.person_id for invitation in meeting.invitations])


def _new_session(db: Database, group_id: int, day: datetime, *, follow_on: bool = True) -> int:
    draft = MeetingDraft(kind=MeetingKind.GROUP_SESSION, title="AG Klima: nächste Sitzung",
                         starts_at=day, ends_at=day.replace(hour=day.hour + 2),
                         group_id=group_id, location="Erfurt")
    return meeting_editing.create_meeting(db, draft, follow_on=follow_on)


def test_a_new_ag_meeting_takes_over_from_the_last_one(demo_db: Database) -> None:
    klima = _group_id(demo_db, "Klima")
    network_item = _last_meeting(demo_db, MeetingKind.NETWORK, None)[2][0]
    with demo_db.unit_of_work() as session:
        session.add(Task(agenda_item_id=network_item, description="Hitzeaktionsplan vorstellen",
                         addressed_kind=MeetingKind.GROUP_SESSION, addressed_group_id=klima))
    last_id, last_start, _items, _persons = _last_meeting(demo_db, MeetingKind.GROUP_SESSION,
                                                          klima)
    day = datetime(2030, 3, 14, 14)
    proposed = continuity.proposal(demo_db, MeetingKind.GROUP_SESSION, klima, day)
    assert proposed is not None and proposed.previous_id == last_id
    own_open = continuity.open_points(demo_db, MeetingKind.GROUP_SESSION, klima, day)
    assert any(point.description == "Hitzeaktionsplan vorstellen" for point in own_open)
    assert all(point.source.startswith(("AG Klima", "Netzwerktreffen")) for point in own_open)
    other = continuity.open_points(demo_db, MeetingKind.GROUP_SESSION,
                                   _group_id(demo_db, "WULIS"), day)
    assert not {p.task_id for p in other} & {p.task_id for p in own_open}

    meeting_id = _new_session(demo_db, klima, day)
    titles = [entry.title for entry in load_agenda(demo_db, meeting_id)]
    assert titles[:2] == [
        f"Genehmigung des Protokolls der Sitzung vom {last_start:%d.%m.%Y}",
        continuity.OPEN_POINTS_TOP]
    draft = protocols.load_protocol(demo_db, meeting_id)
    assert "Hitzeaktionsplan vorstellen" in draft.tops[1].discussion
    invited = {row.person_id for row in list_invitations(demo_db, meeting_id)}
    assert invited and invited <= set(proposed.invitee_ids)
    plain = _new_session(demo_db, klima, datetime(2030, 4, 14, 14), follow_on=False)
    assert load_agenda(demo_db, plain) == []


def test_an_event_has_no_body_to_follow() -> None:
    assert continuity.body_of(MeetingKind.PUBLIC_EVENT, None) is None
    assert continuity.parse_body_key(continuity.body_key(MeetingKind.GROUP_SESSION, 3)) == (
        continuity.Body(MeetingKind.GROUP_SESSION, 3))


def test_a_protocol_goes_draft_sent_approved(demo_db: Database, tmp_path: Path) -> None:
    klima = _group_id(demo_db, "Klima")
    proposed = continuity.proposal(demo_db, MeetingKind.GROUP_SESSION, klima,
                                   datetime(2030, 3, 14, 14))
    assert proposed is not None
    persons = list(proposed.invitee_ids)
    first = _new_session(demo_db, klima, datetime(2030, 3, 14, 14), follow_on=False)
    with demo_db.unit_of_work() as session:
        meeting = session.get_one(Meeting, first)
        meeting.protocol = Protocol()
        meeting.status = MeetingStatus.HELD
    invite_persons(demo_db, first, persons, today=date(2030, 3, 1))
    assert continuity.protocol_state(None, None) == "Entwurf"

    setup = meeting_exports.standard_setup(Settings(sender_name="Geschäftsstelle",
                                                    sender_email="gs@example.org"),
                                           today=date(2030, 3, 20), now=datetime(2030, 3, 20))
    out = meeting_exports.send_protocol(demo_db, first, tmp_path / "Protokoll.eml", setup)
    mail = message_from_bytes(out.read_bytes(), policy=default)
    assert mail["X-Unsent"] == "1" and mail["Bcc"]
    assert [part.get_filename() for part in mail.iter_attachments()][0].endswith(".pdf")
    assert protocols.load_protocol(demo_db, first).sent_on == date(2030, 3, 20)

    second = _new_session(demo_db, klima, datetime(2030, 4, 16, 14))
    approvable = continuity.protocol_to_approve(demo_db, second)
    assert approvable is not None and approvable.meeting_id == first
    continuity.approve_previous_protocol(demo_db, second)
    approved = protocols.load_protocol(demo_db, first)
    assert approved.approved_on == date(2030, 4, 16)
    assert approved.approved_in.endswith("vom 16.04.2030")
    decisions = protocols.load_protocol(demo_db, second).tops[0].decisions
    assert decisions == ("Das Protokoll der Sitzung vom 14.03.2030 wird genehmigt.",)
    with pytest.raises(DomainError, match="kein versandtes"):
        continuity.approve_previous_protocol(demo_db, second)


def test_a_task_addressed_to_another_body_is_stored(demo_db: Database) -> None:
    klima = _group_id(demo_db, "Klima")
    meeting_id = _new_session(demo_db, klima, datetime(2030, 3, 14, 14))
    draft = protocols.load_protocol(demo_db, meeting_id)
    top = draft.tops[1]
    leerstand_id = _group_id(demo_db, "Leerstand")
    task = TaskEntry("Leerstandskataster teilen", addressed_to=f"group:{leerstand_id}")
    changed = replace(draft, tops=(draft.tops[0], replace(top, tasks=(task,)), *draft.tops[2:]))
    protocols.save_protocol(demo_db, changed, today=date(2030, 3, 14))
    reloaded = protocols.load_protocol(demo_db, meeting_id).tops[1].tasks[0]
    assert reloaded.addressed_to == task.addressed_to
    leerstand = continuity.open_points(demo_db, MeetingKind.GROUP_SESSION, leerstand_id,
                                       datetime(2030, 5, 1))
    assert "Leerstandskataster teilen" in [point.description for point in leerstand]
    assert ("group:" + str(klima), "AG Klima") in continuity.body_choices(demo_db)


def test_protocols_on_time_in_working_days_across_a_holiday(demo_db: Database) -> None:
    contract_editing.save_contract(demo_db, contract_editing.follow_up_draft(demo_db))
    klima = _group_id(demo_db, "Klima")
    sent = {}
    for day, sent_on in ((datetime(2025, 10, 20, 14), date(2025, 11, 3)),
                         (datetime(2025, 10, 20, 9), date(2025, 11, 5))):
        meeting_id = _new_session(demo_db, klima, day, follow_on=False)
        protocols.mark_sent(demo_db, meeting_id, sent_on)
        sent[sent_on] = meeting_id
    report = build_report(demo_db, date(2025, 10, 1), date(2025, 11, 30))
    assert sorted(line.protocol for line in report.meetings
                  if line.title == "AG Klima: nächste Sitzung") == ["rechtzeitig", "verspätet"]
    assert report.protocol_rule == "innerhalb von 10 Arbeitstagen"
    overdue = meetings.protocol_deadline(demo_db, sent[date(2025, 11, 5)],
                                         today=date(2025, 11, 10))
    assert overdue.due == date(2025, 11, 4) and not overdue.overdue


def test_a_series_every_second_thursday_leaves_out_ascension_day(demo_db: Database) -> None:
    days = series_dates(date(2027, 4, 22), every_weeks=2, count=3)
    assert days == [date(2027, 4, 22), date(2027, 5, 20), date(2027, 6, 3)]
    assert skipped_days(date(2027, 4, 22), every_weeks=2, count=3) == [
        "06.05.2027 (Christi Himmelfahrt)"]
    with pytest.raises(ValidationError, match="Wochenendtag"):
        series_dates(date(2027, 4, 24), every_weeks=1, count=2)
    klima = _group_id(demo_db, "Klima")
    source = _new_session(demo_db, klima, datetime(2027, 4, 8, 14))
    copies = copy_meeting(demo_db, source, days)
    assert len(copies) == 3
    original = [entry.title for entry in load_agenda(demo_db, source)]
    for copy_id, day in zip(copies, days, strict=True):
        assert [entry.title for entry in load_agenda(demo_db, copy_id)] == original
        assert {row.person_id for row in list_invitations(demo_db, copy_id)} == {
            row.person_id for row in list_invitations(demo_db, source)}
        draft = meeting_editing.load_meeting(demo_db, copy_id)
        assert draft.starts_at == datetime.combine(day, datetime.min.time()).replace(hour=14)
        assert draft.status is MeetingStatus.PLANNED and draft.location == "Erfurt"
