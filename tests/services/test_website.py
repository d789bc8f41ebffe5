"""The public website: valid German HTML5 pages that link only to what exists, nothing private,
no person's e-mail or phone, identical bytes on unchanged data, swapped in whole."""

from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import html5lib
import pytest
from docx import Document
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import select

from app.db.database import Database
from app.domain.enums import MeetingKind, MeetingStatus, MemberRole
from app.domain.models import (
    AgendaItem,
    Invitation,
    Meeting,
    Membership,
    Person,
    Protocol,
    WorkingGroup,
)
from app.exports import website
from app.exports.files import ExportError
from app.exports.template_sandbox import TemplateProblem
from app.services.website_publishing import publish_website
from tests.demo_day import DEMO_TODAY

SECRETARIAT = "Geschäftsstelle Innenstädte mit Zukunft"
NOW = datetime(2026, 11, 29, 12, 0)
BASE = "https://innenstaedte.example/"
LINK = re.compile(rb'(?:href|src)="([^"]+)"')


def _publish(db: Database, out: Path, own: Path | None = None) -> Path:
    return publish_website(db, out, today=DEMO_TODAY, now=NOW, secretariat=SECRETARIAT,
                           base_url=BASE, own_templates=own).folder


def _text(name: str, content: bytes) -> str:
    """What a reader finds in a file: the text of a PDF or Word file, else the file decoded."""
    if name.endswith(".pdf"):
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    if name.endswith(".docx"):
        return "\n".join(p.text for p in Document(io.BytesIO(content)).paragraphs)
    if name.endswith((".png", ".jpg")):
        return ""
    return content.decode("utf-8")


def _files(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def _plant_private(db: Database) -> tuple[str, str]:
    """A private meeting and an AG lead whose processing is restricted despite consent."""
    with db.unit_of_work() as session:
        session.add(Meeting(kind=MeetingKind.PUBLIC_EVENT, title="Geheimtreffen Zeisig",
                            starts_at=datetime(2026, 12, 9, 10), ends_at=datetime(2026, 12, 9, 12),
                            status=MeetingStatus.PLANNED, public=False))
        group = session.scalars(select(WorkingGroup)).first()
        assert group is not None
        person = Person(first_name="Ottilie", last_name="Zaunkönig", email="ottilie@example.org",
                        phone="0361 777777", publication_consent=True, restricted=True)
        session.add(person)
        session.flush()
        session.add(Membership(group_id=group.id, person_id=person.id, role=MemberRole.LEAD))
        event = session.scalars(select(Meeting).where(Meeting.public.is_(True))).first()
        assert event is not None
        session.add(AgendaItem(meeting=event, position=99, title="Interne Haushaltsfragen Zeisig",
                               public=False))
        held = session.scalars(
            select(Meeting).join(Protocol, Protocol.meeting_id == Meeting.id)
            .where(Meeting.public.is_(True), Protocol.sent_on.is_not(None))).first()
        assert held is not None
        guest = Person(first_name="Gerlinde", last_name="Stieglitz", email="gs@example.org",
                       consent=True)
        session.add(guest)
        session.flush()
        session.add(Invitation(meeting_id=held.id, person_id=guest.id, attended=True))
        session.add(Invitation(meeting_id=held.id, person_id=person.id, attended=True))
    return "Zeisig", "Zaunkönig"


def test_the_demo_site_is_valid_german_html_that_links_only_to_its_files(
        demo_db: Database, tmp_path: Path) -> None:
    folder = _publish(demo_db, tmp_path / "website")
    files = _files(folder)
    pages = [name for name in files if name.endswith(".html")]
    assert {"index.html", "termine.html", "arbeitsgruppen.html", "pilotprojekte.html",
            "partner.html", "aktuelles.html"} <= set(pages)
    assert any(name.startswith("termine/") for name in pages)
    parser = html5lib.HTMLParser(strict=True)
    for name in pages:
        document = parser.parse(files[name].decode("utf-8"))
        root = document.getroot() if hasattr(document, "getroot") else document
        assert root.get("lang") == "de", name
        assert files[name].count(b"<h1") == 1, name
        assert b'href="#inhalt"' in files[name] and b'id="inhalt"' in files[name], name
        for link in LINK.findall(files[name]):
            target = link.decode()
            if urlsplit(target).scheme in ("http", "https") or target.startswith("#"):
                continue
            resolved = (folder / name).parent / urlsplit(target).path
            assert resolved.resolve().is_file(), f"{name} → {target}"
    calendar = Calendar.from_ical(files["termine.ics"])
    assert len(calendar.walk("VEVENT")) == sum(name.endswith(".ics") for name in files) - 1
    assert "Innenstadtforum" in files["termine.html"].decode()
    assert "Zusammenfassung der Ergebnisse" in "".join(
        files[name].decode() for name in pages if name.startswith("termine/"))


def test_nothing_private_and_no_contact_data_of_a_person_is_published(
        demo_db: Database, tmp_path: Path) -> None:
    secret, restricted_person = _plant_private(demo_db)
    with demo_db.reading() as session:
        persons = session.scalars(select(Person)).all()
        contacts = {value for person in persons for value in (person.email, person.phone)
                    if value}
        unnamed = [person.full_name for person in persons if not person.publication_consent]
    files = _files(_publish(demo_db, tmp_path / "website"))
    protocols = [name for name in files if name.endswith(".pdf")]
    assert protocols, "the public protocols are published"
    text = "\n".join(_text(name, content) for name, content in files.items())
    assert "Protokoll" in _text(protocols[0], files[protocols[0]])
    assert "Stieglitz" not in text
    assert secret not in text
    assert restricted_person not in text
    assert not [value for value in contacts if value in text]
    assert re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text) is None
    leads_named = re.findall(r"<strong>Leitung:</strong> ([^<]+)", text)
    assert leads_named, "the demo's consenting AG leads are named"
    assert not [name for name in unnamed if any(name in lead for lead in leads_named)]


def test_two_runs_on_unchanged_data_write_identical_bytes(demo_db: Database,
                                                          tmp_path: Path) -> None:
    first = _files(_publish(demo_db, tmp_path / "eins"))
    second = _files(_publish(demo_db, tmp_path / "zwei"))
    assert first == second
    _publish(demo_db, tmp_path / "eins")
    assert _files(tmp_path / "eins") == first


def test_a_meeting_made_private_disappears_from_the_next_run(demo_db: Database,
                                                             tmp_path: Path) -> None:
    folder = _publish(demo_db, tmp_path / "website")
    with demo_db.unit_of_work() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.public.is_(True))).first()
        assert meeting is not None
        page, meeting.public = f"termine/{meeting.id}.html", False
    assert (folder / page).is_file()
    _publish(demo_db, folder)
    assert not (folder / page).exists()


def test_a_folder_of_other_files_is_never_replaced(demo_db: Database, tmp_path: Path) -> None:
    foreign = tmp_path / "Desktop"
    foreign.mkdir()
    (foreign / "Brief.docx").write_bytes(b"wichtig")
    with pytest.raises(ExportError, match="andere Dateien"):
        _publish(demo_db, foreign)
    assert (foreign / "Brief.docx").read_bytes() == b"wichtig"
    file = tmp_path / "datei.html"
    file.write_text("x")
    with pytest.raises(ExportError, match="ist eine Datei"):
        _publish(demo_db, file)


def test_where_the_folder_cannot_be_renamed_files_are_replaced_one_by_one(
        demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _publish(demo_db, tmp_path / "website")
    (folder / "termine" / "999.html").write_text("alt")
    replaced: list[str] = []
    real_replace = website.os.replace

    def windows_like(source: Path, target: Path) -> None:
        if Path(source) == folder:
            raise PermissionError("in use")
        replaced.append(Path(target).name)
        real_replace(source, target)

    monkeypatch.setattr(website.os, "replace", windows_like)
    _publish(demo_db, folder)
    assert replaced[-1] == "index.html"
    assert not (folder / "termine" / "999.html").exists()
    assert _files(folder) == _files(_publish(demo_db, tmp_path / "vergleich"))


def test_the_offices_own_templates_are_used_and_checked(demo_db: Database,
                                                        tmp_path: Path) -> None:
    own = tmp_path / "vorlagen"
    own.mkdir()
    shipped = (website.shipped_templates() / "partner.html").read_text(encoding="utf-8")
    (own / "partner.html").write_text(shipped.replace("<h1>Partner</h1>",
                                                      "<h1>Unsere Partner</h1>"), "utf-8")
    folder = _publish(demo_db, tmp_path / "website", own)
    assert "<h1>Unsere Partner</h1>" in (folder / "partner.html").read_text("utf-8")
    (own / "index.html").write_text("{{ site.__class__ }} {{ geheim }}", "utf-8")
    with pytest.raises(TemplateProblem) as problem:
        _publish(demo_db, tmp_path / "zwei", own)
    assert "index.html" in str(problem.value) and "Unterstrich" in str(problem.value)
    assert "„geheim“" in str(problem.value)
    assert not (tmp_path / "zwei").exists()


def test_a_consent_to_publication_without_its_date_is_refused() -> None:
    from app.services.contact_editing import PersonDraft, clean_person

    _draft, problems = clean_person(PersonDraft("Anna", "Berg", publication_consent=True))
    assert problems == [("publication_consent_date",
                         "Bitte das Datum der Einwilligung zur Veröffentlichung angeben.")]
