"""The model's constraints hold in the database itself, not only in forms."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError

from app.db.database import Database
from app.domain.enums import MeetingKind, QuotaKind, TimeCategory
from app.domain.models import (
    AgendaItem,
    Meeting,
    Membership,
    Organisation,
    Person,
    Quota,
    StaffMember,
    TimeEntry,
    WorkingGroup,
)


def _meeting(**changes: object) -> Meeting:
    values: dict[str, object] = {
        "kind": MeetingKind.NETWORK, "title": "Netzwerktreffen",
        "starts_at": datetime(2023, 5, 4, 10), "ends_at": datetime(2023, 5, 4, 12)}
    values.update(changes)
    return Meeting(**values)


def test_meeting_that_ends_before_it_starts_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError, match="ends_after_start"), db.unit_of_work() as session:
        session.add(_meeting(ends_at=datetime(2023, 5, 4, 9)))


def test_meeting_that_ends_when_it_starts_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError), db.unit_of_work() as session:
        session.add(_meeting(ends_at=datetime(2023, 5, 4, 10)))


def test_valid_meeting_is_stored(db: Database) -> None:
    with db.unit_of_work() as session:
        session.add(_meeting())
    with db.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM meetings")) == 1


def test_unknown_enum_value_is_refused_by_the_database(db: Database) -> None:
    with pytest.raises(IntegrityError), db.unit_of_work() as session:
        session.execute(text(
            "INSERT INTO meetings (kind, title, starts_at, ends_at, format, status, version) "
            "VALUES ('picknick', 't', '2023-01-01 10:00', '2023-01-01 11:00', 'digital', "
            "'planned', 1)"))


def test_unknown_enum_value_is_refused_by_the_model(db: Database) -> None:
    with pytest.raises(StatementError), db.unit_of_work() as session:
        session.execute(Meeting.__table__.insert().values(
            kind="picknick", title="t", starts_at=datetime(2023, 1, 1, 10),
            ends_at=datetime(2023, 1, 1, 11), format="digital", status="planned", version=1))


def test_organisation_names_are_unique(db: Database) -> None:
    with pytest.raises(IntegrityError), db.unit_of_work() as session:
        session.add_all([Organisation(name="IHK Erfurt"), Organisation(name="IHK Erfurt")])


def test_person_needs_a_last_name(db: Database) -> None:
    with pytest.raises(IntegrityError), db.unit_of_work() as session:
        session.add(Person(first_name="Anna"))


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.unit_of_work() as session:
        session.add(Person(first_name="Anna", last_name="Schulz", organisation_id=999))


def test_agenda_positions_are_unique_per_meeting(db: Database) -> None:
    with pytest.raises(IntegrityError), db.unit_of_work() as session:
        meeting = _meeting()
        session.add_all([AgendaItem(meeting=meeting, position=1, title="Begrüßung"),
                         AgendaItem(meeting=meeting, position=1, title="Bericht")])


def test_membership_cannot_end_before_it_starts(db: Database) -> None:
    with pytest.raises(IntegrityError, match="period_ordered"), db.unit_of_work() as session:
        session.add(Membership(
            group=WorkingGroup(name="AG Klima", short_name="Klima"),
            person=Person(first_name="Anna", last_name="Schulz"),
            valid_from=date(2023, 5, 1), valid_to=date(2023, 4, 1)))


@pytest.mark.parametrize("minutes", [0, -15, 20, 24 * 60 + 15])
def test_time_entries_are_quarter_hours_within_a_day(db: Database, minutes: int) -> None:
    with pytest.raises(IntegrityError), db.unit_of_work() as session:
        session.add(TimeEntry(staff_member=StaffMember(name="Katrin Vogelsang"),
                              work_date=date(2023, 5, 4), minutes=minutes,
                              category=TimeCategory.NETWORK))


def test_quota_per_contract_kind_and_year_is_unique(db: Database) -> None:
    with pytest.raises(IntegrityError, match="UNIQUE"), db.unit_of_work() as session:
        session.add(Quota(contract_id=1, kind=QuotaKind.NETWORK_MEETINGS, year=2023, allowed=5))


def test_updates_raise_the_version(db: Database) -> None:
    with db.unit_of_work() as session:
        organisation = Organisation(name="TMIL")
        session.add(organisation)
    with db.unit_of_work() as session:
        stored = session.get_one(Organisation, organisation.id)
        assert stored.version == 1
        stored.short_name = "TMIL"
    with db.reading() as session:
        assert session.get_one(Organisation, organisation.id).version == 2
