"""Where the database lives: resolving ``--db``, the environment and the default file."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from app import paths

ENV_VARIABLE = "BUENDNISBUERO_DB"
NETWORK_HINT = (
    "Die Datenbank liegt auf einem Netzlaufwerk. Sie wird deshalb exklusiv geöffnet: solange das "
    "Programm läuft, kann niemand sonst mit ihr arbeiten. Wenn mehrere Mitarbeitende gemeinsam mit "
    "denselben Daten arbeiten sollen, richten Sie bitte einen gemeinsamen PostgreSQL-Server ein "
    "und "
    "tragen dessen Adresse in den Einstellungen ein."
)


@dataclass(frozen=True)
class DatabaseTarget:
    """A resolved database: its SQLAlchemy URL and, for SQLite, the file and where it lies."""

    url: str
    sqlite_path: Path | None = None
    on_network: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None

    @property
    def display_name(self) -> str:
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return _hide_password(self.url)


def resolve_target(argument: str | None, configured: str = "") -> DatabaseTarget:
    """Pick the database: ``--db`` first, then ``BUENDNISBUERO_DB``, the settings, the default."""
    chosen = argument or os.environ.get(ENV_VARIABLE) or configured
    if not chosen:
        return sqlite_target(paths.default_database_path())
    if "://" in chosen:
        if chosen.startswith("sqlite"):
            file_part = chosen.split(":///", 1)[1] if ":///" in chosen else ""
            if file_part and file_part != ":memory:":
                return sqlite_target(Path(file_part))
        return DatabaseTarget(url=chosen)
    return sqlite_target(Path(chosen))


def sqlite_target(path: Path) -> DatabaseTarget:
    absolute = path.expanduser().absolute()
    return DatabaseTarget(
        url=f"sqlite+pysqlite:///{absolute.as_posix()}",
        sqlite_path=absolute,
        on_network=is_network_path(absolute),
    )


def is_network_path(path: Path) -> bool:
    """True for UNC paths and, on Windows, for drive letters mapped to a network share."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32" and len(text) >= 2 and text[1] == ":":
        return _is_remote_drive(text[:2] + "\\")
    return False


def _is_remote_drive(root: str) -> bool:
    import ctypes

    drive_remote = 4
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    return bool(kernel32.GetDriveTypeW(root) == drive_remote)


def _hide_password(url: str) -> str:
    scheme, _, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not at or ":" not in credentials:
        return url
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"
