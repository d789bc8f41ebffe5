"""Registrations for a public event: places up to the capacity, then a waiting list that moves
up when someone cancels; check-in at the door; the event's summary of results."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.domain.enums import MeetingKind, RegistrationStatus
from app.domain.errors import ValidationError
from app.domain.models import Meeting, Person, Registration
from app.services.contact_rules import normalise_email

EVENT_KINDS = (MeetingKind.PUBLIC_EVENT, MeetingKind.TRANSFER_EVENT)
MAX_CAPACITY = 100_000


@dataclass(frozen=True)
class RegistrationDraft:
    name: str
    organisation: str = ""
    email: str = ""
    photo_consent: bool = False
    publication_consent: bool = False
    person_id: int | None = None


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    name: str
    organisation: str
    email: str
    registered_on: date
    status: RegistrationStatus
    photo_consent: bool
    publication_consent: bool
    present: bool
    waiting_place: int | None
    """1 for the first on the waiting list."""


@dataclass(frozen=True)
class EventCounts:
    registered: int
    present: int
    waiting: int
    cancelled: int
    capacity: int | None

    @property
    def no_shows(self) -> int:
        return self.registered - self.present


def clean_registration(draft: RegistrationDraft) -> tuple[RegistrationDraft, list[str]]:
    """Trimmed values with the e-mail in normal form, and every problem in German."""
    name = " ".join(draft.name.split())
    email, email_problem = normalise_email(draft.email.strip()) if draft.email.strip() else (
        "", None)
    problems = []
    if not name:
        problems.append("Bitte einen Namen angeben.")
    if email_problem:
        problems.append(email_problem)
    return replace(draft, name=name, organisation=" ".join(draft.organisation.split()),
                   email=email), problems


def _event(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get_one(Meeting, meeting_id)
    if meeting.kind not in EVENT_KINDS:
        raise ValidationError("Anmeldungen gibt es nur für öffentliche Veranstaltungen und "
                              "Transferveranstaltungen.")
    return meeting


def _registered(session: Session, meeting_id: int) -> int:
    return len(session.scalars(select(Registration.id).where(
        Registration.meeting_id == meeting_id,
        Registration.status == RegistrationStatus.REGISTERED)).all())


def add_registrations(db: Database, meeting_id: int, drafts: Iterable[RegistrationDraft], *,
                      today: date) -> list[RegistrationStatus]:
    """Register each (all or none): a place while there is one, else the waiting list."""
    cleaned = []
    for number, draft in enumerate(drafts, start=1):
        clean, problems = clean_registration(draft)
        if problems:
            raise ValidationError(f"Anmeldung {number}: " + " ".join(problems))
        cleaned.append(clean)
    with db.unit_of_work() as session:
        meeting = _event(session, meeting_id)
        known = {email.casefold() for email in session.scalars(select(Registration.email).where(
            Registration.meeting_id == meeting_id,
            Registration.status != RegistrationStatus.CANCELLED)) if email}
        taken = _registered(session, meeting_id)
        contacts = _contacts_by_email(session, [draft.email for draft in cleaned])
        statuses = []
        for draft in cleaned:
            if draft.email and draft.email.casefold() in known:
                raise ValidationError(f"„{draft.email}“ ist für diese Veranstaltung schon "
                                      "angemeldet.")
            known.add(draft.email.casefold())
            status = (RegistrationStatus.REGISTERED
                      if meeting.capacity is None or taken < meeting.capacity
                      else RegistrationStatus.WAITING)
            taken += status is RegistrationStatus.REGISTERED
            person_id = draft.person_id or (contacts.get(draft.email.casefold())
                                            if draft.email else None)
            session.add(Registration(
                meeting_id=meeting_id, person_id=person_id, name=draft.name,
                organisation=draft.organisation or None, email=draft.email or None,
                registered_on=today, status=status, photo_consent=draft.photo_consent,
                publication_consent=draft.publication_consent))
            statuses.append(status)
        return statuses


def _contacts_by_email(session: Session, emails: list[str]) -> dict[str, int]:
    """Known persons by address, so that a registration with a contact's address belongs to
    that contact (access report, erasure)."""
    wanted = [email.casefold() for email in emails if email]
    if not wanted:
        return {}
    rows = session.execute(select(Person.id, Person.email).where(
        func.lower(Person.email).in_(wanted)))
    return {email.casefold(): person_id for person_id, email in rows if email}


def cancel(db: Database, registration_id: int) -> RegistrationRow | None:
    """Cancel a registration; a place that becomes free goes to the first on the waiting list,
    who is returned (to be told)."""
    with db.unit_of_work() as session:
        registration = session.get_one(Registration, registration_id)
        had_place = registration.status is RegistrationStatus.REGISTERED
        registration.status = RegistrationStatus.CANCELLED
        registration.checked_in_at = None
        session.flush()
        if not had_place:
            return None
        moved = _move_up(session, registration.meeting_id)
        return _row(moved[0], None) if moved else None


def set_event(db: Database, meeting_id: int, capacity: int | None, summary: str) -> int:
    """Store the capacity (more places move the waiting list up) and the summary of results;
    returns how many moved up."""
    if capacity is not None and not 1 <= capacity <= MAX_CAPACITY:
        raise ValidationError(f"Die Zahl der Plätze muss zwischen 1 und {MAX_CAPACITY} liegen.")
    with db.unit_of_work() as session:
        meeting = _event(session, meeting_id)
        meeting.capacity = capacity
        meeting.results_summary = summary.strip() or None
        session.flush()
        return len(_move_up(session, meeting_id))


def _move_up(session: Session, meeting_id: int) -> list[Registration]:
    meeting = session.get_one(Meeting, meeting_id)
    free = (None if meeting.capacity is None
            else meeting.capacity - _registered(session, meeting_id))
    waiting = session.scalars(select(Registration).where(
        Registration.meeting_id == meeting_id,
        Registration.status == RegistrationStatus.WAITING)
        .order_by(Registration.registered_on, Registration.id)).all()
    moved = list(waiting if free is None else waiting[:max(free, 0)])
    for registration in moved:
        registration.status = RegistrationStatus.REGISTERED
    return moved


def check_in(db: Database, registration_id: int, present: bool, *, now: datetime) -> None:
    with db.unit_of_work() as session:
        registration = session.get_one(Registration, registration_id)
        if present and registration.status is not RegistrationStatus.REGISTERED:
            raise ValidationError(f"{registration.name} ist {registration.status.label}, nicht "
                                  "angemeldet; bitte zuerst einen Platz geben.")
        registration.checked_in_at = now if present else None


def list_registrations(db: Database, meeting_id: int) -> list[RegistrationRow]:
    with db.reading() as session:
        rows = session.scalars(select(Registration).where(Registration.meeting_id == meeting_id)
                               .order_by(Registration.registered_on, Registration.id)).all()
        place = 0
        result = []
        for registration in rows:
            if registration.status is RegistrationStatus.WAITING:
                place += 1
            result.append(_row(registration, place if registration.status
                               is RegistrationStatus.WAITING else None))
        return sorted(result, key=lambda row: row.name.casefold())


def _row(registration: Registration, waiting_place: int | None) -> RegistrationRow:
    return RegistrationRow(
        id=registration.id, name=registration.name,
        organisation=registration.organisation or "", email=registration.email or "",
        registered_on=registration.registered_on, status=registration.status,
        photo_consent=registration.photo_consent,
        publication_consent=registration.publication_consent,
        present=registration.checked_in_at is not None, waiting_place=waiting_place)


def counts(rows: Iterable[RegistrationRow], capacity: int | None) -> EventCounts:
    listed = list(rows)
    return EventCounts(
        registered=sum(1 for row in listed if row.status is RegistrationStatus.REGISTERED),
        present=sum(1 for row in listed if row.present),
        waiting=sum(1 for row in listed if row.status is RegistrationStatus.WAITING),
        cancelled=sum(1 for row in listed if row.status is RegistrationStatus.CANCELLED),
        capacity=capacity)


def event_settings(db: Database, meeting_id: int) -> tuple[int | None, str]:
    with db.reading() as session:
        meeting = session.get_one(Meeting, meeting_id)
        return meeting.capacity, meeting.results_summary or ""
