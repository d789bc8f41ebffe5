"""Texts shared by the PDF and the Word report: section titles and the summary sentences."""

from __future__ import annotations

from app.domain.documents.report import ReportData
from app.domain.formatting import counted, format_hours

REPORT_SECTIONS = ("1 Zusammenfassung", "2 Kontingente", "3 Diagramme", "4 Sitzungen",
                   "5 Arbeitsgruppen", "6 Öffentlichkeitsarbeit", "7 Offene Aufgaben",
                   "8 Wissenstransfer")


def summary_lines(data: ReportData) -> list[str]:
    if data.is_empty:
        return ["Im Berichtszeitraum gab es keine Sitzungen, keine erfassten Stunden und keine "
                "Beiträge der Öffentlichkeitsarbeit."]
    held = [m for m in data.meetings if m.protocol != "abgesagt"]
    on_time = sum(1 for m in held if m.protocol == "rechtzeitig")
    minutes = round(sum(line.hours for line in data.hours) * 60)
    hours = format_hours(minutes)
    pr = len(data.pr_items)
    return [
        f"Im Zeitraum vom {data.first:%d.%m.%Y} bis {data.last:%d.%m.%Y} "
        f"{'fand' if len(held) == 1 else 'fanden'} {counted(len(held), 'Sitzung', 'Sitzungen')} "
        f"statt (abgesagt: {len(data.meetings) - len(held)}), mit zusammen "
        f"{counted(sum(m.attended for m in held), 'Teilnahme', 'Teilnahmen')} bei "
        f"{counted(sum(m.invited for m in held), 'Einladung', 'Einladungen')}.",
        f"{on_time} von {counted(len(held), 'Protokoll', 'Protokollen')} "
        f"{'wurde' if on_time == 1 else 'wurden'} {data.protocol_rule} versandt.",
        f"Die Geschäftsstelle erfasste {hours} {'Stunde' if hours == '1' else 'Stunden'}; es "
        f"{'erschien' if pr == 1 else 'erschienen'} "
        f"{counted(pr, 'Beitrag', 'Beiträge')} der Öffentlichkeitsarbeit.",
        f"Offene Aufgaben aus den Protokollen am {data.last:%d.%m.%Y}: "
        f"{len(data.open_tasks)}.",
        *(f"{title}: {counted(registered, 'Anmeldung', 'Anmeldungen')}, {present} anwesend, "
          f"{absent} nicht erschienen." for title, registered, present, absent in data.events),
        knowledge_line(data),
    ]


def knowledge_line(data: ReportData) -> str:
    cases, programmes = len(data.cases_published), len(data.programmes_listed)
    return (f"Wissenstransfer: {counted(cases, 'Praxisbeispiel', 'Praxisbeispiele')} "
            f"{'wurde' if cases == 1 else 'wurden'} veröffentlicht; der Wegweiser "
            f"Innenstadtförderung führte "
            f"{counted(programmes, 'Förderprogramm', 'Förderprogramme')}.")
