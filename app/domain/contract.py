"""The contract as data: its term, yearly quotas, hour budgets, reporting periods and the rule
by which a protocol counts as sent promptly ("zeitnah")."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Versioned, enum_type
from app.domain.enums import QuotaKind, TimeCategory

DEFAULT_PROTOCOL_DUE_DAYS = 10
"""A new contract asks for the protocol within this many working days."""


class Contract(Versioned, Base):
    """A contract (Vertrag) between the client and the secretariat; contracts follow each other."""

    __tablename__ = "contracts"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="term_ordered"),
        CheckConstraint("protocol_due_days > 0", name="due_days_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client: Mapped[str] = mapped_column(String(300))
    title: Mapped[str] = mapped_column(String(300))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    protocol_due_days: Mapped[int] = mapped_column(default=DEFAULT_PROTOCOL_DUE_DAYS)
    protocol_due_working_days: Mapped[bool] = mapped_column(default=True)
    """True: the days are working days (weekends and Thuringian holidays excluded)."""

    quotas: Mapped[list[Quota]] = relationship(
        back_populates="contract", cascade="all, delete-orphan",
        order_by="(Quota.year, Quota.kind)")
    budgets: Mapped[list[Budget]] = relationship(
        back_populates="contract", cascade="all, delete-orphan",
        order_by="(Budget.period_start, Budget.category)")
    reporting_periods: Mapped[list[ReportingPeriod]] = relationship(
        back_populates="contract", cascade="all, delete-orphan",
        order_by="ReportingPeriod.due_date")


class Quota(Versioned, Base):
    """How many of something the contract allows (or asks for) in one year."""

    __tablename__ = "quotas"
    __table_args__ = (
        UniqueConstraint("contract_id", "kind", "year"),
        CheckConstraint("allowed >= 0", name="allowed_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[QuotaKind] = mapped_column(enum_type(QuotaKind))
    year: Mapped[int]
    allowed: Mapped[int]

    contract: Mapped[Contract] = relationship(back_populates="quotas")


class Budget(Versioned, Base):
    """An hour budget for a time category over a period (e.g. pilot projects: 360 h)."""

    __tablename__ = "budgets"
    __table_args__ = (
        UniqueConstraint("category", "period_start"),
        CheckConstraint("hours > 0", name="hours_positive"),
        CheckConstraint("period_end >= period_start", name="period_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    category: Mapped[TimeCategory] = mapped_column(enum_type(TimeCategory))
    hours: Mapped[int]
    period_start: Mapped[date]
    period_end: Mapped[date]

    contract: Mapped[Contract] = relationship(back_populates="budgets")


class ReportingPeriod(Versioned, Base):
    """A reporting period whose status report is due on a fixed date."""

    __tablename__ = "reporting_periods"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="period_ordered"),
        CheckConstraint("due_date >= end_date", name="due_after_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200), unique=True)
    start_date: Mapped[date]
    end_date: Mapped[date]
    due_date: Mapped[date]

    contract: Mapped[Contract] = relationship(back_populates="reporting_periods")
