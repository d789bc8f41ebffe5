"""German display formats for values that leave the domain as text (dates, hours, yes/no)."""

from __future__ import annotations

from datetime import date, datetime

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def format_date(value: date | None) -> str:
    """``dd.MM.yyyy`` with a four-digit year; empty for no date."""
    return "" if value is None else f"{value:%d.%m.%Y}"


def format_weekday_date(value: date) -> str:
    """``Montag, 30.10.2023``."""
    return f"{WEEKDAYS[value.weekday()]}, {format_date(value)}"


def format_datetime(value: datetime | None) -> str:
    return "" if value is None else f"{value:%d.%m.%Y %H:%M}"


def format_hours(minutes: int) -> str:
    """Hours with a decimal comma, e.g. 90 minutes → ``1,5``."""
    hours = minutes / 60
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def format_count(value: float) -> str:
    """A whole number as Germans write it, thousands grouped with a point: ``1.500``."""
    return f"{value:,.0f}".replace(",", ".")


def counted(number: int, singular: str, plural: str) -> str:
    """A number with its noun in German: ``1 Sitzung``, ``0 Sitzungen``, ``2 Sitzungen``."""
    return f"{number} {singular if number == 1 else plural}"


def format_bool(value: bool | None) -> str:
    if value is None:
        return ""
    return "ja" if value else "nein"


def format_share(value: float | None) -> str:
    """A share as a German percentage, e.g. 0.575 → ``58 %``; empty for no share."""
    return "" if value is None else f"{value:.0%}".replace("%", " %")


def parse_german_date(text: str) -> date:
    """A date as ``TT.MM.JJJJ`` (also ``T.M.JJJJ``) or ``JJJJ-MM-TT`` within the program's
    years.

    Raises:
        ValueError: with a German message naming the text.
    """
    from app.domain.limits import year_problem

    value = text.strip()
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            day = datetime.strptime(value, pattern).date()
        except ValueError:
            continue
        problem = year_problem(day.year)
        if problem:
            raise ValueError(f"„{value}“: {problem}")
        return day
    raise ValueError(f"„{value}“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)")
