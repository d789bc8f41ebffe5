"""Publishing the website: the public content, rendered with the office's templates where it
has its own, swapped into the chosen folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.db.database import Database
from app.services.website import site_content


@dataclass(frozen=True)
class Published:
    folder: Path
    files: int
    meetings: int
    news: int


def publish_website(db: Database, out: Path, *, today: date, secretariat: str,
                    own_templates: Path | None = None,
                    progress: Callable[[int, str], None] | None = None) -> Published:
    """Write the site into ``out`` (a new or empty folder, or an earlier publication).

    Raises:
        ExportError: the folder cannot take the site or a template of the office is broken.
    """
    from app.exports import website

    report = progress or (lambda _percent, _text: None)
    report(5, "Öffentliche Inhalte werden gelesen")
    site = site_content(db, today=today, secretariat=secretariat)
    report(30, "Seiten werden erstellt")
    files = website.site_files(site, own_templates=own_templates)
    report(60, "Dateien werden geschrieben")
    website.publish(files, out, lambda percent: report(60 + percent * 4 // 10,
                                                       "Dateien werden geschrieben"))
    return Published(out, len(files), len(site.meetings), len(site.news))
