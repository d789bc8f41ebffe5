"""Date ranges used in queries: a calendar year as a half-open interval."""

from __future__ import annotations

from datetime import date, datetime


def year_bounds(year: int) -> tuple[datetime, datetime]:
    return datetime(year, 1, 1), datetime(year + 1, 1, 1)


def year_dates(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)
