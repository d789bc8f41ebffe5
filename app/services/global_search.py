"""One search over persons, organisations, meetings (with their TOPs and protocol text), pilot
projects, goals, PR items and the knowledge catalogue (cases, initiatives, programmes), as the
user types.

The records are read once into an index of folded texts (``domain.search.search_key``, the same
function the table filters use, so "Müller" finds "Mueller" and "Straße" finds "Strasse");
each keystroke then only scans that list. Matching happens in Python, so SQLite and PostgreSQL
give the same results. The index is built afresh when the data changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.domain.formatting import format_date
from app.domain.models import (
    AgendaItem,
    Decision,
    FundingProgramme,
    Goal,
    Initiative,
    KnowledgeCase,
    Meeting,
    Organisation,
    Person,
    PilotProject,
    PrItem,
    ProtocolNote,
    WorkingGroup,
)
from app.domain.search import matches, search_key

MAX_HITS = 100


class HitKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    MEETING = "meeting"
    PROJECT = "project"
    GOAL = "goal"
    PR_ITEM = "pr_item"
    CASE = "case"
    INITIATIVE = "initiative"
    PROGRAMME = "programme"


KIND_LABELS = {HitKind.PERSON: "Person", HitKind.ORGANISATION: "Organisation",
               HitKind.MEETING: "Sitzung", HitKind.PROJECT: "Pilotprojekt",
               HitKind.GOAL: "Ziel", HitKind.PR_ITEM: "Öffentlichkeitsarbeit",
               HitKind.CASE: "Praxisbeispiel", HitKind.INITIATIVE: "Initiative",
               HitKind.PROGRAMME: "Förderprogramm"}


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    id: int
    title: str
    detail: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class SearchIndex:
    entries: tuple[tuple[str, Hit], ...]

    def find(self, text: str, limit: int = MAX_HITS) -> list[Hit]:
        """The records whose texts contain every word typed, persons first."""
        words = search_key(text).split()
        if not words:
            return []
        found: list[Hit] = []
        for folded, hit in self.entries:
            if matches(words, folded):
                found.append(hit)
                if len(found) == limit:
                    break
        return found


def build_index(db: Database) -> SearchIndex:
    with db.reading() as session:
        entries = [*_persons(session), *_organisations(session), *_meetings(session),
                   *_projects(session), *_goals(session), *_pr_items(session),
                   *_catalogue(session)]
    return SearchIndex(tuple((search_key(text), hit) for text, hit in entries))


def search(db: Database, text: str, limit: int = MAX_HITS) -> list[Hit]:
    """One search without keeping the index (the headless way)."""
    return build_index(db).find(text, limit)


def _joined(*parts: object) -> str:
    return " ".join(str(part) for part in parts if part)


def _persons(session: Session) -> Iterable[tuple[str, Hit]]:
    rows = session.execute(
        select(Person.id, Person.title, Person.first_name, Person.last_name, Person.function,
               Person.email, Person.city, Organisation.name, Organisation.short_name)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Person.archived.is_(False)).order_by(Person.last_name, Person.first_name))
    for person_id, title, first, last, function, email, city, organisation, short in rows:
        name = _joined(title, first, last)
        yield (_joined(name, function, email, city, organisation, short),
               Hit(HitKind.PERSON, person_id, name, _joined(function, short or organisation)))


def _organisations(session: Session) -> Iterable[tuple[str, Hit]]:
    rows = session.execute(select(Organisation.id, Organisation.name, Organisation.short_name,
                                  Organisation.city).where(Organisation.archived.is_(False))
                           .order_by(Organisation.name))
    for organisation_id, name, short, city in rows:
        yield (_joined(name, short, city),
               Hit(HitKind.ORGANISATION, organisation_id, name, _joined(short, city)))


def _meetings(session: Session) -> Iterable[tuple[str, Hit]]:
    texts: dict[int, list[str]] = defaultdict(list)
    for meeting_id, title, presenter in session.execute(
            select(AgendaItem.meeting_id, AgendaItem.title, AgendaItem.presenter)):
        texts[meeting_id] += [title, presenter or ""]
    for meeting_id, discussion in session.execute(
            select(AgendaItem.meeting_id, ProtocolNote.discussion)
            .join(ProtocolNote, ProtocolNote.agenda_item_id == AgendaItem.id)):
        texts[meeting_id].append(discussion or "")
    for meeting_id, decision in session.execute(
            select(AgendaItem.meeting_id, Decision.text)
            .join(Decision, Decision.agenda_item_id == AgendaItem.id)):
        texts[meeting_id].append(decision)
    rows = session.execute(
        select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.location, Meeting.kind,
               WorkingGroup.short_name)
        .outerjoin(WorkingGroup, Meeting.group_id == WorkingGroup.id)
        .order_by(Meeting.starts_at.desc()))
    for meeting_id, title, starts_at, location, kind, group in rows:
        day = format_date(starts_at.date())
        yield (_joined(title, day, location, kind.label, group, *texts.get(meeting_id, ())),
               Hit(HitKind.MEETING, meeting_id, title, _joined(day, location)))


def _projects(session: Session) -> Iterable[tuple[str, Hit]]:
    rows = session.execute(select(PilotProject.id, PilotProject.name, PilotProject.town,
                                  PilotProject.goal, PilotProject.funding_programme)
                           .order_by(PilotProject.name))
    for project_id, name, town, goal, programme in rows:
        yield (_joined(name, town, goal, programme),
               Hit(HitKind.PROJECT, project_id, name, town or ""))


def _goals(session: Session) -> Iterable[tuple[str, Hit]]:
    rows = session.execute(select(Goal.id, Goal.title, Goal.due_date, WorkingGroup.short_name)
                           .outerjoin(WorkingGroup, Goal.group_id == WorkingGroup.id)
                           .order_by(Goal.title))
    for goal_id, title, due, group in rows:
        yield (_joined(title, group), Hit(HitKind.GOAL, goal_id, title,
                                          _joined(f"AG {group}" if group else "",
                                                  format_date(due))))


def _pr_items(session: Session) -> Iterable[tuple[str, Hit]]:
    rows = session.execute(select(PrItem.id, PrItem.title, PrItem.kind, PrItem.published_on,
                                  PrItem.channel).order_by(PrItem.published_on.desc()))
    for item_id, title, kind, published, channel in rows:
        yield (_joined(title, kind.label, channel),
               Hit(HitKind.PR_ITEM, item_id, title,
                   _joined(kind.label, format_date(published))))


def _catalogue(session: Session) -> Iterable[tuple[str, Hit]]:
    for case_id, title, town, district, topic in session.execute(
            select(KnowledgeCase.id, KnowledgeCase.title, KnowledgeCase.town,
                   KnowledgeCase.district, KnowledgeCase.topic).order_by(KnowledgeCase.title)):
        yield (_joined(title, town, district, topic.label),
               Hit(HitKind.CASE, case_id, title, _joined(town, topic.label)))
    for initiative_id, name, town, organiser in session.execute(
            select(Initiative.id, Initiative.name, Initiative.town, Initiative.organiser)
            .order_by(Initiative.name)):
        yield (_joined(name, town, organiser),
               Hit(HitKind.INITIATIVE, initiative_id, name, town))
    for programme_id, name, funder in session.execute(
            select(FundingProgramme.id, FundingProgramme.name, FundingProgramme.funder)
            .order_by(FundingProgramme.name)):
        yield (_joined(name, funder), Hit(HitKind.PROGRAMME, programme_id, name, funder))
