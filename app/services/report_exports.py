"""Writing the status report of a period as PDF or Word, chosen by the file's suffix."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.db.database import Database
from app.exports.files import ExportError
from app.services.status_report import build_report


def export_report(db: Database, first: date, last: date, out: Path, *, sender: str,
                  title: str = "", today: date | None = None) -> Path:
    data = build_report(db, first, last, title=title, today=today)
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        from app.exports.report_pdf import write_report_pdf

        return write_report_pdf(data, out, sender=sender)
    if suffix == ".docx":
        from app.exports.report_docx import write_report_docx

        return write_report_docx(data, out, sender=sender)
    raise ExportError(f"„{out.name}“: Der Bericht kann als .pdf oder .docx gespeichert werden.")
