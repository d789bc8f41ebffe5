"""The lists and details the tabs show."""

from __future__ import annotations

from datetime import date, timedelta

from app.db.database import Database
from app.services import contacts, groups, meetings, projects
from app.services.info import entity_counts
from tests.demo_day import DEMO_TODAY


def test_meetings_of_a_year_with_counts(demo_db: Database) -> None:
    rows = meetings.list_meetings(demo_db, year=2023, today=date(2024, 12, 1))
    assert len(rows) == 4 + 25 + 3 + 2 + 3
    assert rows == sorted(rows, key=lambda row: row.starts_at)
    kickoff = next(row for row in rows if row.title == "Jahresauftaktveranstaltung 2023")
    assert kickoff.invited == 40
    assert 0 < kickoff.attended <= kickoff.invited


def test_overdue_protocols_as_of_any_day(demo_db: Database) -> None:
    overdue = meetings.overdue_protocols(demo_db, today=date(2024, 11, 5))
    assert overdue.count == len(overdue.newest) == 2
    assert all(row.protocol_overdue for row in overdue.newest)
    assert all(row.starts_at.date() < date(2024, 10, 22) for row in overdue.newest)
    starts = [row.starts_at for row in overdue.newest]
    assert starts == sorted(starts, reverse=True)
    assert not meetings.overdue_protocols(demo_db, today=date(2022, 1, 1)).count
    [today_overdue] = meetings.overdue_protocols(demo_db, today=DEMO_TODAY).newest
    assert today_overdue.title.endswith("Netzwerktreffen")


def test_overdue_protocols_read_in_full_only_for_the_newest(demo_db: Database) -> None:
    every = meetings.overdue_protocols(demo_db, today=date(2024, 11, 5))
    newest = meetings.overdue_protocols(demo_db, today=date(2024, 11, 5), limit=1)
    assert newest.count == every.count
    assert newest.newest == every.newest[:1]


def test_upcoming_meetings(demo_db: Database) -> None:
    upcoming = meetings.list_meetings(demo_db, today=date(2024, 11, 1), upcoming_only=True)
    assert upcoming[0].title == "14. Netzwerktreffen"
    coming = meetings.list_meetings(demo_db, today=DEMO_TODAY, upcoming_only=True)
    days = [row.starts_at.date() for row in coming]
    assert days and min(days) >= DEMO_TODAY and max(days) > DEMO_TODAY + timedelta(days=60)
    assert max(days) <= DEMO_TODAY + timedelta(days=92)


def test_meeting_detail(demo_db: Database) -> None:
    kickoff = next(row for row in meetings.list_meetings(demo_db, year=2023)
                   if row.title.startswith("Jahresauftakt"))
    detail = meetings.meeting_detail(demo_db, kickoff.id)
    assert dict(detail.fields)["Art"] == "Netzwerktreffen"
    agenda = detail.sections[0]
    assert agenda.rows[0][:2] == ("1", "Begrüßung")


def test_persons_organisations_groups_projects(demo_db: Database) -> None:
    persons = contacts.list_persons(demo_db)
    counts = {count.table: count.count for count in entity_counts(demo_db)}
    assert len(persons) == counts["persons"]
    assert any("Klima" in person.groups for person in persons)
    organisations = contacts.list_organisations(demo_db)
    assert len(organisations) == counts["organisations"]
    group_rows = groups.list_groups(demo_db)
    assert [g.short_name for g in group_rows] == ["Klima", "Leerstand", "WULIS"]
    members = groups.list_members(demo_db, group_rows[0].id)
    assert members[0].role.label == "Leitung"
    project_rows = projects.list_projects(demo_db)
    assert len(project_rows) == 6
    assert "Wanderbaumallee" in {p.name for p in project_rows}


def test_details_open_for_every_kind(demo_db: Database) -> None:
    person = contacts.list_persons(demo_db)[0]
    assert contacts.person_detail(demo_db, person.id).title
    organisation = contacts.list_organisations(demo_db)[0]
    assert contacts.organisation_detail(demo_db, organisation.id).sections[0].rows
    group = groups.list_groups(demo_db)[0]
    assert groups.group_detail(demo_db, group.id).sections[0].rows
    project = projects.list_projects(demo_db)[0]
    assert projects.project_detail(demo_db, project.id).sections[0].rows
