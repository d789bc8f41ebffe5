"""Shared fixtures: headless Qt, a migrated database on tmp_path, the demo database."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from app.db.database import Database
from app.db.location import sqlite_target
from app.db.opening import open_database
from tests.demo_day import DEMO_TODAY


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests away from the real user's data, config and log folders."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.delenv("BUENDNISBUERO_DB", raising=False)


SUMMARY_KEY = pytest.StashKey[list[str]]()


@pytest.fixture
def summary(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Figures a test wants in the run's output (e.g. how many kills the crash test did)."""
    lines = request.config.stash.setdefault(SUMMARY_KEY, [])
    return lines.append


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    lines = list(config.stash.get(SUMMARY_KEY, []))
    counts = {outcome: sum(1 for report in terminalreporter.stats.get(outcome, [])
                           if "postgresql" in getattr(report, "keywords", {}))
              for outcome in ("passed", "failed", "skipped")}
    if any(counts.values()):
        lines.append(f"PostgreSQL (echter Server): {counts['passed']} bestanden, "
                     f"{counts['failed']} fehlgeschlagen, {counts['skipped']} übersprungen")
    if lines:
        terminalreporter.section("Kennzahlen")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_target(tmp_path / "test.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per test run and copied for each test that needs it."""
    from app.services.demo import fill_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(sqlite_target(path))
    fill_demo(database, today=DEMO_TODAY)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    database = open_database(sqlite_target(path))
    yield database
    database.dispose()
