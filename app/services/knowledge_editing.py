"""Creating and changing the catalogue's records: practice examples (with their pictures),
initiatives and funding programmes; and a completed pilot project turned into a case.

Each kind has a draft (the form's values outside the ORM), one check that names every problem
in German, and a save that runs the check again, so the dialogs, the import and the headless
commands share one validation point.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select

from app.db.database import Database
from app.db.versions import LoadedVersion
from app.domain.base import Base
from app.domain.enums import CaseStatus, CaseTopic, ProjectStatus, TownSize
from app.domain.errors import DomainError, ValidationError
from app.domain.models import (
    AgendaItem,
    CatalogueImage,
    FundingProgramme,
    Initiative,
    KnowledgeCase,
    PilotProject,
)
from app.domain.text import is_web_address, public_link

Problems = list[tuple[str, str]]
LINK_FIELDS = frozenset({"link", "links"})
Listed = TypeVar("Listed", Initiative, FundingProgramme)
Draft = TypeVar("Draft", "CaseDraft", "InitiativeDraft", "ProgrammeDraft", "ImageDraft")


@dataclass(frozen=True)
class CaseDraft:
    title: str
    town: str
    topic: CaseTopic = CaseTopic.VACANCY
    town_size: TownSize | None = None
    district: str = ""
    starting_situation: str = ""
    solution: str = ""
    actors: str = ""
    results: str = ""
    funding: str = ""
    contact_organisation_id: int | None = None
    contact_person_id: int | None = None
    links: str = ""
    group_id: int | None = None
    project_id: int | None = None
    meeting_id: int | None = None
    agenda_item_id: int | None = None
    status: CaseStatus = CaseStatus.DRAFT
    public: bool = False
    """Shown on the website and in the printed guide once its status is "veröffentlicht"."""


@dataclass(frozen=True)
class InitiativeDraft:
    name: str
    town: str
    organiser: str = ""
    kind: str = ""
    description: str = ""
    link: str = ""
    public: bool = False


@dataclass(frozen=True)
class ProgrammeDraft:
    name: str
    funder: str
    applicants: str = ""
    funded: str = ""
    rate: str = ""
    deadlines: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    link: str = ""
    contact: str = ""
    checked_on: date | None = None
    public: bool = False


def stripped(draft: Draft) -> Draft:
    """The draft as it is stored: every text trimmed (enum members, which are strings too,
    kept), a link typed as ``www.example.org`` completed to ``https://www.example.org``."""
    changes: dict[str, Any] = {field.name: value.strip() for field in fields(draft)
                               if type(value := getattr(draft, field.name)) is str}
    for name in LINK_FIELDS & changes.keys():
        changes[name] = "\n".join(public_link(link) or link for link in changes[name].split())
    return replace(draft, **changes)


def _link_problems(field: str, text: str) -> Problems:
    return [(field, f"„{link}“ ist keine Web-Adresse; Links beginnen mit https:// oder "
                    "http://.") for link in text.split() if not is_web_address(link)]


def _required(draft: Any, names: dict[str, str]) -> Problems:
    return [(name, f"Bitte {label} eingeben.") for name, label in names.items()
            if not str(getattr(draft, name)).strip()]


def case_problems(draft: CaseDraft) -> Problems:
    """Every problem of a case as (field, German message), checked as it would be stored."""
    draft = stripped(draft)
    problems = _required(draft, {"title": "einen Titel", "town": "den Ort"})
    return problems + _link_problems("links", draft.links)


def initiative_problems(draft: InitiativeDraft) -> Problems:
    draft = stripped(draft)
    problems = _required(draft, {"name": "einen Namen", "town": "den Ort"})
    return problems + _link_problems("link", draft.link)


def programme_problems(draft: ProgrammeDraft, *, today: date | None = None) -> Problems:
    draft = stripped(draft)
    problems = _required(draft, {"name": "den Namen des Programms",
                                 "funder": "den Fördergeber"})
    if draft.valid_from and draft.valid_to and draft.valid_to < draft.valid_from:
        problems.append(("valid_to", "Das Ende der Laufzeit liegt vor ihrem Beginn."))
    if draft.checked_on and today and draft.checked_on > today:
        problems.append(("checked_on", "Das Datum der letzten Prüfung liegt in der Zukunft."))
    return problems + _link_problems("link", draft.link)


def _checked(draft: Draft, check: Callable[[Draft], Problems]) -> Draft:
    clean = stripped(draft)
    problems = check(clean)
    if problems:
        raise ValidationError(problems[0][1], field=problems[0][0])
    return clean


def apply_draft(record: Base, draft: Any) -> None:
    """Copy the draft's values onto the record (empty texts as NULL where allowed)."""
    columns = record.__table__.columns
    for field in fields(draft):
        value = getattr(draft, field.name)
        if value == "" and columns[field.name].nullable:
            value = None
        setattr(record, field.name, value)


def _draft(kind: type[Draft], record: Base) -> Draft:
    values: dict[str, Any] = {}
    for field in fields(kind):
        value = getattr(record, field.name)
        values[field.name] = "" if value is None and field.default == "" else value
    return kind(**values)


def save_case(db: Database, draft: CaseDraft, case_id: int | None = None, *,
              today: date, expect: LoadedVersion | None = None) -> int:
    """Store a case; a change of status restarts its "since" date."""
    draft = _checked(draft, case_problems)
    with db.unit_of_work(expect=expect) as session:
        if draft.agenda_item_id is not None:
            item = session.get(AgendaItem, draft.agenda_item_id)
            if item is None or item.meeting_id != draft.meeting_id:
                raise ValidationError("Der TOP gehört nicht zur gewählten Sitzung.",
                                      field="agenda_item_id")
        case = (session.get_one(KnowledgeCase, case_id) if case_id is not None
                else KnowledgeCase(status=draft.status, status_since=today))
        if case.status is not draft.status:
            case.status_since = today
        apply_draft(case, draft)
        session.add(case)
        session.flush()
        return case.id


def load_case(db: Database, case_id: int) -> CaseDraft:
    with db.reading() as session:
        return _draft(CaseDraft, session.get_one(KnowledgeCase, case_id))


def save_initiative(db: Database, draft: InitiativeDraft, initiative_id: int | None = None, *,
                    expect: LoadedVersion | None = None) -> int:
    return _store(db, Initiative, _checked(draft, initiative_problems), initiative_id, expect)


def load_initiative(db: Database, initiative_id: int) -> InitiativeDraft:
    with db.reading() as session:
        return _draft(InitiativeDraft, session.get_one(Initiative, initiative_id))


def save_programme(db: Database, draft: ProgrammeDraft, programme_id: int | None = None, *,
                   today: date, expect: LoadedVersion | None = None) -> int:
    draft = _checked(draft, lambda d: programme_problems(d, today=today))
    return _store(db, FundingProgramme, draft, programme_id, expect)


def _store(db: Database, model: type[Listed], draft: Any, record_id: int | None,
           expect: LoadedVersion | None) -> int:
    """Store a checked draft in a new record or over the one with ``record_id``."""
    with db.unit_of_work(expect=expect) as session:
        record = session.get_one(model, record_id) if record_id is not None else model()
        apply_draft(record, draft)
        session.add(record)
        session.flush()
        return record.id


def load_programme(db: Database, programme_id: int) -> ProgrammeDraft:
    with db.reading() as session:
        return _draft(ProgrammeDraft, session.get_one(FundingProgramme, programme_id))


CATALOGUE_MODELS: dict[str, type[Base]] = {
    "case": KnowledgeCase, "initiative": Initiative, "programme": FundingProgramme}


def delete_record(db: Database, kind: str, record_id: int) -> None:
    """Delete a case (with its pictures), an initiative or a programme."""
    with db.unit_of_work() as session:
        record = session.get(CATALOGUE_MODELS[kind], record_id)
        if record is not None:
            session.delete(record)


def case_from_project(db: Database, project_id: int, *, today: date) -> int:
    """A draft case from a completed pilot project: title, town, AG, funding and goal taken
    over, the project linked; the office completes and checks it."""
    with db.reading() as session:
        project = session.get_one(PilotProject, project_id)
        if project.status is not ProjectStatus.COMPLETED:
            raise DomainError(f"„{project.name}“ ist noch nicht abgeschlossen; nur "
                              "abgeschlossene Pilotprojekte werden zum Praxisbeispiel.")
        existing = session.scalar(select(KnowledgeCase.id).where(
            KnowledgeCase.project_id == project_id))
        if existing is not None:
            raise DomainError(f"Aus „{project.name}“ ist schon das Praxisbeispiel "
                              f"Nr. {existing} entstanden.")
        draft = CaseDraft(
            title=project.name, town=project.town or "offen", town_size=project.town_size,
            topic=TOPIC_OF_GROUP.get(project.group.short_name, CaseTopic.OTHER),
            solution=project.goal or "", funding=project.funding_programme or "",
            actors=", ".join(org.short_name or org.name for org in project.partners),
            group_id=project.group_id, project_id=project.id)
    return save_case(db, draft, today=today)


TOPIC_OF_GROUP: dict[str, CaseTopic] = {
    "Leerstand": CaseTopic.VACANCY, "Klima": CaseTopic.CLIMATE, "WULIS": CaseTopic.LIVING,
}
"""The field of action a project of an AG (by short name) most likely belongs to; the office
can change it."""


# Pictures of a case or an event.

IMAGE_TYPES = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg"}
MAX_IMAGE_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class ImageDraft:
    caption: str = ""
    credit: str = ""
    licence: str = ""


def image_type(file_name: str, content: bytes) -> str:
    """The picture's MIME type, from its name and its first bytes, once the whole picture
    could be read (a truncated file would break the guides later); German error otherwise."""
    suffix = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    mime = IMAGE_TYPES.get(suffix)
    looks_png = content.startswith(b"\x89PNG\r\n\x1a\n")
    looks_jpeg = content.startswith(b"\xff\xd8\xff")
    if not (mime == "image/png" and looks_png or mime == "image/jpeg" and looks_jpeg):
        raise ValidationError(f"„{file_name}“ ist kein Bild im Format PNG oder JPEG.")
    if len(content) > MAX_IMAGE_BYTES:
        raise ValidationError(f"„{file_name}“ ist größer als 10 MB; bitte verkleinern.")
    from PIL import Image  # only when a picture is added: Pillow is heavy to load at start

    try:
        with Image.open(io.BytesIO(content)) as picture:
            picture.load()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise ValidationError(f"„{file_name}“ ist beschädigt und lässt sich nicht als Bild "
                              "lesen.") from error
    return mime


def add_image(db: Database, *, file_name: str, content: bytes, draft: ImageDraft,
              case_id: int | None = None, meeting_id: int | None = None) -> int:
    """Keep a picture with a case or an event (exactly one of them)."""
    if (case_id is None) == (meeting_id is None):
        raise DomainError("Ein Bild gehört entweder zu einem Praxisbeispiel oder zu einer "
                          "Veranstaltung.")
    mime = image_type(file_name, content)
    draft = stripped(draft)
    with db.unit_of_work() as session:
        owner = CatalogueImage.case_id == case_id if case_id is not None \
            else CatalogueImage.meeting_id == meeting_id
        last = session.scalar(select(CatalogueImage.position).where(owner)
                              .order_by(CatalogueImage.position.desc()).limit(1))
        image = CatalogueImage(case_id=case_id, meeting_id=meeting_id,
                               file_name=file_name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1],
                               mime_type=mime, content=content, position=(last or 0) + 1)
        apply_draft(image, draft)
        session.add(image)
        session.flush()
        return image.id


def update_image(db: Database, image_id: int, draft: ImageDraft) -> None:
    with db.unit_of_work() as session:
        apply_draft(session.get_one(CatalogueImage, image_id), stripped(draft))


def remove_image(db: Database, image_id: int) -> None:
    with db.unit_of_work() as session:
        image = session.get(CatalogueImage, image_id)
        if image is not None:
            session.delete(image)
