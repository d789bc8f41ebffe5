"""The newsletter: composed from chosen PR items, the next public dates and recent results of
public events; it goes (in Bcc) only to persons of the chosen distribution list who agreed to be
contacted and whose processing is not restricted. Each newsletter written is recorded as a PR
item of kind newsletter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from app.db.database import Database
from app.domain.documents.meeting import Sender
from app.domain.documents.newsletter import Newsletter, Recipient
from app.domain.documents.website import SiteNews
from app.domain.enums import PrKind
from app.domain.errors import ValidationError
from app.domain.formatting import format_date
from app.domain.models import DistributionList, Person, PrItem
from app.services.website import public_meetings

ALLIANCE_SHORT = "Innenstädte mit Zukunft"
DATES_SHOWN = 5
RESULTS_SINCE_DAYS = 183


@dataclass(frozen=True)
class NewsletterWritten:
    path: Path
    recipients: int
    left_out: int
    """Members of the list without consent, restricted, archived or without address."""
    pr_item_id: int


def compose_newsletter(db: Database, *, list_name: str, item_ids: Sequence[int], today: date,
                       sender: Sender) -> tuple[Newsletter, int]:
    """The newsletter and how many members of the list were left out.

    Raises:
        ValidationError: unknown list or item, no item chosen, nobody who may receive it.
    """
    if not item_ids:
        raise ValidationError("Bitte mindestens einen Beitrag für den Newsletter wählen.",
                              field="items")
    with db.reading() as session:
        chosen = session.scalars(select(DistributionList).where(
            DistributionList.name == list_name.strip())).first()
        if chosen is None:
            raise ValidationError(f"Einen Verteiler „{list_name}“ gibt es nicht.", field="list")
        list_name, members = chosen.name, len(chosen.persons)
        recipients = tuple(Recipient(person.full_name, person.email or "")
                           for person in sorted(chosen.persons,
                                                key=lambda p: (p.last_name, p.first_name))
                           if _may_receive(person))
        items = {item.id: SiteNews(item.id, item.title, format_date(item.published_on),
                                   item.kind.label, item.text or "", item.link or "")
                 for item in session.scalars(select(PrItem).where(PrItem.id.in_(item_ids)))}
    unknown = [str(item_id) for item_id in item_ids if item_id not in items]
    if unknown:
        raise ValidationError(f"Beiträge mit diesen Nummern gibt es nicht: {', '.join(unknown)}.",
                              field="items")
    if not recipients:
        raise ValidationError(f"Im Verteiler „{list_name}“ ist niemand, der eingewilligt hat, "
                              "kontaktiert zu werden (und eine E-Mail-Adresse hat).",
                              field="list")
    upcoming, past = public_meetings(db, today=today)
    since = today - timedelta(days=RESULTS_SINCE_DAYS)
    results = tuple(m for m in past if m.results_summary and m.starts_at.date() >= since)
    news = tuple(items[item_id] for item_id in item_ids)
    subject = f"Newsletter {ALLIANCE_SHORT} – {format_date(today)}"
    letter = Newsletter(subject=subject, date=format_date(today), sender=sender,
                        recipients=recipients, items=news,
                        dates=tuple(m for m in upcoming if not m.cancelled)[:DATES_SHOWN],
                        results=results, list_name=list_name)
    return letter, members - len(recipients)



def _may_receive(person: Person) -> bool:
    return (person.consent and not person.restricted and not person.archived
            and bool(person.email))


def export_newsletter(db: Database, *, list_name: str, item_ids: Sequence[int], today: date,
                      sender: Sender, out: Path) -> NewsletterWritten:
    """Write the newsletter as an .eml draft and record it as a PR item of kind newsletter."""
    from app.exports.email_draft import write_message
    from app.exports.newsletter_email import newsletter_message, plain_text

    letter, left_out = compose_newsletter(db, list_name=list_name, item_ids=item_ids,
                                          today=today, sender=sender)
    path = write_message(newsletter_message(letter), out)
    with db.unit_of_work() as session:
        record = PrItem(kind=PrKind.NEWSLETTER, title=letter.subject, published_on=today,
                        channel=f"Newsletter an „{letter.list_name}“ "
                                f"({len(letter.recipients)} Empfänger)",
                        text=plain_text(letter), public=False)
        session.add(record)
        session.flush()
        record_id = record.id
    return NewsletterWritten(path, len(letter.recipients), left_out, record_id)
