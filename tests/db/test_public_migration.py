"""Migration 0009 makes public events (and their agenda) public, everything else private, and
keeps every row; it goes down again."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from app.db.migrate import downgrade, upgrade
from tests.db.test_contract_migration import _counts

PREVIOUS = "0008_event_registrations"


def test_public_events_become_public_and_the_rest_stays_private(tmp_path: Path) -> None:
    path = tmp_path / "alt.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, PREVIOUS)
    with engine.begin() as connection:
        for meeting_id, kind in ((1, "network"), (2, "public_event")):
            connection.execute(text(
                "INSERT INTO meetings (id, uid, kind, title, starts_at, ends_at, format, "
                f"status, version) VALUES ({meeting_id}, 'u{meeting_id}', '{kind}', 'Treffen', "
                "'2025-05-06 10:00:00', '2025-05-06 12:00:00', 'in_person', 'held', 1)"))
            connection.execute(text(
                "INSERT INTO agenda_items (meeting_id, position, title, version) "
                f"VALUES ({meeting_id}, 1, 'Begrüßung', 1)"))
        connection.execute(text(
            "INSERT INTO persons (first_name, last_name, consent, restricted, archived, "
            "version) VALUES ('Anna', 'Berg', 1, 0, 0, 1)"))
        connection.execute(text(
            "INSERT INTO pr_items (kind, title, published_on, version) "
            "VALUES ('website', 'Start der Website', '2025-05-01', 1)"))
    engine.dispose()
    before = _counts(path)
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as connection:
        meetings = connection.execute(text("SELECT id, public FROM meetings ORDER BY id")).all()
        agenda = connection.execute(text(
            "SELECT meeting_id, public FROM agenda_items ORDER BY meeting_id")).all()
        person = connection.execute(text(
            "SELECT consent, publication_consent, publication_consent_date FROM persons")).one()
        pr_public = connection.scalar(text("SELECT public FROM pr_items"))
    engine.dispose()
    after = _counts(path)
    assert {table: after[table] for table in before} == before
    assert after["publications"] == 0
    assert [tuple(row) for row in meetings] == [(1, 0), (2, 1)]
    assert [tuple(row) for row in agenda] == [(1, 0), (2, 1)]
    assert tuple(person) == (1, 0, None)
    assert pr_public == 0
    engine = create_engine(f"sqlite:///{path}")
    downgrade(engine, PREVIOUS)
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM meetings")) == 2
    engine.dispose()
