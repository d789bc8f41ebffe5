"""Headless commands of the alliance's public face: the website."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
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
    return {"publish-website": _publish_website}


def _publish_website(db: Database, arguments: argparse.Namespace) -> int:
    from app.exports.website import user_templates
    from app.services.website_publishing import publish_website
    from app.settings import load_settings

    published = publish_website(db, arguments.out, today=date.today(),
                                secretariat=load_settings().sender_name,
                                own_templates=user_templates())
    print(f"Website geschrieben nach {published.folder}: {published.files} Dateien, "
          f"{published.meetings} Termin(e), {published.news} Meldung(en)")
    return EXIT_OK
