"""Outlook calendar entries (.ics) of meetings, in Europe/Berlin with its VTIMEZONE.

A single meeting is a METHOD:REQUEST with organiser and attendees, so Outlook treats it as an
invitation; its UID stays the same and SEQUENCE rises when the meeting changes, so the
appointment is updated rather than duplicated. A period is exported as METHOD:PUBLISH.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vText,
)

from app import __version__
from app.domain.documents.meeting import MeetingDocument, Sender
from app.domain.text import one_line
from app.exports.files import check_suffix, write_bytes_atomically

BERLIN = ZoneInfo("Europe/Berlin")
CALENDAR_STATUS = {"planned": "TENTATIVE", "invited": "CONFIRMED", "held": "CONFIRMED",
                   "protocol_sent": "CONFIRMED", "cancelled": "CANCELLED"}
"""A meeting still being planned is tentative; once invited or held it is confirmed."""
PARTSTAT = {"open": "NEEDS-ACTION", "accepted": "ACCEPTED", "declined": "DECLINED"}
PRODUCT_ID = f"-//LEG Thüringen//Bündnisbüro {__version__}//DE"


def new_calendar(method: str) -> Calendar:
    """A calendar of this program (PRODID, VERSION, GREGORIAN) with the given METHOD."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    return calendar


def berlin_timezone() -> Timezone:
    """Europe/Berlin with the EU summer-time rule (since 1996) as RRULEs, the way Outlook writes
    it; a list of single dates, as generated from the zone database, is less widely understood.
    """
    timezone = Timezone()
    timezone.add("tzid", "Europe/Berlin")
    for component, name, offsets, start, month in (
            (TimezoneDaylight(), "CEST", (1, 2), datetime(1996, 3, 31, 2), 3),
            (TimezoneStandard(), "CET", (2, 1), datetime(1996, 10, 27, 3), 10)):
        component.add("tzname", name)
        component.add("tzoffsetfrom", timedelta(hours=offsets[0]))
        component.add("tzoffsetto", timedelta(hours=offsets[1]))
        component.add("dtstart", start)
        component.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        timezone.add_component(component)
    return timezone


def _organiser(sender: Sender) -> vCalAddress:
    organiser = vCalAddress(f"mailto:{one_line(sender.email)}")
    organiser.params["cn"] = vText(sender.name)
    return organiser


def agenda_text(document: MeetingDocument) -> str:
    lines = [f"Tagesordnung „{document.meeting.title}“:"]
    lines += [f"TOP {item.number}: {item.title}"
              + (f" ({item.presenter})" if item.presenter else "") for item in document.agenda]
    if document.meeting.online_link:
        lines += ["", f"Online-Zugang: {document.meeting.online_link}"]
    if document.meeting.rsvp_by:
        lines += ["", f"Rückmeldung erbeten bis {document.meeting.rsvp_by}."]
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
    event.add("status", CALENDAR_STATUS.get(meeting.status_code, "CONFIRMED"))
    if meeting.online_link:
        event.add("url", one_line(meeting.online_link))
    event.add("organizer", _organiser(document.sender))
    if with_attendees:
        for person in document.invitees:
            if person.email:
                attendee = vCalAddress(f"mailto:{one_line(person.email)}")
                attendee.params["cn"] = vText(person.name)
                attendee.params["role"] = vText("REQ-PARTICIPANT")
                attendee.params["partstat"] = vText(PARTSTAT.get(person.response_code,
                                                                 "NEEDS-ACTION"))
                attendee.params["rsvp"] = vText("TRUE")
                event.add("attendee", attendee, encode=False)
    return event


def meeting_ics_bytes(document: MeetingDocument, *, stamp: datetime) -> bytes:
    calendar = new_calendar("REQUEST")
    calendar.add_component(berlin_timezone())
    calendar.add_component(meeting_event(document, stamp=stamp, with_attendees=True))
    return bytes(calendar.to_ical())


def export_meeting_ics(document: MeetingDocument, out: Path, *, stamp: datetime) -> Path:
    check_suffix(out, (".ics",))
    content = meeting_ics_bytes(document, stamp=stamp)
    return write_bytes_atomically(out, content)


def export_calendar_ics(documents: Sequence[MeetingDocument], out: Path, *,
                        stamp: datetime) -> Path:
    """All given meetings in one calendar file to import into Outlook."""
    check_suffix(out, (".ics",))
    calendar = new_calendar("PUBLISH")
    calendar.add_component(berlin_timezone())
    for document in documents:
        calendar.add_component(meeting_event(document, stamp=stamp, with_attendees=False))
    content = bytes(calendar.to_ical())
    return write_bytes_atomically(out, content)
