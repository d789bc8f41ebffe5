"""Art. 15 access export covers every table that refers to persons; Art. 17 erasure keeps counts."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, inspect, select

from app.cli import main as cli_main
from app.db.database import Database
from app.domain.errors import DomainError
from app.domain.models import Invitation, Membership, Person
from app.services import agenda, change_log, gdpr
from app.services.contacts import list_persons
from app.services.gdpr import (
    ERASED_NAME,
    ErasureNotFinished,
    access_report,
    empty_log,
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


def _name_of(db: Database, person_id: int) -> tuple[str, str]:
    with db.reading() as session:
        person = session.get_one(Person, person_id)
        return person.first_name, person.last_name


def _file_bytes(db: Database) -> bytes:
    path = db.target.sqlite_path
    assert path is not None
    log = path.with_name(path.name + "-wal")
    return path.read_bytes() + (log.read_bytes() if log.exists() else b"")


@pytest.mark.parametrize("written", ["{first} {last}", "{LAST}, {first}", "Dr. {first0}. {last}",
                                     "Moderation: {first}  {last} und Bernd Roth"])
def test_a_name_typed_as_presenter_is_reported_and_erased(demo_db: Database,
                                                          written: str) -> None:
    person_id = _busy_person(demo_db)
    first, last = _name_of(demo_db, person_id)
    presenter = written.format(first=first, last=last, LAST=last.upper(), first0=first[0])
    with demo_db.reading() as session:
        meeting_id = session.scalars(select(Invitation.meeting_id)).first()
    assert meeting_id is not None
    agenda.save_agenda(demo_db, meeting_id, [*agenda.load_agenda(demo_db, meeting_id),
                                             agenda.AgendaEntry("Bericht", presenter=presenter)])
    report = access_report(demo_db, person_id, now=NOW)
    assert [row["vortragende"] for row in report["bezuege"]["als Vortragende (Tagesordnung)"]] \
        == [presenter]
    erase_person(demo_db, person_id)
    stored = agenda.load_agenda(demo_db, meeting_id)[-1].presenter
    assert last.casefold() not in stored.casefold() and ERASED_NAME in stored
    assert ("Bernd Roth" in stored) == ("Bernd Roth" in presenter)
    assert last.encode() not in _file_bytes(demo_db) or last == ERASED_NAME


def test_erasure_waits_for_a_reading_program_and_then_leaves_no_byte(
        demo_db: Database) -> None:
    person_id = _busy_person(demo_db)
    with demo_db.reading() as session:
        email = session.get_one(Person, person_id).email
    assert email is not None
    path = demo_db.target.sqlite_path
    assert path is not None
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM persons").fetchone()
    told: list[str] = []
    with pytest.raises(ErasureNotFinished, match="anderes Programm liest"):
        erase_person(demo_db, person_id, wait=0.5, on_wait=told.append)
    assert told and "gewartet" in told[0]
    assert access_report(demo_db, person_id, now=NOW)["person"]["email"] is None
    assert email.encode() in _file_bytes(demo_db)
    reader.rollback()
    reader.close()
    empty_log(demo_db, wait=5)
    assert demo_db.truncate_log() == 0
    assert email.encode() not in _file_bytes(demo_db)


def test_cli_erasure_reports_a_reading_program_in_german(
        demo_db: Database, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gdpr, "LOG_WAIT_SECONDS", 0.3)
    person_id = _busy_person(demo_db)
    path = demo_db.target.sqlite_path
    assert path is not None
    demo_db.dispose()
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM persons").fetchone()
    try:
        assert cli_main(["--db", str(path), "person-erase", str(person_id), "--yes"]) == 1
    finally:
        reader.rollback()
        reader.close()
    error = capsys.readouterr().err
    assert "wird gewartet" in error and "Traceback" not in error
    assert "Bitte das andere Programm schließen" in error
