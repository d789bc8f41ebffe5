"""Integrity checks of a SQLite database (``integrity_check`` and ``foreign_key_check``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text


@dataclass(frozen=True)
class IntegrityReport:
    """The outcome of a check; ``problems`` holds German descriptions, empty when all is well."""

    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_integrity(engine: Engine) -> IntegrityReport:
    """Run SQLite's full integrity check and the foreign-key check; other databases pass."""
    if engine.dialect.name != "sqlite":
        return IntegrityReport(problems=())
    problems: list[str] = []
    with engine.connect() as connection:
        for (message,) in connection.execute(text("PRAGMA integrity_check")):
            if message != "ok":
                problems.append(f"Strukturfehler: {message}")
        for table, rowid, parent, _index in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(
                f"Verweis ins Leere: Tabelle {table}, Zeile {rowid} verweist auf fehlende "
                f"Daten in {parent}"
            )
    return IntegrityReport(problems=tuple(problems))
