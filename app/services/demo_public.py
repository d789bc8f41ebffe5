"""The demo's public face: what the office of the demo alliance has chosen to publish.

Public events and their programme, the next network meeting (open to guests), pilot projects
under way or done, goals being worked on or reached, news with text, and the AG leads' consent
to be named — except one lead, so that the demo shows a person who is not named.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from app.domain.enums import GoalStatus, MeetingKind, MemberRole, PrKind, ProjectStatus
from app.domain.models import (
    AgendaItem,
    DistributionList,
    Goal,
    Meeting,
    Membership,
    Organisation,
    Person,
    PilotProject,
    PrItem,
)

NEWS = (
    (3, PrKind.WEBSITE, "Neue Website des Bündnisses",
     "Das Aktionsbündnis „Innenstädte mit Zukunft“ stellt seine Arbeit jetzt auf einer eigenen "
     "Website vor: Termine, Arbeitsgruppen, Pilotprojekte und Partner auf einen Blick.\n\n"
     "Die Termine lassen sich als Kalender abonnieren."),
    (21, PrKind.TEASER, "Wanderbaumallee macht Station in Apolda",
     "Mobile Bäume, Bänke und Pflanzinseln bringen für vier Wochen Schatten und Aufenthalt in "
     "die Bahnhofstraße. Die AG Klima begleitet das Pilotprojekt und sammelt Erfahrungen für "
     "andere Städte."),
    (45, PrKind.NEWSLETTER, "Newsletter: Leerstand als Chance",
     "Zwischennutzungen, Ankermieter und Eigentümergespräche: Die AG Leerstand stellt Beispiele "
     "aus Thüringer Städten vor und lädt zum Erfahrungsaustausch ein."),
    (80, PrKind.WEBSITE, "Rückblick auf das Innenstadtforum",
     "Rund 120 Gäste aus Kommunen, Handel und Kultur diskutierten, wie Innenstädte als Orte "
     "der Begegnung gestärkt werden können. Die Ergebnisse sind auf der Terminseite "
     "zusammengefasst."),
)


class PublicBuilder:
    def __init__(self, session: Session, today: date) -> None:
        self.session = session
        self.today = today

    def build(self) -> None:
        coming_network = (select(Meeting.id).where(
            Meeting.kind == MeetingKind.NETWORK,
            Meeting.starts_at >= datetime.combine(self.today, datetime.min.time()))
            .order_by(Meeting.starts_at).limit(1).scalar_subquery())
        events = select(Meeting.id).where(or_(Meeting.kind == MeetingKind.PUBLIC_EVENT,
                                              Meeting.id == coming_network))
        self.session.execute(update(Meeting).where(Meeting.id.in_(events)).values(public=True))
        self.session.execute(update(AgendaItem).where(AgendaItem.meeting_id.in_(events))
                             .values(public=True))
        self.session.execute(update(PilotProject).where(PilotProject.status.in_(
            (ProjectStatus.IMPLEMENTATION, ProjectStatus.COMPLETED))).values(public=True))
        self.session.execute(update(Goal).where(Goal.status.in_(
            (GoalStatus.IN_PROGRESS, GoalStatus.ACHIEVED))).values(public=True))
        for days_ago, kind, title, text in NEWS:
            self.session.add(PrItem(
                kind=kind, title=title, text=text, public=True,
                published_on=self.today - timedelta(days=days_ago), channel="Website"))
        leads = self.session.scalars(
            select(Person).join(Membership, Membership.person_id == Person.id)
            .where(Membership.role == MemberRole.LEAD).order_by(Person.id)).unique().all()
        for person in leads[1:]:
            person.publication_consent = True
            person.publication_consent_date = date(2023, 3, 1)
        partners = self.session.scalars(
            select(Person).join(Organisation, Person.organisation_id == Organisation.id)
            .where(Organisation.is_partner.is_(True)).order_by(Person.id)).all()
        self.session.add(DistributionList(
            name="Newsletter", description="Partnerinnen und Partner für den Newsletter",
            persons=list(partners)))
        self.session.flush()
