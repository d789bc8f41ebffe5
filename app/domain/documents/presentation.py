"""What a meeting's presentation (Sitzungspräsentation) shows, slide by slide; the service
collects it and the PowerPoint writer only lays it out."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.text import PrintableText


@dataclass(frozen=True)
class SectionSlide(PrintableText):
    """One TOP: its number and title, who presents it; the notes go to the speaker notes."""

    number: int
    title: str
    presenter: str
    notes: str


@dataclass(frozen=True)
class GroupSlide(PrintableText):
    """An AG's goals by rubric with their status, and its strengths and weaknesses."""

    name: str
    goals: tuple[tuple[str, tuple[str, ...]], ...]
    """(rubric, ("Ziel – Stand", …)) in the order of the rubrics."""
    strengths: str
    weaknesses: str
    year: int | None
    """The year of the assessment the strengths and weaknesses come from."""


@dataclass(frozen=True)
class Balance(PrintableText):
    """The Bilanz of a network meeting: what the alliance has done since it began."""

    since: str
    network_meetings: int
    group_sessions: int
    projects_by_status: tuple[tuple[str, int], ...]
    quotas: tuple[tuple[str, int, int | None], ...]
    """(quota, used, allowed) of the meeting's year."""
    year: int


@dataclass(frozen=True)
class PresentationData(PrintableText):
    alliance: str
    title: str
    date: str
    place: str
    agenda: tuple[tuple[int, str, str], ...]
    """(number, title, presenter)."""
    sections: tuple[SectionSlide, ...]
    balance: Balance | None
    groups: tuple[GroupSlide, ...]
    next_steps: tuple[str, ...]
    quarters: tuple[tuple[str, int], ...]
    """Meetings held per quarter ("I/2023", count), for the chart; empty for other meetings."""
    sender: str
    contact: str
