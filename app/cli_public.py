"""Headless commands of the alliance's public face: the website."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.cli_meetings import Command
    from app.db.database import Database

EXIT_OK = 0


def add_public_commands(commands: Any, new_parser: Callable[..., argparse.ArgumentParser],
                        ) -> dict[str, Command]:
    site = new_parser(commands, "publish-website",
                      "die öffentliche Website als Ordner statischer Seiten schreiben")
    site.add_argument("--out", required=True, type=Path, metavar="ORDNER",
                      help="Zielordner (neu, leer oder eine frühere Veröffentlichung)")
    site.add_argument("--base-url", metavar="ADRESSE", default=None,
                      help="Web-Adresse der Website (für die OParl-Dateien); ohne Angabe die "
                           "aus den Einstellungen")
    letter = new_parser(commands, "export-newsletter",
                        "Newsletter als E-Mail-Entwurf (.eml) an einen Verteiler")
    letter.add_argument("--list", required=True, metavar="VERTEILER",
                        help="Name des Verteilers")
    letter.add_argument("--items", required=True, type=item_ids, metavar="NUMMERN",
                        help="Nummern der PR-Beiträge, durch Kommas getrennt (z. B. 12,15)")
    letter.add_argument("--out", required=True, type=Path, metavar="DATEI",
                        help="Zieldatei (.eml)")
    return {"publish-website": _publish_website, "export-newsletter": _export_newsletter}


def item_ids(text: str) -> list[int]:
    """``12,15`` as record numbers, for argparse (German message on error)."""
    from app.cli_meetings import meeting_id

    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts:
        raise argparse.ArgumentTypeError("Bitte mindestens eine Nummer angeben")
    return [meeting_id(part) for part in parts]


def _export_newsletter(db: Database, arguments: argparse.Namespace) -> int:
    from app.domain.documents.meeting import Sender
    from app.services.newsletter import export_newsletter
    from app.settings import load_settings

    settings = load_settings()
    written = export_newsletter(db, list_name=arguments.list, item_ids=arguments.items,
                                today=date.today(),
                                sender=Sender(settings.sender_name, settings.sender_email),
                                out=arguments.out)
    left_out = (f"; {written.left_out} ohne Einwilligung, eingeschränkt oder ohne Adresse "
                "ausgelassen" if written.left_out else "")
    print(f"Newsletter geschrieben nach {written.path}: {written.recipients} Empfänger"
          f"{left_out}. Als PR-Beitrag Nr. {written.pr_item_id} erfasst.")
    return EXIT_OK


def _publish_website(db: Database, arguments: argparse.Namespace) -> int:
    from app.exports.website import user_templates
    from app.services.website_publishing import publish_website
    from app.settings import load_settings

    settings = load_settings()
    base_url = settings.website_base_url if arguments.base_url is None else arguments.base_url
    published = publish_website(db, arguments.out, today=date.today(), now=datetime.now(),
                                secretariat=settings.sender_name, base_url=base_url,
                                own_templates=user_templates())
    print(f"Website geschrieben nach {published.folder}: {published.files} Dateien, "
          f"{published.meetings} Termin(e), {published.news} Meldung(en)")
    return EXIT_OK
