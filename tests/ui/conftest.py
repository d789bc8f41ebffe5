"""Fixtures the window tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.db.database import Database
from app.db.location import sqlite_target
from app.db.opening import open_database


@pytest.fixture
def other(demo_db: Database) -> Iterator[Database]:
    """A second program instance on the same file (another workstation)."""
    assert demo_db.target.sqlite_path is not None
    second = open_database(sqlite_target(demo_db.target.sqlite_path))
    yield second
    second.dispose()
