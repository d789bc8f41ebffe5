"""Quotas used per year are counted from the data, against the contract's rows."""

from __future__ import annotations

from datetime import date

from app.db.database import Database
from app.domain.enums import QuotaKind, TimeCategory
from app.services.contract import (
    available_years,
    budget_status,
    list_reporting_periods,
    quota_status,
)


def test_quota_status_2023(demo_db: Database) -> None:
    status = {(q.kind, q.scope): q for q in quota_status(demo_db, 2023)}
    assert status[(QuotaKind.NETWORK_MEETINGS, "")].used == 4
    assert status[(QuotaKind.NETWORK_MEETINGS, "")].allowed == 4
    assert status[(QuotaKind.GROUP_SESSIONS, "")].used == 25
    assert status[(QuotaKind.LEADER_MEETINGS, "")].used == 3
    assert status[(QuotaKind.PUBLIC_EVENTS, "")].used == 2
    assert status[(QuotaKind.PARTNER_EVENTS, "")].used == 3
    assert status[(QuotaKind.TEASER_TEXTS, "")].used == 28
    assert status[(QuotaKind.PILOT_PROJECTS_PER_GROUP, "Klima")].used == 2


def test_cancelled_meetings_do_not_count(demo_db: Database) -> None:
    status = {(q.kind, q.scope): q for q in quota_status(demo_db, 2024)}
    assert status[(QuotaKind.GROUP_SESSIONS, "")].used == 17


def test_year_without_quota_rows_shows_no_allowance(demo_db: Database) -> None:
    status = {(q.kind, q.scope): q for q in quota_status(demo_db, 2022)}
    assert status[(QuotaKind.NETWORK_MEETINGS, "")].used == 7
    assert status[(QuotaKind.NETWORK_MEETINGS, "")].allowed is None


def test_budgets_sum_the_period(demo_db: Database) -> None:
    budgets = {b.category: b for b in budget_status(demo_db, date(2023, 6, 1))}
    assert budgets[TimeCategory.PILOT_PROJECTS].budget_hours == 360
    assert 0 < budgets[TimeCategory.PILOT_PROJECTS].used_minutes < 360 * 60
    assert budget_status(demo_db, date(2022, 6, 1)) == []


def test_reporting_periods_and_years(demo_db: Database) -> None:
    assert [p.due_date for p in list_reporting_periods(demo_db)] == [
        date(2023, 10, 31), date(2024, 6, 30), date(2025, 10, 31), date(2026, 6, 30),
        date(2027, 1, 31)]
    assert available_years(demo_db) == [2022, 2023, 2024, 2025, 2026, 2027]
