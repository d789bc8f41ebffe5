"""AG work, pilot projects, hours with budgets, PR items and editable quotas."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.db.database import Database
from app.domain.enums import (
    GoalRubric,
    GoalStatus,
    MemberRole,
    PrKind,
    ProjectStatus,
    QuotaKind,
    TimeCategory,
)
from app.domain.errors import DomainError, ValidationError
from app.domain.models import Person, StaffMember
from app.services import contract, group_work, hours, pr_work, project_editing
from app.services.groups import list_members


def _new_person(db: Database) -> int:
    with db.unit_of_work() as session:
        person = Person(first_name="Nora", last_name="Neu")
        session.add(person)
        session.flush()
        return person.id


def test_membership_dates_and_roles(demo_db: Database) -> None:
    person_id = _new_person(demo_db)
    with pytest.raises(ValidationError, match="enden, bevor sie beginnt"):
        group_work.save_membership(demo_db, 1, group_work.MembershipDraft(
            person_id, MemberRole.GUEST, date(2024, 5, 1), date(2024, 4, 1)))
    group_work.save_membership(demo_db, 1, group_work.MembershipDraft(
        person_id, MemberRole.GUEST, date(2024, 5, 1)))
    with pytest.raises(ValidationError, match="schon Mitglied"):
        group_work.save_membership(demo_db, 1, group_work.MembershipDraft(person_id))
    members = {row.person_id: row for row in list_members(demo_db, 1)}
    assert members[person_id].role is MemberRole.GUEST
    assert members[person_id].valid_from == date(2024, 5, 1)


def test_goals_are_grouped_and_overdue_marked(db: Database) -> None:
    group_work.save_goal(db, group_work.GoalDraft("Leitfaden Leerstand",
                                                  GoalRubric.INSTRUMENTS, None, "",
                                                  date(2024, 1, 31)))
    done = group_work.save_goal(db, group_work.GoalDraft(
        "Fachtag", GoalRubric.KNOWLEDGE_TRANSFER, None, "", date(2024, 1, 1),
        GoalStatus.ACHIEVED))
    with pytest.raises(ValidationError, match="Titel"):
        group_work.save_goal(db, group_work.GoalDraft(" ", GoalRubric.INSTRUMENTS))
    rows = group_work.list_goals(db, today=date(2024, 3, 1))
    assert [(r.title, r.overdue) for r in rows] == [("Fachtag", False),
                                                    ("Leitfaden Leerstand", True)]
    assert group_work.load_goal(db, done).status is GoalStatus.ACHIEVED


def test_assessment_per_year_and_the_board(demo_db: Database) -> None:
    group_work.save_assessment(demo_db, 1, 2024, group_work.AssessmentDraft(
        strengths="Engagierte Mitglieder", weaknesses="Wenig Zeit"))
    assert group_work.load_assessment(demo_db, 1, 2024).weaknesses == "Wenig Zeit"
    assert group_work.load_assessment(demo_db, 1, 2023) != group_work.load_assessment(
        demo_db, 1, 2024)
    board = group_work.group_board(demo_db, today=date(2024, 12, 31))
    assert {row.kind for row in board} <= {"Aufgabe", "Beschluss"}
    assert len({row.group for row in board}) >= 2


def test_milestone_before_project_start_is_refused(db: Database, demo_db: Database) -> None:
    draft = project_editing.ProjectDraft(
        group_id=1, name="Pop-up-Laden", status=ProjectStatus.CONCEPT,
        start_date=date(2024, 3, 1),
        milestones=(project_editing.MilestoneEntry("Eröffnung", date(2024, 2, 1)),))
    with pytest.raises(ValidationError, match="vor dem Projektbeginn"):
        project_editing.save_project(demo_db, draft)
    fixed = project_editing.ProjectDraft(
        group_id=1, name="Pop-up-Laden", start_date=date(2024, 3, 1), partner_ids=frozenset({1}),
        milestones=(project_editing.MilestoneEntry("Eröffnung", date(2024, 6, 1)),))
    project_id = project_editing.save_project(demo_db, fixed)
    loaded = project_editing.load_project(demo_db, project_id)
    assert loaded.partner_ids == frozenset({1})
    assert [m.title for m in loaded.milestones] == ["Eröffnung"]


def _staff(db: Database) -> int:
    with db.reading() as session:
        return session.scalars(select(StaffMember.id).limit(1)).one()


def test_hours_are_checked_and_budgets_warn(db: Database) -> None:
    with db.unit_of_work() as session:
        session.add(StaffMember(name="Katrin Vogelsang"))
    staff = _staff(db)

    def entry(hours_value: float, day: date = date(2023, 5, 2)) -> hours.TimeEntryDraft:
        return hours.TimeEntryDraft(staff, day, hours_value, TimeCategory.PARTNER_EVENTS)

    for bad, message in ((0, "mehr als 0"), (25, "24 Stunden"), (1.1, "Viertelstunden")):
        with pytest.raises(ValidationError, match=message):
            hours.add_entry(db, entry(bad))
    hours.add_entry(db, entry(20))
    with pytest.raises(ValidationError, match="mehr als 24 Stunden"):
        hours.add_entry(db, entry(5))
    for day in range(3, 7):
        hours.add_entry(db, entry(19, date(2023, 5, day)))
    assert hours.budget_check(db, entry(1, date(2023, 6, 1))).level == "warnung"
    assert "zu 80 %" in hours.budget_check(db, entry(0.25, date(2023, 6, 1))).message
    hours.add_entry(db, entry(24, date(2023, 6, 2)))
    with pytest.raises(DomainError, match="überschreitet"):
        hours.add_entry(db, entry(1, date(2023, 6, 3)))
    hours.add_entry(db, entry(1, date(2023, 6, 3)), allow_over_budget=True)
    assert len(hours.list_entries(db, date(2023, 1, 1), date(2023, 12, 31))) == 7


def test_pr_items_count_against_the_teaser_quota(demo_db: Database) -> None:
    before = next(s.used for s in contract.quota_status(demo_db, 2024)
                  if s.kind is QuotaKind.TEASER_TEXTS)
    pr_work.save_pr_item(demo_db, pr_work.PrDraft(PrKind.TEASER, "Wanderbaumallee in Gera",
                                                  date(2024, 6, 1), "Website",
                                                  "https://example.org/a", 1))
    with pytest.raises(ValidationError, match="Link"):
        pr_work.save_pr_item(demo_db, pr_work.PrDraft(PrKind.PRESS, "x", date(2024, 6, 1),
                                                      link="example.org"))
    after = next(s.used for s in contract.quota_status(demo_db, 2024)
                 if s.kind is QuotaKind.TEASER_TEXTS)
    assert after == before + 1
    assert "Wanderbaumallee in Gera" in [r.title for r in pr_work.list_pr_items(demo_db, 2024)]


