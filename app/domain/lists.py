"""Distribution lists (Verteiler) and the change log of contacts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Versioned
from app.domain.contacts import Person

distribution_list_members = Table(
    "distribution_list_members",
    Base.metadata,
    Column("list_id", Integer, ForeignKey("distribution_lists.id", ondelete="CASCADE"),
           primary_key=True),
    Column("person_id", Integer, ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class DistributionList(Versioned, Base):
    """A named list of persons (e.g. "Presse") for invitations and exports."""

    __tablename__ = "distribution_lists"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str | None] = mapped_column(Text)

    persons: Mapped[list[Person]] = relationship(secondary=distribution_list_members)


class ChangeLogEntry(Base):
    """Who changed which fields of which contact when; holds no personal values itself."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_name: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(index=True)
    action: Mapped[str] = mapped_column(String(20))
    fields: Mapped[str] = mapped_column(String(1000), default="")
