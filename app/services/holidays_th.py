"""Public holidays of Thüringen, for the calendar and the warning when a meeting falls on one."""

from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any

from app.domain.formatting import WEEKDAYS, format_date, format_weekday_date

SUBDIVISION = "TH"


@cache
def _germany() -> Any:
    """The holidays package's Germany class, loaded alone.

    ``holidays.countries`` imports all of its 250 countries on first use; loading the one
    module file directly costs a few milliseconds instead of a tenth of a second.
    """
    import holidays

    folder = Path(holidays.__file__).parent / "countries" / "germany.py"
    spec = importlib.util.spec_from_file_location("app_holidays_germany", folder)
    if spec is None or spec.loader is None or not folder.is_file():
        return partial(holidays.country_holidays, "DE")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Germany


@lru_cache(maxsize=32)
def _holidays_of_year(year: int) -> dict[date, str]:
    calendar = _germany()(subdiv=SUBDIVISION, years=year, language="de")
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


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a public holiday in Thüringen."""
    return day.weekday() < 5 and holiday_name(day) is None


def add_working_days(day: date, count: int) -> date:
    """The ``count``-th working day after ``day`` (``day`` itself not counted)."""
    current = day
    remaining = count
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def working_day_on_or_before(day: date) -> date:
    current = day
    while not is_working_day(current):
        current -= timedelta(days=1)
    return current


def why_not_working(day: date) -> str | None:
    """A German reason ("Samstag", "Reformationstag") when ``day`` is no working day."""
    name = holiday_name(day)
    if name is not None:
        return name
    if day.weekday() >= 5:
        return WEEKDAYS[day.weekday()]
    return None


def due_date_warning(day: date) -> str | None:
    """For a due date on a weekend or holiday, the working day before, in German.

    "31.10.2023 ist Reformationstag – Abgabe spätestens Montag, 30.10.2023"
    """
    reason = why_not_working(day)
    if reason is None:
        return None
    before = working_day_on_or_before(day)
    return f"{format_date(day)} ist {reason} – Abgabe spätestens {format_weekday_date(before)}"

