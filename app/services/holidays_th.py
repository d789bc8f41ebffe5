"""Public holidays of Thüringen, for the calendar and the warning when a meeting falls on one."""

from __future__ import annotations

import importlib.util
import json
import os
from datetime import date, timedelta
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any

from app import paths
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
    """Read from the per-user cache where the same holidays package computed them before:
    loading its German calendar costs a tenth of a second at every start."""
    stamp = _library_stamp()
    cached = _read_cache(stamp).get(str(year)) if stamp else None
    if cached is not None:
        return {date.fromisoformat(day): name for day, name in cached.items()}
    calendar = _germany()(subdiv=SUBDIVISION, years=year, language="de")
    found = dict(calendar.items())
    if stamp:
        _write_cache(stamp, year, found)
    return found


CACHE_FILE = "feiertage-thueringen.json"


@cache
def _library_stamp() -> str | None:
    """Size and time of the package's German calendar, found without importing it; None
    where there is no such file (a frozen build), and then nothing is cached."""
    spec = importlib.util.find_spec("holidays")
    locations = list(spec.submodule_search_locations or []) if spec else []
    if not locations:
        return None
    try:
        stat = (Path(locations[0]) / "countries" / "germany.py").stat()
    except OSError:
        return None
    return f"{stat.st_size}-{stat.st_mtime_ns}"


def _read_cache(stamp: str) -> dict[str, dict[str, str]]:
    try:
        content = json.loads((paths.cache_dir() / CACHE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(content, dict) or content.get("stamp") != stamp:
        return {}
    years = content.get("years")
    return years if isinstance(years, dict) else {}


def _write_cache(stamp: str, year: int, found: dict[date, str]) -> None:
    years = _read_cache(stamp)
    years[str(year)] = {day.isoformat(): name for day, name in sorted(found.items())}
    target = paths.cache_dir() / CACHE_FILE
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"stamp": stamp, "years": years}, ensure_ascii=False),
                             encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        pass  # a read-only cache folder only costs the next start the tenth of a second


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

