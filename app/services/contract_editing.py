"""Contracts (Verträge) as the office enters them: term, quotas, budgets, reporting periods and
the protocol due rule; a follow-up contract (Folgevertrag) starts from the last one's figures."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.versions import LoadedVersion
from app.domain.contract import DEFAULT_PROTOCOL_DUE_DAYS
from app.domain.enums import QuotaKind, TimeCategory
from app.domain.errors import ValidationError
from app.domain.formatting import format_date
from app.domain.limits import FIRST_YEAR, LAST_YEAR
from app.domain.models import Budget, Contract, Quota, ReportingPeriod
from app.services.holidays_th import due_date_warning

MAX_QUOTA = 10_000
MAX_BUDGET_HOURS = 100_000
MAX_DUE_DAYS = 365


@dataclass(frozen=True)
class BudgetEntry:
    category: TimeCategory
    hours: int
    period_start: date
    period_end: date


@dataclass(frozen=True)
class PeriodEntry:
    title: str
    start_date: date
    end_date: date
    due_date: date


@dataclass(frozen=True)
class ContractDraft:
    client: str
    title: str
    starts_on: date
    ends_on: date
    protocol_due_days: int = DEFAULT_PROTOCOL_DUE_DAYS
    protocol_due_working_days: bool = True
    quotas: Mapping[tuple[int, QuotaKind], int] = field(default_factory=dict)
    """Allowed number per (year, kind); a missing key means no quota for that year."""
    budgets: tuple[BudgetEntry, ...] = ()
    periods: tuple[PeriodEntry, ...] = ()

    @property
    def years(self) -> range:
        return range(self.starts_on.year, self.ends_on.year + 1)


@dataclass(frozen=True)
class ContractRow:
    id: int
    client: str
    title: str
    starts_on: date
    ends_on: date
    due_rule: str
    version: int


def list_contracts(db: Database) -> list[ContractRow]:
    with db.reading() as session:
        return [ContractRow(id=c.id, client=c.client, title=c.title, starts_on=c.starts_on,
                            ends_on=c.ends_on,
                            due_rule=due_rule_text(c.protocol_due_days,
                                                   c.protocol_due_working_days),
                            version=c.version)
                for c in session.scalars(select(Contract).order_by(Contract.starts_on))]


def due_rule_text(days: int, working_days: bool) -> str:
    """``10 Arbeitstage`` or ``14 Kalendertage``."""
    unit = "Arbeitstag" if working_days else "Kalendertag"
    return f"{days} {unit}" if days == 1 else f"{days} {unit}e"


def load_contract(db: Database, contract_id: int) -> tuple[ContractDraft, LoadedVersion]:
    with db.reading() as session:
        contract = session.get_one(Contract, contract_id)
        draft = ContractDraft(
            client=contract.client, title=contract.title, starts_on=contract.starts_on,
            ends_on=contract.ends_on, protocol_due_days=contract.protocol_due_days,
            protocol_due_working_days=contract.protocol_due_working_days,
            quotas={(q.year, q.kind): q.allowed for q in contract.quotas},
            budgets=tuple(BudgetEntry(b.category, b.hours, b.period_start, b.period_end)
                          for b in contract.budgets),
            periods=tuple(PeriodEntry(p.title, p.start_date, p.end_date, p.due_date)
                          for p in contract.reporting_periods))
        return draft, LoadedVersion(Contract, contract.id, contract.version)


def new_contract_draft(today: date) -> ContractDraft:
    """An empty contract over this year and the next, due rule 10 working days."""
    return ContractDraft(client="", title="", starts_on=date(today.year, 1, 1),
                         ends_on=date(today.year + 1, 12, 31))


def follow_up_draft(db: Database) -> ContractDraft:
    """A contract right after the last one, as long, with its figures moved on by its years."""
    with db.reading() as session:
        last_id = session.scalar(select(Contract.id).order_by(Contract.ends_on.desc()).limit(1))
    if last_id is None:
        return new_contract_draft(date.today())
    last, _version = load_contract(db, last_id)
    shift = last.ends_on.year - last.starts_on.year + 1
    return ContractDraft(
        client=last.client, title=_shift_years_in(last.title, shift),
        starts_on=last.ends_on + timedelta(days=1),
        ends_on=_shift(last.ends_on, shift),
        quotas={(year + shift, kind): allowed for (year, kind), allowed in last.quotas.items()},
        budgets=tuple(replace(b, period_start=_shift(b.period_start, shift),
                              period_end=_shift(b.period_end, shift)) for b in last.budgets),
        periods=tuple(PeriodEntry(_shift_years_in(p.title, shift), _shift(p.start_date, shift),
                                  _shift(p.end_date, shift), _shift(p.due_date, shift))
                      for p in last.periods))


def _shift(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _shift_years_in(text: str, years: int) -> str:
    return re.sub(r"\b(19|20)\d\d\b", lambda match: str(int(match.group()) + years), text)


def contract_problems(draft: ContractDraft) -> list[tuple[str, str]]:
    """Every problem of the draft on its own, as (field, German message)."""
    problems: list[tuple[str, str]] = []
    if not draft.client.strip():
        problems.append(("client", "Bitte den Auftraggeber eingeben."))
    if not draft.title.strip():
        problems.append(("title", "Bitte eine Bezeichnung für den Vertrag eingeben."))
    if draft.ends_on < draft.starts_on:
        problems.append(("term", "Das Vertragsende liegt vor dem Vertragsbeginn."))
    if not (FIRST_YEAR <= draft.starts_on.year and draft.ends_on.year <= LAST_YEAR):
        problems.append(("term", f"Die Laufzeit muss zwischen {FIRST_YEAR} und {LAST_YEAR} "
                                 "liegen."))
    if not 1 <= draft.protocol_due_days <= MAX_DUE_DAYS:
        problems.append(("due", f"Die Frist für Protokolle muss 1 bis {MAX_DUE_DAYS} Tage "
                                "betragen."))
    problems += _quota_problems(draft)
    problems += _budget_problems(draft)
    problems += _period_problems(draft)
    return problems


def _quota_problems(draft: ContractDraft) -> list[tuple[str, str]]:
    problems = []
    for (year, kind), allowed in draft.quotas.items():
        if year not in draft.years:
            problems.append(("quotas", f"Für {year} ist ein Kontingent „{kind.label}“ "
                                       "eingetragen, das Jahr liegt aber außerhalb der Laufzeit."))
        elif not 0 <= allowed <= MAX_QUOTA:
            problems.append(("quotas", f"„{kind.label}“ {year}: bitte eine Zahl von 0 bis "
                                       f"{MAX_QUOTA}."))
    return problems


def _budget_problems(draft: ContractDraft) -> list[tuple[str, str]]:
    problems = []
    starts = set()
    for budget in draft.budgets:
        name = f"Budget „{budget.category.label}“"
        if not 1 <= budget.hours <= MAX_BUDGET_HOURS:
            problems.append(("budgets", f"{name}: bitte 1 bis {MAX_BUDGET_HOURS} Stunden."))
        if budget.period_end < budget.period_start:
            problems.append(("budgets", f"{name}: der Zeitraum endet vor seinem Beginn."))
        elif budget.period_start < draft.starts_on or budget.period_end > draft.ends_on:
            problems.append(("budgets", f"{name}: der Zeitraum liegt nicht in der Laufzeit."))
        if (budget.category, budget.period_start) in starts:
            problems.append(("budgets", f"{name} ist für denselben Beginn zweimal "
                                        "eingetragen."))
        starts.add((budget.category, budget.period_start))
    return problems


def _period_problems(draft: ContractDraft) -> list[tuple[str, str]]:
    problems = []
    titles = set()
    for period in draft.periods:
        title = period.title.strip()
        name = f"Berichtszeitraum „{title}“"
        if not title:
            problems.append(("periods", "Ein Berichtszeitraum hat keine Bezeichnung."))
        elif title in titles:
            problems.append(("periods", f"{name} ist zweimal eingetragen."))
        titles.add(title)
        if period.end_date < period.start_date:
            problems.append(("periods", f"{name}: der Zeitraum endet vor seinem Beginn."))
        elif period.start_date < draft.starts_on or period.end_date > draft.ends_on:
            problems.append(("periods", f"{name}: der Zeitraum liegt nicht in der Laufzeit."))
        if period.due_date < period.end_date:
            problems.append(("periods", f"{name}: der Abgabetermin liegt vor dem Ende des "
                                        "Zeitraums."))
    return problems


def contract_notes(draft: ContractDraft) -> list[str]:
    """Hints that do not stop saving: due dates on a weekend or Thuringian holiday."""
    return [f"{period.title}: {warning}" for period in draft.periods
            if (warning := due_date_warning(period.due_date)) is not None]


def save_contract(db: Database, draft: ContractDraft, contract_id: int | None = None, *,
                  expect: LoadedVersion | None = None) -> int:
    """Store the contract with all its figures in one transaction; returns its id."""
    draft = replace(draft, client=draft.client.strip(), title=draft.title.strip(),
                    periods=tuple(replace(p, title=p.title.strip()) for p in draft.periods))
    problems = contract_problems(draft)
    if problems:
        raise ValidationError(problems[0][1], field=problems[0][0])
    with db.unit_of_work(expect=expect) as session:
        _refuse_overlap(session, draft, contract_id)
        _refuse_taken_titles(session, draft, contract_id)
        contract = (session.get_one(Contract, contract_id) if contract_id is not None
                    else Contract())
        contract.client, contract.title = draft.client, draft.title
        contract.starts_on, contract.ends_on = draft.starts_on, draft.ends_on
        contract.protocol_due_days = draft.protocol_due_days
        contract.protocol_due_working_days = draft.protocol_due_working_days
        contract.updated_at = datetime.now()
        _store_children(session, contract, draft)
        session.add(contract)
        session.flush()
        return contract.id


def _refuse_overlap(session: Session, draft: ContractDraft, contract_id: int | None) -> None:
    other = session.scalars(select(Contract).where(
        Contract.starts_on <= draft.ends_on, Contract.ends_on >= draft.starts_on,
        Contract.id != (contract_id or 0))).first()
    if other is not None:
        raise ValidationError(
            f"Die Laufzeit überschneidet sich mit dem Vertrag „{other.title}“ "
            f"({format_date(other.starts_on)} – {format_date(other.ends_on)}). Verträge folgen "
            "aufeinander; bitte die Laufzeit anpassen.", field="term")


def _refuse_taken_titles(session: Session, draft: ContractDraft, contract_id: int | None) -> None:
    titles = [p.title for p in draft.periods]
    taken = session.scalars(select(ReportingPeriod.title).where(
        ReportingPeriod.title.in_(titles),
        ReportingPeriod.contract_id != (contract_id or 0))).first()
    if taken is not None:
        raise ValidationError(f"Einen Berichtszeitraum „{taken}“ gibt es schon in einem anderen "
                              "Vertrag.", field="periods")


def _store_children(session: Session, contract: Contract, draft: ContractDraft) -> None:
    _store_quotas(contract, draft)
    _store_budgets(session, contract, draft)
    _store_periods(session, contract, draft)


def _store_quotas(contract: Contract, draft: ContractDraft) -> None:
    stored = {(q.year, q.kind): q for q in contract.quotas}
    for key, quota in stored.items():
        if key not in draft.quotas:
            contract.quotas.remove(quota)
    for (year, kind), allowed in draft.quotas.items():
        found = stored.get((year, kind))
        if found is None:
            contract.quotas.append(Quota(kind=kind, year=year, allowed=allowed))
        elif found.allowed != allowed:
            found.allowed = allowed


def _store_budgets(session: Session, contract: Contract, draft: ContractDraft) -> None:
    stored = {(b.category, b.period_start): b for b in contract.budgets}
    wanted = {(b.category, b.period_start): b for b in draft.budgets}
    for key, budget in stored.items():
        if key not in wanted:
            contract.budgets.remove(budget)
    session.flush()
    for key, entry in wanted.items():
        found = stored.get(key)
        if found is None:
            contract.budgets.append(Budget(category=entry.category, hours=entry.hours,
                                           period_start=entry.period_start,
                                           period_end=entry.period_end))
        else:
            found.hours, found.period_end = entry.hours, entry.period_end


def _store_periods(session: Session, contract: Contract, draft: ContractDraft) -> None:
    """Matched by title, which is unique: a renamed period is removed first, then added."""
    stored = {p.title: p for p in contract.reporting_periods}
    wanted = {p.title: p for p in draft.periods}
    for title, period in stored.items():
        if title not in wanted:
            contract.reporting_periods.remove(period)
    session.flush()
    for title, entry in wanted.items():
        found = stored.get(title)
        if found is None:
            contract.reporting_periods.append(ReportingPeriod(
                title=title, start_date=entry.start_date, end_date=entry.end_date,
                due_date=entry.due_date))
        else:
            found.start_date, found.end_date = entry.start_date, entry.end_date
            found.due_date = entry.due_date


def delete_contract(db: Database, contract_id: int, *,
                    expect: LoadedVersion | None = None) -> None:
    with db.unit_of_work(expect=expect) as session:
        session.delete(session.get_one(Contract, contract_id))
