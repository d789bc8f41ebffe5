"""A newsletter of the alliance: chosen PR items, the next public dates and recent results, to
the persons of a distribution list who agreed to be contacted."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.documents.meeting import Sender
from app.domain.documents.website import SiteMeeting, SiteNews
from app.domain.text import PrintableText


@dataclass(frozen=True)
class Recipient(PrintableText):
    name: str
    email: str


@dataclass(frozen=True)
class Newsletter(PrintableText):
    subject: str
    date: str
    sender: Sender
    recipients: tuple[Recipient, ...]
    items: tuple[SiteNews, ...]
    dates: tuple[SiteMeeting, ...]
    results: tuple[SiteMeeting, ...]
    list_name: str
