"""The demo alliance matches the seed's balance and the contract."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.db.database import Database
from app.domain.enums import MeetingKind, MemberRole, QuotaKind
from app.domain.errors import DomainError
from app.domain.models import (
    Meeting,
    Membership,
    Organisation,
    Person,
    PilotProject,
    PrItem,
    Protocol,
    TimeEntry,
)
from app.services import cockpit, contract, meetings
from app.services.demo import fill_demo
from app.services.demo_catalogue import FUNCTIONS, STAFF
from app.services.holidays_th import is_working_day
from tests.demo_day import DEMO_TODAY

SEED_DAY = datetime(2023, 2, 23)
SEED_PEOPLE = ["Lindner", "Maruschky", "Dirlam", "Gösel", "Jaeger", "Ott-Wippern", "Einicke",
               "Lucke", "Marx", "Gerlach", "Hickethier"]


def _count(db: Database, query: object) -> int:
    with db.reading() as session:
        return int(session.scalar(query) or 0)  # type: ignore[call-overload]


def test_balance_by_the_kickoff_matches_the_seed(demo_db: Database) -> None:
    def before_kickoff(kind: MeetingKind) -> int:
        return _count(demo_db, select(func.count()).select_from(Meeting).where(
            Meeting.kind == kind, Meeting.starts_at < SEED_DAY))

    assert before_kickoff(MeetingKind.NETWORK) == 7
    assert before_kickoff(MeetingKind.GROUP_SESSION) == 23


def test_the_partners_of_the_seed_are_there(demo_db: Database) -> None:
    with demo_db.reading() as session:
        short_names = set(session.scalars(select(Organisation.short_name)))
    assert {"IHK Erfurt", "TMIL", "TMWWDG", "TTG", "LEG Thüringen", "BCSD Thüringen",
            "IBA Thüringen"} <= short_names


def test_three_groups_each_with_one_lead(demo_db: Database) -> None:
    with demo_db.reading() as session:
        leads = session.execute(select(Membership.group_id, func.count())
                                .where(Membership.role == MemberRole.LEAD)
                                .group_by(Membership.group_id)).all()
    assert len(leads) == 3
    assert all(count == 1 for _group, count in leads)


def test_kickoff_has_the_seed_agenda_and_wanderbaumallee_exists(demo_db: Database) -> None:
    with demo_db.reading() as session:
        kickoff = session.scalars(select(Meeting).where(
            Meeting.title == "Jahresauftaktveranstaltung 2023")).one()
        assert [item.title for item in kickoff.agenda_items][0] == "Begrüßung"
        assert len(kickoff.agenda_items) == 7
        assert session.scalars(select(PilotProject).where(
            PilotProject.name == "Wanderbaumallee")).one()
        assert session.scalar(select(func.count()).select_from(Protocol)) > 50


def test_persons_are_fictitious(demo_db: Database) -> None:
    with demo_db.reading() as session:
        last_names = set(session.scalars(select(Person.last_name)))
        emails = list(session.scalars(select(Person.email)))
    assert not last_names & set(SEED_PEOPLE)
    assert all(email.endswith(".example") for email in emails)
    assert not any(name.split()[1] in SEED_PEOPLE for name in STAFF)


def test_demo_refuses_a_filled_database(demo_db: Database) -> None:
    with pytest.raises(DomainError, match="bereits Daten"):
        fill_demo(demo_db, today=DEMO_TODAY)


def test_progress_is_reported(db: Database) -> None:
    steps: list[int] = []
    fill_demo(db, progress=lambda percent, _text: steps.append(percent), today=DEMO_TODAY)
    assert steps[-1] == 100
    assert steps == sorted(steps)


def _living_checks(db: Database, today: date) -> None:
    assert contract.contract_title_for_year(db, today.year) is not None
    quotas = {s.kind: s for s in contract.quota_status(db, today.year)}
    assert quotas[QuotaKind.NETWORK_MEETINGS].allowed == 4
    assert quotas[QuotaKind.NETWORK_MEETINGS].used > 0
    assert contract.budget_status(db, today)
    report = cockpit.next_report_due(db, today=today)
    assert report is not None
    [overdue] = meetings.overdue_protocols(db, today=today).newest
    assert overdue.starts_at.date() < today
    coming = meetings.list_meetings(db, today=today, upcoming_only=True)
    assert coming and max(row.starts_at.date() for row in coming) > today + timedelta(days=60)
    with db.reading() as session:
        just_sent = session.scalar(select(func.count()).select_from(Protocol).where(
            Protocol.sent_on == today - timedelta(days=1)))
        days = [starts.date() for starts in session.scalars(select(Meeting.starts_at))]
        women = session.execute(select(Person.first_name, Person.function).where(
            Person.salutation == "Frau")).all()
        hours = session.scalar(select(func.count()).select_from(TimeEntry).where(
            TimeEntry.work_date >= date(today.year, 1, 1), TimeEntry.work_date <= today))
        pr = session.scalar(select(func.count()).select_from(PrItem).where(
            PrItem.published_on >= date(today.year - 1, 1, 1), PrItem.published_on <= today))
    assert just_sent == 1
    assert all(is_working_day(day) and (day.month, day.day) not in ((12, 24), (12, 31))
               for day in days)
    female_forms = {female for _male, female in FUNCTIONS}
    assert women and all(function in female_forms | {"Geschäftsstelle des Aktionsbündnisses"}
                         for _first, function in women)
    assert hours and pr
    tasks = cockpit.tasks_due_soon(db, today=today)
    assert any(task.overdue for task in tasks) or any(
        task.due_date and task.due_date >= today for task in tasks)


def test_the_demo_lives_on_the_day_it_is_built(demo_db: Database) -> None:
    _living_checks(demo_db, DEMO_TODAY)
    assert contract.available_years(demo_db)[-1] >= DEMO_TODAY.year


@pytest.mark.parametrize("today", [date(2025, 3, 3), date(2031, 7, 15)])
def test_the_demo_lives_whatever_today_is(db: Database, today: date) -> None:
    fill_demo(db, today=today)
    _living_checks(db, today)
