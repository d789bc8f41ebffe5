"""Pilot projects of the working groups, their partners, milestones and documents."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Versioned, enum_type
from app.domain.contacts import Organisation
from app.domain.enums import ProjectStatus, TownSize
from app.domain.groups import WorkingGroup

project_partners = Table(
    "project_partners",
    Base.metadata,
    Column("project_id", ForeignKey("pilot_projects.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"),
           primary_key=True),
)


class PilotProject(Versioned, Base):
    """A pilot project of an AG (the contract asks for two per AG)."""

    __tablename__ = "pilot_projects"
    __table_args__ = (UniqueConstraint("group_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("working_groups.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    goal: Mapped[str | None] = mapped_column(Text)
    status: Mapped[ProjectStatus] = mapped_column(
        enum_type(ProjectStatus), default=ProjectStatus.IDEA
    )
    town: Mapped[str | None] = mapped_column(String(100))
    town_size: Mapped[TownSize | None] = mapped_column(enum_type(TownSize))
    funding_programme: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[date | None]
    public: Mapped[bool] = mapped_column(default=False)

    group: Mapped[WorkingGroup] = relationship()
    partners: Mapped[list[Organisation]] = relationship(secondary=project_partners)
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Milestone.due_date"
    )


class Milestone(Versioned, Base):
    """A milestone of a pilot project with due date and done flag."""

    __tablename__ = "milestones"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("pilot_projects.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[date | None]
    done: Mapped[bool] = mapped_column(default=False)

    project: Mapped[PilotProject] = relationship(back_populates="milestones")


class ProjectDocument(Versioned, Base):
    """A file kept with a pilot project."""

    __tablename__ = "project_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("pilot_projects.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255))
    source_path: Mapped[str] = mapped_column(String(1000))
    """Where the user picked the file from; the content itself is stored in the database."""
    added_at: Mapped[datetime] = mapped_column(DateTime)
    size_bytes: Mapped[int] = mapped_column(default=0)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
