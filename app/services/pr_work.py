"""Public relations (Öffentlichkeitsarbeit): teaser texts, press, social media, newsletter, web."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from app.db.database import Database
from app.domain.enums import PrKind
from app.domain.errors import ValidationError
from app.domain.models import PrItem, WorkingGroup
from app.domain.text import is_web_address
from app.services.periods import year_dates


@dataclass(frozen=True)
class PrDraft:
    kind: PrKind
    title: str
    published_on: date
    channel: str = ""
    link: str = ""
    group_id: int | None = None
    text: str = ""
    """The text of a website article, teaser or newsletter (shown under "Aktuelles")."""
    public: bool = False


@dataclass(frozen=True)
class PrRow:
    id: int
    published_on: date
    kind: PrKind
    title: str
    channel: str
    link: str
    group: str
    text: str = ""
    public: bool = False


def save_pr_item(db: Database, draft: PrDraft, item_id: int | None = None) -> int:
    draft = replace(draft, title=draft.title.strip(), channel=draft.channel.strip(),
                    link=draft.link.strip(), text=draft.text.strip())
    if not draft.title:
        raise ValidationError("Bitte einen Titel eingeben.", field="title")
    if draft.link and not is_web_address(draft.link):
        raise ValidationError("Der Link muss mit https:// oder http:// beginnen.", field="link")
    with db.unit_of_work() as session:
        item = session.get_one(PrItem, item_id) if item_id is not None else PrItem(
            kind=draft.kind, title=draft.title, published_on=draft.published_on)
        item.kind, item.title, item.published_on = draft.kind, draft.title, draft.published_on
        item.channel = draft.channel or None
        item.link = draft.link or None
        item.group_id = draft.group_id
        item.text = draft.text or None
        item.public = draft.public
        session.add(item)
        session.flush()
        return item.id


def delete_pr_item(db: Database, item_id: int) -> None:
    with db.unit_of_work() as session:
        session.delete(session.get_one(PrItem, item_id))


def list_pr_items(db: Database, year: int) -> list[PrRow]:
    first, last = year_dates(year)
    query = (select(PrItem.id, PrItem.published_on, PrItem.kind, PrItem.title, PrItem.channel,
                    PrItem.link, WorkingGroup.short_name, PrItem.text, PrItem.public)
             .outerjoin(WorkingGroup, PrItem.group_id == WorkingGroup.id)
             .where(PrItem.published_on.between(first, last))
             .order_by(PrItem.published_on.desc()))
    with db.reading() as session:
        return [PrRow(item_id, day, kind, title, channel or "", link or "", group or "",
                      text or "", public)
                for item_id, day, kind, title, channel, link, group, text, public
                in session.execute(query)]
