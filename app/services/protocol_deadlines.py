"""When a protocol is due ("zeitnah"): the rule of the contract in force on the meeting's day.

The first contract (2023–2024) asked for 14 calendar days; a new contract defaults to 10 working
days, weekends and Thuringian holidays excluded. A meeting outside every contract falls under the
nearest earlier contract's rule, and before any contract under 14 calendar days.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.meetings import PROTOCOL_DUE_DAYS
from app.domain.models import Contract
from app.services.holidays_th import add_working_days


@dataclass(frozen=True)
class DueRule:
    days: int
    working_days: bool

    def due(self, meeting_day: date) -> date:
        """The last day on which the protocol counts as sent on time."""
        return _due(self, meeting_day)

    def on_time(self, meeting_day: date, sent_on: date) -> bool:
        return sent_on <= self.due(meeting_day)

    @property
    def text(self) -> str:
        """``innerhalb von 10 Arbeitstagen``."""
        unit = "Arbeitstag" if self.working_days else "Kalendertag"
        return f"innerhalb von {self.days} {unit if self.days == 1 else unit + 'en'}"


@lru_cache(maxsize=8192)
def _due(rule: DueRule, meeting_day: date) -> date:
    """Cached: the calendar and the overview ask for thousands of meetings at once."""
    if rule.working_days:
        return add_working_days(meeting_day, rule.days)
    return meeting_day + timedelta(days=rule.days)


FIRST_RULE = DueRule(PROTOCOL_DUE_DAYS, working_days=False)


@dataclass(frozen=True)
class DueRules:
    """Every contract's rule by its start, to look up many meetings with one query."""

    starts: tuple[date, ...] = ()
    rules: tuple[DueRule, ...] = ()

    def for_day(self, day: date) -> DueRule:
        index = bisect_right(self.starts, day)
        return self.rules[index - 1] if index else FIRST_RULE

    def due(self, meeting_day: date) -> date:
        return self.for_day(meeting_day).due(meeting_day)


def due_rules(session: Session) -> DueRules:
    rows = session.execute(select(Contract.starts_on, Contract.protocol_due_days,
                                  Contract.protocol_due_working_days)
                           .order_by(Contract.starts_on)).all()
    return DueRules(tuple(start for start, _d, _w in rows),
                    tuple(DueRule(days, working) for _s, days, working in rows))
