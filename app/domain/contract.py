"""The contract's figures as data: quotas per year, hour budgets and reporting periods."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, Versioned, enum_type
from app.domain.enums import QuotaKind, TimeCategory


class Quota(Versioned, Base):
    """How many of something the contract allows (or asks for) in one year."""

    __tablename__ = "quotas"
    __table_args__ = (
        UniqueConstraint("kind", "year"),
        CheckConstraint("allowed >= 0", name="allowed_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[QuotaKind] = mapped_column(enum_type(QuotaKind))
    year: Mapped[int]
    allowed: Mapped[int]


class Budget(Versioned, Base):
    """An hour budget for a time category over a period (e.g. pilot projects: 360 h)."""

    __tablename__ = "budgets"
    __table_args__ = (
        UniqueConstraint("category", "period_start"),
        CheckConstraint("hours > 0", name="hours_positive"),
        CheckConstraint("period_end >= period_start", name="period_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[TimeCategory] = mapped_column(enum_type(TimeCategory))
    hours: Mapped[int]
    period_start: Mapped[date]
    period_end: Mapped[date]


class ReportingPeriod(Versioned, Base):
    """A reporting period whose status report is due on a fixed date."""

    __tablename__ = "reporting_periods"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="period_ordered"),
        CheckConstraint("due_date >= end_date", name="due_after_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200), unique=True)
    start_date: Mapped[date]
    end_date: Mapped[date]
    due_date: Mapped[date]
