"""The contract's quotas per year as the user edits them (another alliance has other numbers)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from app.db.database import Database
from app.domain.enums import QuotaKind
from app.domain.errors import ValidationError
from app.domain.limits import year_problem
from app.domain.models import Quota

MAX_QUOTA = 10_000


def load_quotas(db: Database, year: int) -> dict[QuotaKind, int | None]:
    """Every quota kind with its allowed number for the year (None: not set)."""
    with db.reading() as session:
        found = {kind: allowed for kind, allowed in session.execute(
            select(Quota.kind, Quota.allowed).where(Quota.year == year))}
    return {kind: found.get(kind) for kind in QuotaKind}


def save_quotas(db: Database, year: int, values: Mapping[QuotaKind, int | None]) -> None:
    """Store the year's quotas; None removes a quota. All or nothing."""
    problem = year_problem(year)
    if problem:
        raise ValidationError(problem)
    for kind, allowed in values.items():
        if allowed is not None and not 0 <= allowed <= MAX_QUOTA:
            raise ValidationError(f"„{kind.label}“: bitte eine Zahl von 0 bis {MAX_QUOTA}.")
    with db.unit_of_work() as session:
        existing = {quota.kind: quota for quota in session.scalars(
            select(Quota).where(Quota.year == year))}
        for kind, allowed in values.items():
            quota = existing.get(kind)
            if allowed is None:
                if quota is not None:
                    session.delete(quota)
            elif quota is None:
                session.add(Quota(kind=kind, year=year, allowed=allowed))
            else:
                quota.allowed = allowed
