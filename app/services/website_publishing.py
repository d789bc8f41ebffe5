"""Publishing the website: the public content, rendered with the office's templates where it
has its own, swapped into the chosen folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from app.db.database import Database
from app.domain.documents.meeting import Sender
from app.domain.documents.oparl import Ids
from app.domain.documents.website import Site
from app.domain.errors import ValidationError
from app.domain.text import is_web_address
from app.services.meeting_documents import meeting_document
from app.services.oparl import oparl_data
from app.services.website import site_content

DEFAULT_BASE_URL = "http://localhost:8000/"
"""Where the folder is served by ``python -m http.server`` for a look before uploading."""


@dataclass(frozen=True)
class Published:
    folder: Path
    files: int
    meetings: int
    news: int


def check_base_url(value: str) -> str:
    """The website's address for the OParl ids, ending in ``/``; German error otherwise."""
    address = value.strip() or DEFAULT_BASE_URL
    if not is_web_address(address) or " " in address \
            or "?" in address or "#" in address:
        raise ValidationError(f"„{value}“ ist keine Web-Adresse (https://…) für die Website.",
                              field="base_url")
    return address if address.endswith("/") else address + "/"


def _public_protocols(db: Database, site: Site, *, today: date,
                      secretariat: str) -> dict[str, bytes]:
    """The public variant of every published protocol, as reproducible PDF."""
    from app.exports.protocol_pdf import write_protocol_pdf

    files: dict[str, bytes] = {}
    with TemporaryDirectory(prefix="bb-website-") as folder:
        for meeting in site.meetings:
            if not meeting.protocol_file:
                continue
            document = meeting_document(db, meeting.id, sender=Sender(secretariat, ""),
                                        today=today, public=True)
            path = write_protocol_pdf(document, Path(folder) / f"{meeting.id}.pdf",
                                      reproducible=True)
            files[meeting.protocol_file] = path.read_bytes()
    return files


def publish_website(db: Database, out: Path, *, today: date, now: datetime, secretariat: str,
                    base_url: str = "", own_templates: Path | None = None,
                    progress: Callable[[int, str], None] | None = None) -> Published:
    """Write the site into ``out`` (a new or empty folder, or an earlier publication), with
    the OParl files below ``oparl/``; records what is published (for OParl's deleted objects).

    Raises:
        ExportError: the folder cannot take the site or a template of the office is broken.
        ValidationError: the base address is no web address.
    """
    from app.exports import oparl, website

    base = check_base_url(base_url)
    report = progress or (lambda _percent, _text: None)
    report(5, "Öffentliche Inhalte werden gelesen")
    site = site_content(db, today=today, secretariat=secretariat)
    report(30, "Seiten werden erstellt")
    files = website.site_files(site, own_templates=own_templates)
    report(45, "Öffentliche Protokolle werden erstellt")
    files.update(_public_protocols(db, site, today=today, secretariat=secretariat))
    with db.unit_of_work() as session:
        data = oparl_data(session, base_url=base, website=base, now=now)
    files.update(oparl.oparl_files(data, Ids(base)))
    report(60, "Dateien werden geschrieben")
    website.publish(files, out, lambda percent: report(60 + percent * 4 // 10,
                                                       "Dateien werden geschrieben"))
    return Published(out, len(files), len(site.meetings), len(site.news))
