"""The integrity check finds dangling references and structural damage."""

from __future__ import annotations

from sqlalchemy import text

from app.db.database import Database
from app.db.integrity import check_integrity


def test_sound_database_passes(demo_db: Database) -> None:
    assert check_integrity(demo_db.engine).ok


def test_dangling_reference_is_reported(db: Database) -> None:
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.execute(text(
            "INSERT INTO persons (first_name, last_name, organisation_id, consent, restricted, "
            "archived, version) VALUES ('Anna', 'Schulz', 4711, 0, 0, 0, 1)"))
        connection.exec_driver_sql("PRAGMA foreign_keys = ON")
    report = check_integrity(db.engine)
    assert not report.ok
    assert "persons" in report.problems[0]
