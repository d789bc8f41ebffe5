"""The ranges the whole program works in, declared once: years and record numbers."""

from __future__ import annotations

FIRST_YEAR = 2000
LAST_YEAR = 2100
"""Contracts, quotas, reports and the calendar live in these years."""

MAX_RECORD_ID = 2**31 - 1
"""The largest record number (INTEGER on PostgreSQL; SQLite's are the same here)."""


def year_problem(year: int) -> str | None:
    """A German message when ``year`` lies outside the program's years, else None."""
    if FIRST_YEAR <= year <= LAST_YEAR:
        return None
    return f"Das Jahr {year} liegt außerhalb von {FIRST_YEAR} bis {LAST_YEAR}."
