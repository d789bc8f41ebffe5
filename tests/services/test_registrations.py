"""Public events: capacity and waiting list, import with row checks, mails, badges, counts."""

from __future__ import annotations

from datetime import date, datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db.database import Database
from app.domain.enums import MeetingKind, RegistrationStatus
from app.domain.errors import ValidationError
from app.services import event_exports, registration_import, registrations
from app.services.meeting_editing import MeetingDraft, create_meeting
from app.services.meeting_exports import standard_setup
from app.services.registrations import RegistrationDraft
from app.services.table_reader import read_table
from app.settings import Settings

TODAY = date(2027, 5, 3)
SETUP = standard_setup(Settings(), today=TODAY, now=datetime(2027, 5, 3, 9))


def _event(db: Database, kind: MeetingKind = MeetingKind.PUBLIC_EVENT) -> int:
    return create_meeting(db, MeetingDraft(
        kind=kind, title="Innenstadtforum 2027", starts_at=datetime(2027, 6, 17, 10),
        ends_at=datetime(2027, 6, 17, 16), location="Erfurt, Kaisersaal"))


def _people(count: int, start: int = 1) -> list[RegistrationDraft]:
    return [RegistrationDraft(f"Person {number} Beispiel", f"Stadt {number}",
                              f"person{number}@example.org", photo_consent=number % 2 == 0)
            for number in range(start, start + count)]


def test_a_full_event_puts_five_on_the_waiting_list_and_a_cancellation_moves_one_up(
        db: Database) -> None:
    event = _event(db)
    registrations.set_event(db, event, 20, "")
    statuses = registrations.add_registrations(db, event, _people(25), today=TODAY)
    assert statuses.count(RegistrationStatus.WAITING) == 5
    rows = registrations.list_registrations(db, event)
    counted = registrations.counts(rows, 20)
    assert (counted.registered, counted.waiting) == (20, 5)
    first_waiting = next(row for row in rows if row.waiting_place == 1)
    placed = next(row for row in rows if row.status is RegistrationStatus.REGISTERED)
    moved = registrations.cancel(db, placed.id)
    assert moved is not None and moved.id == first_waiting.id
    counted = registrations.counts(registrations.list_registrations(db, event), 20)
    assert (counted.registered, counted.waiting, counted.cancelled) == (20, 4, 1)
    assert registrations.set_event(db, event, 22, "Viele Ideen.") == 2
    with pytest.raises(ValidationError, match="schon"):
        registrations.add_registrations(db, event, _people(1, start=3), today=TODAY)
    with pytest.raises(ValidationError, match="Namen"):
        registrations.add_registrations(db, event, [RegistrationDraft(" ")], today=TODAY)
    with pytest.raises(ValidationError, match="Plätze"):
        registrations.set_event(db, event, 0, "")


def test_a_registration_with_a_contacts_address_belongs_to_that_contact(db: Database) -> None:
    from app.services import contact_editing

    person = contact_editing.create_person(db, contact_editing.PersonDraft(
        "Anna", "Berg", email="anna.berg@example.org"))
    event = _event(db)
    registrations.add_registrations(db, event, [RegistrationDraft(
        "Anna Berg", email="Anna.Berg@example.org")], today=TODAY)
    with db.reading() as session:
        from sqlalchemy import select

        from app.domain.models import Registration
        assert session.scalar(select(Registration.person_id)) == person


def test_check_in_counts_attendance_and_only_for_a_place(db: Database) -> None:
    event = _event(db)
    registrations.set_event(db, event, 1, "")
    registrations.add_registrations(db, event, _people(2), today=TODAY)
    rows = registrations.list_registrations(db, event)
    placed = next(row for row in rows if row.status is RegistrationStatus.REGISTERED)
    waiting = next(row for row in rows if row.status is RegistrationStatus.WAITING)
    registrations.check_in(db, placed.id, True, now=datetime(2027, 6, 17, 9, 50))
    with pytest.raises(ValidationError, match="Warteliste"):
        registrations.check_in(db, waiting.id, True, now=datetime(2027, 6, 17, 9, 51))
    counted = registrations.counts(registrations.list_registrations(db, event), 1)
    assert (counted.present, counted.no_shows) == (1, 0)


def test_only_events_take_registrations(db: Database) -> None:
    with pytest.raises(ValidationError, match="öffentliche Veranstaltungen"):
        registrations.add_registrations(db, _event(db, MeetingKind.NETWORK), _people(1),
                                        today=TODAY)


def test_a_bad_file_names_its_rows_and_changes_nothing(db: Database, tmp_path: Path) -> None:
    event = _event(db)
    bad = tmp_path / "formular.csv"
    bad.write_text("Vorname;Nachname;E-Mail;Fotos\nAnna;Berg;anna@example.org;ja\n"
                   ";;kaputt@;vielleicht\nBen;Ost;anna@example.org;nein\n", encoding="utf-8")
    table = read_table(bad)
    checks = registration_import.analyse(table, registration_import.suggest_mapping(
        table.headers))
    with pytest.raises(ValidationError) as caught:
        registration_import.import_registrations(db, event, checks, today=TODAY)
    message = str(caught.value)
    assert "Zeile 3:" in message and "vielleicht" in message and "Namen" in message
    assert "Zeile 4: Die E-Mail-Adresse steht schon in Zeile 2." in message
    assert registrations.list_registrations(db, event) == []
    good = tmp_path / "gut.csv"
    good.write_text("Name;Organisation;E-Mail;Name veröffentlichen\nAnna Berg;Stadt Gotha;"
                    "anna@example.org;x\nBen Ost;;;\n", encoding="utf-8")
    table = read_table(good)
    checks = registration_import.analyse(table, registration_import.suggest_mapping(
        table.headers))
    assert registration_import.import_registrations(db, event, checks, today=TODAY) == 2
    anna = next(row for row in registrations.list_registrations(db, event)
                if row.name == "Anna Berg")
    assert anna.publication_consent and anna.organisation == "Stadt Gotha"


def test_mails_badges_and_participant_list(db: Database, tmp_path: Path) -> None:
    event = _event(db)
    registrations.set_event(db, event, 9, "")
    registrations.add_registrations(db, event, _people(10), today=TODAY)
    mails = event_exports.write_registration_mails(db, event, tmp_path, SETUP)
    assert len(mails) == 10
    waiting = [path for path in mails if path.name.startswith("Warteliste")]
    assert len(waiting) == 1
    mail = message_from_bytes(waiting[0].read_bytes(), policy=default)
    assert mail["X-Unsent"] == "1" and "Platz 1 der Warteliste" in mail.get_content()
    badges = event_exports.export_badges(db, event, tmp_path / "Namensschilder.pdf", SETUP)
    reader = PdfReader(str(badges))
    assert len(reader.pages) == 2
    text = "".join(page.extract_text() for page in reader.pages)
    for number in range(1, 10):
        assert text.count(f"Person {number} Beispiel") == 1
    assert "Person 10 Beispiel" not in text
    listing = event_exports.export_participant_list(db, event, tmp_path / "Liste.pdf", SETUP)
    listed = "".join(page.extract_text() for page in PdfReader(str(listing)).pages)
    assert "Teilnehmerliste" in listed and "Warteliste 1" in listed


def test_the_report_counts_registrations_attendance_and_no_shows(db: Database) -> None:
    from app.exports.report_text import summary_lines
    from app.services.status_report import build_report

    event = _event(db)
    registrations.add_registrations(db, event, _people(3), today=TODAY)
    first = registrations.list_registrations(db, event)[0]
    registrations.check_in(db, first.id, True, now=datetime(2027, 6, 17, 9, 55))
    report = build_report(db, date(2027, 6, 1), date(2027, 6, 30))
    assert report.events == (("Innenstadtforum 2027 (17.06.2027)", 3, 1, 2),)
    assert ("Innenstadtforum 2027 (17.06.2027): 3 Anmeldungen, 1 anwesend, 2 nicht "
            "erschienen.") in summary_lines(report)
