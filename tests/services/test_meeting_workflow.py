"""The meeting use cases: edit, agenda, date poll, invitations, protocol, tasks, attachments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.database import Database
from app.domain.documents.meeting import Sender
from app.domain.enums import (
    InvitationResponse,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    PollAnswer,
)
from app.domain.errors import ValidationError
from app.domain.models import Decision, Meeting, Person, Task, WorkingGroup
from app.exports.files import ExportError
from app.services import agenda, attachments, invitations, polls, protocols
from app.services.invitations import group_list_key, invite_persons, members_of
from app.services.meeting_documents import meeting_document
from app.services.meeting_editing import (
    MeetingDraft,
    create_meeting,
    load_meeting,
    meeting_warnings,
    update_meeting,
    validation_problems,
)
from app.services.meeting_exports import export_poll, standard_setup
from app.settings import Settings

TODAY = date(2024, 3, 1)
SENDER = Sender("Geschäftsstelle", "gs@example.org")


def _draft(**changes: object) -> MeetingDraft:
    draft = MeetingDraft(kind=MeetingKind.NETWORK, title="Netzwerktreffen",
                         starts_at=datetime(2024, 3, 12, 10), ends_at=datetime(2024, 3, 12, 12),
                         location="Erfurt, Rathaus")
    return replace(draft, **changes)  # type: ignore[arg-type]


def _group_id(db: Database, short_name: str = "Klima") -> int:
    with db.reading() as session:
        return session.scalars(select(WorkingGroup.id)
                               .where(WorkingGroup.short_name == short_name)).one()


def test_validation_names_each_problem_in_german() -> None:
    draft = _draft(title=" ", ends_at=datetime(2024, 3, 12, 9), format=MeetingFormat.DIGITAL,
                   kind=MeetingKind.GROUP_SESSION, location="")
    messages = dict(validation_problems(draft))
    assert messages["title"] == "Bitte einen Titel eingeben."
    assert messages["ends_at"] == "Das Ende muss nach dem Beginn liegen."
    assert "Online-Link" in messages["online_link"]
    assert "Arbeitsgruppe" in messages["group_id"]
    assert validation_problems(_draft()) == []
    bad_link = dict(validation_problems(_draft(format=MeetingFormat.HYBRID,
                                               online_link="zoom.example/123")))
    assert bad_link["online_link"].startswith("Der Online-Link muss mit https://")


def test_holiday_warning_for_a_meeting_on_reformationstag() -> None:
    warnings = meeting_warnings(_draft(starts_at=datetime(2024, 10, 31, 10),
                                       ends_at=datetime(2024, 10, 31, 12)))
    assert warnings == ["Der 31.10.2024 ist in Thüringen ein Feiertag (Reformationstag)."]
    assert meeting_warnings(_draft()) == []


def test_create_and_update_keep_the_draft(db: Database) -> None:
    meeting_id = create_meeting(db, _draft(title="  Netzwerktreffen  "))
    assert load_meeting(db, meeting_id) == _draft()
    update_meeting(db, meeting_id, _draft(format=MeetingFormat.HYBRID,
                                          online_link="https://meet.example/abc"))
    assert load_meeting(db, meeting_id).format is MeetingFormat.HYBRID
    with pytest.raises(ValidationError, match="Titel"):
        update_meeting(db, meeting_id, _draft(title=""))


def test_agenda_is_saved_in_order_and_reordered(db: Database) -> None:
    meeting_id = create_meeting(db, _draft())
    saved = agenda.save_agenda(db, meeting_id, [
        agenda.AgendaEntry("Begrüßung", "Geschäftsstelle", 10),
        agenda.AgendaEntry("Berichte aus den AGs", "", 45),
        agenda.AgendaEntry("Verschiedenes", "", 15)])
    assert agenda.total_minutes(saved) == 70
    reordered = agenda.save_agenda(db, meeting_id, [saved[2], saved[0]])
    assert [entry.title for entry in agenda.load_agenda(db, meeting_id)] == [
        "Verschiedenes", "Begrüßung"]
    assert [entry.id for entry in reordered] == [saved[2].id, saved[0].id]
    with pytest.raises(ValidationError, match="Titel"):
        agenda.save_agenda(db, meeting_id, [agenda.AgendaEntry(" ")])
    with pytest.raises(ValidationError, match="600"):
        agenda.save_agenda(db, meeting_id, [agenda.AgendaEntry("Lang", "", 900)])


def test_invite_a_group_then_record_responses_and_attendance(demo_db: Database) -> None:
    group_id = _group_id(demo_db)
    meeting_id = create_meeting(demo_db, _draft(kind=MeetingKind.GROUP_SESSION,
                                                group_id=group_id))
    added = invitations.invite_list(demo_db, meeting_id, invitations.group_list_key(group_id),
                                    today=TODAY)
    assert added == 14
    assert invitations.invite_list(demo_db, meeting_id, invitations.group_list_key(group_id),
                                   today=TODAY) == 0
    rows = invitations.list_invitations(demo_db, meeting_id)
    invitations.set_responses(demo_db, [rows[0].id], InvitationResponse.ACCEPTED)
    invitations.set_responses(demo_db, [rows[1].id], InvitationResponse.DECLINED)
    invitations.set_attendance(demo_db, [rows[0].id], True)
    counts = invitations.count_invitations(invitations.list_invitations(demo_db, meeting_id))
    assert (counts.invited, counts.accepted, counts.declined, counts.open, counts.attended) == (
        14, 1, 1, 12, 1)
    assert load_meeting(demo_db, meeting_id).status is MeetingStatus.INVITED
    lists = {entry.key: entry for entry in invitations.distribution_lists(demo_db)}
    assert lists[invitations.group_list_key(group_id)].size == 14
    assert lists[invitations.NETWORK_LIST].size > 14


def test_date_poll_picks_the_best_date_and_sets_it(demo_db: Database) -> None:
    group_id = _group_id(demo_db)
    meeting_id = create_meeting(demo_db, _draft(kind=MeetingKind.GROUP_SESSION,
                                                group_id=group_id))
    first = polls.add_option(demo_db, meeting_id, datetime(2024, 4, 2, 10),
                             datetime(2024, 4, 2, 12))
    second = polls.add_option(demo_db, meeting_id, datetime(2024, 4, 9, 14),
                              datetime(2024, 4, 9, 16))
    with pytest.raises(ValidationError, match="schon"):
        polls.add_option(demo_db, meeting_id, datetime(2024, 4, 2, 10), datetime(2024, 4, 2, 11))
    grid = polls.poll_grid(demo_db, meeting_id)
    assert len(grid.participants) == 14 and grid.best_option_id is None
    people = [participant.id for participant in grid.participants]
    polls.set_answers(demo_db, [(first, people[0])], PollAnswer.YES)
    polls.set_answers(demo_db, [(first, people[1])], PollAnswer.NO)
    polls.set_answers(demo_db, [(second, people[0])], PollAnswer.YES)
    polls.set_answers(demo_db, [(second, people[1])], PollAnswer.YES)
    polls.set_answers(demo_db, [(second, people[2])], PollAnswer.MAYBE)
    grid = polls.poll_grid(demo_db, meeting_id)
    assert grid.best_option_id == second
    assert [(o.yes, o.maybe, o.no) for o in grid.options] == [(1, 0, 1), (2, 1, 0)]
    polls.choose_option(demo_db, meeting_id, second, today=TODAY)
    assert load_meeting(demo_db, meeting_id).starts_at == datetime(2024, 4, 9, 14)
    assert polls.poll_grid(demo_db, meeting_id).closed_on == TODAY
    with pytest.raises(ValidationError, match="abgeschlossen"):
        polls.set_answers(demo_db, [(first, people[3])], PollAnswer.YES)
    with pytest.raises(ValidationError, match="abgeschlossen"):
        polls.add_option(demo_db, meeting_id, datetime(2024, 4, 3, 10), datetime(2024, 4, 3, 11))
    polls.reopen_poll(demo_db, meeting_id)
    polls.set_answers(demo_db, [(first, people[3])], PollAnswer.YES)


def test_the_poll_goes_out_as_an_e_mail_with_a_reply_line_per_date(
        demo_db: Database, tmp_path: Path) -> None:
    meeting_id = create_meeting(demo_db, _draft())
    setup = standard_setup(Settings(), today=TODAY, now=datetime(2024, 3, 1, 9))
    with pytest.raises(ExportError, match="keine Terminvorschläge"):
        export_poll(demo_db, meeting_id, tmp_path / "a.eml", setup)
    polls.add_option(demo_db, meeting_id, datetime(2024, 4, 2, 10), datetime(2024, 4, 2, 12))
    polls.add_option(demo_db, meeting_id, datetime(2024, 4, 9, 14), datetime(2024, 4, 9, 16))
    with pytest.raises(ExportError, match="Einladungen"):
        export_poll(demo_db, meeting_id, tmp_path / "a.eml", setup)
    invite_persons(demo_db, meeting_id, members_of(demo_db, group_list_key(_group_id(demo_db))),
                   today=TODAY)
    out = export_poll(demo_db, meeting_id, tmp_path / "Terminabstimmung.eml", setup)
    mail = message_from_bytes(out.read_bytes(), policy=default)
    assert mail["X-Unsent"] == "1" and mail["Subject"].startswith("Terminabstimmung")
    plain = mail.get_body(("plain",)).get_content()
    assert "Dienstag, 02.04.2024" in plain and plain.count("Ihre Antwort: ________") == 2
    html_part = mail.get_body(("html",)).get_content()
    assert html_part.count("<tr><td>") == 2 and 'lang="de"' in html_part


def test_protocol_with_decisions_and_tasks_and_the_task_list(demo_db: Database) -> None:
    meeting_id = create_meeting(demo_db, _draft())
    saved = agenda.save_agenda(demo_db, meeting_id, [agenda.AgendaEntry("Begrüßung"),
                                                     agenda.AgendaEntry("Pilotprojekte")])
    with demo_db.reading() as session:
        author = session.scalars(select(Person.id).limit(1)).one()
    draft = protocols.load_protocol(demo_db, meeting_id)
    top = replace(draft.tops[1], discussion="Rege Diskussion.\nZweiter Absatz.",
                  decisions=("Die Wanderbaumallee startet im Mai.",),
                  tasks=(protocols.TaskEntry("Standorte prüfen", author, date(2024, 3, 20)),))
    protocols.save_protocol(demo_db, replace(draft, author_id=author, tops=(draft.tops[0], top)),
                            today=TODAY)
    loaded = protocols.load_protocol(demo_db, meeting_id)
    assert loaded.tops[1].decisions == ("Die Wanderbaumallee startet im Mai.",)
    assert loaded.tops[1].tasks[0].description == "Standorte prüfen"
    assert saved[1].id == loaded.tops[1].agenda_item_id
    tasks = [t for t in protocols.list_tasks(demo_db, today=date(2024, 3, 25))
             if t.meeting_id == meeting_id]
    assert len(tasks) == 1 and tasks[0].overdue and tasks[0].top == 2
    protocols.set_task_done(demo_db, tasks[0].id, True, today=TODAY)
    assert all(t.id != tasks[0].id for t in protocols.list_tasks(demo_db, today=TODAY))
    protocols.save_protocol(demo_db, replace(loaded, sent_on=date(2024, 3, 14)), today=TODAY)
    assert load_meeting(demo_db, meeting_id).status is MeetingStatus.PROTOCOL_SENT
    with pytest.raises(ValidationError, match="vor der Sitzung"):
        protocols.save_protocol(demo_db, replace(loaded, sent_on=date(2024, 3, 1)), today=TODAY)


def test_removing_a_top_removes_its_protocol_content(db: Database) -> None:
    meeting_id = create_meeting(db, _draft())
    saved = agenda.save_agenda(db, meeting_id, [agenda.AgendaEntry("A"), agenda.AgendaEntry("B")])
    draft = protocols.load_protocol(db, meeting_id)
    protocols.save_protocol(db, replace(draft, tops=(
        replace(draft.tops[0], decisions=("Beschluss",),
                tasks=(protocols.TaskEntry("Tun"),)), draft.tops[1])), today=TODAY)
    assert agenda.has_protocol_content(db, saved[0].id)
    assert not agenda.has_protocol_content(db, saved[1].id)
    agenda.save_agenda(db, meeting_id, [saved[1]])
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Decision)) == 0
        assert session.scalar(select(func.count()).select_from(Task)) == 0


def test_attachments_are_kept_in_the_database(db: Database, tmp_path: Path) -> None:
    meeting_id = create_meeting(db, _draft())
    source = tmp_path / "Präsentation.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    attachment_id = attachments.add_attachment(db, meeting_id, source, "Folien")
    source.unlink()
    rows = attachments.list_attachments(db, meeting_id)
    assert [(r.file_name, r.size_bytes, r.description) for r in rows] == [
        ("Präsentation.pdf", 13, "Folien")]
    extracted = attachments.extract_attachment(db, attachment_id, tmp_path / "out")
    assert extracted.read_bytes() == b"%PDF-1.4 test"
    with pytest.raises(ValidationError, match="gibt es nicht"):
        attachments.add_attachment(db, meeting_id, tmp_path / "fehlt.pdf")
    attachments.remove_attachment(db, attachment_id)
    assert attachments.list_attachments(db, meeting_id) == []


def test_meeting_document_collects_everything(demo_db: Database) -> None:
    with demo_db.reading() as session:
        meeting_id = session.scalars(select(Meeting.id).where(
            Meeting.title == "Jahresauftaktveranstaltung 2023")).one()
    document = meeting_document(demo_db, meeting_id, sender=SENDER, today=TODAY)
    assert document.meeting.date == "23.02.2023"
    assert document.meeting.weekday == "Donnerstag"
    assert len(document.agenda) == 7
    assert document.agenda_total_minutes == sum(
        int(line.minutes.split()[0]) for line in document.agenda if line.minutes)
    assert document.invitees and all(line.name for line in document.invitees)
