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
    return {"publish-website": _publish_website}


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
