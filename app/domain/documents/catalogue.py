"""The knowledge catalogue as it may leave the office: practice examples, initiatives and
funding programmes already filtered to what is published, with pictures that carry a credit.

The printed guides (PDF, Word) and the website render only these values, so a record not
flagged public or a picture without credit cannot reach them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.text import PrintableText


@dataclass(frozen=True)
class CataloguePicture(PrintableText):
    id: int
    file_name: str
    mime_type: str
    content: bytes
    caption: str
    credit: str
    """Never empty: pictures without credit are left out before they get here."""
    licence: str

    @property
    def credit_line(self) -> str:
        """``Fotos: Stadt Apolda (CC BY 4.0)``."""
        return f"{self.credit} ({self.licence})" if self.licence else self.credit

    @property
    def site_file(self) -> str:
        suffix = "jpg" if self.mime_type == "image/jpeg" else "png"
        return f"bilder/bild-{self.id}.{suffix}"


@dataclass(frozen=True)
class CatalogueCase(PrintableText):
    id: int
    title: str
    town: str
    town_size: str
    """"Kleinstadt", "Mittelstadt", "Großstadt" or ""."""
    town_size_key: str
    district: str
    topic: str
    topic_key: str
    starting_situation: str
    solution: str
    actors: str
    results: str
    funding: str
    contact: str
    """Organisation, and the person only with a consent to publication."""
    links: tuple[str, ...]
    group: str
    project: str
    presented_at: str
    """"AG-Sitzung am 12.03.2024, TOP 3" or ""."""
    pictures: tuple[CataloguePicture, ...]
    modified: datetime

    @property
    def page(self) -> str:
        return f"praxis/{self.id}.html"


@dataclass(frozen=True)
class CatalogueInitiative(PrintableText):
    name: str
    town: str
    organiser: str
    kind: str
    description: str
    link: str


@dataclass(frozen=True)
class CatalogueProgramme(PrintableText):
    name: str
    funder: str
    applicants: str
    funded: str
    rate: str
    deadlines: str
    validity: str
    """"seit 01.01.2022", "01.01.2022 bis 31.12.2027", "unbefristet"."""
    link: str
    contact: str
    checked: str
    """The date the entry was last checked, or ""."""


@dataclass(frozen=True)
class Catalogue(PrintableText):
    cases: tuple[CatalogueCase, ...]
    initiatives: tuple[CatalogueInitiative, ...]
    programmes: tuple[CatalogueProgramme, ...]
    modified: datetime

    def topics(self) -> list[CaseGroup]:
        """The cases per topic that has cases, in the topics' order."""
        seen: dict[str, tuple[str, list[CatalogueCase]]] = {}
        for case in self.cases:
            seen.setdefault(case.topic_key, (case.topic, []))[1].append(case)
        return [CaseGroup(key, label, tuple(cases), f"praxis/thema-{key}.html")
                for key, (label, cases) in seen.items()]

    def town_sizes(self) -> list[CaseGroup]:
        """The cases per town size class that has cases, small to large."""
        seen: dict[str, tuple[str, list[CatalogueCase]]] = {}
        for case in sorted(self.cases, key=lambda case: SIZE_ORDER.get(case.town_size_key, 9)):
            if case.town_size_key:
                seen.setdefault(case.town_size_key, (case.town_size, []))[1].append(case)
        return [CaseGroup(key, SIZE_HEADINGS[key], tuple(cases),
                          f"praxis/groesse-{key}.html") for key, (label, cases) in seen.items()]

    def towns(self) -> list[tuple[str, tuple[CatalogueCase, ...]]]:
        """The towns of the cases, alphabetically (German umlauts sorted as their vowels)."""
        towns: dict[str, list[CatalogueCase]] = {}
        for case in self.cases:
            towns.setdefault(case.town, []).append(case)
        return [(town, tuple(towns[town])) for town in sorted(towns, key=german_sort_key)]


SIZE_ORDER = {"small": 0, "medium": 1, "large": 2}
SIZE_HEADINGS = {"small": "Kleinstädte", "medium": "Mittelstädte", "large": "Großstädte"}
SIZE_NAMES = {"small": "Kleinstadt", "medium": "Mittelstadt", "large": "Großstadt"}


@dataclass(frozen=True)
class CaseGroup:
    """The cases of one topic or one town size, with the website page that lists them."""

    key: str
    label: str
    cases: tuple[CatalogueCase, ...]
    page: str


def german_sort_key(text: str) -> str:
    return (text.casefold().replace("ä", "a").replace("ö", "o").replace("ü", "u")
            .replace("ß", "ss"))


@dataclass(frozen=True)
class Guide(PrintableText):
    """One of the two printed guides."""

    kind: str
    """``praxis`` (Best-Practice-Börse) or ``wegweiser`` (Wegweiser Innenstadtförderung)."""
    title: str
    subtitle: str
    sender: str
    created: date
    catalogue: Catalogue
