"""The knowledge catalogue: checks and saves, filters, what needs keeping current, a project
turned into a case, the one gate of what leaves, the demo and the report's chapter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from app.db.database import Database
from app.domain.enums import CaseStatus, CaseTopic, ProjectStatus, TownSize
from app.domain.errors import DomainError, ValidationError
from app.domain.models import (
    CatalogueImage,
    FundingProgramme,
    Initiative,
    KnowledgeCase,
    Person,
    PilotProject,
)
from app.services import knowledge, knowledge_editing
from app.services.catalogue_content import catalogue
from app.services.demo_pictures import street_picture
from app.services.knowledge import CaseFilter
from app.services.knowledge_editing import CaseDraft, ImageDraft, ProgrammeDraft
from app.services.status_report import build_report
from tests.demo_day import DEMO_TODAY

TODAY = DEMO_TODAY


def test_bad_input_is_refused_with_german_messages(db: Database) -> None:
    with pytest.raises(ValidationError, match="Titel"):
        knowledge_editing.save_case(db, CaseDraft(title=" ", town="Gotha"), today=TODAY)
    with pytest.raises(ValidationError, match="keine Web-Adresse"):
        knowledge_editing.save_case(db, CaseDraft(title="A", town="Gotha",
                                                  links="javascript:alert(1)"), today=TODAY)
    with pytest.raises(ValidationError, match="vor ihrem Beginn"):
        knowledge_editing.save_programme(db, ProgrammeDraft(
            name="P", funder="Bund", valid_from=date(2026, 1, 1), valid_to=date(2025, 1, 1)),
            today=TODAY)
    with pytest.raises(ValidationError, match="Zukunft"):
        knowledge_editing.save_programme(db, ProgrammeDraft(
            name="P", funder="Bund", checked_on=TODAY + timedelta(days=1)), today=TODAY)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(KnowledgeCase)) == 0


def test_a_case_is_stored_as_typed_and_its_status_date_follows_the_status(db: Database) -> None:
    draft = CaseDraft(title="  Zwischennutzung  ", town="Apolda", topic=CaseTopic.VACANCY,
                      town_size=TownSize.SMALL, district="Weimarer Land",
                      links="https://example.org/a\nhttps://example.org/b")
    case_id = knowledge_editing.save_case(db, draft, today=date(2026, 1, 5))
    loaded = knowledge_editing.load_case(db, case_id)
    assert loaded == replace(draft, title="Zwischennutzung")
    knowledge_editing.save_case(db, replace(loaded, solution="Läden auf Zeit"), case_id,
                                today=date(2026, 2, 1))
    with db.reading() as session:
        assert session.get_one(KnowledgeCase, case_id).status_since == date(2026, 1, 5)
    knowledge_editing.save_case(db, replace(loaded, status=CaseStatus.CHECKED), case_id,
                                today=date(2026, 3, 1))
    with db.reading() as session:
        assert session.get_one(KnowledgeCase, case_id).status_since == date(2026, 3, 1)


def test_filters_narrow_the_cases(demo_db: Database) -> None:
    every = knowledge.list_cases(demo_db)
    climate = knowledge.list_cases(demo_db, CaseFilter(topic=CaseTopic.CLIMATE))
    assert climate and all(row.topic is CaseTopic.CLIMATE for row in climate)
    small_drafts = knowledge.list_cases(demo_db, CaseFilter(town_size=TownSize.SMALL,
                                                            status=CaseStatus.DRAFT))
    assert [row.town for row in small_drafts] == ["Sonneberg"]
    district = knowledge.list_cases(demo_db, CaseFilter(district="Landkreis Gotha"))
    assert [row.town for row in district] == ["Gotha"]
    assert len(every) > len(climate)


def test_outdated_programmes_and_old_drafts_show_on_the_cockpit(demo_db: Database) -> None:
    upkeep = knowledge.catalogue_upkeep(demo_db, today=TODAY)
    reasons = {row.title: row.reason for row in upkeep}
    assert "abgelaufen" in reasons["Landesprogramm Innenstadtstabilisierung"]
    assert "zuletzt geprüft" in reasons["Klimaanpassung in sozialen Einrichtungen"]
    assert "Entwurf" in reasons["Kaufhaus wird Bürgerhaus"]
    assert "Gemeinsames Schaufenster der Händler" not in reasons  # a draft of ten days
    assert "Lebendige Zentren (Städtebauförderung)" not in reasons
    with demo_db.unit_of_work() as session:
        programme = session.scalars(select(FundingProgramme).where(
            FundingProgramme.name == "Lebendige Zentren (Städtebauförderung)")).one()
        programme.valid_to = TODAY - timedelta(days=1)
    titles = [row.title for row in knowledge.catalogue_upkeep(demo_db, today=TODAY)]
    assert "Lebendige Zentren (Städtebauförderung)" in titles
    for row in upkeep:
        assert row.entry(row.key) == (row.kind, row.id)


def test_a_programme_checked_twelve_months_ago_is_due_again() -> None:
    today = date(2026, 11, 30)
    assert knowledge.programme_outdated(None, date(2025, 11, 30), today) == ""
    assert knowledge.programme_outdated(None, date(2025, 11, 29), today).startswith("zuletzt")
    assert knowledge.programme_outdated(None, None, today) == "noch nie geprüft"
    assert knowledge.programme_outdated(date(2026, 11, 29), today, today).startswith("abgel")


def test_a_completed_project_becomes_a_draft_case_once(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        project = session.scalars(select(PilotProject).where(
            PilotProject.name == "Wanderbaumallee")).one()
        project.status = ProjectStatus.IMPLEMENTATION
        project_id = project.id
    with pytest.raises(DomainError, match="noch nicht abgeschlossen"):
        knowledge_editing.case_from_project(demo_db, project_id, today=TODAY)
    completed = knowledge.completed_projects(demo_db)
    assert completed
    case_id = knowledge_editing.case_from_project(demo_db, completed[0].id, today=TODAY)
    draft = knowledge_editing.load_case(demo_db, case_id)
    assert draft.status is CaseStatus.DRAFT and draft.project_id == completed[0].id
    assert draft.title == completed[0].text
    assert completed[0].id not in [c.id for c in knowledge.completed_projects(demo_db)]
    with pytest.raises(DomainError, match="schon das Praxisbeispiel"):
        knowledge_editing.case_from_project(demo_db, completed[0].id, today=TODAY)


def test_pictures_are_checked_and_only_credited_ones_leave(db: Database) -> None:
    case_id = knowledge_editing.save_case(db, CaseDraft(
        title="Platz", town="Gotha", status=CaseStatus.PUBLISHED, public=True), today=TODAY)
    png = street_picture(1, "Gotha", "#1F5C7A")
    with pytest.raises(ValidationError, match="kein Bild"):
        knowledge_editing.add_image(db, file_name="a.png", content=b"GIF89a", draft=ImageDraft(),
                                    case_id=case_id)
    with pytest.raises(ValidationError, match="kein Bild"):
        knowledge_editing.add_image(db, file_name="a.jpg", content=png, draft=ImageDraft(),
                                    case_id=case_id)
    with pytest.raises(ValidationError, match="beschädigt"):
        knowledge_editing.add_image(db, file_name="halb.png", content=png[:len(png) // 2],
                                    draft=ImageDraft(), case_id=case_id)
    credited = knowledge_editing.add_image(db, file_name="C:\\Fotos\\platz.png", content=png,
                                           draft=ImageDraft("Der Platz", "Fotos: Stadt Gotha",
                                                            "CC BY 4.0"), case_id=case_id)
    knowledge_editing.add_image(db, file_name="ohne.png", content=png,
                                draft=ImageDraft("Ohne Nachweis", "  ", ""), case_id=case_id)
    pictures = catalogue(db, today=TODAY).cases[0].pictures
    assert [(p.id, p.file_name, p.credit_line) for p in pictures] == [
        (credited, "platz.png", "Fotos: Stadt Gotha (CC BY 4.0)")]


def test_only_published_public_records_and_consenting_contacts_leave(demo_db: Database) -> None:
    content = catalogue(demo_db, today=TODAY)
    with demo_db.reading() as session:
        expected = set(session.scalars(select(KnowledgeCase.title).where(
            KnowledgeCase.status == CaseStatus.PUBLISHED, KnowledgeCase.public.is_(True))))
        hidden_initiatives = set(session.scalars(select(Initiative.name).where(
            Initiative.public.is_(False))))
        ended = set(session.scalars(select(FundingProgramme.name).where(
            FundingProgramme.valid_to < TODAY)))
        private = set(session.scalars(select(FundingProgramme.name).where(
            FundingProgramme.public.is_(False))))
        uncredited = session.scalar(select(func.count()).select_from(CatalogueImage).where(
            CatalogueImage.credit.is_(None)))
    assert {case.title for case in content.cases} == expected
    assert "Lastenräder der Händlergemeinschaft" not in expected  # published, not public
    assert not hidden_initiatives & {i.name for i in content.initiatives}
    assert ended and private
    assert not (ended | private) & {p.name for p in content.programmes}
    assert uncredited >= 1
    assert all(picture.credit for case in content.cases for picture in case.pictures)
    case = next(case for case in content.cases if case.contact)
    with demo_db.unit_of_work() as session:
        record = session.scalars(select(KnowledgeCase).where(KnowledgeCase.id == case.id)).one()
        person = session.get_one(Person, record.contact_person_id)
        person.publication_consent = False
        name = person.full_name
    again = next(c for c in catalogue(demo_db, today=TODAY).cases if c.id == case.id)
    assert name not in again.contact


def test_the_demo_catalogue_is_as_the_issue_asks(demo_db: Database) -> None:
    with demo_db.engine.connect() as connection:
        cases = connection.execute(text(
            "SELECT k.title, g.short_name FROM knowledge_cases k "
            "JOIN working_groups g ON g.id = k.group_id")).all()
        initiatives = connection.scalar(text("SELECT count(*) FROM initiatives"))
        programmes = connection.scalar(text("SELECT count(*) FROM funding_programmes"))
        pictures = connection.execute(text(
            "SELECT count(*), count(credit) FROM catalogue_images")).one()
    assert len(cases) >= 12
    assert {group for _title, group in cases} == {"Klima", "Leerstand", "WULIS"}
    titles = " ".join(title for title, _group in cases)
    assert "Wanderbaumallee" in titles and "Zwischennutzung" in titles
    assert initiatives >= 10 and programmes >= 8
    assert pictures[1] >= 10 and pictures[0] > pictures[1]


def test_the_reports_knowledge_chapter_matches_independent_sql(demo_db: Database) -> None:
    first, last = date(2026, 7, 1), date(2026, 12, 31)
    data = build_report(demo_db, first, last, today=TODAY)
    with demo_db.engine.connect() as connection:
        published = connection.execute(text(
            "SELECT title FROM knowledge_cases WHERE status = 'published' "
            "AND status_since BETWEEN :first AND :last ORDER BY status_since, title"),
            {"first": first, "last": last}).scalars().all()
        listed = connection.execute(text(
            "SELECT name FROM funding_programmes WHERE public "
            "AND (valid_from IS NULL OR valid_from <= :last) "
            "AND (valid_to IS NULL OR valid_to >= :first) ORDER BY name"),
            {"first": first, "last": last}).scalars().all()
    assert [title for _day, title, _town, _topic in data.cases_published] == list(published)
    assert [name for name, _funder, _validity in data.programmes_listed] == list(listed)
    assert published and listed
