"""The figures of a status report, collected once by the reporting service.

The PDF and Word writers only lay out these frozen values, so both show the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.text import PrintableText


@dataclass(frozen=True)
class BoardRow(PrintableText):
    """An open task or a recent decision of an AG, for the side-by-side view."""

    id: int
    group: str
    kind: str
    text: str
    who: str
    day: date | None
    meeting: str


@dataclass(frozen=True)
class QuotaLine(PrintableText):
    label: str
    used: int
    allowed: int | None

    @property
    def share(self) -> float | None:
        return None if not self.allowed else self.used / self.allowed


@dataclass(frozen=True)
class MeetingLine(PrintableText):
    day: date
    kind: str
    group: str
    title: str
    invited: int
    attended: int
    protocol: str
    """"rechtzeitig", "verspätet", "offen" or "abgesagt"."""


@dataclass(frozen=True)
class HoursLine(PrintableText):
    category: str
    hours: float
    budget: float | None


@dataclass(frozen=True)
class ProjectLine(PrintableText):
    name: str
    status: str
    town: str
    milestones: tuple[tuple[str, str, bool], ...]
    """(title, due date, done)"""


@dataclass(frozen=True)
class GroupPart(PrintableText):
    name: str
    goals: tuple[tuple[str, str, str, str], ...]
    """(rubric, goal, due date, status)"""
    strengths: str
    weaknesses: str
    projects: tuple[ProjectLine, ...]


@dataclass(frozen=True)
class ReportData(PrintableText):
    title: str
    first: date
    last: date
    created: date
    quotas: tuple[QuotaLine, ...]
    meetings: tuple[MeetingLine, ...]
    meetings_per_month: tuple[tuple[str, dict[str, int]], ...]
    """(month label, meetings per kind label)"""
    hours: tuple[HoursLine, ...]
    groups: tuple[GroupPart, ...]
    pr_counts: tuple[tuple[str, int], ...]
    pr_items: tuple[tuple[date, str, str], ...]
    open_tasks: tuple[BoardRow, ...]
    protocol_rule: str = "innerhalb von 14 Kalendertagen"
    """The contract's due rule for protocols, as the summary names it."""
    events: tuple[tuple[str, int, int, int], ...] = ()
    """Public events of the period with registrations: (title and date, registered, present,
    not come)."""
    cases_published: tuple[tuple[date, str, str, str], ...] = ()
    """Practice examples published in the period: (since, title, town, topic)."""
    programmes_listed: tuple[tuple[str, str, str], ...] = ()
    """Public programmes of the Wegweiser valid in the period: (name, funder, validity)."""

    @property
    def is_empty(self) -> bool:
        return not self.meetings and not any(line.hours for line in self.hours) \
            and not self.pr_items
