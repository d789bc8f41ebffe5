"""The program on a shared PostgreSQL server: migrations, services, conflict handling, audit.

These tests need a server: ``BUENDNISBUERO_TEST_PG`` holds a SQLAlchemy URL of an empty database
the tests may wipe (``.ci/run`` starts one). Without it they are skipped with that reason; with
``BUENDNISBUERO_REQUIRE_PG=1`` (as in CI) a missing server fails the run instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import OperationalError

from app.db.database import Database
from app.db.location import resolve_target
from app.db.opening import open_database
from app.db.schema_version import HEAD
from app.db.versions import RecordConflict
from app.domain.models import Base, ChangeLogEntry, Person
from app.services import contact_editing, contact_lists, contract, global_search, meetings
from app.services.contact_import import analyse, import_rows, suggest_mapping
from app.services.demo import fill_demo
from app.services.status_report import build_report
from app.services.table_reader import read_table
from tests.demo_day import DEMO_TODAY

URL = os.environ.get("BUENDNISBUERO_TEST_PG", "")
REQUIRED = os.environ.get("BUENDNISBUERO_REQUIRE_PG") == "1"

pytestmark = pytest.mark.postgresql


def _wipe(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture
def pg_db() -> Iterator[Database]:
    if not URL:
        if REQUIRED:
            pytest.fail("BUENDNISBUERO_REQUIRE_PG=1, aber BUENDNISBUERO_TEST_PG ist nicht gesetzt.")
        pytest.skip("kein PostgreSQL-Server: BUENDNISBUERO_TEST_PG ist nicht gesetzt")
    try:
        _wipe(URL)
    except OperationalError as error:
        if REQUIRED:
            raise
        pytest.skip(f"PostgreSQL-Server nicht erreichbar: {error.__class__.__name__}")
    database = open_database(resolve_target(URL))
    yield database
    database.dispose()


def test_migrations_build_the_model_on_the_server(pg_db: Database) -> None:
    with pg_db.engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == HEAD
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        assert connection.scalar(text("SELECT count(*) FROM quotas WHERE year = 2023")) == 7


def test_global_search_finds_the_same_on_both_databases(pg_db: Database,
                                                        demo_db: Database) -> None:
    fill_demo(pg_db, today=DEMO_TODAY)
    for database in (pg_db, demo_db):
        contact_editing.create_person(database, contact_editing.PersonDraft(
            "Jürgen", "Müller", function="Straßenbauamt"))
    for query in ("Müller", "mueller", "strasse", "Jürgen", "wanderbaum", "Hitze",
                  "netzwerktreffen 2026", "Berichte aus den Arbeitsgruppen", "a"):
        on_server = [(hit.kind, hit.title) for hit in global_search.search(pg_db, query)]
        in_file = [(hit.kind, hit.title) for hit in global_search.search(demo_db, query)]
        assert on_server == in_file, query
    assert global_search.search(pg_db, "Strasse")


def test_demo_data_and_figures_on_the_server(pg_db: Database) -> None:
    fill_demo(pg_db, today=DEMO_TODAY)
    used = {status.kind.value: status.used for status in contract.quota_status(pg_db, 2023)
            if not status.scope}
    assert used["network_meetings"] == 4 and used["group_sessions"] == 25
    assert len(meetings.list_meetings(pg_db, year=2023, today=date(2024, 1, 1))) == 37
    report = build_report(pg_db, date(2023, 1, 1), date(2023, 10, 31))
    assert report.meetings and report.quotas


def test_two_editors_conflict_on_the_server(pg_db: Database) -> None:
    person_id = contact_editing.create_person(pg_db, contact_editing.PersonDraft("Anna", "Berg"))
    assert pg_db.target.url
    second = open_database(resolve_target(pg_db.target.url))
    try:
        mine, loaded = contact_editing.load_person_for_edit(pg_db, person_id)
        theirs, _ = contact_editing.load_person_for_edit(second, person_id)
        contact_lists.save_person(second, person_id, replace(theirs, function="Kollegin"), (),
                                  (), expect=loaded)
        with pytest.raises(RecordConflict) as caught:
            contact_lists.save_person(pg_db, person_id, replace(mine, function="Ich"), (), (),
                                      expect=loaded)
        assert caught.value.version is not None
        assert contact_editing.load_person(pg_db, person_id).function == "Kollegin"
        contact_lists.save_person(pg_db, person_id, replace(mine, function="Ich"), (), (),
                                  expect=loaded.moved_to(caught.value.version))
        assert contact_editing.load_person(second, person_id).function == "Ich"
    finally:
        second.dispose()


def test_audit_names_the_database_role(pg_db: Database) -> None:
    person_id = contact_editing.create_person(pg_db, contact_editing.PersonDraft("Bea", "Ost"))
    role = URL.split("://", 1)[1].split(":", 1)[0]
    with pg_db.reading() as session:
        entry = session.query(ChangeLogEntry).filter_by(entity_id=person_id).one()
        assert entry.user_name == role
        assert session.get(Person, person_id) is not None


def test_a_change_between_loading_and_saving_is_a_german_conflict(pg_db: Database) -> None:
    from app.db.storage_errors import ConcurrentChangeError

    person_id = contact_editing.create_person(pg_db, contact_editing.PersonDraft("Cem", "Süd"))
    second = open_database(resolve_target(URL))
    try:
        with pytest.raises(ConcurrentChangeError, match="inzwischen"):
            with pg_db.unit_of_work() as session:
                person = session.get_one(Person, person_id)
                draft = contact_editing.load_person(second, person_id)
                contact_lists.save_person(second, person_id, replace(draft, city="Gera"), (), ())
                person.city = "Jena"
        assert contact_editing.load_person(pg_db, person_id).city == "Gera"
    finally:
        second.dispose()


def test_an_import_logs_every_created_record_on_the_server(pg_db: Database,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_text("Vorname;Nachname;Organisation;E-Mail\n"
                    "Anna;Berg;Stadt Erfurt;anna.berg@example.org\n"
                    "Bernd;Roth;;\n", encoding="utf-8")
    table = read_table(path)
    assert import_rows(pg_db, analyse(pg_db, table, suggest_mapping(table.headers))) == 2
    with pg_db.reading() as session:
        logged = session.execute(select(ChangeLogEntry.entity, ChangeLogEntry.action,
                                        ChangeLogEntry.changed_at)).all()
    assert sorted(entity for entity, _action, _at in logged) == ["organisation", "person",
                                                                 "person"]
    assert {action for _entity, action, _at in logged} == {"importiert"}
    assert all(at.date() == date.today() for _entity, _action, at in logged)
