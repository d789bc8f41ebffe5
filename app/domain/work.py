"""Hours worked by the secretariat's staff and its public-relations items."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Versioned, enum_type
from app.domain.enums import PrKind, TimeCategory
from app.domain.groups import WorkingGroup
from app.domain.meetings import Meeting
from app.domain.projects import PilotProject

QUARTER_HOUR_MINUTES = 15
DAY_MINUTES = 24 * 60


class StaffMember(Versioned, Base):
    """A member of the secretariat's staff who records hours."""

    __tablename__ = "staff_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(default=True)


class TimeEntry(Versioned, Base):
    """Time spent by a staff member on one day, in quarter hours, for a category."""

    __tablename__ = "time_entries"
    __table_args__ = (
        CheckConstraint(
            f"minutes > 0 AND minutes <= {DAY_MINUTES} AND minutes % {QUARTER_HOUR_MINUTES} = 0",
            name="quarter_hours_within_day",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_member_id: Mapped[int] = mapped_column(
        ForeignKey("staff_members.id", ondelete="RESTRICT"), index=True
    )
    work_date: Mapped[date] = mapped_column(index=True)
    minutes: Mapped[int]
    category: Mapped[TimeCategory] = mapped_column(enum_type(TimeCategory), index=True)
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("pilot_projects.id", ondelete="SET NULL"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str | None] = mapped_column(Text)

    staff_member: Mapped[StaffMember] = relationship()
    project: Mapped[PilotProject | None] = relationship()
    meeting: Mapped[Meeting | None] = relationship()

    @property
    def hours(self) -> float:
        return self.minutes / 60


class PrItem(Versioned, Base):
    """A piece of public-relations work: teaser text, press article, post, newsletter, web page."""

    __tablename__ = "pr_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[PrKind] = mapped_column(enum_type(PrKind), index=True)
    title: Mapped[str] = mapped_column(String(300))
    published_on: Mapped[date] = mapped_column(index=True)
    channel: Mapped[str | None] = mapped_column(String(200))
    link: Mapped[str | None] = mapped_column(String(500))
    text: Mapped[str | None] = mapped_column(Text)
    public: Mapped[bool] = mapped_column(default=False)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("working_groups.id", ondelete="SET NULL"), index=True
    )

    group: Mapped[WorkingGroup | None] = relationship()
