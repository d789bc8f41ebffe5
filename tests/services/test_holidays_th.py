"""Thuringian holidays: the library's calendar, cached per user for the next start."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest

from app import paths
from app.services import holidays_th


@pytest.fixture
def fresh_calendar() -> Iterator[None]:
    holidays_th._holidays_of_year.cache_clear()
    yield
    holidays_th._holidays_of_year.cache_clear()


def test_a_year_computed_once_is_read_from_the_cache(fresh_calendar: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert holidays_th.holiday_name(date(2031, 10, 31)) == "Reformationstag"
    cached = json.loads((paths.cache_dir() / holidays_th.CACHE_FILE).read_text("utf-8"))
    assert cached["years"]["2031"]["2031-09-20"] == "Weltkindertag"

    def no_library() -> None:
        raise AssertionError("the holidays package was asked again")

    holidays_th._holidays_of_year.cache_clear()
    monkeypatch.setattr(holidays_th, "_germany", no_library)
    assert holidays_th.holiday_name(date(2031, 10, 31)) == "Reformationstag"
    assert holidays_th.is_working_day(date(2031, 10, 30))


def test_a_cache_of_another_library_version_or_damaged_is_computed_again(
        fresh_calendar: None) -> None:
    target = paths.cache_dir() / holidays_th.CACHE_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"stamp": "old", "years": {"2032": {"2032-03-03": "Erfunden"}}}),
                      encoding="utf-8")
    assert holidays_th.holiday_name(date(2032, 3, 3)) is None
    holidays_th._holidays_of_year.cache_clear()
    target.write_text("{kaputt", encoding="utf-8")
    assert holidays_th.holiday_name(date(2032, 12, 25)) == "Erster Weihnachtstag"
