"""Working groups (AGs), their memberships, yearly assessments and the goals of the alliance."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Versioned, enum_type
from app.domain.contacts import Person
from app.domain.enums import GoalRubric, GoalStatus, MemberRole


class WorkingGroup(Versioned, Base):
    """A working group (Arbeitsgruppe) of the alliance."""

    __tablename__ = "working_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(40), unique=True)
    fields_of_action: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )


class Membership(Versioned, Base):
    """A person's membership in a working group, with role and period."""

    __tablename__ = "memberships"
    __table_args__ = (
        CheckConstraint("valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from",
                        name="period_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("working_groups.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    role: Mapped[MemberRole] = mapped_column(enum_type(MemberRole), default=MemberRole.MEMBER)
    valid_from: Mapped[date | None]
    valid_to: Mapped[date | None]

    group: Mapped[WorkingGroup] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship(back_populates="memberships")


class GroupAssessment(Versioned, Base):
    """Strengths, weaknesses and challenges of an AG (or, without AG, the alliance) for one year."""

    __tablename__ = "group_assessments"
    __table_args__ = (UniqueConstraint("group_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("working_groups.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int]
    summary: Mapped[str | None] = mapped_column(Text)
    strengths: Mapped[str | None] = mapped_column(Text)
    weaknesses: Mapped[str | None] = mapped_column(Text)
    challenges: Mapped[str | None] = mapped_column(Text)

    group: Mapped[WorkingGroup | None] = relationship()


class Goal(Versioned, Base):
    """A goal of the alliance (no AG) or of one AG, grouped by rubric."""

    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("working_groups.id", ondelete="CASCADE"), index=True
    )
    rubric: Mapped[GoalRubric] = mapped_column(enum_type(GoalRubric))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[date | None]
    status: Mapped[GoalStatus] = mapped_column(enum_type(GoalStatus), default=GoalStatus.OPEN)
    public: Mapped[bool] = mapped_column(default=False)

    group: Mapped[WorkingGroup | None] = relationship()
