"""Outlook calendar entries (.ics) of meetings, in Europe/Berlin with its VTIMEZONE.

A single meeting is a METHOD:REQUEST with organiser and attendees, so Outlook treats it as an
invitation; its UID stays the same and SEQUENCE rises when the meeting changes, so the
appointment is updated rather than duplicated. A period is exported as METHOD:PUBLISH.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

from app import __version__
from app.exports.files import check_suffix, write_bytes_atomically
from app.services.meeting_documents import MeetingDocument, Sender

BERLIN = ZoneInfo("Europe/Berlin")
PRODUCT_ID = f"-//LEG Thüringen//Bündnisbüro {__version__}//DE"


def _calendar(method: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    return calendar


def _organiser(sender: Sender) -> vCalAddress:
    organiser = vCalAddress(f"mailto:{sender.email}")
    organiser.params["cn"] = vText(sender.name)
    return organiser


def agenda_text(document: MeetingDocument) -> str:
    lines = [f"Tagesordnung „{document.meeting.title}“:"]
    lines += [f"TOP {item.number}: {item.title}"
              + (f" ({item.presenter})" if item.presenter else "") for item in document.agenda]
    if document.meeting.online_link:
        lines += ["", f"Online-Zugang: {document.meeting.online_link}"]
    return "\n".join(lines)


def meeting_event(document: MeetingDocument, *, stamp: datetime,
                  with_attendees: bool) -> Event:
    meeting = document.meeting
    event = Event()
    event.add("uid", meeting.uid)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("sequence", meeting.sequence)
    event.add("summary", meeting.title)
    event.add("dtstart", meeting.starts_at.replace(tzinfo=BERLIN))
    event.add("dtend", meeting.ends_at.replace(tzinfo=BERLIN))
    event.add("location", meeting.place if meeting.place != meeting.format
              else meeting.online_link or meeting.place)
    event.add("description", agenda_text(document))
    event.add("categories", [meeting.kind])
    event.add("status", "CANCELLED" if meeting.status == "abgesagt" else "CONFIRMED")
    if meeting.online_link:
        event.add("url", meeting.online_link)
    event.add("organizer", _organiser(document.sender))
    if with_attendees:
        for person in document.invitees:
            if person.email:
                attendee = vCalAddress(f"mailto:{person.email}")
                attendee.params["cn"] = vText(person.name)
                attendee.params["role"] = vText("REQ-PARTICIPANT")
                attendee.params["partstat"] = vText("NEEDS-ACTION")
                attendee.params["rsvp"] = vText("TRUE")
                event.add("attendee", attendee, encode=False)
    return event


def meeting_ics_bytes(document: MeetingDocument, *, stamp: datetime) -> bytes:
    calendar = _calendar("REQUEST")
    calendar.add_component(meeting_event(document, stamp=stamp, with_attendees=True))
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def export_meeting_ics(document: MeetingDocument, out: Path, *, stamp: datetime) -> Path:
    check_suffix(out, (".ics",))
    content = meeting_ics_bytes(document, stamp=stamp)
    return write_bytes_atomically(out, content)


def export_calendar_ics(documents: Sequence[MeetingDocument], out: Path, *,
                        stamp: datetime) -> Path:
    """All given meetings in one calendar file to import into Outlook."""
    check_suffix(out, (".ics",))
    calendar = _calendar("PUBLISH")
    for document in documents:
        calendar.add_component(meeting_event(document, stamp=stamp, with_attendees=False))
    calendar.add_missing_timezones()
    content = bytes(calendar.to_ical())
    return write_bytes_atomically(out, content)
