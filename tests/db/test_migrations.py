"""The Alembic scripts create exactly the model's schema, and go down and up again."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from app.db.database import Database
from app.db.errors import DatabaseOpenError
from app.db.location import sqlite_target
from app.db.migrate import downgrade, script_revisions, upgrade
from app.db.opening import open_database
from app.db.schema_version import HEAD, KNOWN_REVISIONS
from app.domain.models import Base
from app.services.safety import migration_backup
from app.settings import Settings, save_settings


def test_known_revisions_match_the_scripts() -> None:
    assert script_revisions() == list(KNOWN_REVISIONS)


def test_empty_database_is_upgraded_to_head(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == HEAD
        tables = set(inspect(connection).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_migrated_schema_equals_the_model(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_baseline_seeds_the_contract(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM quotas WHERE year = 2023")) == 7
        assert connection.scalar(text(
            "SELECT allowed FROM quotas WHERE kind = 'group_sessions' AND year = 2024")) == 30
        assert connection.scalar(text(
            "SELECT hours FROM budgets WHERE category = 'pilot_projects'")) == 360
        dues = connection.scalars(text(
            "SELECT due_date FROM reporting_periods ORDER BY due_date")).all()
    assert dues == ["2023-10-31", "2024-06-30"]


def test_downgrade_and_upgrade_round_trip(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'round.sqlite3'}")
    upgrade(engine)
    downgrade(engine, "base")
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == {"alembic_version"}
    upgrade(engine)
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == HEAD
        assert connection.scalar(text("SELECT count(*) FROM quotas")) == 14
    engine.dispose()


def test_pending_migration_is_preceded_by_a_backup_in_the_users_folder(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    first = open_database(sqlite_target(path))
    downgrade(first.engine, "base")
    first.dispose()
    save_settings(Settings(backup_folder=str(tmp_path / "Eigene Sicherungen"), keep_daily=2))
    reopened = open_database(sqlite_target(path), backup_before_migration=migration_backup)
    try:
        assert reopened.backup_path is not None
        assert reopened.backup_path.exists()
        assert reopened.backup_path.parent == tmp_path / "Eigene Sicherungen"
        with reopened.engine.connect() as connection:
            assert connection.scalar(text("SELECT version_num FROM alembic_version")) == HEAD
    finally:
        reopened.dispose()


def test_pending_migration_without_a_backup_policy_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    first = open_database(sqlite_target(path))
    downgrade(first.engine, "base")
    first.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="keine Sicherung"):
        open_database(sqlite_target(path))
    assert path.read_bytes() == before
