"""Demo data: the Thuringian alliance "Innenstädte mit Zukunft" from 2022 up to today, and a
large set.

Deterministic (a fixed random seed), so tests can count on it.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.domain.enums import (
    InvitationResponse,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    OrganisationKind,
    PrKind,
    TimeCategory,
)
from app.domain.errors import DomainError
from app.domain.models import (
    AgendaItem,
    Decision,
    Goal,
    GroupAssessment,
    Invitation,
    Meeting,
    Membership,
    Milestone,
    Organisation,
    Person,
    PilotProject,
    PrItem,
    Protocol,
    ProtocolNote,
    StaffMember,
    Task,
    TimeEntry,
    WorkingGroup,
)
from app.services import demo_catalogue as catalogue
from app.services.demo_knowledge import KnowledgeBuilder
from app.services.demo_living import LATE_SENDING_DAYS, LivingBuilder
from app.services.demo_public import PublicBuilder

Progress = Callable[[int, str], None]
"""Reports progress as (percent, German description)."""

KICKOFF = date(2023, 2, 23)


class DemoSize(StrEnum):
    NORMAL = "normal"
    LARGE = "large"


LARGE_TARGETS = {"persons": 20_000, "organisations": 2_000, "meetings": 5_000,
                 "time_entries": 100_000}


@dataclass(frozen=True)
class PlannedMeeting:
    kind: MeetingKind
    group: str | None
    day: date
    title: str
    start_hour: int = 10
    hours: int = 2


def fill_demo(db: Database, size: DemoSize = DemoSize.NORMAL,
              progress: Progress | None = None, *, today: date) -> None:
    """Fill an empty database with the demo alliance (and, for ``LARGE``, the measuring set):
    its history 2022–2024 and, up to ``today`` and three months on, a follow-up contract with
    its meetings, protocols, tasks, hours and PR (``demo_living``).

    Raises:
        DomainError: the database already holds persons or meetings.
    """
    report = progress or (lambda _percent, _text: None)
    with db.unit_of_work() as session:
        _refuse_filled(session)
        report(5, "Organisationen und Personen")
        builder = _DemoBuilder(session, random.Random(20230223))
        builder.build(report)
        report(78, "Folgevertrag bis heute")
        LivingBuilder(session, today).build()
        PublicBuilder(session, today).build()
        KnowledgeBuilder(session, today).build()
    if size is DemoSize.LARGE:
        with db.unit_of_work() as session:
            _LargeBuilder(session, random.Random(4711)).build(report)
    report(100, "Fertig")


def _refuse_filled(session: Session) -> None:
    persons = session.scalar(select(func.count()).select_from(Person)) or 0
    meetings = session.scalar(select(func.count()).select_from(Meeting)) or 0
    if persons or meetings:
        raise DomainError(
            "Die Datenbank enthält bereits Daten. Demodaten werden nur in eine leere Datenbank "
            "geschrieben."
        )


def email_for(first: str, last: str, domain: str) -> str:
    local = f"{first}.{last}".lower()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        local = local.replace(umlaut, plain)
    ascii_local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
    return f"{ascii_local}@{domain}"


def _domain_for(short_name: str) -> str:
    slug = email_for(short_name, "", "x").split("@")[0].strip(".")
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in slug).strip("-")
    return f"{cleaned}.example"


class _DemoBuilder:
    """Writes the alliance in one transaction."""

    def __init__(self, session: Session, rng: random.Random) -> None:
        self.session = session
        self.rng = rng
        self.organisations: dict[str, Organisation] = {}
        self.groups: dict[str, WorkingGroup] = {}
        self.members: dict[str, list[Person]] = {}
        self.partners: list[Person] = []
        self.staff_persons: list[Person] = []
        self.projects: list[PilotProject] = []

    def build(self, report: Progress) -> None:
        self._organisations_and_persons()
        report(20, "Arbeitsgruppen")
        self._groups()
        report(35, "Sitzungen, Einladungen und Protokolle")
        self._meetings()
        report(60, "Pilotprojekte, Ziele und Bilanz")
        self._projects()
        self._goals_and_assessments()
        report(75, "Zeiterfassung und Öffentlichkeitsarbeit")
        self._time_entries()
        self._pr_items()
        self.session.flush()

    def _organisations_and_persons(self) -> None:
        used_names: set[tuple[str, str]] = set()
        for name, short, kind, city, since in catalogue.ORGANISATIONS:
            organisation = Organisation(
                name=name, short_name=short, kind=kind, city=city, is_partner=since is not None,
                partner_since=since, website=f"https://www.{_domain_for(short)}",
            )
            self.session.add(organisation)
            self.organisations[short] = organisation
            count = 1 if since is None else self.rng.randint(2, 5)
            for _ in range(count):
                person = self._person(organisation, used_names)
                if since is not None:
                    self.partners.append(person)
        self.organisations["LEG Thüringen"].street = "Musterstraße 1"
        self.organisations["LEG Thüringen"].postal_code = "99084"
        for full_name in catalogue.STAFF:
            first, last = full_name.split(" ", 1)
            person = self._person(self.organisations["LEG Thüringen"], used_names, first, last)
            person.function = "Geschäftsstelle des Aktionsbündnisses"
            self.staff_persons.append(person)
            self.session.add(StaffMember(name=full_name))

    def _person(self, organisation: Organisation, used: set[tuple[str, str]],
                first: str | None = None, last: str | None = None) -> Person:
        while first is None or last is None or (first, last) in used:
            first = self.rng.choice(catalogue.FIRST_NAMES)
            last = self.rng.choice(catalogue.LAST_NAMES)
        used.add((first, last))
        short = organisation.short_name or organisation.name
        self.rng.choice(["Frau", "Herr"])  # drawn as before, so the demo figures stay the same
        person = Person(
            salutation=catalogue.salutation_for(first),
            title=self.rng.choice([None, None, None, "Dr.", "Prof. Dr."]),
            first_name=first, last_name=last, organisation=organisation,
            function=catalogue.function_for(first, self.rng.choice(catalogue.FUNCTIONS)),
            email=email_for(first, last, _domain_for(short)),
            phone=f"0361 555-{self.rng.randint(100, 999)}",
            city=organisation.city, consent=True, consent_date=date(2022, 1, 15),
            consent_purpose="Einladungen und Protokolle des Aktionsbündnisses",
            consent_source="Anmeldung Netzwerktreffen",
        )
        self.session.add(person)
        return person

    def _groups(self) -> None:
        for name, short, fields in catalogue.GROUPS:
            group = WorkingGroup(name=name, short_name=short, fields_of_action=fields)
            self.session.add(group)
            self.groups[short] = group
            members = self.rng.sample(self.partners, 14)
            self.members[short] = members
            roles = [MemberRole.LEAD, MemberRole.DEPUTY] + [MemberRole.MEMBER] * 10 + [
                MemberRole.GUEST] * 2
            for person, role in zip(members, roles, strict=True):
                self.session.add(Membership(group=group, person=person, role=role,
                                            valid_from=date(2021, 9, 1)))

    def _meetings(self) -> None:
        for planned in _meeting_plan():
            self._meeting(planned)

    def _meeting(self, planned: PlannedMeeting) -> None:
        group = self.groups[planned.group] if planned.group else None
        host = self.rng.choice(list(self.organisations.values())[:24])
        meeting_format = self.rng.choice(
            [MeetingFormat.IN_PERSON, MeetingFormat.IN_PERSON, MeetingFormat.HYBRID,
             MeetingFormat.DIGITAL])
        starts = datetime.combine(planned.day, time(planned.start_hour))
        cancelled = planned.title.endswith("(abgesagt)")
        meeting = Meeting(
            kind=planned.kind, group=group, title=planned.title, starts_at=starts,
            ends_at=starts + timedelta(hours=planned.hours), format=meeting_format,
            location=None if meeting_format is MeetingFormat.DIGITAL else host.city,
            host_organisation=None if meeting_format is MeetingFormat.DIGITAL else host,
            online_link=None if meeting_format is MeetingFormat.IN_PERSON
            else f"https://konferenz.example/{planned.day:%Y%m%d}",
            status=MeetingStatus.CANCELLED if cancelled else MeetingStatus.HELD,
        )
        self.session.add(meeting)
        items = self._agenda(meeting, planned)
        if cancelled:
            return
        invitees = self._invitees(planned)
        for person in invitees:
            self._invitation(meeting, person)
        if planned.day < date(2024, 11, 1):
            self._protocol(meeting, items, invitees)

    def _agenda(self, meeting: Meeting, planned: PlannedMeeting) -> list[AgendaItem]:
        if planned.day == KICKOFF:
            topics = catalogue.KICKOFF_AGENDA
        else:
            titles = catalogue.GROUP_AGENDA if planned.group else catalogue.NETWORK_AGENDA
            topics = [(title, "Geschäftsstelle", self.rng.choice([10, 15, 20, 30]))
                      for title in titles]
        items = [AgendaItem(meeting=meeting, position=number, title=title, presenter=presenter,
                            planned_minutes=minutes)
                 for number, (title, presenter, minutes) in enumerate(topics, start=1)]
        self.session.add_all(items)
        return items

    def _invitees(self, planned: PlannedMeeting) -> list[Person]:
        if planned.group:
            return self.members[planned.group]
        if planned.kind is MeetingKind.LEADERS:
            return [person for members in self.members.values() for person in members[:2]]
        return self.partners[:40]

    def _invitation(self, meeting: Meeting, person: Person) -> None:
        roll = self.rng.random()
        response = (InvitationResponse.ACCEPTED if roll < 0.75 else
                    InvitationResponse.DECLINED if roll < 0.9 else InvitationResponse.OPEN)
        attended = response is InvitationResponse.ACCEPTED and self.rng.random() < 0.92
        self.session.add(Invitation(
            meeting=meeting, person=person, response=response, attended=attended,
            invited_on=meeting.starts_at.date() - timedelta(days=21)))

    def _protocol(self, meeting: Meeting, items: list[AgendaItem],
                  invitees: list[Person]) -> None:
        day = meeting.starts_at.date()
        late = self.rng.random() < 0.1 or day >= date(2024, 9, 1)
        sent_on = day + timedelta(days=LATE_SENDING_DAYS if late else self.rng.randint(3, 12))
        protocol = Protocol(meeting=meeting, author=self.rng.choice(self.staff_persons),
                            sent_on=sent_on, chair=invitees[0] if invitees else None)
        self.session.add(protocol)
        meeting.status = MeetingStatus.PROTOCOL_SENT
        for item in items:
            self.session.add(ProtocolNote(
                protocol=protocol, agenda_item=item,
                discussion=f"Zu „{item.title}“ wurde berichtet und diskutiert."))
        focus = items[min(1, len(items) - 1)]
        self.session.add(Decision(agenda_item=focus,
                                  text="Das Vorgehen wird wie vorgestellt beschlossen."))
        for number in range(self.rng.randint(1, 2)):
            self.session.add(Task(
                agenda_item=items[-1], description=f"Nächsten Schritt {number + 1} vorbereiten",
                responsible=self.rng.choice(invitees), due_date=day + timedelta(days=30),
                done=True, done_on=day + timedelta(days=25 if day < date(2024, 6, 1) else 75)))

    def _projects(self) -> None:
        for group_short, projects in catalogue.PROJECTS.items():
            for name, goal, status, town, size, programme, start, milestones in projects:
                project = PilotProject(
                    group=self.groups[group_short], name=name, goal=goal, status=status,
                    town=town, town_size=size, funding_programme=programme, start_date=start,
                    partners=self.rng.sample(list(self.organisations.values())[:24], 3))
                self.session.add(project)
                self.projects.append(project)
                for title, due, done in milestones:
                    self.session.add(Milestone(project=project, title=title, due_date=due,
                                               done=done))

    def _goals_and_assessments(self) -> None:
        for group_short, rubric, title, due, status in catalogue.GOALS:
            group = self.groups[group_short] if group_short else None
            self.session.add(Goal(group=group, rubric=rubric, title=title, due_date=due,
                                  status=status))
        for group_short, year, summary, strengths, weaknesses, challenges in catalogue.ASSESSMENTS:
            self.session.add(GroupAssessment(
                group=self.groups[group_short] if group_short else None, year=year,
                summary=summary, strengths=strengths, weaknesses=weaknesses,
                challenges=challenges))

    def _time_entries(self) -> None:
        staff = self.session.scalars(select(StaffMember).order_by(StaffMember.id)).all()
        plan = [(TimeCategory.PILOT_PROJECTS, 70), (TimeCategory.PARTNER_EVENTS, 24),
                (TimeCategory.NETWORK, 80), (TimeCategory.WORKING_GROUPS, 120),
                (TimeCategory.PUBLIC_RELATIONS, 60), (TimeCategory.REPORTING, 16)]
        for category, count in plan:
            for _ in range(count):
                day = date(2023, 1, 2) + timedelta(days=self.rng.randint(0, 720))
                minutes = self.rng.choice([60, 90, 120, 180, 240])
                project = self.rng.choice(self.projects) if (
                    category is TimeCategory.PILOT_PROJECTS) else None
                self.session.add(TimeEntry(
                    staff_member=self.rng.choice(staff), work_date=day, minutes=minutes,
                    category=category, project=project,
                    description=f"{category.label}: Vor- und Nachbereitung"))

    def _pr_items(self) -> None:
        plan = {2023: [(PrKind.TEASER, 28), (PrKind.PRESS, 4), (PrKind.SOCIAL_MEDIA, 10),
                       (PrKind.NEWSLETTER, 3), (PrKind.WEBSITE, 5)],
                2024: [(PrKind.TEASER, 18), (PrKind.PRESS, 3), (PrKind.SOCIAL_MEDIA, 8),
                       (PrKind.NEWSLETTER, 2), (PrKind.WEBSITE, 4)]}
        groups = [None, *self.groups.values()]
        channels = {PrKind.TEASER: "Website", PrKind.PRESS: "Thüringer Allgemeine",
                    PrKind.SOCIAL_MEDIA: "LinkedIn", PrKind.NEWSLETTER: "Bündnis-Newsletter",
                    PrKind.WEBSITE: "innenstaedte-thueringen.example"}
        for year, kinds in plan.items():
            for kind, count in kinds:
                for number in range(1, count + 1):
                    day = date(year, 1, 10) + timedelta(days=self.rng.randint(0, 340))
                    self.session.add(PrItem(
                        kind=kind, title=f"{kind.label} {number}/{year}", published_on=day,
                        channel=channels[kind], group=self.rng.choice(groups),
                        link=f"https://innenstaedte-thueringen.example/{year}/{kind.value}-{number}"))


def _meeting_plan() -> list[PlannedMeeting]:
    """Every meeting of the demo, 2022–2024; before the kick-off 7 network and 23 AG meetings."""
    network = ["2022-01-20", "2022-03-17", "2022-05-12", "2022-07-07", "2022-09-15", "2022-10-27",
               "2022-12-08", "2023-06-01", "2023-09-14", "2023-11-30", "2024-02-22", "2024-05-16",
               "2024-09-12", "2024-11-28"]
    plan = [PlannedMeeting(MeetingKind.NETWORK, None, date.fromisoformat(day),
                           f"{number}. Netzwerktreffen", hours=3)
            for number, day in enumerate(network, start=1)]
    plan.append(PlannedMeeting(MeetingKind.NETWORK, None, KICKOFF,
                               "Jahresauftaktveranstaltung 2023", hours=4))
    sessions = {
        "Klima": ["2022-02-08", "2022-03-29", "2022-05-17", "2022-06-28", "2022-08-23",
                  "2022-10-04", "2022-11-15", "2022-12-13"],
        "Leerstand": ["2022-02-16", "2022-04-06", "2022-05-25", "2022-07-13", "2022-09-07",
                      "2022-10-19", "2022-11-30", "2022-12-14"],
        "WULIS": ["2022-03-02", "2022-04-27", "2022-06-15", "2022-08-31", "2022-10-12",
                  "2022-12-07", "2023-02-07"],
    }
    for group, days in sessions.items():
        plan += [PlannedMeeting(MeetingKind.GROUP_SESSION, group, date.fromisoformat(day),
                                f"AG {group}: Sitzung") for day in days]
    plan += _later_group_sessions()
    plan += _events()
    return sorted(plan, key=lambda planned: planned.day)


_WEEKDAY_2024 = {"Klima": 1, "Leerstand": 9, "WULIS": 0}
"""Days after Tuesday, 16.01.2024, of each AG's 2024 sessions: Wednesday, Thursday, Tuesday."""


def _later_group_sessions() -> Iterator[PlannedMeeting]:
    starts = {"Klima": date(2023, 3, 14), "Leerstand": date(2023, 3, 2),
              "WULIS": date(2023, 3, 21)}
    for group, first in starts.items():
        for number in range(8):
            yield PlannedMeeting(MeetingKind.GROUP_SESSION, group,
                                 first + timedelta(weeks=5 * number), f"AG {group}: Sitzung",
                                 start_hour=14)
        for number in range(6):
            cancelled = group == "WULIS" and number == 3
            title = f"AG {group}: Sitzung" + (" (abgesagt)" if cancelled else "")
            yield PlannedMeeting(MeetingKind.GROUP_SESSION, group,
                                 date(2024, 1, 16) + timedelta(weeks=7 * number,
                                                               days=_WEEKDAY_2024[group]),
                                 title, start_hour=14)


def _events() -> list[PlannedMeeting]:
    specs = [
        (MeetingKind.TRANSFER_EVENT, "Leerstand", "2022-11-29",
         "Transferveranstaltung „Leerstand als Chance“, Apolda"),
        (MeetingKind.LEADERS, None, "2023-04-20", "Treffen der AG-Leitungen"),
        (MeetingKind.LEADERS, None, "2023-08-24", "Treffen der AG-Leitungen"),
        (MeetingKind.LEADERS, None, "2023-12-07", "Treffen der AG-Leitungen"),
        (MeetingKind.LEADERS, None, "2024-04-18", "Treffen der AG-Leitungen"),
        (MeetingKind.LEADERS, None, "2024-10-17", "Treffen der AG-Leitungen"),
        (MeetingKind.PUBLIC_EVENT, None, "2023-06-22", "Innenstadtforum Thüringen 2023"),
        (MeetingKind.PUBLIC_EVENT, None, "2023-10-12", "Tag der Innenstadt 2023"),
        (MeetingKind.PUBLIC_EVENT, None, "2024-06-20", "Innenstadtforum Thüringen 2024"),
        (MeetingKind.PUBLIC_EVENT, None, "2024-10-10", "Tag der Innenstadt 2024"),
        (MeetingKind.PARTNER_EVENT, None, "2023-03-28", "IHK-Handelstag „Heimat shoppen“"),
        (MeetingKind.PARTNER_EVENT, None, "2023-07-05", "TTG Tourismustag"),
        (MeetingKind.PARTNER_EVENT, None, "2023-11-08", "IBA-Werkstattgespräch"),
        (MeetingKind.PARTNER_EVENT, None, "2024-03-12", "IHK-Handelstag 2024"),
        (MeetingKind.PARTNER_EVENT, None, "2024-09-25", "Städtebund-Forum"),
    ]
    return [PlannedMeeting(kind, group, date.fromisoformat(day), title, hours=4 if kind in (
        MeetingKind.PUBLIC_EVENT, MeetingKind.TRANSFER_EVENT) else 2)
        for kind, group, day, title in specs]


class _LargeBuilder:
    """Adds the measuring set with bulk inserts, up to the targets in ``LARGE_TARGETS``."""

    def __init__(self, session: Session, rng: random.Random) -> None:
        self.session = session
        self.rng = rng

    def build(self, report: Progress) -> None:
        report(80, "Großer Datensatz: Organisationen und Personen")
        organisation_ids = self._organisations()
        self._persons(organisation_ids)
        report(88, "Großer Datensatz: Sitzungen")
        self._meetings()
        report(94, "Großer Datensatz: Zeiteinträge")
        self._time_entries()

    def _missing(self, model: type, target: int) -> int:
        return target - (self.session.scalar(select(func.count()).select_from(model)) or 0)

    def _organisations(self) -> list[int]:
        cities = ["Erfurt", "Jena", "Gera", "Weimar", "Gotha", "Suhl", "Nordhausen", "Eisenach",
                  "Altenburg", "Ilmenau", "Sonneberg", "Arnstadt", "Pößneck", "Greiz"]
        kinds = list(OrganisationKind)
        rows = [{"name": f"{self.rng.choice(cities)} Beispielbetrieb {number:04d}",
                 "short_name": f"BB {number:04d}", "kind": self.rng.choice(kinds),
                 "city": self.rng.choice(cities), "is_partner": False, "archived": False,
                 "version": 1}
                for number in range(1, self._missing(Organisation, LARGE_TARGETS[
                    "organisations"]) + 1)]
        self.session.execute(insert(Organisation), rows)
        return list(self.session.scalars(select(Organisation.id)))

    def _persons(self, organisation_ids: list[int]) -> None:
        rows = []
        for number in range(self._missing(Person, LARGE_TARGETS["persons"])):
            first = self.rng.choice(catalogue.FIRST_NAMES)
            last = self.rng.choice(catalogue.LAST_NAMES)
            rows.append({
                "first_name": first, "last_name": last,
                "organisation_id": self.rng.choice(organisation_ids),
                "function": catalogue.function_for(first, self.rng.choice(catalogue.FUNCTIONS)),
                "email": email_for(first, f"{last}{number}", "kontakte.example"),
                "phone": f"03{self.rng.randint(41, 99)} 555-{self.rng.randint(1000, 9999)}",
                "consent": False, "restricted": False, "archived": self.rng.random() < 0.05,
                "version": 1,
            })
        self.session.execute(insert(Person), rows)

    def _meetings(self) -> None:
        group_ids = list(self.session.scalars(select(WorkingGroup.id)))
        person_ids = list(self.session.scalars(select(Person.id).limit(3000)))
        kinds = [MeetingKind.GROUP_SESSION] * 6 + [MeetingKind.NETWORK, MeetingKind.OTHER,
                                                   MeetingKind.PARTNER_EVENT]
        first_id = (self.session.scalar(select(func.max(Meeting.id))) or 0) + 1
        count = self._missing(Meeting, LARGE_TARGETS["meetings"])
        meetings, agenda, invitations = [], [], []
        for offset in range(count):
            kind = self.rng.choice(kinds)
            starts = datetime(2022, 1, 3, 9) + timedelta(days=self.rng.randint(0, 1090),
                                                         hours=self.rng.randint(0, 8))
            meeting_id = first_id + offset
            meetings.append({
                "id": meeting_id, "kind": kind, "title": f"{kind.label} (Messdaten {offset + 1})",
                "group_id": self.rng.choice(group_ids) if kind is MeetingKind.GROUP_SESSION
                else None, "starts_at": starts, "ends_at": starts + timedelta(hours=2),
                "format": MeetingFormat.DIGITAL, "online_link": "https://konferenz.example/m",
                "status": MeetingStatus.HELD, "version": 1})
            agenda += [{"meeting_id": meeting_id, "position": position, "title": title,
                        "planned_minutes": 20, "version": 1}
                       for position, title in enumerate(catalogue.GROUP_AGENDA[:3], start=1)]
            invitations += [{"meeting_id": meeting_id, "person_id": person_id,
                             "response": InvitationResponse.ACCEPTED, "attended": True,
                             "version": 1}
                            for person_id in self.rng.sample(person_ids, 8)]
        self.session.execute(insert(Meeting), meetings)
        self.session.execute(insert(AgendaItem), agenda)
        self.session.execute(insert(Invitation), invitations)

    def _time_entries(self) -> None:
        staff_ids = list(self.session.scalars(select(StaffMember.id)))
        categories = list(TimeCategory)
        count = self._missing(TimeEntry, LARGE_TARGETS["time_entries"])
        batch: list[dict[str, object]] = []
        for _ in range(count):
            batch.append({
                "staff_member_id": self.rng.choice(staff_ids),
                "work_date": date(2022, 1, 3) + timedelta(days=self.rng.randint(0, 1090)),
                "minutes": self.rng.choice([15, 30, 45, 60, 90, 120, 240]),
                "category": self.rng.choice(categories), "description": "Messdaten",
                "version": 1})
            if len(batch) == 20_000:
                self.session.execute(insert(TimeEntry), batch)
                batch = []
        if batch:
            self.session.execute(insert(TimeEntry), batch)
