"""The two printed guides of the knowledge catalogue: "Best-Practice-Börse" (the published
cases) and "Wegweiser Innenstadtförderung" (the current programmes), as PDF or Word."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.db.database import Database
from app.domain.documents.catalogue import Guide
from app.domain.errors import DomainError
from app.services.catalogue_content import catalogue

GUIDE_KINDS = ("praxis", "wegweiser")


@dataclass(frozen=True)
class GuideWritten:
    path: Path
    entries: int
    """Cases or programmes in the guide."""
    pictures: int


def build_guide(db: Database, kind: str, *, today: date, sender: str) -> Guide:
    from app.exports.guide_text import SUBTITLES, TITLES

    if kind not in GUIDE_KINDS:
        raise DomainError(f"„{kind}“ ist keine Art von Leitfaden; möglich sind "
                          "„praxis“ und „wegweiser“.")
    return Guide(kind=kind, title=TITLES[kind], subtitle=SUBTITLES[kind], sender=sender,
                 created=today, catalogue=catalogue(db, today=today))


def export_guide(db: Database, kind: str, out: Path, *, today: date, sender: str,
                 progress: Callable[[int, str], None] | None = None) -> GuideWritten:
    """Write a guide to ``out`` (``.pdf`` or ``.docx``)."""
    from app.exports.files import check_suffix

    check_suffix(out, (".pdf", ".docx"))
    report = progress or (lambda _percent, _text: None)
    report(10, "Veröffentlichte Einträge werden gelesen")
    guide = build_guide(db, kind, today=today, sender=sender)
    report(40, "Das Heft wird gesetzt")
    if out.suffix.lower() == ".pdf":
        from app.exports.guide_pdf import write_guide_pdf

        path = write_guide_pdf(guide, out)
    else:
        from app.exports.guide_docx import write_guide_docx

        path = write_guide_docx(guide, out)
    report(100, "Fertig")
    entries = guide.catalogue.cases if kind == "praxis" else guide.catalogue.programmes
    pictures = sum(len(case.pictures) for case in guide.catalogue.cases) \
        if kind == "praxis" else 0
    return GuideWritten(path, len(entries), pictures)
