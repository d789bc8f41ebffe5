"""Public holidays of Thüringen, for the calendar and the warning when a meeting falls on one."""

from __future__ import annotations

import importlib.util
from datetime import date
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any

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
