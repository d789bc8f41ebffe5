"""Migration 0010 adds the knowledge catalogue's four tables to a database of 0009 and keeps
every row; it goes down again."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from app.db.migrate import downgrade, upgrade
from tests.db.test_contract_migration import _counts

PREVIOUS = "0009_public_website"
NEW_TABLES = ("knowledge_cases", "initiatives", "funding_programmes", "catalogue_images")


def test_an_older_database_gets_the_catalogue_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "alt.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, PREVIOUS)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO meetings (id, uid, kind, title, starts_at, ends_at, format, status, "
            "public, version) VALUES (1, 'u1', 'group_session', 'AG Leerstand', "
            "'2025-05-06 10:00:00', '2025-05-06 12:00:00', 'in_person', 'held', 0, 1)"))
        connection.execute(text(
            "INSERT INTO persons (first_name, last_name, consent, restricted, archived, "
            "publication_consent, version) VALUES ('Anna', 'Berg', 1, 0, 0, 1, 1)"))
    engine.dispose()
    before = _counts(path)
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO knowledge_cases (title, town, topic, status, status_since, public, "
            "meeting_id, contact_person_id, version) "
            "VALUES ('Zwischennutzung', 'Apolda', 'vacancy', 'draft', '2026-01-05', 0, 1, 1, 1)"))
        connection.execute(text(
            "INSERT INTO catalogue_images (case_id, file_name, mime_type, content, position, "
            "version) VALUES (1, 'a.png', 'image/png', x'89504E47', 1, 1)"))
    engine.dispose()
    after = _counts(path)
    assert {table: after[table] for table in before} == before
    assert {table: after[table] for table in NEW_TABLES} == {
        "knowledge_cases": 1, "initiatives": 0, "funding_programmes": 0, "catalogue_images": 1}
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("PRAGMA foreign_keys = ON"))
        connection.execute(text("DELETE FROM persons"))
        assert connection.scalar(text("SELECT contact_person_id FROM knowledge_cases")) is None
    downgrade(engine, PREVIOUS)
    with engine.connect() as connection:
        tables = set(connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
        assert connection.scalar(text("SELECT count(*) FROM meetings")) == 1
    engine.dispose()
    assert not tables & set(NEW_TABLES)
