"""Everything the public website shows, already filtered to what may be public.

The service builds these values from records flagged "öffentlich" and persons with a consent
to publication (and no restriction of processing); the website templates render them, so a
template cannot reach anything else. The field names are the names templates may use
(``resources/website/LIESMICH.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.documents.catalogue import Catalogue, CataloguePicture
from app.domain.text import PrintableText


def meeting_page(meeting_id: int) -> str:
    """Where a public meeting's page lies in the site (also its published invitation)."""
    return f"termine/{meeting_id}.html"


def protocol_document(meeting_id: int) -> str:
    """Where a public meeting's public protocol lies in the site."""
    return f"dokumente/protokoll-{meeting_id}.pdf"


@dataclass(frozen=True)
class SiteAgendaItem(PrintableText):
    number: int
    title: str


@dataclass(frozen=True)
class SiteMeeting(PrintableText):
    id: int
    uid: str
    title: str
    kind: str
    group: str
    starts_at: datetime
    ends_at: datetime
    date: str
    """``Dienstag, 14.05.2024``."""
    time: str
    """``10:00–12:00 Uhr``."""
    place: str
    cancelled: bool
    held: bool
    agenda: tuple[SiteAgendaItem, ...]
    results_summary: str
    modified: datetime
    protocol: bool = False
    """Its protocol was sent; the public variant is published as PDF."""
    pictures: tuple[CataloguePicture, ...] = ()
    """Pictures of the event, each with its credit."""

    @property
    def page(self) -> str:
        return meeting_page(self.id)

    @property
    def protocol_file(self) -> str:
        return protocol_document(self.id) if self.protocol else ""

    @property
    def ics(self) -> str:
        return f"termine/{self.id}.ics"


@dataclass(frozen=True)
class SiteGoal(PrintableText):
    title: str
    rubric: str
    status: str
    due: str


@dataclass(frozen=True)
class SiteGroup(PrintableText):
    short_name: str
    name: str
    description: str
    fields_of_action: str
    leads: tuple[str, ...]
    """Only leads who consented to publication: "Anna Berg (Stadt Erfurt)"."""
    goals: tuple[SiteGoal, ...]


@dataclass(frozen=True)
class SiteMilestone(PrintableText):
    title: str
    due: str
    done: bool


@dataclass(frozen=True)
class SiteProject(PrintableText):
    name: str
    group: str
    town: str
    status: str
    goal: str
    milestones: tuple[SiteMilestone, ...]


@dataclass(frozen=True)
class SitePartner(PrintableText):
    name: str
    kind: str
    website: str
    """Only ``http(s)://`` addresses; else empty."""


@dataclass(frozen=True)
class SiteNews(PrintableText):
    id: int
    title: str
    date: str
    kind: str
    text: str
    link: str


@dataclass(frozen=True)
class Site(PrintableText):
    title: str
    """``Aktionsbündnis „Innenstädte mit Zukunft“``."""
    secretariat: str
    upcoming: tuple[SiteMeeting, ...]
    past: tuple[SiteMeeting, ...]
    groups: tuple[SiteGroup, ...]
    projects: tuple[SiteProject, ...]
    partners: tuple[SitePartner, ...]
    news: tuple[SiteNews, ...]
    modified: datetime
    """The newest change of anything shown (the calendar's DTSTAMP, never the clock)."""
    catalogue: Catalogue | None = None
    """The knowledge catalogue's published part (cases, initiatives, Wegweiser)."""

    @property
    def meetings(self) -> tuple[SiteMeeting, ...]:
        return self.upcoming + self.past
