"""Everything a meeting's documents show (invitation, agenda, protocol, lists, calendar entry).

The services build these frozen values and the exports render them; the names of their fields
are the tags that Word templates may use (documented in ``resources/templates/LIESMICH.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.text import PrintableText


@dataclass(frozen=True)
class Sender(PrintableText):
    """Who sends invitations and protocols: the secretariat (Geschäftsstelle)."""

    name: str
    email: str


@dataclass(frozen=True)
class MeetingHeader(PrintableText):
    id: int
    uid: str
    sequence: int
    title: str
    kind: str
    group: str
    starts_at: datetime
    ends_at: datetime
    date: str
    weekday: str
    start: str
    end: str
    format: str
    location: str
    host: str
    place: str
    online_link: str
    status: str
    status_code: str = "planned"
    rsvp_by: str = ""
    """Reply by (Rückmeldung bis), TT.MM.JJJJ, or empty."""
    """The status as the program stores it (``MeetingStatus`` value), for calendar files."""


@dataclass(frozen=True)
class AgendaLine(PrintableText):
    number: int
    title: str
    presenter: str
    minutes: str


@dataclass(frozen=True)
class PersonLine(PrintableText):
    name: str
    organisation: str
    email: str
    response: str
    attended: str
    response_code: str = "open"
    """The response as the program stores it (``InvitationResponse`` value)."""


@dataclass(frozen=True)
class TaskLine(PrintableText):
    number: int
    description: str
    responsible: str
    due: str
    done: str


@dataclass(frozen=True)
class ProtocolTop(PrintableText):
    number: int
    title: str
    presenter: str
    discussion: str
    paragraphs: tuple[str, ...]
    decisions: tuple[str, ...]
    tasks: tuple[TaskLine, ...]


@dataclass(frozen=True)
class ProtocolPart(PrintableText):
    author: str
    sent_on: str
    tops: tuple[ProtocolTop, ...]
    decisions: tuple[str, ...]
    tasks: tuple[TaskLine, ...]
    chair: str = ""
    """Who chaired the meeting (Sitzungsleitung)."""


@dataclass(frozen=True)
class MeetingDocument(PrintableText):
    """The context of every meeting document."""

    meeting: MeetingHeader
    agenda: tuple[AgendaLine, ...]
    agenda_total_minutes: int
    invitees: tuple[PersonLine, ...]
    attendees: tuple[PersonLine, ...]
    excused: tuple[PersonLine, ...]
    protocol: ProtocolPart
    sender: Sender
    today: str
    unnamed_attendees: int = 0
    """Attendees left unnamed in the public variant (no consent to publication)."""


def sample_document(sender: Sender) -> MeetingDocument:
    """A fully filled fictitious meeting, to try a user's template before it is taken."""
    person = PersonLine("Dr. Erika Muster", "Muster & Söhne <KG>", "erika.muster@example.org",
                        "zugesagt", "ja")
    task = TaskLine(1, "Standorte prüfen", "Erika Muster", "31.05.2024", "offen")
    top = ProtocolTop(1, "Begrüßung", "Geschäftsstelle", "Text", ("Text",), ("Beschluss",),
                      (task,))
    start = datetime(2024, 5, 14, 10)
    header = MeetingHeader(
        id=0, uid="sample@buendnisbuero", sequence=0, title="Netzwerktreffen", kind="Netzwerk",
        group="AG Klima", starts_at=start, ends_at=start.replace(hour=12), date="14.05.2024",
        weekday="Dienstag", start="10:00", end="12:00", format="hybrid", location="Erfurt",
        host="Stadt Erfurt", place="Stadt Erfurt, Erfurt", online_link="https://example.org",
        status="geplant", rsvp_by="07.05.2024")
    return MeetingDocument(
        meeting=header, agenda=(AgendaLine(1, "Begrüßung", "Geschäftsstelle", "10 Min."),),
        agenda_total_minutes=10, invitees=(person,), attendees=(person,), excused=(person,),
        protocol=ProtocolPart("Erika Muster", "20.05.2024", (top,), ("Beschluss",), (task,),
                              chair="Max Beispiel"),
        sender=sender, today="01.05.2024")


@dataclass(frozen=True)
class Addressee(PrintableText):
    """One invitee as a letter addresses them: the lines of the address block (business
    address: their own, else their organisation's) and the salutation."""

    address: tuple[str, ...]
    salutation: str


def letter_salutation(salutation: str, title: str, first_name: str, last_name: str) -> str:
    """ "Sehr geehrte Frau Dr. Müller," / "Sehr geehrter Herr …," / "Guten Tag Vorname
    Nachname," for a person without a salutation."""
    name = " ".join(part for part in (title.strip(), last_name.strip()) if part)
    form = salutation.strip().casefold()
    if form == "frau":
        return f"Sehr geehrte Frau {name},"
    if form == "herr":
        return f"Sehr geehrter Herr {name},"
    full = " ".join(part for part in (first_name.strip(), last_name.strip()) if part)
    return f"Guten Tag {full}," if full else "Sehr geehrte Damen und Herren,"


def address_lines(*, salutation: str, title: str, first_name: str, last_name: str,
                  organisation: str, street: str, postal_code: str, city: str) -> tuple[str, ...]:
    """The recipient lines of a DIN 5008 address block, empty lines left out."""
    name = " ".join(part for part in (salutation.strip(), title.strip(), first_name.strip(),
                                      last_name.strip()) if part)
    town = " ".join(part for part in (postal_code.strip(), city.strip()) if part)
    return tuple(line for line in (organisation.strip(), name, street.strip(), town) if line)
