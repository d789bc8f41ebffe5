"""One text rule for everything stored: forms are refused with a German message naming the field,
imports clean and note per row, stored text is made safe by a migration, and bytes that are no
UTF-8 (written by another program) never stop a reading command."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text

from app.db.database import Database
from app.db.location import sqlite_target
from app.db.migrate import downgrade, upgrade
from app.db.opening import open_database
from app.domain.enums import GoalRubric, MeetingKind
from app.domain.errors import ValidationError
from app.domain.models import Base, Meeting, Person, ProtocolNote
from app.domain.text import TEXT_MAX
from app.services import agenda, contact_editing, group_work, meeting_editing, protocols
from app.services.contact_import import analyse, import_rows, suggest_mapping
from app.services.meeting_editing import MeetingDraft
from app.services.table_reader import read_table

Save = Callable[[Database, str], object]


def _meeting(db: Database, title: str) -> int:
    return meeting_editing.create_meeting(db, MeetingDraft(
        kind=MeetingKind.NETWORK, title=title,
        starts_at=datetime(2024, 5, 6, 10), ends_at=datetime(2024, 5, 6, 12), location="Erfurt"))


def _person(db: Database, value: str, field: str) -> int:
    values: dict[str, Any] = {"first_name": "Anna", "last_name": "Berg", field: value}
    return contact_editing.create_person(db, contact_editing.PersonDraft(**values))


def _protocol(db: Database, discussion: str) -> None:
    meeting_id = _meeting(db, "Netzwerktreffen")
    agenda.save_agenda(db, meeting_id, [agenda.AgendaEntry("Begrüßung")])
    draft = protocols.load_protocol(db, meeting_id)
    protocols.save_protocol(db, replace(draft, tops=(replace(draft.tops[0],
                                                             discussion=discussion),)),
                            today=date(2024, 5, 7))


SAVES: dict[str, tuple[Save, str]] = {
    "Sitzungstitel": (_meeting, "Titel"),
    "Nachname": (lambda db, value: _person(db, value, "last_name"), "Nachname"),
    "Funktion": (lambda db, value: _person(db, value, "function"), "Funktion"),
    "Notizen": (lambda db, value: _person(db, value, "notes"), "Notizen"),
    "Organisation": (lambda db, value: contact_editing.save_organisation(
        db, contact_editing.OrganisationDraft(name=value)), "Name"),
    "Vortragende": (lambda db, value: agenda.save_agenda(
        db, _meeting(db, "Sitzung"), [agenda.AgendaEntry("TOP", presenter=value)]),
        "Vortragende Person"),
    "Protokoll": (_protocol, "Diskussion"),
    "Ziel": (lambda db, value: group_work.save_goal(db, replace(
        group_work.GoalDraft(title="Ziel", rubric=GoalRubric.OVERARCHING), description=value)),
        "Beschreibung"),
}
CONTROL = ["Text\x00mit NUL", "Text\x01", "vertikal\x0bTab", "En\x1fde", "DEL\x7f"]


@pytest.mark.parametrize("where", sorted(SAVES))
@pytest.mark.parametrize("value", CONTROL)
def test_control_characters_are_refused_naming_the_field(db: Database, where: str,
                                                         value: str) -> None:
    save, label = SAVES[where]
    with pytest.raises(ValidationError, match=f"„{label}“ enthält ein unsichtbares "
                                              "Steuerzeichen"):
        save(db, f"Anfang {value}")


@pytest.mark.parametrize("value", ["Erste Zeile\nzweite", "Windows\r\nZeile", "alt\rMac"])
def test_line_breaks_are_refused_in_one_line_fields_only(db: Database, value: str) -> None:
    for where in ("Sitzungstitel", "Nachname", "Organisation", "Vortragende"):
        save, label = SAVES[where]
        with pytest.raises(ValidationError, match=f"„{label}“ darf keinen Zeilenumbruch"):
            save(db, value)
    for where in ("Notizen", "Protokoll", "Ziel"):
        SAVES[where][0](db, value)


def test_tabs_umlauts_and_the_longest_text_are_stored(db: Database) -> None:
    person_id = _person(db, "Müller\tSöhne", "function")
    long_note = "ä" * TEXT_MAX
    contact_editing.update_person(db, person_id, replace(
        contact_editing.load_person(db, person_id), notes=long_note))
    assert contact_editing.load_person(db, person_id).notes == long_note
    with pytest.raises(ValidationError, match=r"„Notizen“ ist zu lang: 20\.001 Zeichen"):
        _person(db, long_note + "x", "notes")
    with pytest.raises(ValidationError, match="Titel ist zu lang"):
        _meeting(db, "T" * 301)


def test_a_refused_save_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(ValidationError):
        _meeting(db, "Titel\x00")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0


def test_the_import_cleans_texts_and_notes_each_row(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_text('Vorname;Nachname;Organisation;Funktion;Notizen\n'
                    'Anna;Berg\x01;"Stadt\nErfurt";Leiterin\x0b;"Zeile 1\nZeile 2\x02"\n'
                    'Bernd;Roth;Stadt Jena;Referent;sauber\n', encoding="utf-8")
    table = read_table(path)
    preview = analyse(db, table, suggest_mapping(table.headers))
    first, second = preview.rows
    assert first.ok and second.ok
    assert first.values["last_name"] == "Berg"
    assert first.values["organisation"] == "Stadt Erfurt"
    assert "Nachname: Steuerzeichen entfernt" in first.notes
    assert "Organisation: Zeilenumbruch durch Leerzeichen ersetzt" in first.notes
    assert "Notizen: Steuerzeichen entfernt" in first.notes
    assert second.notes == ()
    assert import_rows(db, preview) == 2
    with db.reading() as session:
        notes = session.scalar(select(Person.notes).where(Person.last_name == "Berg"))
    assert notes == "Zeile 1\nZeile 2"


def _poisoned_old_database(path: Path) -> dict[str, int]:
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine)
    downgrade(engine, "0004_project_document_content")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO persons (id, first_name, last_name, function, notes, consent, "
            "restricted, archived, version) VALUES (1, 'Anna', 'Berg' || char(1), "
            "'Leiterin' || char(10) || 'Amt', 'Zeile' || char(10) || 'zwei' || char(2) || 'x', "
            "0, 0, 0, 1)"))
        connection.execute(text(
            "INSERT INTO persons (id, first_name, last_name, consent, restricted, archived, "
            "version) VALUES (2, CAST(X'4AFC7267656E' AS TEXT), 'Roth', 0, 0, 0, 1)"))
        connection.execute(text(
            "INSERT INTO meetings (id, uid, kind, title, starts_at, ends_at, format, status, "
            "version) VALUES (1, 'u1', 'network', 'Treffen' || char(13) || char(10) || 'Mai', "
            "'2024-05-06 10:00:00', '2024-05-06 12:00:00', 'in_person', 'planned', 1)"))
        tables = connection.scalars(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'")).all()
        counts = {table: int(connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0)
                  for table in tables if table in Base.metadata.tables}
    engine.dispose()
    return counts


def test_the_migration_makes_stored_text_safe_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "alt.sqlite3"
    before = _poisoned_old_database(path)
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as connection:
        after = {table: int(connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0)
                 for table in before}
        persons = connection.execute(text(
            "SELECT last_name, function, notes, first_name FROM persons ORDER BY id")).all()
        title = connection.scalar(text("SELECT title FROM meetings"))
    engine.dispose()
    assert after == before
    assert tuple(persons[0]) == ("Berg", "Leiterin Amt", "Zeile\nzweix", "Anna")
    assert persons[1][3] == "J\ufffdrgen"
    assert title == "Treffen Mai"


def test_bytes_that_are_no_utf8_do_not_stop_reading(db: Database) -> None:
    person_id = _person(db, "Leiterin", "function")
    assert db.target.sqlite_path is not None
    foreign = sqlite3.connect(db.target.sqlite_path)
    foreign.execute("UPDATE persons SET last_name = CAST(X'4DFC6C6C6572' AS TEXT) WHERE id = ?",
                    (person_id,))
    foreign.commit()
    foreign.close()
    assert contact_editing.load_person(db, person_id).last_name == "M\ufffdller"
    reopened = open_database(sqlite_target(db.target.sqlite_path))
    try:
        with reopened.reading() as session:
            assert session.get_one(Person, person_id).function == "Leiterin"
    finally:
        reopened.dispose()


def test_the_protocol_takes_long_discussions(db: Database) -> None:
    _protocol(db, "Wortbeitrag. " * 5_000)
    with db.reading() as session:
        assert len(session.scalars(select(ProtocolNote.discussion)).one() or "") > TEXT_MAX
