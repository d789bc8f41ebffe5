"""The demo alliance's knowledge catalogue: practice examples of the three AGs (among them the
Wanderbaumallee and a Zwischennutzung), initiatives and the funding guide, fictitious but
plausible, with drawn pictures and their credits.

Some records are left as the office would find them: a case still in draft for months, a
programme past its end and one not checked for more than a year (all three on the cockpit), a
published case not flagged public and a picture without credit (neither ever leaves).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import (
    CaseStatus,
    CaseTopic,
    MeetingKind,
    MeetingStatus,
    OrganisationKind,
    TownSize,
)
from app.domain.models import (
    AgendaItem,
    CatalogueImage,
    FundingProgramme,
    Initiative,
    KnowledgeCase,
    Meeting,
    Organisation,
    Person,
    PilotProject,
    WorkingGroup,
)
from app.services.demo_pictures import street_picture

T, S = CaseTopic, TownSize
PUBLISHED, CHECKED, DRAFT = CaseStatus.PUBLISHED, CaseStatus.CHECKED, CaseStatus.DRAFT
TOPIC_COLOURS = {
    T.VACANCY: "#8A4F7D", T.CLIMATE: "#2E7D5B", T.LIVING: "#B5651D", T.RETAIL: "#1F5C7A",
    T.CULTURE: "#7A3E9D", T.TOURISM: "#3A6EA5", T.MOBILITY: "#4E7A27", T.OTHER: "#5A5A5A",
}
CREDITS = ("Fotos: Stadtverwaltung {town}", "Quelle/Bildrechte: Geschäftsstelle des Bündnisses",
           "Foto: Initiative vor Ort, {town}")

# (title, town, size, Landkreis, topic, AG short name, status, public, days in status,
#  starting situation, solution, actors, results, funding, pictures)
CASES: list[tuple[str, str, TownSize, str, CaseTopic, str, CaseStatus, bool, int, str, str, str,
                  str, str, int]] = [
    ("Wanderbaumallee – mobile Bäume für die Innenstadt", "Saalfeld/Saale", S.MEDIUM,
     "Landkreis Saalfeld-Rudolstadt", T.CLIMATE, "Klima", PUBLISHED, True, 40,
     "Versiegelte Plätze heizen sich im Sommer stark auf; Bäume lassen sich wegen Leitungen im "
     "Boden nicht überall pflanzen.",
     "Mobile Bäume in Pflanzkübeln mit Sitzbänken wandern alle vier Wochen an einen neuen Ort. "
     "Anwohnende und Händler wählen die Standorte mit.",
     "Stadtverwaltung, Händlergemeinschaft, Bauhof, Schulklassen",
     "Mehr Aufenthalt an den Stationen, messbar kühlere Sitzplätze, drei Standorte bekommen "
     "dauerhaft Bäume.", "Städtebauförderung (Lebendige Zentren), Verfügungsfonds", 2),
    ("Schwammstadt-Platz: Regenwasser im Stadtraum halten", "Gotha", S.MEDIUM,
     "Landkreis Gotha", T.CLIMATE, "Klima", PUBLISHED, True, 120,
     "Nach Starkregen liefen Keller am Neumarkt voll; der Platz war vollständig versiegelt.",
     "Entsiegelung, Baumrigolen und eine Mulde, die als Sitzstufe dient.",
     "Stadtplanungsamt, Stadtwerke, Landschaftsarchitektur-Büro",
     "Bei den Starkregen 2024 blieb der Platz trocken; die Mulde wird als Treffpunkt genutzt.",
     "Klimaanpassungsprogramm, Eigenmittel der Stadtwerke", 1),
    ("Trinkbrunnen und Schattenorte", "Jena", S.LARGE, "kreisfreie Stadt Jena", T.CLIMATE,
     "Klima", CHECKED, False, 30,
     "Hitzetage nehmen zu; ältere Menschen meiden im Sommer die Innenstadt.",
     "Ein Netz aus Trinkbrunnen und ausgewiesenen Schattenorten mit Stadtplan.",
     "Fachdienst Umweltschutz, Seniorenbeirat, Stadtwerke",
     "Zwölf Trinkbrunnen in Betrieb; der Hitzestadtplan liegt in Apotheken aus.",
     "Kommunalrichtlinie", 1),
    ("Zwischennutzung „Ladenlokal auf Zeit“", "Apolda", S.SMALL, "Landkreis Weimarer Land",
     T.VACANCY, "Leerstand", PUBLISHED, True, 60,
     "Sieben leere Ladenlokale in der Bahnhofstraße; Eigentümer scheuen lange Mietverträge.",
     "Die Stadt mietet leere Läden befristet an und gibt sie für drei bis zwölf Monate günstig an "
     "Gründerinnen, Vereine und Kunstschaffende weiter.",
     "Innenstadtmanagement, Eigentümer, IHK, Gründerzentrum",
     "Fünf Läden belebt, zwei Zwischennutzer blieben mit regulärem Mietvertrag.",
     "Verfügungsfonds Lebendige Zentren", 2),
    ("Leerstandskataster mit Eigentümeransprache", "Mühlhausen", S.MEDIUM,
     "Unstrut-Hainich-Kreis", T.VACANCY, "Leerstand", PUBLISHED, True, 200,
     "Niemand wusste genau, welche Gebäude leer stehen und wem sie gehören.",
     "Ein laufend gepflegtes Kataster und persönliche Gespräche mit jedem Eigentümer.",
     "Stadtentwicklung, Wirtschaftsförderung, Ehrenamtliche des Altstadtvereins",
     "Für 23 von 31 Objekten liegt eine Nutzungsperspektive vor.", "Landesprogramm", 1),
    ("Pop-up-Stores für Gründerinnen und Gründer", "Altenburg", S.MEDIUM, "Altenburger Land",
     T.RETAIL, "Leerstand", PUBLISHED, True, 75,
     "Junge Unternehmen scheuen das Risiko eines Ladens in der Innenstadt.",
     "Möblierte Pop-up-Flächen für drei Monate mit Beratung und gemeinsamer Werbung.",
     "Wirtschaftsförderung, Handelsverband, Sparkasse", "Elf Pop-ups, vier dauerhafte Läden.",
     "Verfügungsfonds, Sponsoring", 1),
    ("Kaufhaus wird Bürgerhaus", "Sonneberg", S.SMALL, "Landkreis Sonneberg", T.VACANCY,
     "Leerstand", DRAFT, False, 150,
     "Das frühere Kaufhaus am Markt steht seit Jahren leer.",
     "Umbau zu Bibliothek, Bürgerbüro und Co-Working.", "Stadt, Wohnungsbaugesellschaft", "",
     "", 0),
    ("Wohnen über dem Laden", "Gera", S.LARGE, "kreisfreie Stadt Gera", T.LIVING, "WULIS",
     PUBLISHED, True, 50,
     "Obergeschosse über Geschäften stehen leer, weil eigene Zugänge fehlen.",
     "Beratung und Zuschüsse für separate Eingänge und Treppenhäuser.",
     "Bauordnungsamt, Eigentümer, Architektenkammer",
     "38 Wohnungen in Obergeschossen neu vermietet.", "Landesprogramm Wohnen in Innenstädten",
     1),
    ("Innenstadtbeirat mit Jugendlichen", "Rudolstadt", S.SMALL,
     "Landkreis Saalfeld-Rudolstadt", T.LIVING, "WULIS", PUBLISHED, True, 90,
     "Jugendliche fanden in der Innenstadt keinen Ort für sich.",
     "Ein Beirat aus Jugendlichen plant mit eigenem Budget Orte und Aktionen.",
     "Jugendamt, Schulen, Stadtrat", "Ein Jugendtreff im früheren Reisebüro, zwei Sommerfeste.",
     "Jugendfonds der Stadt", 1),
    ("Kulturnacht im Leerstand", "Nordhausen", S.MEDIUM, "Landkreis Nordhausen", T.CULTURE,
     "WULIS", PUBLISHED, True, 20,
     "Leere Läden prägen das Bild der Töpferstraße.",
     "Eine Nacht im Jahr bespielen Künstlerinnen und Vereine zwanzig leere Läden.",
     "Kulturamt, Theater, Eigentümer", "3.000 Gäste; drei Läden fanden danach Mieter.",
     "Kulturförderung des Landes", 1),
    ("Stadtrundgang zu Zwischennutzungen", "Eisenach", S.MEDIUM, "Wartburgkreis", T.TOURISM,
     "WULIS", PUBLISHED, True, 110,
     "Gäste kommen wegen der Wartburg, die Innenstadt lassen sie aus.",
     "Ein Rundgang mit Karte und Audio führt zu Werkstätten und Zwischennutzungen.",
     "Tourismusgesellschaft, Innenstadtmanagement", "Längere Aufenthalte in der Innenstadt.",
     "Tourismusförderung", 1),
    ("Lastenräder der Händlergemeinschaft", "Weimar", S.MEDIUM, "kreisfreie Stadt Weimar",
     T.MOBILITY, "Klima", PUBLISHED, False, 70,
     "Kundschaft ohne Auto trägt schwere Einkäufe nicht nach Hause.",
     "Händler verleihen gemeinsam fünf Lastenräder kostenlos.",
     "Händlergemeinschaft, Radverkehrsbeauftragte", "900 Ausleihen im ersten Jahr.",
     "Sponsoring", 1),
    ("Marktplatz als Wohnzimmer", "Arnstadt", S.SMALL, "Ilm-Kreis", T.OTHER, "WULIS", CHECKED,
     True, 25,
     "Der Marktplatz wird außerhalb der Markttage kaum genutzt.",
     "Möblierung auf Probe: Sitzmöbel, Spiele und Pflanzen für einen Sommer.",
     "Stadtmarketing, Bürgerverein", "Die Möblierung wird dauerhaft.", "Verfügungsfonds", 1),
    ("Gemeinsames Schaufenster der Händler", "Erfurt", S.LARGE, "kreisfreie Stadt Erfurt",
     T.RETAIL, "Leerstand", DRAFT, False, 10,
     "Leere Schaufenster wirken abschreckend.",
     "Händler gestalten leere Schaufenster gemeinsam als Werbefläche.", "Citymanagement", "",
     "", 0),
]

# (name, town, organiser, kind, description, public)
INITIATIVES: list[tuple[str, str, str, str, str, bool]] = [
    ("Innenstadtmanagement Apolda", "Apolda", "Stadt Apolda", "Citymanagement",
     "Ansprechpartner für Händler, Eigentümer und Gründerinnen in der Innenstadt.", True),
    ("Altstadtfreunde Mühlhausen e. V.", "Mühlhausen", "Altstadtfreunde Mühlhausen e. V.",
     "Verein", "Pflegt das Leerstandskataster mit und führt Eigentümergespräche.", True),
    ("Kreativquartier Gera", "Gera", "Kreativwirtschaft Ostthüringen", "Netzwerk",
     "Ateliers und Werkstätten in früheren Ladenlokalen.", True),
    ("Stadtteilbüro Jena-Zentrum", "Jena", "Stadt Jena", "Quartiersmanagement",
     "Beteiligung und Projekte mit Anwohnenden der Innenstadt.", True),
    ("Innenstadtfonds der Bürgerstiftung", "Gotha", "Bürgerstiftung Gotha", "Stiftung",
     "Kleine Zuschüsse für Ideen, die die Innenstadt beleben.", True),
    ("Händlergemeinschaft Erfurter Altstadt", "Erfurt", "Händlergemeinschaft", "Verein",
     "Gemeinsame Aktionen, Lastenräder und verkaufsoffene Abende.", True),
    ("Lebendige Mitte Saalfeld", "Saalfeld/Saale", "Stadt Saalfeld/Saale",
     "Förderprogramm der Stadt", "Verfügungsfonds für Aktionen von Bürgerinnen und Händlern.",
     True),
    ("Jugend gestaltet Stadt", "Rudolstadt", "Stadtjugendring Rudolstadt", "Beteiligung",
     "Jugendliche planen Orte und Aktionen in der Innenstadt.", True),
    ("Kulturbahnhof Nordhausen", "Nordhausen", "Kulturbahnhof e. V.", "Verein",
     "Veranstaltungsort und Treffpunkt im früheren Bahnhofsgebäude.", True),
    ("Leerstandsbörse Ostthüringen", "Altenburg", "Regionalmanagement Ostthüringen",
     "Online-Börse", "Vermittelt leere Läden und Wohnungen an Interessierte.", False),
]

# (name, funder, applicants, funded, rate, deadlines, valid from, valid to (days from today),
#  checked (days ago), public)
PROGRAMMES: list[tuple[str, str, str, str, str, str, date | None, int | None, int | None,
                       bool]] = [
    ("Lebendige Zentren (Städtebauförderung)", "Bund und Freistaat Thüringen (TMIL)",
     "Städte und Gemeinden mit festgelegtem Fördergebiet",
     "Aufwertung von Stadt- und Ortskernen, Verfügungsfonds, Citymanagement",
     "in der Regel zwei Drittel der förderfähigen Kosten",
     "Programmanmeldung bis 30.09. für das Folgejahr", date(2020, 1, 1), None, 40, True),
    ("Landesprogramm Innenstadtstabilisierung", "Freistaat Thüringen (TMIL)",
     "Thüringer Städte und Gemeinden", "Zwischennutzung, Leerstandsmanagement, Beratung",
     "bis zu 90 %", "laufend bis Mittelausschöpfung", date(2022, 1, 1), -60, 200, True),
    ("Zukunftsfähige Innenstädte und Zentren", "Bund (BMWSB)",
     "Städte und Gemeinden mit Handlungskonzept", "Innovative Konzepte und Projekte",
     "bis zu 75 %", "Aufrufe des Bundes", date(2021, 9, 1), 400, 90, True),
    ("Klimaanpassung in sozialen Einrichtungen", "Bund (BMUKN, ZUG)",
     "Kommunen, Träger sozialer Einrichtungen", "Verschattung, Begrünung, Trinkwasser",
     "bis zu 80 %", "Förderfenster jährlich", date(2023, 1, 1), 500, 450, True),
    ("LEADER – Regionalentwicklung", "EU (ELER) und Freistaat Thüringen",
     "Kommunen, Vereine, Unternehmen in LEADER-Regionen", "Projekte der regionalen Strategie",
     "je nach Region 40–80 %", "Stichtage der Lokalen Aktionsgruppe", date(2023, 1, 1), 1500,
     120, True),
    ("Projektförderung Kultur", "Thüringer Staatskanzlei",
     "Vereine, Kommunen, Kunstschaffende", "Kulturprojekte, auch in leeren Läden",
     "Fehlbedarfsfinanzierung", "31.10. für das Folgejahr", None, None, 60, True),
    ("Förderung touristischer Infrastruktur (GRW)", "Bund und Freistaat (TMWWDG)",
     "Kommunen", "Wege, Beschilderung, Informationsangebote", "bis zu 90 %",
     "laufend", date(2022, 1, 1), 700, 30, True),
    ("Kommunalrichtlinie (Klimaschutz)", "Bund (BMWK, ZUG)", "Kommunen und kommunale Betriebe",
     "Klimaschutzkonzepte und -maßnahmen", "bis zu 70 %, finanzschwache Kommunen mehr",
     "Förderfenster laut Aufruf", date(2022, 1, 1), 800, 15, True),
    ("Verfügungsfonds Innenstadt (Entwurf)", "Stadt Apolda", "Händler, Vereine, Bürger",
     "Kleine Aktionen in der Innenstadt", "bis 5.000 €", "laufend", None, None, None, False),
]


class KnowledgeBuilder:
    def __init__(self, session: Session, today: date) -> None:
        self.session = session
        self.today = today

    def build(self) -> None:
        self._cases()
        for name, town, organiser, kind, description, public in INITIATIVES:
            slug = town.lower().split("/")[0].replace("ü", "ue").replace("ö", "oe")
            self.session.add(Initiative(
                name=name, town=town, organiser=organiser, kind=kind, description=description,
                link=f"https://www.example.org/{slug}", public=public))
        for (name, funder, applicants, funded, rate, deadlines, valid_from, valid_to, checked,
             public) in PROGRAMMES:
            self.session.add(FundingProgramme(
                name=name, funder=funder, applicants=applicants, funded=funded, rate=rate,
                deadlines=deadlines, valid_from=valid_from,
                valid_to=None if valid_to is None else self.today + timedelta(days=valid_to),
                checked_on=None if checked is None else self.today - timedelta(days=checked),
                link="https://www.example.org/foerderung", public=public,
                contact="Fördermittelberatung der LEG Thüringen"))
        self._event_picture()
        self.session.flush()

    def _cases(self) -> None:
        groups = {group.short_name: group.id
                  for group in self.session.scalars(select(WorkingGroup))}
        projects = {project.name: project.id
                    for project in self.session.scalars(select(PilotProject))}
        towns = {organisation.city: organisation for organisation in self.session.scalars(
            select(Organisation).where(Organisation.kind == OrganisationKind.MUNICIPALITY))}
        for number, (title, town, size, district, topic, group, status, public, days,
                     situation, solution, actors, results, funding,
                     pictures) in enumerate(CASES):
            organisation = towns.get(town)
            case = KnowledgeCase(
                title=title, town=town, town_size=size, district=district, topic=topic,
                starting_situation=situation, solution=solution, actors=actors,
                results=results or None, funding=funding or None, group_id=groups.get(group),
                project_id=projects.get(title.split(" – ")[0]), status=status,
                status_since=self.today - timedelta(days=days), public=public,
                contact_organisation_id=organisation.id if organisation else None,
                contact_person_id=self._contact(organisation),
                links=f"https://www.example.org/praxis/{number + 1}")
            for picture in range(pictures):
                credit = CREDITS[(number + picture) % len(CREDITS)].format(town=town)
                case.images.append(CatalogueImage(
                    file_name=f"praxisbeispiel-{number + 1}-{picture + 1}.png",
                    mime_type="image/png", position=picture + 1,
                    content=street_picture(number * 10 + picture, f"{town}",
                                           TOPIC_COLOURS[topic]),
                    caption=f"{title.split(' – ')[0]} in {town}" if picture == 0
                    else f"{title.split(' – ')[0]}: weitere Ansicht",
                    # The second picture of the first case has no credit: it never leaves.
                    credit=None if (number, picture) == (0, 1) else credit,
                    licence="CC BY 4.0" if picture == 0 else "alle Rechte vorbehalten"))
            self.session.add(case)
        self._presented_at_meeting()

    def _contact(self, organisation: Organisation | None) -> int | None:
        if organisation is None:
            return None
        return self.session.scalar(select(Person.id).where(
            Person.organisation_id == organisation.id).order_by(Person.id).limit(1))

    def _presented_at_meeting(self) -> None:
        """The Zwischennutzung was presented at a held session of the AG Leerstand."""
        self.session.flush()
        meeting = self.session.scalar(
            select(Meeting).join(WorkingGroup, Meeting.group_id == WorkingGroup.id)
            .where(WorkingGroup.short_name == "Leerstand", Meeting.status.in_(
                (MeetingStatus.HELD, MeetingStatus.PROTOCOL_SENT)))
            .order_by(Meeting.starts_at).limit(1))
        case = self.session.scalar(select(KnowledgeCase).where(
            KnowledgeCase.town == "Apolda"))
        if meeting is None or case is None:
            return
        item = self.session.scalar(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
                                   .order_by(AgendaItem.position.desc()).limit(1))
        case.meeting_id = meeting.id
        case.agenda_item_id = item.id if item else None

    def _event_picture(self) -> None:
        event = self.session.scalar(
            select(Meeting).where(Meeting.kind == MeetingKind.PUBLIC_EVENT,
                                  Meeting.public.is_(True))
            .order_by(Meeting.starts_at).limit(1))
        if event is not None:
            self.session.add(CatalogueImage(
                meeting_id=event.id, file_name="veranstaltung.png", mime_type="image/png",
                content=street_picture(999, event.title[:40], "#1F5C7A"), position=1,
                caption=f"Impressionen: {event.title}",
                credit="Fotos: Geschäftsstelle des Bündnisses", licence="CC BY 4.0"))
