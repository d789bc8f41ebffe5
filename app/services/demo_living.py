"""The part of the demo that lives today: a follow-up contract over last year and this year, with
meetings up to today and the next three months, protocols (one overdue, one just sent), open tasks
around today, hours and PR of the current year.

Everything depends only on ``today`` and a fixed seed, so tests that pass a fixed day get fixed
figures. Meetings fall on working days only.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.contract import DEFAULT_PROTOCOL_DUE_DAYS
from app.domain.enums import (
    GoalRubric,
    GoalStatus,
    InvitationResponse,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    PrKind,
    ProjectStatus,
    QuotaKind,
    RegistrationStatus,
    TimeCategory,
)
from app.domain.models import (
    AgendaItem,
    Budget,
    Contract,
    Decision,
    Goal,
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
    Quota,
    Registration,
    ReportingPeriod,
    StaffMember,
    Task,
    TimeEntry,
    WorkingGroup,
)
from app.services import demo_catalogue as catalogue
from app.services.continuity import OPEN_POINTS_TOP
from app.services.holidays_th import add_working_days, is_working_day

FIRST_LIVING_DAY = date(2025, 1, 1)
"""The history of the demo (the first contract) ends with 2024."""
HORIZON_DAYS = 92
LATE_SENDING_DAYS = 40

YEARLY_QUOTAS = {QuotaKind.NETWORK_MEETINGS: 4, QuotaKind.GROUP_SESSIONS: 30,
                 QuotaKind.LEADER_MEETINGS: 3, QuotaKind.PUBLIC_EVENTS: 2,
                 QuotaKind.PARTNER_EVENTS: 3, QuotaKind.PILOT_PROJECTS_PER_GROUP: 2,
                 QuotaKind.TEASER_TEXTS: 50}


@dataclass(frozen=True)
class LivingMeeting:
    kind: MeetingKind
    group: str | None
    day: date
    title: str
    start_hour: int = 10
    hours: int = 2


def living_term(today: date) -> tuple[date, date]:
    """Last year and this year, but never before the first contract has ended."""
    first = max(FIRST_LIVING_DAY, date(today.year - 1, 1, 1))
    return first, max(date(today.year, 12, 31), date(first.year + 1, 12, 31))


def working_day_from(day: date) -> date:
    """``day`` or the next working day, outside the days between Christmas Eve and New Year."""
    while not is_working_day(day) or (day.month == 12 and day.day >= 24):
        day += timedelta(days=1)
    return day


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` (1-based) Monday (0) … Sunday (6) of a month, moved to a working day."""
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return working_day_from(first + timedelta(days=offset + 7 * (nth - 1)))


def living_plan(first: date, last: date) -> list[LivingMeeting]:
    plan: list[LivingMeeting] = []
    number = 15
    for year in range(first.year, last.year + 1):
        for month in (2, 5, 9, 11):
            plan.append(LivingMeeting(MeetingKind.NETWORK, None, nth_weekday(year, month, 3, 2),
                                      "", hours=3))
        for month in (4, 8, 12):
            plan.append(LivingMeeting(MeetingKind.LEADERS, None, nth_weekday(year, month, 0, 2),
                                      "Treffen der AG-Leitungen"))
        plan += [
            LivingMeeting(MeetingKind.PUBLIC_EVENT, None, nth_weekday(year, 6, 3, 3),
                          f"Innenstadtforum Thüringen {year}", hours=4),
            LivingMeeting(MeetingKind.PUBLIC_EVENT, None, nth_weekday(year, 10, 3, 2),
                          f"Tag der Innenstadt {year}", hours=4),
            LivingMeeting(MeetingKind.PARTNER_EVENT, None, nth_weekday(year, 3, 1, 2),
                          f"IHK-Handelstag {year}"),
            LivingMeeting(MeetingKind.PARTNER_EVENT, None, nth_weekday(year, 7, 2, 1),
                          f"TTG Tourismustag {year}"),
            LivingMeeting(MeetingKind.PARTNER_EVENT, None, nth_weekday(year, 11, 2, 1),
                          f"Städtebund-Forum {year}"),
        ]
    for group, weekday in (("Klima", 1), ("Leerstand", 2), ("WULIS", 3)):
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 14)
        while day <= last:
            plan.append(LivingMeeting(MeetingKind.GROUP_SESSION, group, working_day_from(day),
                                      f"AG {group}: Sitzung", start_hour=14))
            day += timedelta(weeks=6)
    plan = sorted((m for m in plan if first <= m.day <= last), key=lambda m: (m.day, m.kind))
    numbered = []
    for planned in plan:
        if planned.kind is MeetingKind.NETWORK:
            numbered.append(replace(planned, title=f"{number}. Netzwerktreffen"))
            number += 1
        else:
            numbered.append(planned)
    return numbered


class LivingBuilder:
    """Adds the living years to the demo history written in the same transaction."""

    def __init__(self, session: Session, today: date) -> None:
        self.session = session
        self.today = today
        self.rng = random.Random(4242)
        self.first, self.contract_end = living_term(today)
        self.horizon = today + timedelta(days=HORIZON_DAYS)
        self.groups = {g.short_name or g.name: g for g in session.scalars(select(WorkingGroup))}
        self.staff = list(session.scalars(select(Person).where(
            Person.function == "Geschäftsstelle des Aktionsbündnisses").order_by(Person.id)))
        self.partners = list(session.scalars(
            select(Person).join(Organisation).where(Organisation.is_partner.is_(True))
            .order_by(Person.id)))
        self.hosts = list(session.scalars(select(Organisation).where(
            Organisation.is_partner.is_(True)).order_by(Organisation.id)))
        self.previous: dict[tuple[MeetingKind, str | None], Meeting] = {}
        self.tasks: list[Task] = []

    def build(self) -> None:
        self._finish_history()
        if self.first > self.today:
            return
        self._contract()
        for planned in living_plan(self.first, self.horizon):
            self._meeting(planned)
        self._mark_overdue_and_just_sent()
        self._time_entries()
        self._pr_items()
        self._goals_and_milestones()
        self.session.flush()

    def _finish_history(self) -> None:
        """Meetings of the history still without a protocol got theirs late."""
        held = self.session.scalars(select(Meeting).where(
            Meeting.status == MeetingStatus.HELD, Meeting.starts_at < datetime.combine(
                self.first, time()))).all()
        for meeting in held:
            if meeting.protocol is None:
                meeting.protocol = Protocol(
                    sent_on=meeting.starts_at.date() + timedelta(days=LATE_SENDING_DAYS),
                    author=self.staff[0] if self.staff else None)
                meeting.status = MeetingStatus.PROTOCOL_SENT

    def _contract(self) -> None:
        years = range(self.first.year, self.contract_end.year + 1)
        last = years[-1]
        contract = Contract(
            client="Freistaat Thüringen (TMIL, TMWWDG)",
            title=f"Geschäftsstelle des Aktionsbündnisses {years[0]}–{last} (Folgevertrag)",
            starts_on=self.first, ends_on=self.contract_end,
            protocol_due_days=DEFAULT_PROTOCOL_DUE_DAYS, protocol_due_working_days=True)
        contract.quotas = [Quota(kind=kind, year=year, allowed=allowed)
                           for year in years for kind, allowed in YEARLY_QUOTAS.items()]
        contract.budgets = [
            Budget(category=TimeCategory.PILOT_PROJECTS, hours=360, period_start=self.first,
                   period_end=self.contract_end),
            Budget(category=TimeCategory.PARTNER_EVENTS, hours=120, period_start=self.first,
                   period_end=self.contract_end)]
        contract.reporting_periods = [
            ReportingPeriod(title=f"Statusbericht {years[0]}", start_date=self.first,
                            end_date=date(years[0], 10, 31), due_date=date(years[0], 10, 31)),
            ReportingPeriod(title=f"Statusbericht {last}", start_date=date(years[0], 11, 1),
                            end_date=date(last, 6, 30), due_date=date(last, 6, 30)),
            ReportingPeriod(title=f"Abschlussbericht {years[0]}–{last}",
                            start_date=date(last, 7, 1), end_date=self.contract_end,
                            due_date=date(last + 1, 1, 31))]
        self.session.add(contract)

    def _meeting(self, planned: LivingMeeting) -> None:
        starts = datetime.combine(planned.day, time(planned.start_hour))
        meeting_format = self.rng.choice([MeetingFormat.IN_PERSON, MeetingFormat.IN_PERSON,
                                          MeetingFormat.HYBRID, MeetingFormat.DIGITAL])
        host = self.rng.choice(self.hosts)
        past = planned.day < self.today
        meeting = Meeting(
            kind=planned.kind, group=self.groups.get(planned.group or ""), title=planned.title,
            starts_at=starts, ends_at=starts + timedelta(hours=planned.hours),
            format=meeting_format,
            location=None if meeting_format is MeetingFormat.DIGITAL else host.city,
            host_organisation=None if meeting_format is MeetingFormat.DIGITAL else host,
            online_link=None if meeting_format is MeetingFormat.IN_PERSON
            else f"https://konferenz.example/{planned.day:%Y%m%d}",
            status=MeetingStatus.HELD if past else MeetingStatus.PLANNED,
            rsvp_by=planned.day - timedelta(days=7))
        self.session.add(meeting)
        body = (planned.kind, planned.group)
        previous = self.previous.get(body) if planned.kind in (
            MeetingKind.NETWORK, MeetingKind.GROUP_SESSION, MeetingKind.LEADERS) else None
        items = self._agenda(meeting, planned, previous)
        invitees = self._invitees(planned)
        if past or planned.day <= self.today + timedelta(days=28):
            for person in invitees:
                self._invitation(meeting, person, past)
            if not past:
                meeting.status = MeetingStatus.INVITED
        if past:
            self._protocol(meeting, items, invitees, previous)
        if planned.kind is MeetingKind.PUBLIC_EVENT:
            self._registrations(meeting, past)
        if body[0] in (MeetingKind.NETWORK, MeetingKind.GROUP_SESSION, MeetingKind.LEADERS):
            self.previous[body] = meeting

    def _agenda(self, meeting: Meeting, planned: LivingMeeting,
                previous: Meeting | None) -> list[AgendaItem]:
        titles: list[str] = []
        if previous is not None:
            titles += [f"Genehmigung des Protokolls der Sitzung vom "
                       f"{previous.starts_at:%d.%m.%Y}", OPEN_POINTS_TOP]
        if planned.kind is MeetingKind.GROUP_SESSION:
            titles += catalogue.GROUP_AGENDA[2:]
        elif planned.kind in (MeetingKind.NETWORK, MeetingKind.LEADERS):
            titles += catalogue.NETWORK_AGENDA[1:]
        else:
            titles += ["Begrüßung", "Impulse und Diskussion", "Zusammenfassung"]
        items = [AgendaItem(meeting=meeting, position=number, title=title,
                            presenter="Geschäftsstelle", planned_minutes=20)
                 for number, title in enumerate(titles, start=1)]
        self.session.add_all(items)
        return items

    def _invitees(self, planned: LivingMeeting) -> Sequence[Person]:
        if planned.group:
            group = self.groups[planned.group]
            return group_members(self.session, group)
        if planned.kind is MeetingKind.LEADERS:
            return [person for group in self.groups.values()
                    for person in group_members(self.session, group)[:2]]
        return self.partners[:40]

    def _invitation(self, meeting: Meeting, person: Person, past: bool) -> None:
        roll = self.rng.random()
        response = (InvitationResponse.ACCEPTED if roll < 0.75 else
                    InvitationResponse.DECLINED if roll < 0.9 else InvitationResponse.OPEN)
        if not past and roll < 0.4:
            response = InvitationResponse.OPEN
        attended = (response is InvitationResponse.ACCEPTED and self.rng.random() < 0.92
                    if past else None)
        self.session.add(Invitation(
            meeting=meeting, person=person, response=response, attended=attended,
            invited_on=meeting.starts_at.date() - timedelta(days=21)))

    def _protocol(self, meeting: Meeting, items: list[AgendaItem], invitees: Sequence[Person],
                  previous: Meeting | None) -> None:
        day = meeting.starts_at.date()
        sent_on = add_working_days(day, self.rng.randint(2, 8))
        if self.rng.random() < 0.08:
            sent_on = add_working_days(day, 13)
        protocol = Protocol(meeting=meeting, author=self.rng.choice(self.staff),
                            chair=invitees[0] if invitees else None,
                            sent_on=sent_on if sent_on < self.today else None)
        self.session.add(protocol)
        if protocol.sent_on is not None:
            meeting.status = MeetingStatus.PROTOCOL_SENT
        for item in items:
            protocol.notes.append(ProtocolNote(
                agenda_item=item, discussion=f"Zu „{item.title}“ wurde berichtet und diskutiert."))
        if previous is not None and previous.protocol is not None and \
                previous.protocol.sent_on is not None and previous.protocol.sent_on < day:
            previous.protocol.approved_on = day
            previous.protocol.approved_in = meeting
            self.session.add(Decision(agenda_item=items[0], text=(
                f"Das Protokoll der Sitzung vom {previous.starts_at:%d.%m.%Y} wird genehmigt.")))
        self.session.add(Decision(agenda_item=items[-1],
                                  text="Das Vorgehen wird wie vorgestellt beschlossen."))
        self._tasks(meeting, items[-1], invitees)

    def _tasks(self, meeting: Meeting, item: AgendaItem, invitees: Sequence[Person]) -> None:
        day = meeting.starts_at.date()
        for number in range(self.rng.randint(1, 2)):
            due = day + timedelta(days=28)
            done = due < self.today - timedelta(days=30)
            addressed = (MeetingKind.GROUP_SESSION, self.rng.choice(list(self.groups.values())))
            to_group = meeting.kind is MeetingKind.NETWORK and number == 1
            task = Task(agenda_item=item, description=_TASKS[(day.toordinal() + number)
                                                             % len(_TASKS)],
                        responsible=self.rng.choice(list(invitees)) if invitees else None,
                        due_date=due, done=done,
                        done_on=due - timedelta(days=self.rng.randint(0, 7)) if done else None,
                        addressed_kind=addressed[0] if to_group else None,
                        addressed_group_id=None)
            if to_group:
                task.addressed_group_id = addressed[1].id
            self.session.add(task)

    def _registrations(self, meeting: Meeting, past: bool) -> None:
        """A public event with 60 places: partners and free names, a waiting list when full;
        after the event who came, and its summary of results."""
        meeting.capacity = EVENT_CAPACITY
        day = meeting.starts_at.date()
        people: list[tuple[str, str | None, str | None, Person | None]] = [
            (f"{person.first_name} {person.last_name}",
                   person.organisation.short_name if person.organisation else None,
             person.email, person) for person in self.partners[:44]]
        people += [(f"{first} {last}", town, None, None) for first, last, town in _GUESTS]
        registered = 0
        for number, (name, organisation, email, person) in enumerate(people):
            status = (RegistrationStatus.REGISTERED if registered < EVENT_CAPACITY
                      else RegistrationStatus.WAITING)
            registered += status is RegistrationStatus.REGISTERED
            present = past and status is RegistrationStatus.REGISTERED and number % 7 != 3
            self.session.add(Registration(
                meeting=meeting, person=person, name=name, organisation=organisation,
                email=email, registered_on=day - timedelta(days=30 - number % 25),
                status=status, photo_consent=number % 3 != 0,
                publication_consent=number % 4 != 0,
                checked_in_at=meeting.starts_at - timedelta(minutes=20) if present else None))
        if past:
            meeting.results_summary = (
                f"Rund {registered} Teilnehmende aus Kommunen, Kammern und Verbänden "
                "diskutierten Wege gegen Leerstand und für mehr Aufenthaltsqualität; die "
                "Ergebnisse fließen in die Arbeit der drei AGs ein.")

    def _mark_overdue_and_just_sent(self) -> None:
        """The latest protocol already due (and not approved) stays unsent, so it is overdue;
        the protocol of a later meeting went out yesterday."""
        self.session.flush()
        protocols = self.session.scalars(
            select(Protocol).join(Meeting, Protocol.meeting_id == Meeting.id)
            .where(Meeting.starts_at >= datetime.combine(self.first, time()))
            .order_by(Meeting.starts_at.desc())).all()
        due = [p for p in protocols if p.approved_on is None and add_working_days(
            p.meeting.starts_at.date(), DEFAULT_PROTOCOL_DUE_DAYS) < self.today]
        if due:
            due[0].sent_on = None
            due[0].meeting.status = MeetingStatus.HELD
        recent = [p for p in protocols if p not in due[:1] and p.approved_on is None
                  and p.meeting.starts_at.date() < self.today - timedelta(days=1)]
        if recent:
            recent[0].sent_on = self.today - timedelta(days=1)
            recent[0].meeting.status = MeetingStatus.PROTOCOL_SENT

    def _time_entries(self) -> None:
        staff = list(self.session.scalars(select(StaffMember).order_by(StaffMember.id)))
        projects = list(self.session.scalars(select(PilotProject).where(
            PilotProject.status != ProjectStatus.DISCARDED).order_by(PilotProject.id)))
        span = max((self.today - self.first).days, 1)
        plan = [(TimeCategory.PILOT_PROJECTS, 70), (TimeCategory.PARTNER_EVENTS, 24),
                (TimeCategory.NETWORK, 80), (TimeCategory.WORKING_GROUPS, 120),
                (TimeCategory.PUBLIC_RELATIONS, 60), (TimeCategory.REPORTING, 16)]
        for category, per_two_years in plan:
            for _ in range(max(1, per_two_years * span // 730)):
                day = working_day_from(self.first + timedelta(days=self.rng.randint(0, span)))
                if day >= self.today:
                    day = self.first
                self.session.add(TimeEntry(
                    staff_member=self.rng.choice(staff), work_date=day,
                    minutes=self.rng.choice([60, 90, 120, 180, 240]), category=category,
                    project=self.rng.choice(projects) if (
                        category is TimeCategory.PILOT_PROJECTS and projects) else None,
                    description=f"{category.label}: Vor- und Nachbereitung"))

    def _pr_items(self) -> None:
        groups: list[WorkingGroup | None] = [None, *self.groups.values()]
        plan = [(PrKind.TEASER, 24), (PrKind.PRESS, 4), (PrKind.SOCIAL_MEDIA, 10),
                (PrKind.NEWSLETTER, 3), (PrKind.WEBSITE, 5)]
        for year in range(self.first.year, self.today.year + 1):
            first = date(year, 1, 5)
            last = min(date(year, 12, 15), self.today - timedelta(days=1))
            if last < first:
                continue
            share = (last - first).days / 344
            for kind, count in plan:
                for number in range(1, max(1, round(count * share)) + 1):
                    day = first + timedelta(days=self.rng.randint(0, (last - first).days))
                    self.session.add(PrItem(
                        kind=kind, title=f"{kind.label} {number}/{year}", published_on=day,
                        channel="innenstaedte-thueringen.example", group=self.rng.choice(groups),
                        link=f"https://innenstaedte-thueringen.example/{year}/"
                             f"{kind.value}-{number}"))

    def _goals_and_milestones(self) -> None:
        earlier = self.session.scalars(select(Goal).where(
            Goal.due_date < self.first,
            Goal.status.in_([GoalStatus.OPEN, GoalStatus.IN_PROGRESS])).order_by(Goal.id))
        for number, goal in enumerate(earlier):
            goal.status = GoalStatus.ACHIEVED if number % 3 else GoalStatus.PARTLY_ACHIEVED
        for offset, (group, title) in enumerate((
                ("Klima", "Leitfaden Hitzeschutz in Innenstädten veröffentlichen"),
                ("Leerstand", "Best-Practice-Börse Leerstand mit zehn Beispielen füllen"),
                ("WULIS", "Wegweiser zur Innenstadtförderung aktualisieren"))):
            self.session.add(Goal(group=self.groups.get(group),
                                  rubric=GoalRubric.KNOWLEDGE_TRANSFER, title=title,
                                  due_date=self.today + timedelta(days=20 + 15 * offset),
                                  status=GoalStatus.IN_PROGRESS))
        for milestone in self.session.scalars(select(Milestone).where(
                Milestone.due_date < self.first, Milestone.done.is_(False))):
            milestone.done = True
        projects = self.session.scalars(select(PilotProject).where(
            PilotProject.status == ProjectStatus.IMPLEMENTATION).order_by(PilotProject.id))
        for offset, project in enumerate(projects):
            self.session.add(Milestone(project=project, title="Zwischenbilanz im Netzwerk",
                                       due_date=self.today + timedelta(days=30 + 10 * offset),
                                       done=False))


EVENT_CAPACITY = 60
_GUESTS: list[tuple[str, str, str]] = [
    ("Lea", "Sommerfeld", "Stadt Sömmerda"), ("Tom", "Reichardt", "Stadt Arnstadt"),
    ("Nina", "Quandt", "Stadt Ilmenau"), ("Paul", "Eckardt", "Stadt Eisenach"),
    ("Maria", "Vollrath", "Stadt Nordhausen"), ("Felix", "Gerbig", "Stadt Pößneck"),
    ("Sophie", "Ruppert", "Stadt Greiz"), ("Jan", "Höfer", "Stadt Sonneberg"),
    ("Laura", "Kirchner", "Stadt Schmalkalden"), ("Max", "Ortmann", "Stadt Rudolstadt"),
    ("Emma", "Liebig", "Stadt Bad Langensalza"), ("Lukas", "Pfeiffer", "Stadt Zeulenroda"),
    ("Hanna", "Wendt", "Stadt Heiligenstadt"), ("Jonas", "Brückner", "Stadt Leinefelde"),
    ("Clara", "Steiner", "Stadt Meiningen"), ("Ben", "Hagen", "Stadt Hildburghausen"),
    ("Mia", "Albers", "Stadt Bad Salzungen"), ("Leon", "Tischer", "Stadt Schleiz"),
    ("Lina", "Gottschalk", "Stadt Lobenstein"), ("Finn", "Mertens", "Stadt Apolda"),
    ("Ida", "Rehm", "Stadt Weimar"), ("Noah", "Kessler", "Stadt Gera")]
"""Guests registered through the web form, without a contact record (free names)."""

_TASKS = ["Ergebnisse für die Website aufbereiten", "Fördermöglichkeiten prüfen",
          "Termin mit der Stadtverwaltung abstimmen", "Beispiele für die Best-Practice-Börse "
          "sammeln", "Präsentation für das Netzwerktreffen vorbereiten",
          "Rückmeldungen der Partner einholen"]


def group_members(session: Session, group: WorkingGroup) -> list[Person]:
    return list(session.scalars(select(Person).join(Membership, Membership.person_id == Person.id)
                                .where(Membership.group_id == group.id)
                                .order_by(Membership.id)))
