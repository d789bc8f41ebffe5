"""Stored text with control characters (from old imports or other programs) never breaks an
export: every document type is written, the characters are gone, the rest of the text stays."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, select, update

from app.db.database import Database
from app.domain.enums import TimeCategory
from app.domain.models import Invitation, Meeting, Person, StaffMember, TimeEntry, WorkingGroup
from app.domain.text import one_line, printable
from app.exports.templates import TemplateKind
from app.services import contact_export, gdpr, hours, meeting_exports
from app.services.meeting_exports import ExportSetup
from app.services.report_exports import export_report

HOSTILE = "Anfang\x00\x01\x0b\x1f\x7f Mitte\r\nZeile\tEnde"
"""As a database can hold it (a lone surrogate cannot even be stored)."""


def test_printable_keeps_text_breaks_and_tabs() -> None:
    assert printable(HOSTILE + "\ud800") == "Anfang Mitte\nZeile\tEnde"
    assert one_line(HOSTILE) == "Anfang Mitte Zeile Ende"
    assert printable("Müller & Söhne") == "Müller & Söhne"


def _poison(db: Database, meeting_id: int) -> int:
    """Control characters written past the text rule, as an old version or another program
    could have stored them (Core statements do not pass the ORM's check)."""
    with db.unit_of_work() as session:
        session.execute(update(Meeting).where(Meeting.id == meeting_id).values(
            title=f"Titel {HOSTILE}", location=f"Ort {HOSTILE}",
            online_link=f"https://example.org/{HOSTILE}"))
        person_id = session.scalars(select(Invitation.person_id)
                                    .where(Invitation.meeting_id == meeting_id)).first()
        assert person_id is not None
        session.execute(update(Person).where(Person.id == person_id).values(
            last_name=f"Name {HOSTILE}", notes=HOSTILE * 50))
        group_id = session.scalars(select(WorkingGroup.id)).first()
        session.execute(update(WorkingGroup).where(WorkingGroup.id == group_id).values(
            name=f"AG {HOSTILE}"))
        staff_id = session.scalars(select(StaffMember.id)).first()
        assert staff_id is not None
        session.execute(insert(TimeEntry).values(
            staff_member_id=staff_id, work_date=date(2024, 3, 12), minutes=60,
            category=TimeCategory.OTHER, description=HOSTILE, version=1))
        return int(person_id)


def test_every_export_is_written_despite_control_characters(
        demo_db: Database, meeting_id: int, setup: ExportSetup, tmp_path: Path) -> None:
    person_id = _poison(demo_db, meeting_id)
    written = [
        meeting_exports.export_word(demo_db, meeting_id, kind, tmp_path / f"{kind.value}.docx",
                                    setup) for kind in TemplateKind]
    written += [meeting_exports.export_invitation(demo_db, meeting_id, tmp_path / f"e{suffix}",
                                                  setup) for suffix in (".ics", ".eml")]
    written += [
        meeting_exports.export_attendance_list(demo_db, meeting_id, tmp_path / "a.pdf", setup),
        meeting_exports.export_invitation_list(demo_db, meeting_id, tmp_path / "i.pdf", setup),
        meeting_exports.export_calendar(demo_db, date(2024, 1, 1), date(2024, 12, 31),
                                        tmp_path / "k.ics", setup)[0],
        export_report(demo_db, date(2024, 1, 1), date(2024, 12, 31), tmp_path / "b.pdf",
                      sender="GS"),
        export_report(demo_db, date(2024, 1, 1), date(2024, 12, 31), tmp_path / "b.docx",
                      sender="GS"),
        hours.export_hours_xlsx(demo_db, date(2024, 1, 1), date(2024, 12, 31),
                                tmp_path / "h.xlsx")[0],
        gdpr.export_access_pdf(demo_db, person_id, tmp_path / "p.pdf",
                               now=datetime(2024, 3, 1)),
    ]
    written += [contact_export.export_contacts(demo_db, kind, tmp_path / f"c.{kind}")[0]
                for kind in ("csv", "xlsx", "vcf")]
    for path in written:
        assert path.is_file() and path.stat().st_size > 0, path
    eml = (tmp_path / "e.eml").read_bytes()
    assert b"\x01" not in eml and b"\x0b" not in eml


@pytest.mark.parametrize("value", ["\x00", "a\x0bb", "\x1f"])
def test_document_values_are_made_printable_when_built(value: str) -> None:
    from app.domain.documents.contacts import ContactLine

    line = ContactLine(value, "", "", "", "", "", "", "", "", "", "", "")
    assert line.salutation.isprintable()
