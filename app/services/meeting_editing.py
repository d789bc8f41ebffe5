"""Creating, changing and deleting a meeting's core data, with German validation messages."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select

from app.db.database import Database
from app.db.versions import HeldVersion
from app.domain.enums import MeetingFormat, MeetingKind, MeetingStatus
from app.domain.errors import ValidationError
from app.domain.formatting import WEEKDAYS, format_date
from app.domain.models import Meeting, Organisation, WorkingGroup
from app.domain.text import is_web_address
from app.services import continuity
from app.services.holidays_th import holiday_warning

TITLE_MAX = 300
PLACE_MAX = 300
LINK_MAX = 500


@dataclass(frozen=True)
class MeetingDraft:
    """The editable core of a meeting, as the editor shows it and hands it back."""

    kind: MeetingKind
    title: str
    starts_at: datetime
    ends_at: datetime
    format: MeetingFormat = MeetingFormat.IN_PERSON
    group_id: int | None = None
    location: str = ""
    host_organisation_id: int | None = None
    online_link: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    notes: str = ""
    rsvp_by: date | None = None
    """Reply by (Rückmeldung bis); on or before the meeting's day."""
    public: bool = False
    """Shown on the alliance's website (with its agenda items flagged public)."""

    def cleaned(self) -> MeetingDraft:
        return replace(self, title=self.title.strip(), location=self.location.strip(),
                       online_link=self.online_link.strip(), notes=self.notes.strip())


@dataclass(frozen=True)
class Choice:
    """An entry of a selection list: id and German text."""

    id: int
    text: str


def validation_problems(draft: MeetingDraft) -> list[tuple[str, str]]:
    """Every problem of a draft as (field, German message); empty when the draft can be saved."""
    draft = draft.cleaned()
    problems: list[tuple[str, str]] = []
    if not draft.title:
        problems.append(("title", "Bitte einen Titel eingeben."))
    elif len(draft.title) > TITLE_MAX:
        problems.append(("title", f"Der Titel ist zu lang (höchstens {TITLE_MAX} Zeichen)."))
    if draft.ends_at <= draft.starts_at:
        problems.append(("ends_at", "Das Ende muss nach dem Beginn liegen."))
    elif (draft.ends_at - draft.starts_at).days >= 7:
        problems.append(("ends_at", "Eine Sitzung kann nicht länger als eine Woche dauern."))
    if draft.rsvp_by is not None and draft.rsvp_by > draft.starts_at.date():
        problems.append(("rsvp_by", "Die Rückmeldung muss spätestens am Tag der Sitzung "
                                    "erbeten werden."))
    if draft.kind is MeetingKind.GROUP_SESSION and draft.group_id is None:
        problems.append(("group_id", "Für eine AG-Sitzung bitte die Arbeitsgruppe wählen."))
    problems.extend(_place_problems(draft))
    return problems


def _place_problems(draft: MeetingDraft) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    online = draft.format in (MeetingFormat.DIGITAL, MeetingFormat.HYBRID)
    on_site = draft.format in (MeetingFormat.IN_PERSON, MeetingFormat.HYBRID)
    if online and not draft.online_link:
        problems.append(("online_link",
                         "Für eine digitale oder hybride Sitzung bitte den Online-Link angeben."))
    if draft.online_link and not is_web_address(draft.online_link):
        problems.append(("online_link",
                         "Der Online-Link muss mit https:// oder http:// beginnen."))
    if len(draft.online_link) > LINK_MAX:
        problems.append(("online_link", f"Der Online-Link ist zu lang (höchstens {LINK_MAX} "
                                        "Zeichen)."))
    if on_site and not draft.location and draft.host_organisation_id is None:
        problems.append(("location", "Für eine Sitzung vor Ort bitte den Ort oder den "
                                     "gastgebenden Partner angeben."))
    if len(draft.location) > PLACE_MAX:
        problems.append(("location", f"Der Ort ist zu lang (höchstens {PLACE_MAX} Zeichen)."))
    return problems


def validate_meeting(draft: MeetingDraft) -> MeetingDraft:
    """The cleaned draft, or a ValidationError naming the first problem."""
    problems = validation_problems(draft)
    if problems:
        field, message = problems[0]
        raise ValidationError(message, field=field)
    return draft.cleaned()


def meeting_warnings(draft: MeetingDraft) -> list[str]:
    """Hints about the day that do not stop saving: a weekend, Christmas Eve or New Year's Eve,
    a public holiday in Thüringen."""
    day = draft.starts_at.date()
    warnings = []
    if day.weekday() >= 5:
        warnings.append(f"Der {format_date(day)} ist ein {WEEKDAYS[day.weekday()]}.")
    if (day.month, day.day) in ((12, 24), (12, 31)):
        name = "Heiligabend" if day.day == 24 else "Silvester"
        warnings.append(f"Der {format_date(day)} ist {name}; viele Partner sind nicht im Dienst.")
    holiday = holiday_warning(day)
    if holiday:
        warnings.append(holiday)
    return warnings


def overlap_warnings(db: Database, draft: MeetingDraft,
                     meeting_id: int | None = None) -> list[str]:
    """Other meetings at the same time of the same body (the network, an AG, the leaders'
    round) or at the same place."""
    draft = draft.cleaned()
    with db.reading() as session:
        others = session.execute(
            select(Meeting.title, Meeting.starts_at, Meeting.ends_at, Meeting.kind,
                   Meeting.group_id, Meeting.location, Meeting.host_organisation_id)
            .where(Meeting.starts_at < draft.ends_at, Meeting.ends_at > draft.starts_at,
                   Meeting.status != MeetingStatus.CANCELLED, Meeting.id != (meeting_id or 0))
            .order_by(Meeting.starts_at)).all()
    body = continuity.body_of(draft.kind, draft.group_id)
    warnings = []
    for title, starts, ends, kind, group_id, location, host_id in others:
        when = f"„{title}“ ({format_date(starts.date())}, {starts:%H:%M}–{ends:%H:%M} Uhr)"
        if body is not None and continuity.body_of(kind, group_id) == body:
            warnings.append(f"Zur selben Zeit tagt dasselbe Gremium: {when}.")
        elif draft.format is not MeetingFormat.DIGITAL and (
                (draft.location and location and draft.location.casefold() == location.casefold()
                 and (draft.host_organisation_id == host_id or not host_id))
                or (draft.host_organisation_id is not None
                    and draft.host_organisation_id == host_id)):
            warnings.append(f"Zur selben Zeit ist am selben Ort {when}.")
    return warnings


def create_meeting(db: Database, draft: MeetingDraft, *, follow_on: bool = False) -> int:
    """Store a new meeting; with ``follow_on`` it takes over from the body's last meeting
    (see ``continuity``). Returns its id."""
    draft = validate_meeting(draft)
    proposed = (continuity.proposal(db, draft.kind, draft.group_id, draft.starts_at)
                if follow_on else None)
    with db.unit_of_work() as session:
        meeting = Meeting(kind=draft.kind, title=draft.title, starts_at=draft.starts_at,
                          ends_at=draft.ends_at)
        _apply(meeting, draft)
        session.add(meeting)
        session.flush()
        if proposed is not None:
            continuity.follow_on(session, meeting, proposed)
            session.flush()
        return meeting.id


def update_meeting(db: Database, meeting_id: int, draft: MeetingDraft, *,
                   poll_closed_on: date | None = None) -> None:
    """Store the core data; ``poll_closed_on`` also closes the date poll (one transaction)."""
    draft = validate_meeting(draft)
    with db.unit_of_work() as session:
        meeting = session.get_one(Meeting, meeting_id)
        _apply(meeting, draft)
        if poll_closed_on is not None:
            meeting.poll_closed_on = poll_closed_on


def delete_meeting(db: Database, meeting_id: int) -> None:
    with db.unit_of_work() as session:
        session.delete(session.get_one(Meeting, meeting_id))


def hold_meeting(db: Database, meeting_id: int) -> HeldVersion:
    """The meeting's stored version, for an editor that saves the meeting and its parts: take it
    before loading what the editor shows, so that a change in between is seen as a conflict."""
    with db.reading() as session:
        return HeldVersion(Meeting, meeting_id, int(session.get_one(Meeting, meeting_id).version))


def load_meeting(db: Database, meeting_id: int) -> MeetingDraft:
    with db.reading() as session:
        meeting = session.get_one(Meeting, meeting_id)
        return MeetingDraft(
            kind=meeting.kind, title=meeting.title, starts_at=meeting.starts_at,
            ends_at=meeting.ends_at, format=meeting.format, group_id=meeting.group_id,
            location=meeting.location or "", host_organisation_id=meeting.host_organisation_id,
            online_link=meeting.online_link or "", status=meeting.status,
            notes=meeting.notes or "", rsvp_by=meeting.rsvp_by, public=meeting.public)


def group_choices(db: Database) -> list[Choice]:
    with db.reading() as session:
        groups = session.scalars(select(WorkingGroup).order_by(WorkingGroup.name))
        return [Choice(group.id, f"{group.short_name} – {group.name}") for group in groups]


def group_short_choices(db: Database) -> list[Choice]:
    """The AGs by their short names, for filters."""
    with db.reading() as session:
        groups = session.scalars(select(WorkingGroup).order_by(WorkingGroup.name))
        return [Choice(group.id, group.short_name) for group in groups]


def host_choices(db: Database) -> list[Choice]:
    """Partner organisations that can host a meeting, by name."""
    with db.reading() as session:
        rows = session.execute(select(Organisation.id, Organisation.name)
                               .where(Organisation.archived.is_(False))
                               .order_by(Organisation.is_partner.desc(), Organisation.name))
        return [Choice(organisation_id, name) for organisation_id, name in rows]


def _apply(meeting: Meeting, draft: MeetingDraft) -> None:
    meeting.kind = draft.kind
    meeting.title = draft.title
    meeting.starts_at = draft.starts_at
    meeting.ends_at = draft.ends_at
    meeting.format = draft.format
    meeting.group_id = draft.group_id
    meeting.location = draft.location or None
    meeting.host_organisation_id = draft.host_organisation_id
    meeting.online_link = draft.online_link or None
    meeting.status = draft.status
    meeting.notes = draft.notes or None
    meeting.rsvp_by = draft.rsvp_by
    meeting.public = draft.public
