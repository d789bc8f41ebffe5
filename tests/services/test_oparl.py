"""The OParl 1.1 files of the website: valid against the official schemas, every id a file of
the folder, every list's next link to its next page, withdrawn records as ``deleted``."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import jsonschema
from sqlalchemy import select

from app.db.database import Database
from app.domain.models import Meeting, Person
from app.exports import oparl as oparl_export
from app.services.website_publishing import publish_website
from tests.demo_day import DEMO_TODAY

SCHEMAS = Path(__file__).resolve().parent.parent / "data" / "oparl_schema"
BASE = "https://innenstaedte.example/"


def _publish(db: Database, out: Path, now: datetime = datetime(2026, 11, 29, 12)) -> Path:
    return publish_website(db, out, today=DEMO_TODAY, now=now, secretariat="Geschäftsstelle",
                           base_url=BASE).folder


def _load(folder: Path, url: str) -> Any:
    assert url.startswith(BASE + "oparl/"), url
    path = folder / url.removeprefix(BASE)
    assert path.is_file(), url
    return json.loads(path.read_text("utf-8"))


def _validate(obj: dict[str, Any]) -> None:
    kind = obj["type"].rsplit("/", 1)[-1]
    schema = json.loads((SCHEMAS / f"{kind}.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(obj)


def _list(folder: Path, url: str) -> list[dict[str, Any]]:
    """Every object of an external list, following ``next`` page by page."""
    objects: list[dict[str, Any]] = []
    pages = 0
    while True:
        page = _load(folder, url)
        pages += 1
        assert page["pagination"]["currentPage"] == pages
        objects += page["data"]
        if "next" not in page["links"]:
            assert pages == page["pagination"]["totalPages"]
            assert len(objects) == page["pagination"]["totalElements"]
            return objects
        url = page["links"]["next"]


def test_the_oparl_files_validate_and_every_id_is_a_file(demo_db: Database,
                                                         tmp_path: Path) -> None:
    folder = _publish(demo_db, tmp_path / "website")
    system = _load(folder, BASE + "oparl/system.json")
    _validate(system)
    [body] = _list(folder, system["body"])
    _validate(body)
    assert _load(folder, body["id"]) == body
    for key in ("organization", "person", "meeting", "paper", "membership", "locationList"):
        for obj in _list(folder, body[key]):
            _validate(obj)
            assert _load(folder, obj["id"]) == obj
            for embedded in obj.get("agendaItem", []) + obj.get("membership", []):
                if isinstance(embedded, dict):
                    _validate(embedded)
    meetings = _list(folder, body["meeting"])
    assert meetings and {m["meetingState"] for m in meetings} <= {"terminiert", "eingeladen",
                                                                   "durchgeführt"}
    held = [m for m in meetings if m["meetingState"] == "durchgeführt"]
    assert held and all(m["agendaItem"] for m in held)
    assert [item["order"] for item in held[0]["agendaItem"]] == list(
        range(1, len(held[0]["agendaItem"]) + 1))
    organizations = {o["id"] for o in _list(folder, body["organization"])}
    assert all(set(m["organization"]) <= organizations for m in meetings)
    persons = {p["id"] for p in _list(folder, body["person"])}
    assert all(set(m["participant"]) <= persons for m in meetings)
    text = "".join(path.read_text("utf-8") for path in (folder / "oparl").rglob("*.json"))
    assert "@" not in text and '"email"' not in text and '"phone"' not in text


def test_lists_are_paged_with_next_links(demo_db: Database, tmp_path: Path,
                                         monkeypatch: Any) -> None:
    monkeypatch.setattr(oparl_export, "PAGE_SIZE", 2)
    folder = _publish(demo_db, tmp_path / "website")
    first = _load(folder, BASE + "oparl/body/1/meetings.json")
    assert first["pagination"]["totalPages"] > 2
    assert "next" in first["links"]
    assert len(_list(folder, BASE + "oparl/body/1/meetings.json")) == \
        first["pagination"]["totalElements"]


def test_a_record_no_longer_public_stays_as_deleted(demo_db: Database, tmp_path: Path) -> None:
    folder = _publish(demo_db, tmp_path / "website")
    with demo_db.unit_of_work() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.public.is_(True))).first()
        person = session.scalars(select(Person).where(
            Person.publication_consent.is_(True))).first()
        assert meeting is not None and person is not None
        meeting.public, person.publication_consent = False, False
        meeting_id, person_id = meeting.id, person.id
    _publish(demo_db, folder, now=datetime(2026, 11, 30, 9))
    for kind, record_id in (("meeting", meeting_id), ("person", person_id)):
        gone = _load(folder, f"{BASE}oparl/{kind}/{record_id}.json")
        assert gone["deleted"] is True and "name" not in gone
        assert gone["modified"].startswith("2026-11-30T09:00:00")
        _validate(gone)
        listed = _list(folder, f"{BASE}oparl/body/1/{kind}s.json")
        assert gone in listed
    again = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    _publish(demo_db, folder, now=datetime(2026, 12, 1, 9))
    assert {p.relative_to(folder): p.read_bytes()
            for p in folder.rglob("*") if p.is_file()} == again
