"""The exported files open and carry the meeting's content: Word, PDF, iCalendar, e-mail."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import date, datetime
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from icalendar import Calendar
from pypdf import PdfReader

from app.db.database import Database
from app.domain.errors import ValidationError
from app.exports.files import ExportError
from app.exports.templates import TemplateKind
from app.services import invitations, meeting_exports
from app.services.meeting_editing import load_meeting, update_meeting
from app.services.meeting_exports import ExportSetup
from tests.exports.conftest import DECISION


def docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_protocol_docx_has_attendees_tops_decisions_and_tasks(
        demo_db: Database, meeting_id: int, setup: ExportSetup, tmp_path: Path) -> None:
    out = meeting_exports.export_word(demo_db, meeting_id, TemplateKind.PROTOCOL,
                                      tmp_path / "Protokoll.docx", setup)
    text = docx_text(out)
    attendees = [row.name for row in invitations.list_invitations(demo_db, meeting_id)[:2]]
    assert all(name in text for name in attendees)
    assert "TOP 2: Wanderbaumallee" in text
    assert DECISION in text
    assert "Pflanzkübel bestellen" in text and "01.04.2024" in text
    assert "Entschuldigt" in text
    assert not any(path.name.startswith(".~") for path in tmp_path.iterdir())


def test_invitation_and_agenda_docx_list_the_tops(demo_db: Database, meeting_id: int,
                                                  setup: ExportSetup, tmp_path: Path) -> None:
    for kind in (TemplateKind.INVITATION, TemplateKind.AGENDA):
        text = docx_text(meeting_exports.export_word(demo_db, meeting_id, kind,
                                                     tmp_path / f"{kind.value}.docx", setup))
        assert "AG Klima: Hitzeschutz" in text
        assert "Wanderbaumallee" in text and "Stadt Weimar" in text
        assert "Dienstag, 12.03.2024" in text
        assert "60 Minuten" in text


def test_attendance_list_pdf_has_a_signature_column_and_page_numbers(
        demo_db: Database, meeting_id: int, setup: ExportSetup, tmp_path: Path) -> None:
    out = meeting_exports.export_attendance_list(demo_db, meeting_id, tmp_path / "Liste.pdf",
                                                 setup)
    reader = PdfReader(out)
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    text = pdf_text(out)
    assert "Unterschrift" in text and "Anwesenheitsliste" in text
    assert "Seite 1 von" in text
    invited = invitations.list_invitations(demo_db, meeting_id)
    assert invited[0].name in text
    assert invited[2].name not in text


def test_invitation_list_pdf_repeats_its_header(demo_db: Database, meeting_id: int,
                                                setup: ExportSetup, tmp_path: Path) -> None:
    invitations.invite_list(demo_db, meeting_id, invitations.NETWORK_LIST, today=setup.today)
    out = meeting_exports.export_invitation_list(demo_db, meeting_id, tmp_path / "E.pdf", setup)
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) > 1
    assert all("Rückmeldung" in page for page in pages)
    assert "zugesagt" in pages[0] or "zugesagt" in "".join(pages)


def test_meeting_ics_is_a_request_in_berlin_time(demo_db: Database, meeting_id: int,
                                                 setup: ExportSetup, tmp_path: Path) -> None:
    out = meeting_exports.export_invitation(demo_db, meeting_id, tmp_path / "T.ics", setup)
    calendar = Calendar.from_ical(out.read_bytes())
    assert calendar["METHOD"] == "REQUEST"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    summer = calendar.walk("DAYLIGHT")[0]
    assert summer["RRULE"]["BYMONTH"] == [3] and summer["TZOFFSETTO"].td.seconds == 7200
    event = calendar.walk("VEVENT")[0]
    assert event.decoded("DTSTART") == datetime(2024, 3, 12, 10, tzinfo=ZoneInfo("Europe/Berlin"))
    assert "TOP 2: Wanderbaumallee" in str(event["DESCRIPTION"])
    assert str(event["ORGANIZER"]) == "mailto:gs@example.org"
    assert len(event["ATTENDEE"]) == 14
    assert str(event["LOCATION"]) == "Weimar, Stadthaus"
    first_sequence, uid = int(event["SEQUENCE"]), str(event["UID"])
    draft = load_meeting(demo_db, meeting_id)
    update_meeting(demo_db, meeting_id, draft.__class__(**{**draft.__dict__,
                                                            "title": "AG Klima: Hitze"}))
    again = Calendar.from_ical(meeting_exports.export_invitation(
        demo_db, meeting_id, tmp_path / "T2.ics", setup).read_bytes()).walk("VEVENT")[0]
    assert str(again["UID"]) == uid
    assert int(again["SEQUENCE"]) > first_sequence


def test_eml_draft_is_unsent_with_bcc_and_both_attachments(
        demo_db: Database, meeting_id: int, setup: ExportSetup, tmp_path: Path) -> None:
    out = meeting_exports.export_invitation(demo_db, meeting_id, tmp_path / "E.eml", setup)
    message = email.message_from_bytes(out.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Einladung: AG Klima: Hitzeschutz am 12.03.2024"
    assert len(message["Bcc"].addresses) == 14
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names[0].startswith("Einladung AG Klima_ Hitzeschutz") and names[1] == "Termin.ics"
    letter = tmp_path / "letter.docx"
    letter.write_bytes(next(message.iter_attachments()).get_content())
    assert "Wanderbaumallee" in docx_text(letter)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_calendar_of_a_period(demo_db: Database, setup: ExportSetup, tmp_path: Path) -> None:
    from datetime import date

    out, count = meeting_exports.export_calendar(demo_db, date(2023, 1, 1), date(2023, 12, 31),
                                                 tmp_path / "2023.ics", setup)
    calendar = Calendar.from_ical(out.read_bytes())
    assert count == 37 and len(calendar.walk("VEVENT")) == 37
    assert calendar["METHOD"] == "PUBLISH"


def test_bad_targets_give_german_messages(demo_db: Database, meeting_id: int,
                                          setup: ExportSetup, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Ordner"):
        meeting_exports.export_invitation(demo_db, meeting_id, tmp_path / "fehlt" / "E.ics",
                                          setup)
    with pytest.raises(ExportError, match=r"\.docx, \.ics oder \.eml"):
        meeting_exports.export_invitation(demo_db, meeting_id, tmp_path / "E.txt", setup)
    with pytest.raises(Exception, match="Nummer 99999"):
        meeting_exports.export_attendance_list(demo_db, 99999, tmp_path / "x.pdf", setup)


def test_outlook_files_carry_status_responses_and_charset(
        demo_db: Database, meeting_id: int, setup: ExportSetup, tmp_path: Path) -> None:
    from dataclasses import replace as changed

    from app.domain.enums import MeetingStatus

    update_meeting(demo_db, meeting_id, changed(load_meeting(demo_db, meeting_id),
                                                status=MeetingStatus.PLANNED))
    event = Calendar.from_ical(meeting_exports.export_invitation(
        demo_db, meeting_id, tmp_path / "T.ics", setup).read_bytes()).walk("VEVENT")[0]
    assert str(event["STATUS"]) == "TENTATIVE"
    states = sorted(str(attendee.params["PARTSTAT"]) for attendee in event["ATTENDEE"])
    assert states.count("ACCEPTED") == 2 and states.count("DECLINED") == 1
    assert states.count("NEEDS-ACTION") == 11
    sequence = int(event["SEQUENCE"])
    for status, expected in ((MeetingStatus.INVITED, "CONFIRMED"),
                             (MeetingStatus.HELD, "CONFIRMED"),
                             (MeetingStatus.CANCELLED, "CANCELLED")):
        update_meeting(demo_db, meeting_id, changed(load_meeting(demo_db, meeting_id),
                                                    status=status))
        event = Calendar.from_ical(meeting_exports.export_invitation(
            demo_db, meeting_id, tmp_path / f"{status.value}.ics", setup).read_bytes()
        ).walk("VEVENT")[0]
        assert str(event["STATUS"]) == expected
        assert int(event["SEQUENCE"]) > sequence
        sequence = int(event["SEQUENCE"])
    period = Calendar.from_ical(meeting_exports.export_calendar(
        demo_db, datetime(2024, 1, 1).date(), datetime(2024, 12, 31).date(),
        tmp_path / "2024.ics", setup)[0].read_bytes())
    assert period["METHOD"] == "PUBLISH"
    raw = meeting_exports.export_invitation(demo_db, meeting_id, tmp_path / "E.eml",
                                            setup).read_bytes().decode("ascii")
    assert 'Content-Type: text/calendar; charset="utf-8"; method="REQUEST"' in raw


def test_the_letters_file_name_has_an_ascii_fallback(
        demo_db: Database, meeting_id: int, setup: ExportSetup, tmp_path: Path) -> None:
    from dataclasses import replace as changed

    update_meeting(demo_db, meeting_id, changed(load_meeting(demo_db, meeting_id),
                                                title="Qualitätszirkel Größenwahn"))
    raw = meeting_exports.export_invitation(demo_db, meeting_id, tmp_path / "E.eml",
                                            setup).read_bytes().decode("ascii")
    assert 'name="Einladung Qualitaetszirkel Groessenwahn 12.03.2024.docx"' in raw
    message = email.message_from_string(raw, policy=default)
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names[0] == "Einladung Qualitätszirkel Größenwahn 12.03.2024.docx"


def test_protocol_as_signed_off_in_word_and_pdf(demo_db: Database, meeting_id: int,
                                                setup: ExportSetup, tmp_path: Path) -> None:
    from app.services import protocols

    draft = protocols.load_protocol(demo_db, meeting_id)
    chair = protocols.people_of_meeting(demo_db, meeting_id)[0]
    protocols.save_protocol(demo_db, replace(draft, chair_id=chair[0]), today=date(2024, 3, 20))
    word = docx_text(meeting_exports.export_protocol(demo_db, meeting_id, tmp_path / "P.docx",
                                                     setup))
    pdf = " ".join(page.extract_text() for page in PdfReader(
        meeting_exports.export_protocol(demo_db, meeting_id, tmp_path / "P.pdf", setup)).pages)
    pdf = " ".join(pdf.split())
    for text in (word, pdf):
        assert "Sitzungsleitung" in text and chair[1] in text
        assert "Beschlüsse auf einen Blick" in text
        assert "Protokollführung" in text and "den ____" in text
    assert "Die Wanderbaumallee startet im Mai in Schmidt & Söhne <KG>." in pdf
    with pytest.raises(ExportError, match=r"\.docx oder \.pdf"):
        meeting_exports.export_protocol(demo_db, meeting_id, tmp_path / "P.txt", setup)


def test_reply_by_date_reaches_letter_mail_and_calendar(
        demo_db: Database, meeting_id: int, setup: ExportSetup, tmp_path: Path) -> None:
    from dataclasses import replace as changed

    update_meeting(demo_db, meeting_id, changed(load_meeting(demo_db, meeting_id),
                                                rsvp_by=date(2024, 3, 5)))
    letter = docx_text(meeting_exports.export_invitation(demo_db, meeting_id,
                                                         tmp_path / "E.docx", setup))
    assert "bis zum 05.03.2024 Bescheid" in letter
    message = email.message_from_bytes(meeting_exports.export_invitation(
        demo_db, meeting_id, tmp_path / "E.eml", setup).read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(("plain",))
    assert body is not None and "bis zum 05.03.2024" in body.get_content()
    event = Calendar.from_ical(meeting_exports.export_invitation(
        demo_db, meeting_id, tmp_path / "T.ics", setup).read_bytes()).walk("VEVENT")[0]
    assert "Rückmeldung erbeten bis 05.03.2024" in str(event["DESCRIPTION"])
    with pytest.raises(ValidationError, match="spätestens am Tag der Sitzung"):
        update_meeting(demo_db, meeting_id, changed(load_meeting(demo_db, meeting_id),
                                                    rsvp_by=date(2024, 3, 13)))


@pytest.mark.parametrize(("salutation", "title", "expected"), [
    ("Frau", "Dr.", "Sehr geehrte Frau Dr. Müller,"),
    ("Herr", "", "Sehr geehrter Herr Müller,"),
    ("Herr", "Prof. Dr.", "Sehr geehrter Herr Prof. Dr. Müller,"),
    ("", "Dr.", "Guten Tag Kim Müller,"),
])
def test_letter_salutations(salutation: str, title: str, expected: str) -> None:
    from app.domain.documents.meeting import letter_salutation

    assert letter_salutation(salutation, title, "Kim", "Müller") == expected


def test_one_letter_per_invitee_with_business_address(
        demo_db: Database, meeting_id: int, setup: ExportSetup, tmp_path: Path) -> None:
    from docx.oxml.ns import qn

    from app.services.contact_editing import load_person, update_person
    from app.services.meeting_documents import addressees

    rows = invitations.list_invitations(demo_db, meeting_id)
    own = rows[0].person_id
    update_person(demo_db, own, replace(load_person(demo_db, own), salutation="Frau",
                                        title="Dr.", street="Marktstraße 1",
                                        postal_code="99423", city="Weimar"))
    letters = addressees(demo_db, meeting_id)
    assert len(letters) == len(rows)
    mine = next(letter for letter in letters if "Marktstraße 1" in letter.address)
    assert mine.address[-1] == "99423 Weimar"
    assert mine.salutation.startswith("Sehr geehrte Frau Dr. ")
    out = meeting_exports.export_letters(demo_db, meeting_id, tmp_path / "Briefe.docx", setup)
    document = Document(str(out))
    breaks = [p for p in document.paragraphs
              if p._p.pPr is not None and p._p.pPr.find(qn("w:pageBreakBefore")) is not None]
    assert len(breaks) == len(rows) - 1
    text = docx_text(out)
    assert text.count("Einladung: AG Klima: Hitzeschutz am 12.03.2024") == len(rows)
    assert mine.salutation in text and "TOP 2: Wanderbaumallee" in text
    assert Document(str(out)).core_properties.title == \
        "Einladungsbriefe – AG Klima: Hitzeschutz"
