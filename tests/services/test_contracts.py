"""Contracts as records: the migrated first contract, a follow-up, checks, the due rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.db.database import Database
from app.db.versions import RecordConflict
from app.domain.enums import QuotaKind, TimeCategory
from app.domain.errors import ValidationError
from app.services import contract, contract_editing
from app.services.contract_editing import BudgetEntry, ContractDraft, PeriodEntry
from app.services.holidays_th import due_date_warning
from app.services.protocol_deadlines import DueRule


def test_the_seeded_figures_are_the_first_contract(db: Database) -> None:
    [first] = contract_editing.list_contracts(db)
    assert (first.starts_on, first.ends_on) == (date(2023, 1, 1), date(2024, 12, 31))
    assert first.due_rule == "14 Kalendertage"
    draft, _version = contract_editing.load_contract(db, first.id)
    assert draft.quotas[(2024, QuotaKind.GROUP_SESSIONS)] == 30
    assert len(draft.quotas) == 14 and len(draft.budgets) == 2 and len(draft.periods) == 2
    assert not draft.protocol_due_working_days


def test_a_follow_up_copies_the_figures_and_takes_over_its_years(db: Database) -> None:
    draft = contract_editing.follow_up_draft(db)
    assert (draft.starts_on, draft.ends_on) == (date(2025, 1, 1), date(2026, 12, 31))
    assert draft.quotas[(2026, QuotaKind.NETWORK_MEETINGS)] == 4
    assert {b.period_start for b in draft.budgets} == {date(2025, 1, 1)}
    assert [p.title for p in draft.periods] == ["Statusbericht 2025", "Statusbericht 2026"]
    assert (draft.protocol_due_days, draft.protocol_due_working_days) == (10, True)
    quotas = dict(draft.quotas)
    quotas[(2025, QuotaKind.NETWORK_MEETINGS)] = 6
    contract_editing.save_contract(db, replace(draft, quotas=quotas))

    allowed = {s.kind: s.allowed for s in contract.quota_status(db, 2025)}
    assert allowed[QuotaKind.NETWORK_MEETINGS] == 6
    assert {s.kind: s.allowed for s in contract.quota_status(db, 2024)}[
        QuotaKind.NETWORK_MEETINGS] == 4
    assert sorted(b.budget_hours for b in contract.budget_status(db, date(2026, 3, 1))) == [
        120, 360]
    assert contract.contract_title_for_year(db, 2026) is not None
    assert 2026 in contract.available_years(db)


def test_contracts_follow_each_other_and_bad_figures_are_named(db: Database) -> None:
    base = ContractDraft(client="TMIL", title="Vertrag 2024–2025", starts_on=date(2024, 6, 1),
                         ends_on=date(2025, 12, 31))
    with pytest.raises(ValidationError, match="überschneidet sich"):
        contract_editing.save_contract(db, base)
    later = replace(base, starts_on=date(2027, 1, 1), ends_on=date(2028, 12, 31))
    cases = [
        (replace(later, client=" "), "Auftraggeber"),
        (replace(later, ends_on=date(2026, 1, 1)), "vor dem Vertragsbeginn"),
        (replace(later, protocol_due_days=0), "Frist"),
        (replace(later, quotas={(2030, QuotaKind.TEASER_TEXTS): 5}), "außerhalb der Laufzeit"),
        (replace(later, quotas={(2027, QuotaKind.TEASER_TEXTS): -1}), "0 bis"),
        (replace(later, budgets=(BudgetEntry(TimeCategory.NETWORK, 0, date(2027, 1, 1),
                                             date(2027, 12, 31)),)), "Stunden"),
        (replace(later, periods=(PeriodEntry("Bericht", date(2027, 1, 1), date(2027, 6, 30),
                                             date(2027, 6, 1)),)), "Abgabetermin"),
        (replace(later, periods=(PeriodEntry("Statusbericht 2023", date(2027, 1, 1),
                                             date(2027, 6, 30), date(2027, 7, 1)),)),
         "schon in einem anderen"),
    ]
    for draft, message in cases:
        with pytest.raises(ValidationError, match=message):
            contract_editing.save_contract(db, draft)
    assert len(contract_editing.list_contracts(db)) == 1


def test_a_stale_contract_is_a_conflict(db: Database) -> None:
    [first] = contract_editing.list_contracts(db)
    draft, version = contract_editing.load_contract(db, first.id)
    contract_editing.save_contract(db, replace(draft, title="Erster Vertrag"), first.id,
                                   expect=version)
    with pytest.raises(RecordConflict):
        contract_editing.save_contract(db, replace(draft, quotas={}), first.id, expect=version)


def test_due_dates_on_weekends_and_holidays_are_flagged() -> None:
    assert due_date_warning(date(2023, 10, 31)) == (
        "31.10.2023 ist Reformationstag – Abgabe spätestens Montag, 30.10.2023")
    assert due_date_warning(date(2024, 6, 30)) == (
        "30.06.2024 ist Sonntag – Abgabe spätestens Freitag, 28.06.2024")
    assert due_date_warning(date(2024, 6, 28)) is None


def test_ten_working_days_skip_weekends_and_the_reformation_day() -> None:
    rule = DueRule(10, working_days=True)
    meeting = date(2025, 10, 20)
    assert rule.due(meeting) == date(2025, 11, 4)
    assert rule.on_time(meeting, date(2025, 11, 3))
    assert not rule.on_time(meeting, date(2025, 11, 5))
    assert DueRule(14, working_days=False).due(meeting) == date(2025, 11, 3)
