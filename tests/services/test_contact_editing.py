"""Editing contacts: German messages per field, normalised e-mail and phone, change log."""

from __future__ import annotations

import pytest

from app.db.database import Database
from app.domain.enums import MemberRole
from app.domain.errors import ValidationError
from app.services import change_log, contact_lists, invitations
from app.services.contact_editing import (
    OrganisationDraft,
    PersonDraft,
    clean_person,
    create_person,
    load_person,
    save_organisation,
    update_person,
)


def test_problems_are_named_per_field() -> None:
    _draft, problems = clean_person(PersonDraft(" ", "", email="max@", phone="12ab",
                                                consent=True, city="x" * 101))
    found = dict(problems)
    assert found["last_name"] == "Bitte den Nachnamen eingeben."
    assert found["first_name"] == "Bitte den Vornamen eingeben."
    assert found["email"] == "„max@“ ist keine gültige E-Mail-Adresse."
    assert "Telefonnummer" in found["phone"]
    assert "Datum der Einwilligung" in found["consent_date"]
    assert "höchstens 100" in found["city"]


def test_email_and_phone_are_normalised_and_changes_logged(db: Database) -> None:
    person_id = create_person(db, PersonDraft("Erika", "Muster", email="Erika@Example.ORG",
                                              phone="0361 / 123 45 67"))
    stored = load_person(db, person_id)
    assert stored.email == "Erika@example.org"
    assert stored.phone == "+49 361 1234567"
    changed = update_person(db, person_id, PersonDraft("Erika", "Muster-Schulz",
                                                       email="Erika@example.org",
                                                       phone="+49 361 1234567"))
    assert changed == ["last_name"]
    log = change_log.changes_of(db, "person", person_id)
    assert [entry.action for entry in log] == ["angelegt", "geändert"]
    assert log[1].fields == "last_name"
    assert "Muster" not in " ".join(entry.fields for entry in log)
    with pytest.raises(ValidationError, match="Nachnamen"):
        update_person(db, person_id, PersonDraft("Erika", ""))


def test_organisation_names_are_unique(db: Database) -> None:
    save_organisation(db, OrganisationDraft("Stadt Weimar", website="weimar.de"))
    with pytest.raises(ValidationError, match="gibt es schon"):
        save_organisation(db, OrganisationDraft("Stadt Weimar"))


def test_memberships_and_own_distribution_lists(demo_db: Database) -> None:
    person_id = create_person(demo_db, PersonDraft("Paula", "Presse", email="p@example.org"))
    contact_lists.set_memberships(demo_db, person_id, [contact_lists.MembershipEntry(
        1, MemberRole.DEPUTY)])
    assert contact_lists.person_memberships(demo_db, person_id) == [
        contact_lists.MembershipEntry(1, MemberRole.DEPUTY)]
    press = contact_lists.create_list(demo_db, "Presse")
    with pytest.raises(ValidationError, match="gibt es schon"):
        contact_lists.create_list(demo_db, "Presse")
    contact_lists.set_person_lists(demo_db, person_id, [press])
    assert contact_lists.person_lists(demo_db, person_id) == {press}
    lists = {entry.key: entry for entry in invitations.distribution_lists(demo_db)}
    assert lists[f"list:{press}"].name == "Verteiler Presse" and lists[f"list:{press}"].size == 1
    assert invitations.members_of(demo_db, f"list:{press}") == [person_id]
    contact_lists.set_memberships(demo_db, person_id, [])
    assert contact_lists.person_memberships(demo_db, person_id) == []


def test_the_change_log_shows_in_the_person_detail(db: Database) -> None:
    from app.services.contacts import person_detail

    person_id = create_person(db, PersonDraft("Erika", "Muster"))
    update_person(db, person_id, PersonDraft("Erika", "Muster", city="Jena"))
    changes = next(s for s in person_detail(db, person_id).sections if s.title == "Änderungen")
    assert [row[2:] for row in changes.rows] == [("geändert", "city"), ("angelegt", "")]
