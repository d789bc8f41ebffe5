"""Organisations (partners, institutions) and persons (contacts)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Versioned, enum_type
from app.domain.enums import OrganisationKind

if TYPE_CHECKING:
    from app.domain.groups import Membership


class Organisation(Versioned, Base):
    """A partner of the alliance or another institution."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[OrganisationKind] = mapped_column(
        enum_type(OrganisationKind), default=OrganisationKind.OTHER
    )
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    website: Mapped[str | None] = mapped_column(String(300))
    is_partner: Mapped[bool] = mapped_column(default=False)
    partner_since: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(default=False)

    persons: Mapped[list[Person]] = relationship(back_populates="organisation")


class Person(Versioned, Base):
    """A contact person, usually working for an organisation."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    salutation: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str | None] = mapped_column(String(40))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    function: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    consent: Mapped[bool] = mapped_column(default=False)
    consent_date: Mapped[date | None]
    consent_purpose: Mapped[str | None] = mapped_column(String(200))
    consent_source: Mapped[str | None] = mapped_column(String(200))
    restricted: Mapped[bool] = mapped_column(default=False)
    publication_consent: Mapped[bool] = mapped_column(default=False)
    """Consent to name, organisation and role on the alliance's website (never e-mail or phone)."""
    publication_consent_date: Mapped[date | None]
    archived: Mapped[bool] = mapped_column(default=False)

    organisation: Mapped[Organisation | None] = relationship(back_populates="persons")
    memberships: Mapped[list[Membership]] = relationship(back_populates="person")

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)


def publishable_person(person: Person) -> bool:
    """Whether a person may be named in public: consent given, processing not restricted."""
    return person.publication_consent and not person.restricted and not person.archived
