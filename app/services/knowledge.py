"""The catalogue's lists with their filters, and what needs keeping current (for the cockpit)."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select

from app.db.database import Database
from app.domain.enums import CaseStatus, CaseTopic, MeetingStatus, ProjectStatus, TownSize
from app.domain.models import (
    AgendaItem,
    CatalogueImage,
    FundingProgramme,
    Initiative,
    KnowledgeCase,
    Meeting,
    Person,
    PilotProject,
    WorkingGroup,
)
from app.services.meeting_editing import Choice

DRAFT_DAYS = 90
"""A case still in draft after this many days shows on the cockpit."""
CHECK_MONTHS = 12
"""A programme not checked for this many months shows on the cockpit."""


@dataclass(frozen=True)
class CaseRow:
    id: int
    title: str
    town: str
    town_size: TownSize | None
    district: str
    topic: CaseTopic
    group: str
    status: CaseStatus
    status_since: date
    public: bool
    images: int


@dataclass(frozen=True)
class InitiativeRow:
    id: int
    name: str
    town: str
    organiser: str
    kind: str
    link: str
    public: bool


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    name: str
    funder: str
    rate: str
    valid_from: date | None
    valid_to: date | None
    checked_on: date | None
    public: bool
    outdated: str
    """Why the entry needs a look ("abgelaufen", "seit 12 Monaten nicht geprüft") or ""."""


@dataclass(frozen=True)
class CaseFilter:
    topic: CaseTopic | None = None
    town_size: TownSize | None = None
    district: str | None = None
    group_id: int | None = None
    status: CaseStatus | None = None


def list_cases(db: Database, case_filter: CaseFilter | None = None) -> list[CaseRow]:
    wanted = case_filter or CaseFilter()
    images = (select(CatalogueImage.case_id, func.count().label("images"))
              .where(CatalogueImage.case_id.is_not(None))
              .group_by(CatalogueImage.case_id).subquery())
    query = (select(KnowledgeCase, WorkingGroup.short_name, func.coalesce(images.c.images, 0))
             .outerjoin(WorkingGroup, KnowledgeCase.group_id == WorkingGroup.id)
             .outerjoin(images, images.c.case_id == KnowledgeCase.id)
             .order_by(KnowledgeCase.topic, KnowledgeCase.town, KnowledgeCase.title))
    for column, value in ((KnowledgeCase.topic, wanted.topic),
                          (KnowledgeCase.town_size, wanted.town_size),
                          (KnowledgeCase.district, wanted.district),
                          (KnowledgeCase.group_id, wanted.group_id),
                          (KnowledgeCase.status, wanted.status)):
        if value is not None:
            query = query.where(column == value)
    with db.reading() as session:
        return [CaseRow(case.id, case.title, case.town, case.town_size, case.district or "",
                        case.topic, group or "", case.status, case.status_since, case.public,
                        int(count))
                for case, group, count in session.execute(query)]


def districts(db: Database) -> list[str]:
    """The Landkreise the cases name, for the filter."""
    with db.reading() as session:
        return [name for name in session.scalars(
            select(KnowledgeCase.district).where(KnowledgeCase.district.is_not(None))
            .distinct().order_by(KnowledgeCase.district)) if name]


def list_initiatives(db: Database) -> list[InitiativeRow]:
    with db.reading() as session:
        return [InitiativeRow(i.id, i.name, i.town, i.organiser or "", i.kind or "",
                              i.link or "", i.public)
                for i in session.scalars(select(Initiative)
                                         .order_by(Initiative.town, Initiative.name))]


def programme_outdated(valid_to: date | None, checked_on: date | None, today: date) -> str:
    """Why a programme needs a look, in German; "" when it is current."""
    if valid_to is not None and valid_to < today:
        return f"abgelaufen am {valid_to:%d.%m.%Y}"
    if checked_on is None:
        return "noch nie geprüft"
    if checked_on < _months_before(today, CHECK_MONTHS):
        return f"zuletzt geprüft am {checked_on:%d.%m.%Y}"
    return ""


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def list_programmes(db: Database, *, today: date) -> list[ProgrammeRow]:
    with db.reading() as session:
        return [ProgrammeRow(p.id, p.name, p.funder, p.rate or "", p.valid_from, p.valid_to,
                             p.checked_on, p.public,
                             programme_outdated(p.valid_to, p.checked_on, today))
                for p in session.scalars(select(FundingProgramme)
                                         .order_by(FundingProgramme.name))]


@dataclass(frozen=True)
class UpkeepRow:
    """A catalogue entry that needs a look: an outdated programme or a case left in draft."""

    kind: str
    """``programme`` or ``case``."""
    id: int
    title: str
    reason: str

    @property
    def key(self) -> int:
        """One number for the row: the programme's id, or the case's id negated."""
        return self.id if self.kind == "programme" else -self.id

    @staticmethod
    def entry(key: int) -> tuple[str, int]:
        """(kind, id) of the row with ``key``."""
        return ("programme", key) if key > 0 else ("case", -key)


def catalogue_upkeep(db: Database, *, today: date) -> list[UpkeepRow]:
    """Programmes past their end or not checked for 12 months, cases in draft for more than
    90 days; programmes first, each list oldest first."""
    checked_before = _months_before(today, CHECK_MONTHS)
    with db.reading() as session:
        programmes = session.execute(
            select(FundingProgramme.id, FundingProgramme.name, FundingProgramme.valid_to,
                   FundingProgramme.checked_on)
            .where(or_(FundingProgramme.valid_to < today,
                       FundingProgramme.checked_on.is_(None),
                       FundingProgramme.checked_on < checked_before))
            .order_by(FundingProgramme.valid_to, FundingProgramme.checked_on)).all()
        cases = session.execute(
            select(KnowledgeCase.id, KnowledgeCase.title, KnowledgeCase.status_since)
            .where(KnowledgeCase.status == CaseStatus.DRAFT,
                   KnowledgeCase.status_since < today - timedelta(days=DRAFT_DAYS))
            .order_by(KnowledgeCase.status_since)).all()
    rows = [UpkeepRow("programme", programme_id, name,
                      "Förderprogramm " + programme_outdated(valid_to, checked, today))
            for programme_id, name, valid_to, checked in programmes]
    rows += [UpkeepRow("case", case_id, title,
                       f"Praxisbeispiel seit {(today - since).days} Tagen im Entwurf")
             for case_id, title, since in cases]
    return rows


def completed_projects(db: Database) -> list[Choice]:
    """Completed pilot projects not yet turned into a case."""
    taken = select(KnowledgeCase.project_id).where(KnowledgeCase.project_id.is_not(None))
    with db.reading() as session:
        return [Choice(project_id, name) for project_id, name in session.execute(
            select(PilotProject.id, PilotProject.name)
            .where(PilotProject.status == ProjectStatus.COMPLETED,
                   PilotProject.id.not_in(taken)).order_by(PilotProject.name))]


def pictures(db: Database, *, case_id: int | None = None,
             meeting_id: int | None = None) -> list[ImageRow]:
    """The pictures of a case or of an event, in their order."""
    owner = CatalogueImage.case_id == case_id if case_id is not None \
        else CatalogueImage.meeting_id == meeting_id
    with db.reading() as session:
        return [ImageRow(image.id, image.file_name, image.caption or "", image.credit or "",
                         image.licence or "", image.content)
                for image in session.scalars(select(CatalogueImage).where(owner)
                                             .order_by(CatalogueImage.position,
                                                       CatalogueImage.id))]


@dataclass(frozen=True)
class ImageRow:
    id: int
    file_name: str
    caption: str
    credit: str
    licence: str
    content: bytes


def meeting_choices(db: Database) -> list[Choice]:
    """Meetings where a case may have been presented, newest first."""
    with db.reading() as session:
        return [Choice(meeting_id, f"{starts:%d.%m.%Y} {title}")
                for meeting_id, starts, title in session.execute(
                    select(Meeting.id, Meeting.starts_at, Meeting.title)
                    .where(Meeting.status != MeetingStatus.CANCELLED)
                    .order_by(Meeting.starts_at.desc()))]


def agenda_choices(db: Database, meeting_id: int | None) -> list[Choice]:
    if meeting_id is None:
        return []
    with db.reading() as session:
        return [Choice(item_id, f"TOP {number}: {title}") for number, (item_id, title)
                in enumerate(session.execute(
                    select(AgendaItem.id, AgendaItem.title)
                    .where(AgendaItem.meeting_id == meeting_id)
                    .order_by(AgendaItem.position, AgendaItem.id)), start=1)]


def person_choices(db: Database, organisation_id: int | None) -> list[Choice]:
    """The persons of an organisation who may be named as a case's contact."""
    if organisation_id is None:
        return []
    with db.reading() as session:
        return [Choice(person.id, person.full_name) for person in session.scalars(
            select(Person).where(Person.organisation_id == organisation_id,
                                 Person.archived.is_(False))
            .order_by(Person.last_name, Person.first_name))]
