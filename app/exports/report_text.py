"""Texts shared by the PDF and the Word report: section titles and the summary sentences."""

from __future__ import annotations

from app.domain.documents.report import ReportData
from app.domain.formatting import format_hours

REPORT_SECTIONS = ("1 Zusammenfassung", "2 Kontingente", "3 Diagramme", "4 Sitzungen",
                   "5 Arbeitsgruppen", "6 Öffentlichkeitsarbeit", "7 Offene Aufgaben")


def summary_lines(data: ReportData) -> list[str]:
    if data.is_empty:
        return ["Im Berichtszeitraum gab es keine Sitzungen, keine erfassten Stunden und keine "
                "Beiträge der Öffentlichkeitsarbeit."]
    held = [m for m in data.meetings if m.protocol != "abgesagt"]
    on_time = sum(1 for m in held if m.protocol == "rechtzeitig")
    minutes = round(sum(line.hours for line in data.hours) * 60)
    return [
        f"Im Zeitraum vom {data.first:%d.%m.%Y} bis {data.last:%d.%m.%Y} fanden {len(held)} "
        f"Sitzungen statt (abgesagt: {len(data.meetings) - len(held)}), mit zusammen "
        f"{sum(m.attended for m in held)} Teilnahmen bei {sum(m.invited for m in held)} "
        "Einladungen.",
        f"{on_time} von {len(held)} Protokollen wurden innerhalb von 14 Tagen versandt.",
        f"Die Geschäftsstelle erfasste {format_hours(minutes)} Stunden; es erschienen "
        f"{len(data.pr_items)} Beiträge der Öffentlichkeitsarbeit.",
        f"Offene Aufgaben aus den Protokollen: {len(data.open_tasks)}.",
    ]
