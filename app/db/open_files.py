"""The database files this program has open: nothing is ever written over one of them."""

from __future__ import annotations

from pathlib import Path

_OPEN: set[Path] = set()
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def database_files(database: Path) -> set[Path]:
    """The database file and its journal files, resolved."""
    return {_resolved(database.with_name(database.name + suffix)) for suffix in _COMPANIONS}


def register(database: Path) -> None:
    _OPEN.update(database_files(database))


def unregister(database: Path) -> None:
    _OPEN.difference_update(database_files(database))


def is_open_database(path: Path) -> bool:
    """Whether ``path`` is an open database file or one of its journal files."""
    return _resolved(path) in _OPEN


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()
