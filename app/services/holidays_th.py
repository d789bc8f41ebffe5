"""Public holidays of Thüringen, for the calendar and the warning when a meeting falls on one."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import holidays

SUBDIVISION = "TH"


@lru_cache(maxsize=32)
def _holidays_of_year(year: int) -> dict[date, str]:
    calendar = holidays.country_holidays("DE", subdiv=SUBDIVISION, years=year, language="de")
    return dict(calendar.items())


def holidays_between(first: date, last: date) -> dict[date, str]:
    """The holidays from ``first`` to ``last`` (both included), with their German names."""
    found: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        found.update({day: name for day, name in _holidays_of_year(year).items()
                      if first <= day <= last})
    return found


def holiday_name(day: date) -> str | None:
    return _holidays_of_year(day.year).get(day)


def holiday_warning(day: date) -> str | None:
    """A German warning when ``day`` is a public holiday in Thüringen, else None."""
    name = holiday_name(day)
    if name is None:
        return None
    return f"Der {day:%d.%m.%Y} ist in Thüringen ein Feiertag ({name})."
