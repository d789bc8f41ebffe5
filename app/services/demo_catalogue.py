"""The fixed content of the demo alliance "Innenstädte mit Zukunft", as the kick-off seed tells it.

Persons are fictitious: none of the real people of the seed appear with name, mail or phone.
"""

from __future__ import annotations

from datetime import date

from app.domain.enums import GoalRubric, GoalStatus, OrganisationKind, ProjectStatus, TownSize

K = OrganisationKind

# (name, short name, kind, city, partner since or None)
ORGANISATIONS: list[tuple[str, str, OrganisationKind, str, date | None]] = [
    ("Industrie- und Handelskammer Erfurt", "IHK Erfurt", K.CHAMBER, "Erfurt", date(2021, 8, 1)),
    ("Thüringer Ministerium für Infrastruktur und Landwirtschaft", "TMIL", K.MINISTRY, "Erfurt",
     date(2021, 8, 1)),
    ("Thüringer Ministerium für Wirtschaft, Wissenschaft und Digitale Gesellschaft", "TMWWDG",
     K.MINISTRY, "Erfurt", date(2021, 8, 1)),
    ("Thüringer Tourismus GmbH", "TTG", K.COMPANY, "Erfurt", date(2021, 8, 1)),
    ("Landesentwicklungsgesellschaft Thüringen mbH", "LEG Thüringen", K.COMPANY, "Erfurt",
     date(2021, 8, 1)),
    ("Bundesvereinigung City- und Stadtmarketing Deutschland, Landesgruppe Thüringen",
     "BCSD Thüringen", K.ASSOCIATION, "Weimar", date(2021, 8, 1)),
    ("Internationale Bauausstellung Thüringen GmbH", "IBA Thüringen", K.COMPANY, "Apolda",
     date(2022, 1, 1)),
    ("Handwerkskammer Erfurt", "HWK Erfurt", K.CHAMBER, "Erfurt", date(2021, 8, 1)),
    ("Industrie- und Handelskammer Ostthüringen zu Gera", "IHK Ostthüringen", K.CHAMBER, "Gera",
     date(2021, 10, 1)),
    ("Industrie- und Handelskammer Südthüringen", "IHK Südthüringen", K.CHAMBER, "Suhl",
     date(2021, 10, 1)),
    ("Architektenkammer Thüringen", "AKT", K.CHAMBER, "Erfurt", date(2022, 3, 1)),
    ("Gemeinde- und Städtebund Thüringen", "GStB", K.ASSOCIATION, "Erfurt", date(2021, 8, 1)),
    ("Handelsverband Hessen-Thüringen", "HV HT", K.ASSOCIATION, "Erfurt", date(2021, 8, 1)),
    ("DEHOGA Thüringen", "DEHOGA", K.ASSOCIATION, "Erfurt", date(2022, 5, 1)),
    ("Fachhochschule Erfurt", "FH Erfurt", K.UNIVERSITY, "Erfurt", date(2022, 2, 1)),
    ("Ernst-Abbe-Hochschule Jena", "EAH Jena", K.UNIVERSITY, "Jena", date(2023, 3, 1)),
    ("Bauhaus-Universität Weimar", "BUW", K.UNIVERSITY, "Weimar", date(2022, 9, 1)),
    ("Landeshauptstadt Erfurt", "Stadt Erfurt", K.MUNICIPALITY, "Erfurt", date(2021, 8, 1)),
    ("Stadt Jena", "Stadt Jena", K.MUNICIPALITY, "Jena", date(2021, 8, 1)),
    ("Stadt Apolda", "Stadt Apolda", K.MUNICIPALITY, "Apolda", date(2022, 6, 1)),
    ("Stadt Gotha", "Stadt Gotha", K.MUNICIPALITY, "Gotha", date(2021, 11, 1)),
    ("Stadt Mühlhausen", "Stadt Mühlhausen", K.MUNICIPALITY, "Mühlhausen", date(2022, 4, 1)),
    ("Stadt Saalfeld/Saale", "Stadt Saalfeld", K.MUNICIPALITY, "Saalfeld/Saale", date(2022, 4, 1)),
    ("Stadt Altenburg", "Stadt Altenburg", K.MUNICIPALITY, "Altenburg", date(2023, 5, 1)),
    ("Quartier für alle e. V.", "Quartier für alle", K.CLUB, "Leipzig", None),
    ("Dezentrale Sachsen", "Dezentrale", K.OTHER, "Dresden", None),
    ("Netzwerkinitiative „Innenstädte erfolgreich machen“", "Netzwerk IEM", K.OTHER, "Erfurt",
     None),
    ("Schmidt & Söhne <KG> Stadtmöbel", "Schmidt & Söhne", K.COMPANY, "Gera", None),
]

GROUPS: list[tuple[str, str, str]] = [
    ("AG Klima", "Klima",
     "Klimathemen (Hitze, Dürre, Starkregen); Klimaschutz und -anpassung; "
     "Aufenthaltsqualität in der Stadt"),
    ("AG Leerstand", "Leerstand",
     "Leerstandsbewältigung; Zwischennutzungen; Umnutzung; Umgang mit ortskernprägenden Objekten"),
    ("AG WULIS – Wohnen & Leben in der Stadt", "WULIS",
     "Wohnen und Leben in der Innenstadt; Initiativen und Projekte zur Innenstadtbelebung"),
]

STAFF = ["Katrin Vogelsang", "Matthias Brenner", "Sabine Kohlhaas", "Jonas Wetzstein",
         "Mareike Sonntag", "Florian Eberlein", "Ute Rosenthal"]

FIRST_NAMES = [
    "Anna", "Bernd", "Claudia", "Dirk", "Elke", "Frank", "Gudrun", "Heiko", "Ines", "Jörg",
    "Karin", "Lars", "Monika", "Norbert", "Petra", "Ralf", "Silke", "Torsten", "Ulrike", "Volker",
    "Wiebke", "Yvonne", "Sören", "Jürgen", "Bärbel", "Maik", "Anja", "Steffen", "Doreen", "René",
]
FEMALE_FIRST_NAMES = frozenset({
    "Anna", "Claudia", "Elke", "Gudrun", "Ines", "Karin", "Monika", "Petra", "Silke", "Ulrike",
    "Wiebke", "Yvonne", "Bärbel", "Anja", "Doreen",
})


def salutation_for(first_name: str) -> str:
    return "Frau" if first_name in FEMALE_FIRST_NAMES else "Herr"


LAST_NAMES = [
    "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch",
    "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
    "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Schmid",
    "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser",
    "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Vogt", "Friedrich",
    "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann",
    "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin",
    "Schumacher", "Krämer", "Vogel", "Stein", "Otto", "Sommer", "Groß", "Seidel",
    "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn",
    "Kühn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold",
    "Wolff", "Pfeiffer", "Mueller",
]
FUNCTIONS: list[tuple[str, str]] = [
    ("Referent Stadtentwicklung", "Referentin Stadtentwicklung"),
    ("Referatsleiter", "Referatsleiterin"), ("Geschäftsführer", "Geschäftsführerin"),
    ("Bürgermeister", "Bürgermeisterin"), ("Citymanager", "Citymanagerin"),
    ("Stadtplaner", "Stadtplanerin"), ("Wirtschaftsförderer", "Wirtschaftsförderin"),
    ("Projektleiter", "Projektleiterin"), ("Vorstand", "Vorständin"),
    ("Bereichsleiter Standortpolitik", "Bereichsleiterin Standortpolitik"),
    ("Klimaschutzmanager", "Klimaschutzmanagerin"), ("Professor", "Professorin"),
    ("Sachbearbeiter", "Sachbearbeiterin"),
]
"""Job titles as (male, female) form; a person gets the form that fits the first name."""


def function_for(first_name: str, forms: tuple[str, str]) -> str:
    return forms[1] if first_name in FEMALE_FIRST_NAMES else forms[0]

KICKOFF_AGENDA: list[tuple[str, str, int]] = [
    ("Begrüßung", "IHK Erfurt", 10),
    ("Eineinhalb Jahre Aktionsbündnis / Bilanz / Bericht aus den Arbeitsgruppen", "TMIL", 40),
    ("Ausblick / Künftige Schwerpunkte / Ziele", "TMWWDG", 25),
    ("Blick auf das Aktionsbündnis aus Sicht der TTG", "TTG", 15),
    ("Diskussion", "Moderation Geschäftsstelle", 30),
    ("Geschäftsstelle des Aktionsbündnisses / LEG Thüringen", "LEG Thüringen", 20),
    ("Zusammenfassung / Come Together / Buffet", "Geschäftsstelle", 60),
]

NETWORK_AGENDA = ["Begrüßung und Protokollkontrolle", "Berichte aus den Arbeitsgruppen",
                  "Stand der Pilotprojekte", "Öffentlichkeitsarbeit und Website",
                  "Verschiedenes und nächste Termine"]
GROUP_AGENDA = ["Begrüßung", "Protokoll der letzten Sitzung", "Fachimpuls",
                "Arbeit an den Pilotprojekten", "Aufgaben und nächste Schritte"]

# group short name -> [(project, goal, status, town, size, programme, start, milestones)]
PROJECTS: dict[str, list[tuple[str, str, ProjectStatus, str, TownSize, str, date,
                               list[tuple[str, date, bool]]]]] = {
    "Klima": [
        ("Wanderbaumallee", "Mobile Stadtbäume verbessern Aufenthaltsqualität und Stadtklima in "
         "Innenstädten und machen Klimaanpassung erlebbar.", ProjectStatus.IMPLEMENTATION,
         "Saalfeld/Saale", TownSize.MEDIUM, "Städtebauförderung (Lebendige Zentren)",
         date(2022, 9, 1), [
             ("Konzept abgestimmt", date(2023, 3, 31), True),
             ("Standorte und Partner gewonnen", date(2023, 6, 30), True),
             ("Erste Station aufgebaut", date(2023, 9, 15), True),
             ("Auswertung und Leitfaden", date(2024, 6, 30), False),
         ]),
        ("Hitzeaktionsplan Innenstadt", "Ein übertragbarer Baustein für Hitzeschutz in kleinen "
         "und mittleren Städten.", ProjectStatus.CONCEPT, "Gotha", TownSize.MEDIUM,
         "Klimaschutzprogramm Thüringen", date(2023, 5, 1), [
             ("Konzeptskizze bis 30.06.2023", date(2023, 6, 30), True),
             ("Fördermittelantrag", date(2024, 3, 31), False),
         ]),
    ],
    "Leerstand": [
        ("LeerGut-Agenten Thüringen", "Fachberatung von Eigentümern leerstehender Ladenlokale.",
         ProjectStatus.IMPLEMENTATION, "Apolda", TownSize.SMALL, "Landesprogramm Innenstädte",
         date(2023, 3, 2), [
             ("Beraterpool aufgebaut", date(2023, 7, 31), True),
             ("Zehn Beratungen durchgeführt", date(2024, 4, 30), False),
         ]),
        ("Best-Practice-Börse Leerstand", "Leitfaden, der die unterschiedlichen Lösungsansätze "
         "sichtbar macht.", ProjectStatus.CONCEPT, "Erfurt", TownSize.LARGE,
         "Begleitforschung Städtebauförderung", date(2023, 4, 1), [
             ("Fallbeispiele gesammelt", date(2023, 10, 31), True),
             ("Leitfaden veröffentlicht", date(2024, 9, 30), False),
         ]),
    ],
    "WULIS": [
        ("Wegweiser Innenstadtförderung", "Überblick über Förderprogramme für Kommunen und "
         "Gewerbetreibende.", ProjectStatus.COMPLETED, "Erfurt", TownSize.LARGE,
         "Haushaltsmittel TMWWDG", date(2022, 4, 1), [
             ("Entwurf", date(2022, 10, 31), True),
             ("Veröffentlichung auf der Website", date(2023, 1, 31), True),
         ]),
        ("Innenstadt-Labor Mühlhausen", "Wohnen über Läden: Umnutzung von Obergeschossen erproben.",
         ProjectStatus.IDEA, "Mühlhausen", TownSize.MEDIUM, "Städtebauförderung",
         date(2024, 1, 15), [("Interessenbekundung der Eigentümer", date(2024, 5, 31), False)]),
    ],
}

R, S = GoalRubric, GoalStatus
# (group short name or None for the alliance, rubric, title, due date, status)
GOALS: list[tuple[str | None, GoalRubric, str, date, GoalStatus]] = [
    (None, R.KNOWLEDGE_TRANSFER, "Aktivitäten und Informationen zum Bündnis auf der Website des "
     "TMIL einbetten", date(2022, 12, 31), S.ACHIEVED),
    (None, R.KNOWLEDGE_TRANSFER, "Transferveranstaltung gemeinsam mit den Bündnispartnern umsetzen",
     date(2022, 11, 29), S.ACHIEVED),
    (None, R.INSTRUMENTS, "Erste Maßnahmen entwickeln (Wegweiser Innenstadtförderung)",
     date(2022, 12, 31), S.ACHIEVED),
    (None, R.NEW_QUALITY, "Konzept für ein erstes Pilotprojekt in der AG Klima",
     date(2022, 12, 31), S.ACHIEVED),
    (None, R.OVERARCHING, "Geschäftsstelle etablieren, Geschäftsstellenarbeit durch die LEG",
     date(2023, 1, 31), S.ACHIEVED),
    (None, R.NEW_QUALITY, "Sechs modellhafte Pilotprojekte konzipieren und entwickeln",
     date(2023, 12, 31), S.PARTLY_ACHIEVED),
    (None, R.KNOWLEDGE_TRANSFER, "Wahrnehmung des Bündnisses in der Öffentlichkeit deutlich "
     "verbessern", date(2024, 6, 30), S.IN_PROGRESS),
    (None, R.KNOWLEDGE_TRANSFER, "Netzwerk „Innenstädte erfolgreich machen“ einbinden",
     date(2023, 12, 31), S.IN_PROGRESS),
    ("Klima", R.NEW_QUALITY, "Weiteres Pilotprojekt entwickeln", date(2023, 6, 30), S.ACHIEVED),
    ("Klima", R.KNOWLEDGE_TRANSFER, "Wissenschaft (FH) einbinden, Fachbeiträge",
     date(2023, 12, 31), S.IN_PROGRESS),
    ("Klima", R.INSTRUMENTS, "Maßnahmenkatalog Klimaanpassung", date(2024, 12, 31), S.OPEN),
    ("Leerstand", R.NEW_QUALITY, "Zwei Pilotprojekte definieren und entwickeln",
     date(2023, 9, 30), S.ACHIEVED),
    ("Leerstand", R.INSTRUMENTS, "Best-Practice-Börse als Leitfaden", date(2024, 9, 30),
     S.IN_PROGRESS),
    ("WULIS", R.INSTRUMENTS, "Übersicht zu Initiativen und Projekten der Innenstadtbelebung",
     date(2023, 3, 31), S.ACHIEVED),
    ("WULIS", R.NEW_QUALITY, "„Aus der Theorie in die Praxis“: ein Pilotprojekt starten",
     date(2024, 3, 31), S.OPEN),
    ("WULIS", R.KNOWLEDGE_TRANSFER, "Regionalkonferenz der AGs vorbereiten", date(2023, 5, 31),
     S.DISCARDED),
]

# (group short name or None, year, summary, strengths, weaknesses, challenges)
ASSESSMENTS: list[tuple[str | None, int, str, str, str, str]] = [
    (None, 2022, "Seit eineinhalb Jahren aktiv: 7 Netzwerktreffen, 23 AG-Treffen.",
     "Erste Ziele in den Rubriken umgesetzt; kontinuierliche Vernetzung; breite Aufstellung der "
     "beteiligten Akteurinnen und Akteure.",
     "Sichtbarkeit des Bündnisses ausbaufähig; Mehrwert für die Beteiligten stärker "
     "herausarbeiten; Aktionsbündnis noch nicht gelebte Realität.",
     "Vielfältige Themen; unterschiedliche regionale Anforderungen; stärkere Verzahnung der "
     "Arbeitsgruppen."),
    ("Klima", 2022, "Komplexität des Themas als große Herausforderung; Ziele 2022 teilweise "
     "erreicht.",
     "Qualifizierte Mitglieder aus Wissenschaft und Praxis; ziel- und ergebnisorientierte Arbeit; "
     "hohe Ideenvielfalt.",
     "Personelle und zeitliche Ressourcen; Schwerpunktsetzung in der Projektarbeit.",
     "Ressourcengerechte Aufgabenverteilung."),
    ("Leerstand", 2022, "Transferveranstaltung „Leerstand als Chance“ mit rund 75 Teilnehmenden.",
     "Gute Fallbeispiele; Gäste aus IBA und Modellprojekten.",
     "Noch keine eigenen Pilotprojekte.", "Ins Tun kommen."),
    ("WULIS", 2022, "Themenfelder benannt, geclustert und priorisiert.",
     "Interdisziplinär vernetzt; Wegweiser Innenstadtförderung erarbeitet.",
     "Heterogenität der Orte, Akteure und Themen.", "Nicht mehr im Kreis drehen."),
]
