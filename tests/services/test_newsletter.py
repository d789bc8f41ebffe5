"""The newsletter: chosen items, next public dates and results, to the consenting members of a
list only, as an .eml draft with HTML and plain text; recorded as a PR item."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main as cli_main
from app.db.database import Database
from app.domain.documents.meeting import Sender
from app.domain.enums import PrKind
from app.domain.errors import ValidationError
from app.domain.models import DistributionList, Person, PrItem
from app.exports.email_draft import DRAFT_POLICY, set_addresses
from app.services.newsletter import export_newsletter
from tests.demo_day import DEMO_TODAY

SENDER = Sender("Geschäftsstelle Innenstädte mit Zukunft", "gs@innenstaedte.example")


def _items(db: Database) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(select(PrItem.id).where(PrItem.public.is_(True))
                                    .order_by(PrItem.id)).all()[:2])


def test_the_newsletter_goes_to_consenting_members_only(demo_db: Database,
                                                        tmp_path: Path) -> None:
    with demo_db.unit_of_work() as session:
        newsletter = session.scalars(select(DistributionList)
                                     .where(DistributionList.name == "Newsletter")).one()
        members = sorted(newsletter.persons, key=lambda p: p.id)
        members[0].consent = False
        members[1].restricted = True
        excluded = {members[0].email, members[1].email}
        allowed = {p.email for p in members[2:] if p.consent and not p.archived and p.email}
    items = _items(demo_db)
    written = export_newsletter(demo_db, list_name="Newsletter", item_ids=items,
                                today=DEMO_TODAY, sender=SENDER, out=tmp_path / "nl.eml")
    message = email.message_from_bytes(written.path.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    bcc = {address.addr_spec for address in message["Bcc"].addresses}
    assert bcc == allowed and not bcc & excluded
    assert written.recipients == len(allowed) and written.left_out >= 2
    plain = message.get_body(("plain",))
    rich = message.get_body(("html",))
    assert plain is not None and rich is not None
    with demo_db.reading() as session:
        titles = [session.get_one(PrItem, item_id).title for item_id in items]
        record = session.get_one(PrItem, written.pr_item_id)
        assert record.kind is PrKind.NEWSLETTER and not record.public
    for title in titles:
        assert title in plain.get_content() and title in rich.get_content()
    assert "Nächste öffentliche Termine" in plain.get_content()
    assert '<html lang="de">' in rich.get_content()


def test_bad_lists_items_and_empty_lists_are_named(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "nl.eml"
    with pytest.raises(ValidationError, match="Verteiler „Presse“ gibt es nicht"):
        export_newsletter(demo_db, list_name="Presse", item_ids=[1], today=DEMO_TODAY,
                          sender=SENDER, out=out)
    with pytest.raises(ValidationError, match="99999"):
        export_newsletter(demo_db, list_name="Newsletter", item_ids=[99999], today=DEMO_TODAY,
                          sender=SENDER, out=out)
    with demo_db.unit_of_work() as session:
        session.add(DistributionList(name="Leer"))
    with pytest.raises(ValidationError, match="niemand"):
        export_newsletter(demo_db, list_name="Leer", item_ids=_items(demo_db),
                          today=DEMO_TODAY, sender=SENDER, out=out)
    assert not out.exists()


def test_the_command_writes_the_newsletter(demo_db: Database, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    items = ",".join(str(item) for item in _items(demo_db))
    out = tmp_path / "nl.eml"
    assert cli_main(["--db", demo_db.target.display_name, "export-newsletter", "--list",
                     "Newsletter", "--items", items, "--out", str(out)]) == 0
    assert "Empfänger" in capsys.readouterr().out
    assert email.message_from_bytes(out.read_bytes(), policy=policy.default)["Bcc"]
    with pytest.raises(SystemExit):
        cli_main(["--db", demo_db.target.display_name, "export-newsletter", "--list",
                  "Newsletter", "--items", "eins", "--out", str(out)])
    assert "keine gültige Nummer" in capsys.readouterr().err


def test_long_address_lists_with_umlauts_and_titles_keep_every_recipient() -> None:
    from email.message import EmailMessage

    people = [(f"Prof. Dr. Bärbel Groß-Müller {n}", f"person{n}@example.org") for n in range(40)]
    people += [("Müller, Änne", "aenne@example.org"), ("Dr. Jörg Weiß", "joerg@example.org")]
    message = EmailMessage(policy=DRAFT_POLICY)
    set_addresses(message, "Bcc", people)
    message.set_content("x")
    parsed = email.message_from_bytes(message.as_bytes(), policy=policy.default)
    found = [(a.display_name, a.addr_spec) for a in parsed["Bcc"].addresses]
    assert found == people and not parsed["Bcc"].defects
    assert max(len(line) for line in message.as_bytes().split(b"\r\n")) < 998


def test_persons_of_the_demo_list_have_consent(demo_db: Database) -> None:
    with demo_db.reading() as session:
        newsletter = session.scalars(select(DistributionList)
                                     .where(DistributionList.name == "Newsletter")).one()
        assert any(isinstance(p, Person) and p.consent for p in newsletter.persons)
