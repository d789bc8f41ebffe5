"""The alliance's knowledge catalogue ("Wissenstransfer"): practice examples (Best-Practice-
Börse), the overview of initiatives, the funding guide (Wegweiser) and the pictures of cases and
events with their credits."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Versioned, enum_type
from app.domain.contacts import Organisation, Person
from app.domain.enums import CaseStatus, CaseTopic, TownSize


class KnowledgeCase(Versioned, Base):
    """A practice example: what a town did about a problem of its centre, and what came of it."""

    __tablename__ = "knowledge_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    town: Mapped[str] = mapped_column(String(100), index=True)
    town_size: Mapped[TownSize | None] = mapped_column(enum_type(TownSize))
    district: Mapped[str | None] = mapped_column(String(100))
    """The Landkreis (or "kreisfreie Stadt")."""
    topic: Mapped[CaseTopic] = mapped_column(enum_type(CaseTopic), index=True)
    starting_situation: Mapped[str | None] = mapped_column(Text)
    solution: Mapped[str | None] = mapped_column(Text)
    actors: Mapped[str | None] = mapped_column(Text)
    results: Mapped[str | None] = mapped_column(Text)
    funding: Mapped[str | None] = mapped_column(Text)
    contact_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True)
    links: Mapped[str | None] = mapped_column(Text)
    """Web addresses, one per line."""
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("working_groups.id", ondelete="SET NULL"), index=True)
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("pilot_projects.id", ondelete="SET NULL"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"))
    status: Mapped[CaseStatus] = mapped_column(enum_type(CaseStatus), default=CaseStatus.DRAFT)
    status_since: Mapped[date]
    """When the status was last changed (a draft older than 90 days shows on the cockpit)."""
    public: Mapped[bool] = mapped_column(default=False)

    contact_organisation: Mapped[Organisation | None] = relationship()
    contact_person: Mapped[Person | None] = relationship()
    images: Mapped[list[CatalogueImage]] = relationship(
        back_populates="case", cascade="all, delete-orphan",
        order_by="(CatalogueImage.position, CatalogueImage.id)")


class Initiative(Versioned, Base):
    """An initiative or project for inner-city revitalisation (the AG WULIS overview)."""

    __tablename__ = "initiatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    town: Mapped[str] = mapped_column(String(100), index=True)
    organiser: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str | None] = mapped_column(String(100))
    """Free text: "Verein", "Förderprogramm der Stadt", "Bürgerinitiative" …"""
    description: Mapped[str | None] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(String(500))
    public: Mapped[bool] = mapped_column(default=False)


class FundingProgramme(Versioned, Base):
    """A funding programme of the Wegweiser zur Innenstadtförderung."""

    __tablename__ = "funding_programmes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    funder: Mapped[str] = mapped_column(String(200))
    applicants: Mapped[str | None] = mapped_column(Text)
    funded: Mapped[str | None] = mapped_column(Text)
    rate: Mapped[str | None] = mapped_column(String(200))
    """The rate or amount as the programme states it ("bis 90 %", "max. 50.000 €")."""
    deadlines: Mapped[str | None] = mapped_column(Text)
    valid_from: Mapped[date | None]
    valid_to: Mapped[date | None]
    link: Mapped[str | None] = mapped_column(String(500))
    contact: Mapped[str | None] = mapped_column(Text)
    checked_on: Mapped[date | None]
    """When the office last checked the entry against the funder's information."""
    public: Mapped[bool] = mapped_column(default=False)


class CatalogueImage(Versioned, Base):
    """A picture of a practice example or an event, kept in the database with its credit."""

    __tablename__ = "catalogue_images"
    __table_args__ = (
        CheckConstraint("(case_id IS NULL) <> (meeting_id IS NULL)", name="one_owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("knowledge_cases.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(40))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    caption: Mapped[str | None] = mapped_column(String(300))
    credit: Mapped[str | None] = mapped_column(String(200))
    """"Fotos: …" / "Quelle/Bildrechte: …"; without it the picture is never published or
    printed."""
    licence: Mapped[str | None] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(default=0)

    case: Mapped[KnowledgeCase | None] = relationship(back_populates="images")

    @property
    def printable(self) -> bool:
        return bool((self.credit or "").strip())
