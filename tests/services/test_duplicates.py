"""Duplicates are found by e-mail and by name variants, and merged only on request."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from app.db.database import Database
from app.domain.enums import MeetingKind
from app.domain.models import Invitation, Membership, Person
from app.services import invitations
from app.services.contact_editing import PersonDraft, create_person, load_person
from app.services.duplicates import find_duplicates, merge_persons, name_key
from app.services.meeting_editing import MeetingDraft, create_meeting


def test_name_key_folds_umlauts_sharp_s_and_case() -> None:
    assert name_key("Jürgen", "Müller") == name_key("Juergen", "MUELLER")
    assert name_key("Hans", "Strauß") == name_key("hans", "Strauss")
    assert name_key("Anna", "Müller") != name_key("Anna", "Möller")


def test_duplicates_are_proposed(db: Database) -> None:
    first = create_person(db, PersonDraft("Jürgen", "Müller", email="jm@example.org"))
    second = create_person(db, PersonDraft("Juergen", "Mueller"))
    third = create_person(db, PersonDraft("J.", "Schulz", email="JM@example.org"))
    create_person(db, PersonDraft("Anna", "Möller"))
    pairs = {(p.first_id, p.second_id): p.reason for p in find_duplicates(db)}
    assert pairs == {(first, second): "gleicher Name", (first, third): "gleiche E-Mail-Adresse"}


def test_merge_moves_memberships_invitations_and_fills_gaps(db: Database) -> None:
    keep = create_person(db, PersonDraft("Jürgen", "Müller", email="jm@example.org"))
    drop = create_person(db, PersonDraft("Juergen", "Mueller", phone="0361 555123",
                                         city="Erfurt"))
    meeting = create_meeting(db, MeetingDraft(
        kind=MeetingKind.NETWORK, title="Netzwerk", starts_at=datetime(2024, 5, 2, 10),
        ends_at=datetime(2024, 5, 2, 12), location="Erfurt"))
    invitations.invite_persons(db, meeting, [keep, drop], today=date(2024, 4, 1))
    merge_persons(db, keep, drop)
    with db.reading() as session:
        assert session.get(Person, drop) is None
        assert session.scalar(select(func.count()).select_from(Invitation)) == 1
    merged = load_person(db, keep)
    assert merged.phone == "+49 361 555123" and merged.city == "Erfurt"
    assert merged.email == "jm@example.org"
    assert find_duplicates(db) == []


def test_merge_moves_a_membership_in_the_demo(demo_db: Database) -> None:
    with demo_db.reading() as session:
        member = session.scalars(select(Membership.person_id).limit(1)).one()
    keep = create_person(demo_db, PersonDraft("Neu", "Person"))
    merge_persons(demo_db, keep, member)
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Membership).where(
            Membership.person_id == keep)) >= 1
        assert session.scalar(select(func.count()).select_from(Invitation).where(
            Invitation.person_id == member)) == 0
