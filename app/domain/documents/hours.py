"""A time entry as tables and the hours file show it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.enums import TimeCategory
from app.domain.text import PrintableText


@dataclass(frozen=True)
class TimeEntryRow(PrintableText):
    id: int
    work_date: date
    staff: str
    hours: float
    category: TimeCategory
    subject: str
    description: str
