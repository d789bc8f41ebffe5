"""What the PDF and the Word guide say alike: the titles, the fields of a case and of a
programme in their order, and how the programmes are grouped."""

from __future__ import annotations

from app.domain.documents.catalogue import CatalogueCase, CatalogueProgramme, Guide

TITLES = {"praxis": "Best-Practice-Börse", "wegweiser": "Wegweiser Innenstadtförderung"}
SUBTITLES = {
    "praxis": "Lösungsansätze aus Thüringer Innenstädten – Praxisbeispiele nach Themen",
    "wegweiser": "Förderprogramme für die Innenstadt – wer fördert was, für wen und bis wann",
}
TOWN_INDEX = "Ortsverzeichnis"
PROGRAMME_INDEX = "Programme von A bis Z"


def case_facts(case: CatalogueCase) -> str:
    """``Apolda · Kleinstadt · Landkreis Weimarer Land · AG Leerstand``."""
    return " · ".join(part for part in (case.town, case.town_size, case.district, case.group)
                      if part)


def case_sections(case: CatalogueCase) -> list[tuple[str, str]]:
    """(heading, text) of a case's filled fields, in reading order."""
    sections = [("Ausgangslage", case.starting_situation), ("Lösung", case.solution),
                ("Beteiligte", case.actors), ("Ergebnisse", case.results),
                ("Förderung", case.funding), ("Pilotprojekt", case.project),
                ("Vorgestellt", case.presented_at), ("Ansprechpartner", case.contact),
                ("Links", "\n".join(case.links))]
    return [(heading, text) for heading, text in sections if text]


def programme_rows(programme: CatalogueProgramme) -> list[tuple[str, str]]:
    rows = [("Wer wird gefördert", programme.applicants), ("Was wird gefördert", programme.funded),
            ("Förderquote oder -höhe", programme.rate), ("Antragsfristen", programme.deadlines),
            ("Laufzeit", programme.validity), ("Ansprechpartner", programme.contact),
            ("Weitere Informationen", programme.link), ("Zuletzt geprüft", programme.checked)]
    return [(label, text) for label, text in rows if text]


def programme_groups(guide: Guide) -> list[tuple[str, tuple[CatalogueProgramme, ...]]]:
    """The programmes by funder, in the funders' order."""
    groups: dict[str, list[CatalogueProgramme]] = {}
    for programme in guide.catalogue.programmes:
        groups.setdefault(programme.funder, []).append(programme)
    return [(funder, tuple(programmes)) for funder, programmes in groups.items()]


def introduction(guide: Guide) -> str:
    if guide.kind == "praxis":
        count = len(guide.catalogue.cases)
        return (f"Diese Sammlung stellt {count} Praxisbeispiel{'e' if count != 1 else ''} aus "
                "den Arbeitsgruppen des Bündnisses vor, geordnet nach Handlungsfeldern. Jedes "
                "Beispiel beginnt auf einer neuen Seite; das Ortsverzeichnis am Ende führt zu "
                "den Beispielen einer Stadt.")
    count = len(guide.catalogue.programmes)
    return (f"Der Wegweiser nennt {count} Förderprogramm{'e' if count != 1 else ''} für "
            "Vorhaben in Innenstädten, geordnet nach Fördergebern. Angaben ohne Gewähr; "
            "maßgeblich sind die Richtlinien der Fördergeber.")
