"""The demo alliance matches the seed's balance and the contract."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from app.db.database import Database
from app.domain.enums import MeetingKind, MemberRole
from app.domain.errors import DomainError
from app.domain.models import Meeting, Membership, Organisation, Person, PilotProject, Protocol
from app.services.demo import fill_demo
from app.services.demo_catalogue import STAFF

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
        fill_demo(demo_db)


def test_progress_is_reported(db: Database) -> None:
    steps: list[int] = []
    fill_demo(db, progress=lambda percent, _text: steps.append(percent))
    assert steps[-1] == 100
    assert steps == sorted(steps)
