"""What of the knowledge catalogue may leave the office, for the printed guides and the website:
cases that are "veröffentlicht" and flagged public, public initiatives, public programmes that
have not ended; pictures only with a credit; a contact person only with a consent to
publication. The one gate of the catalogue: the guides and the site get nothing else.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from app.db.database import Database
from app.domain.contacts import publishable_person
from app.domain.documents.catalogue import (
    SIZE_NAMES,
    Catalogue,
    CatalogueCase,
    CatalogueInitiative,
    CataloguePicture,
    CatalogueProgramme,
)
from app.domain.enums import CaseStatus, CaseTopic
from app.domain.formatting import format_date
from app.domain.models import (
    AgendaItem,
    CatalogueImage,
    FundingProgramme,
    Initiative,
    KnowledgeCase,
    Meeting,
    PilotProject,
    WorkingGroup,
)
from app.domain.text import public_link

EPOCH = datetime(2000, 1, 1)
TOPIC_ORDER = {topic: number for number, topic in enumerate(CaseTopic)}


def catalogue(db: Database, *, today: date) -> Catalogue:
    with db.reading() as session:
        return read_catalogue(session, today=today)


def read_catalogue(session: Session, *, today: date) -> Catalogue:
    cases = _cases(session)
    initiatives = session.scalars(select(Initiative).where(Initiative.public.is_(True))
                                  .order_by(Initiative.town, Initiative.name)).all()
    programmes = session.scalars(
        select(FundingProgramme).where(FundingProgramme.public.is_(True),
                                       or_(FundingProgramme.valid_to.is_(None),
                                           FundingProgramme.valid_to >= today))
        .order_by(FundingProgramme.funder, FundingProgramme.name)).all()
    modified = max([EPOCH, *(case.modified for case in cases),
                    *(initiative.updated_at for initiative in initiatives),
                    *(programme.updated_at for programme in programmes)])
    return Catalogue(
        cases=tuple(cases),
        initiatives=tuple(CatalogueInitiative(i.name, i.town, i.organiser or "", i.kind or "",
                                              i.description or "", public_link(i.link))
                          for i in initiatives),
        programmes=tuple(_programme(programme) for programme in programmes),
        modified=modified)


def _cases(session: Session) -> list[CatalogueCase]:
    records = session.scalars(
        select(KnowledgeCase)
        .where(KnowledgeCase.public.is_(True), KnowledgeCase.status == CaseStatus.PUBLISHED)
        .options(selectinload(KnowledgeCase.images), selectinload(KnowledgeCase.contact_person),
                 selectinload(KnowledgeCase.contact_organisation))).all()
    records = sorted(records, key=lambda case: (TOPIC_ORDER[case.topic], case.town, case.title))
    return [_case(session, case) for case in records]


def _case(session: Session, case: KnowledgeCase) -> CatalogueCase:
    pictures = tuple(_picture(image) for image in case.images if image.printable)
    group = session.get(WorkingGroup, case.group_id) if case.group_id else None
    project = session.get(PilotProject, case.project_id) if case.project_id else None
    changed = [case.updated_at, *(image.updated_at for image in case.images)]
    return CatalogueCase(
        id=case.id, title=case.title, town=case.town,
        town_size=SIZE_NAMES[case.town_size.value] if case.town_size else "",
        town_size_key=case.town_size.value if case.town_size else "",
        district=case.district or "", topic=case.topic.label, topic_key=case.topic.value,
        starting_situation=case.starting_situation or "", solution=case.solution or "",
        actors=case.actors or "", results=case.results or "", funding=case.funding or "",
        contact=_contact(case),
        links=tuple(link for link in map(public_link, (case.links or "").split()) if link),
        group=group.name if group else "",
        project=project.name if project and project.public else "",
        presented_at=_presented_at(session, case), pictures=pictures, modified=max(changed))


def _contact(case: KnowledgeCase) -> str:
    parts = [case.contact_organisation.name] if case.contact_organisation else []
    person = case.contact_person
    if person is not None and publishable_person(person):
        parts.insert(0, person.full_name)
    return ", ".join(parts)


def _presented_at(session: Session, case: KnowledgeCase) -> str:
    """Where the case was presented, named only when that meeting is public itself."""
    meeting = session.get(Meeting, case.meeting_id) if case.meeting_id else None
    if meeting is None or not meeting.public:
        return ""
    text = f"{meeting.title} am {meeting.starts_at:%d.%m.%Y}"
    item = session.get(AgendaItem, case.agenda_item_id) if case.agenda_item_id else None
    if item is not None and item.public:
        text += f", TOP „{item.title}“"
    return text


def _picture(image: CatalogueImage) -> CataloguePicture:
    return CataloguePicture(image.id, image.file_name, image.mime_type, image.content,
                            image.caption or "", (image.credit or "").strip(),
                            image.licence or "")


def event_pictures(session: Session, meeting_ids: list[int]) -> dict[int, tuple[
        CataloguePicture, ...]]:
    """The credited pictures of public events, by meeting."""
    pictures: dict[int, list[CataloguePicture]] = {}
    for image in session.scalars(select(CatalogueImage).where(
            CatalogueImage.meeting_id.in_(meeting_ids))
            .order_by(CatalogueImage.position, CatalogueImage.id)):
        if image.printable and image.meeting_id is not None:
            pictures.setdefault(image.meeting_id, []).append(_picture(image))
    return {meeting_id: tuple(found) for meeting_id, found in pictures.items()}


def _programme(programme: FundingProgramme) -> CatalogueProgramme:
    return CatalogueProgramme(
        name=programme.name, funder=programme.funder, applicants=programme.applicants or "",
        funded=programme.funded or "", rate=programme.rate or "",
        deadlines=programme.deadlines or "",
        validity=validity(programme.valid_from, programme.valid_to),
        link=public_link(programme.link), contact=programme.contact or "",
        checked=format_date(programme.checked_on))


def validity(valid_from: date | None, valid_to: date | None) -> str:
    if valid_from and valid_to:
        return f"{valid_from:%d.%m.%Y} bis {valid_to:%d.%m.%Y}"
    if valid_from:
        return f"seit {valid_from:%d.%m.%Y}, unbefristet"
    if valid_to:
        return f"bis {valid_to:%d.%m.%Y}"
    return "unbefristet"
