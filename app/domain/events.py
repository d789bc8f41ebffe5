"""Registrations (Anmeldungen) for the alliance's public events, with a waiting list."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Versioned, enum_type
from app.domain.contacts import Person
from app.domain.enums import RegistrationStatus
from app.domain.meetings import Meeting


class Registration(Versioned, Base):
    """Someone registered for a public event: a known person or a free name."""

    __tablename__ = "registrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(320))
    registered_on: Mapped[date]
    status: Mapped[RegistrationStatus] = mapped_column(
        enum_type(RegistrationStatus), default=RegistrationStatus.REGISTERED)
    photo_consent: Mapped[bool] = mapped_column(default=False)
    publication_consent: Mapped[bool] = mapped_column(default=False)
    """Consent to the name being published (website, participant list)."""
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime)

    meeting: Mapped[Meeting] = relationship()
    person: Mapped[Person | None] = relationship()
