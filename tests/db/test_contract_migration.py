"""Migration 0007 turns the contract rows of an older database into the first contract and keeps
every row."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import create_engine, text

from app.db.database import Database
from app.db.migrate import downgrade, upgrade
from app.domain.models import Base

PREVIOUS = "0006_office_documents"


def _counts(path: Path) -> dict[str, int]:
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        tables = connection.scalars(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'")).all()
        counts = {table: int(connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0)
                  for table in tables if table in Base.metadata.tables}
    engine.dispose()
    return counts


def test_an_older_database_with_an_extra_quota_year_becomes_one_contract(tmp_path: Path) -> None:
    path = tmp_path / "alt.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, PREVIOUS)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO quotas (kind, year, allowed, version) "
            "VALUES ('teaser_texts', 2025, 40, 1)"))
        connection.execute(text(
            "INSERT INTO meetings (id, uid, kind, title, starts_at, ends_at, format, status, "
            "version) VALUES (1, 'u1', 'network', 'Treffen', '2025-05-06 10:00:00', "
            "'2025-05-06 12:00:00', 'in_person', 'held', 1)"))
        connection.execute(text(
            "INSERT INTO protocols (id, meeting_id, sent_on, version) "
            "VALUES (1, 1, '2025-05-12', 1)"))
    engine.dispose()
    before = _counts(path)
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as connection:
        term = connection.execute(text(
            "SELECT starts_on, ends_on, protocol_due_days, protocol_due_working_days "
            "FROM contracts")).all()
        orphans = sum(int(connection.scalar(text(
            f"SELECT count(*) FROM {table} WHERE contract_id IS NULL OR contract_id != 1")) or 0)
            for table in ("quotas", "budgets", "reporting_periods"))
        approved = connection.scalar(text("SELECT approved_on FROM protocols"))
    engine.dispose()
    after = _counts(path)
    assert {table: after[table] for table in before} == before
    assert after["contracts"] == 1
    assert [tuple(row) for row in term] == [("2023-01-01", "2025-12-31", 14, 0)]
    assert orphans == 0 and approved is None


def test_the_demo_goes_down_to_the_previous_schema_and_up_again_with_every_row(
        demo_db: Database, tmp_path: Path) -> None:
    assert demo_db.target.sqlite_path is not None
    path = tmp_path / "copy.sqlite3"
    demo_db.dispose()
    shutil.copy(demo_db.target.sqlite_path, path)
    before = _counts(path)
    engine = create_engine(f"sqlite:///{path}")
    downgrade(engine, PREVIOUS)
    upgrade(engine)
    engine.dispose()
    after = _counts(path)
    newer = {"contracts", "registrations", "knowledge_cases", "initiatives",
             "funding_programmes", "catalogue_images"}
    assert {table: after[table] for table in before if table not in newer} == {
        table: count for table, count in before.items() if table not in newer}
    assert after["contracts"] == 1 and after["registrations"] == 0
