"""Art. 15 access export covers every table that refers to persons; Art. 17 erasure keeps counts."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, inspect, select

from app.db.database import Database
from app.domain.errors import DomainError
from app.domain.models import Invitation, Membership, Person
from app.services import change_log
from app.services.contacts import list_persons
from app.services.gdpr import (
    ERASED_NAME,
    access_report,
    erase_person,
    export_access_json,
    export_access_pdf,
)

NOW = datetime(2024, 6, 1, 12)


def _busy_person(db: Database) -> int:
    """A demo person with memberships and invitations."""
    with db.reading() as session:
        return session.scalars(select(Membership.person_id).join(
            Invitation, Invitation.person_id == Membership.person_id).limit(1)).one()


def test_access_report_names_every_table_that_refers_to_persons(demo_db: Database) -> None:
    person_id = _busy_person(demo_db)
    report = access_report(demo_db, person_id, now=NOW)
    with demo_db.engine.connect() as connection:
        inspector = inspect(connection)
        referring = {table for table in inspector.get_table_names()
                     if any(fk["referred_table"] == "persons"
                            for fk in inspector.get_foreign_keys(table))}
    assert referring <= set(report["bezuege"])
    assert report["bezuege"]["memberships"] and report["bezuege"]["invitations"]
    assert report["person"]["last_name"]


def test_access_export_as_json_and_pdf(demo_db: Database, tmp_path: Path) -> None:
    person_id = _busy_person(demo_db)
    data = json.loads(export_access_json(demo_db, person_id, tmp_path / "a.json",
                                         now=NOW).read_text(encoding="utf-8"))
    assert data["person_id"] == person_id
    pdf = export_access_pdf(demo_db, person_id, tmp_path / "a.pdf", now=NOW)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Auskunft nach Art. 15 DSGVO" in text and data["person"]["last_name"] in text
    with pytest.raises(DomainError, match="Nummer 999999"):
        access_report(demo_db, 999_999, now=NOW)


def test_erasure_removes_personal_data_but_keeps_attendance_counts(demo_db: Database) -> None:
    person_id = _busy_person(demo_db)
    with demo_db.reading() as session:
        person = session.get_one(Person, person_id)
        email = person.email
        invitations_before = session.scalar(select(func.count()).select_from(Invitation))
    erase_person(demo_db, person_id)
    with demo_db.reading() as session:
        erased = session.get_one(Person, person_id)
        assert (erased.first_name, erased.last_name, erased.email) == ("", ERASED_NAME, None)
        assert erased.restricted and erased.archived
        assert session.scalar(select(func.count()).select_from(Invitation)) == invitations_before
        assert session.scalar(select(func.count()).select_from(Membership).where(
            Membership.person_id == person_id)) == 0
    assert change_log.changes_of(demo_db, "person", person_id)[-1].action == "gelöscht (Art. 17)"
    assert all(row.id != person_id or not row.email for row in list_persons(demo_db))
    demo_db.dispose()
    raw = Path(demo_db.target.display_name).read_bytes()
    assert email is not None and email.encode() not in raw
