"""Copying a meeting to another date, and series of meetings (e.g. every second Thursday): the
agenda, the invitees, place and format go along; protocol, poll and answers start afresh."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from app.db.database import Database
from app.domain.enums import InvitationResponse, MeetingStatus
from app.domain.errors import ValidationError
from app.domain.formatting import format_date
from app.domain.models import AgendaItem, Invitation, Meeting
from app.services.holidays_th import holiday_name, is_working_day

MAX_SERIES = 52


def series_dates(first: date, *, every_weeks: int, count: int,
                 skip_holidays: bool = True) -> list[date]:
    """``count`` dates from ``first`` every ``every_weeks`` weeks; a date on a holiday (or a
    weekend) is left out, not moved, when ``skip_holidays``."""
    if not 1 <= every_weeks <= 52:
        raise ValidationError("Der Abstand muss 1 bis 52 Wochen betragen.")
    if not 1 <= count <= MAX_SERIES:
        raise ValidationError(f"Eine Serie hat 1 bis {MAX_SERIES} Termine.")
    if skip_holidays and first.weekday() >= 5:
        raise ValidationError(f"Der {format_date(first)} ist ein Wochenendtag; alle Termine der "
                              "Serie fielen auf das Wochenende.")
    days: list[date] = []
    day = first
    while len(days) < count:
        if not skip_holidays or is_working_day(day):
            days.append(day)
        day += timedelta(weeks=every_weeks)
    return days


def skipped_days(first: date, *, every_weeks: int, count: int) -> list[str]:
    """The dates a series leaves out, in German ("03.10.2027 (Tag der Deutschen Einheit)")."""
    kept = set(series_dates(first, every_weeks=every_weeks, count=count))
    last = max(kept)
    skipped = []
    day = first
    while day <= last:
        if day not in kept:
            skipped.append(f"{format_date(day)} ({holiday_name(day) or 'Wochenende'})")
        day += timedelta(weeks=every_weeks)
    return skipped


def copy_meeting(db: Database, meeting_id: int, days: Sequence[date]) -> list[int]:
    """One copy of the meeting on each day, at the same time of day; returns the new ids."""
    if not days:
        raise ValidationError("Bitte mindestens ein Datum für die Kopie wählen.")
    with db.unit_of_work() as session:
        source = session.get_one(Meeting, meeting_id)
        duration = source.ends_at - source.starts_at
        copies = []
        for day in days:
            starts = datetime.combine(day, source.starts_at.time())
            copy = Meeting(
                kind=source.kind, group_id=source.group_id, title=source.title, starts_at=starts,
                ends_at=starts + duration, format=source.format, location=source.location,
                host_organisation_id=source.host_organisation_id,
                online_link=source.online_link, status=MeetingStatus.PLANNED,
                notes=source.notes, public=source.public,
                rsvp_by=day - (source.starts_at.date() - source.rsvp_by)
                if source.rsvp_by else None)
            copy.agenda_items = [AgendaItem(position=item.position, title=item.title,
                                            presenter=item.presenter,
                                            planned_minutes=item.planned_minutes,
                                            public=item.public)
                                 for item in source.agenda_items]
            copy.invitations = [Invitation(person_id=invitation.person_id,
                                           response=InvitationResponse.OPEN)
                                for invitation in source.invitations]
            session.add(copy)
            copies.append(copy)
        session.flush()
        return [copy.id for copy in copies]
