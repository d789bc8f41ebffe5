"""The kinds and states of the domain, each with its German label."""

from __future__ import annotations

from enum import StrEnum

from app.domain.i18n import N_


class LabelledEnum(StrEnum):
    """A string enum whose members carry a German label for display."""

    @property
    def label(self) -> str:
        return _LABELS[(type(self), self.value)]


class OrganisationKind(LabelledEnum):
    MINISTRY = "ministry"
    CHAMBER = "chamber"
    MUNICIPALITY = "municipality"
    ASSOCIATION = "association"
    UNIVERSITY = "university"
    COMPANY = "company"
    CLUB = "club"
    OTHER = "other"


class MemberRole(LabelledEnum):
    LEAD = "lead"
    DEPUTY = "deputy"
    MEMBER = "member"
    GUEST = "guest"


class MeetingKind(LabelledEnum):
    NETWORK = "network"
    GROUP_SESSION = "group_session"
    LEADERS = "leaders"
    PUBLIC_EVENT = "public_event"
    PARTNER_EVENT = "partner_event"
    TRANSFER_EVENT = "transfer_event"
    OTHER = "other"


class MeetingFormat(LabelledEnum):
    IN_PERSON = "in_person"
    DIGITAL = "digital"
    HYBRID = "hybrid"


class MeetingStatus(LabelledEnum):
    PLANNED = "planned"
    INVITED = "invited"
    HELD = "held"
    PROTOCOL_SENT = "protocol_sent"
    CANCELLED = "cancelled"


class InvitationResponse(LabelledEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class RegistrationStatus(LabelledEnum):
    REGISTERED = "registered"
    WAITING = "waiting"
    CANCELLED = "cancelled"


class PollAnswer(LabelledEnum):
    YES = "yes"
    NO = "no"
    MAYBE = "maybe"


class ProjectStatus(LabelledEnum):
    IDEA = "idea"
    CONCEPT = "concept"
    IMPLEMENTATION = "implementation"
    COMPLETED = "completed"
    DISCARDED = "discarded"


class TownSize(LabelledEnum):
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class TimeCategory(LabelledEnum):
    PILOT_PROJECTS = "pilot_projects"
    PARTNER_EVENTS = "partner_events"
    NETWORK = "network"
    WORKING_GROUPS = "working_groups"
    PUBLIC_RELATIONS = "public_relations"
    REPORTING = "reporting"
    OTHER = "other"


class PrKind(LabelledEnum):
    TEASER = "teaser"
    PRESS = "press"
    SOCIAL_MEDIA = "social_media"
    NEWSLETTER = "newsletter"
    WEBSITE = "website"


class GoalRubric(LabelledEnum):
    KNOWLEDGE_TRANSFER = "knowledge_transfer"
    INSTRUMENTS = "instruments"
    NEW_QUALITY = "new_quality"
    OVERARCHING = "overarching"


class GoalStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    PARTLY_ACHIEVED = "partly_achieved"
    DISCARDED = "discarded"


class QuotaKind(LabelledEnum):
    NETWORK_MEETINGS = "network_meetings"
    GROUP_SESSIONS = "group_sessions"
    LEADER_MEETINGS = "leader_meetings"
    PUBLIC_EVENTS = "public_events"
    PARTNER_EVENTS = "partner_events"
    PILOT_PROJECTS_PER_GROUP = "pilot_projects_per_group"
    TEASER_TEXTS = "teaser_texts"


class CaseTopic(LabelledEnum):
    """The fields of action of the AGs, by which the catalogue's practice examples are sorted."""

    VACANCY = "vacancy"
    CLIMATE = "climate"
    LIVING = "living"
    RETAIL = "retail"
    CULTURE = "culture"
    TOURISM = "tourism"
    MOBILITY = "mobility"
    OTHER = "other"


class CaseStatus(LabelledEnum):
    DRAFT = "draft"
    CHECKED = "checked"
    PUBLISHED = "published"


_LABEL_PAIRS: tuple[tuple[LabelledEnum, str], ...] = (
    (OrganisationKind.MINISTRY, N_("Ministerium")),
    (OrganisationKind.CHAMBER, N_("Kammer")),
    (OrganisationKind.MUNICIPALITY, N_("Kommune")),
    (OrganisationKind.ASSOCIATION, N_("Verband")),
    (OrganisationKind.UNIVERSITY, N_("Hochschule")),
    (OrganisationKind.COMPANY, N_("Unternehmen")),
    (OrganisationKind.CLUB, N_("Verein")),
    (OrganisationKind.OTHER, N_("Sonstige")),
    (MemberRole.LEAD, N_("Leitung")),
    (MemberRole.DEPUTY, N_("Stellvertretung")),
    (MemberRole.MEMBER, N_("Mitglied")),
    (MemberRole.GUEST, N_("Gast")),
    (MeetingKind.NETWORK, N_("Netzwerktreffen")),
    (MeetingKind.GROUP_SESSION, N_("AG-Sitzung")),
    (MeetingKind.LEADERS, N_("AG-Leitungstreffen")),
    (MeetingKind.PUBLIC_EVENT, N_("Öffentliche Veranstaltung")),
    (MeetingKind.PARTNER_EVENT, N_("Partnerveranstaltung")),
    (MeetingKind.TRANSFER_EVENT, N_("Transferveranstaltung")),
    (MeetingKind.OTHER, N_("Sonstiges")),
    (MeetingFormat.IN_PERSON, N_("Präsenz")),
    (MeetingFormat.DIGITAL, N_("digital")),
    (MeetingFormat.HYBRID, N_("hybrid")),
    (MeetingStatus.PLANNED, N_("geplant")),
    (MeetingStatus.INVITED, N_("eingeladen")),
    (MeetingStatus.HELD, N_("durchgeführt")),
    (MeetingStatus.PROTOCOL_SENT, N_("Protokoll versandt")),
    (MeetingStatus.CANCELLED, N_("abgesagt")),
    (InvitationResponse.OPEN, N_("offen")),
    (InvitationResponse.ACCEPTED, N_("zugesagt")),
    (InvitationResponse.DECLINED, N_("abgesagt")),
    (RegistrationStatus.REGISTERED, N_("angemeldet")),
    (RegistrationStatus.WAITING, N_("Warteliste")),
    (RegistrationStatus.CANCELLED, N_("abgemeldet")),
    (PollAnswer.YES, N_("ja")),
    (PollAnswer.NO, N_("nein")),
    (PollAnswer.MAYBE, N_("vielleicht")),
    (ProjectStatus.IDEA, N_("Idee")),
    (ProjectStatus.CONCEPT, N_("Konzeption")),
    (ProjectStatus.IMPLEMENTATION, N_("Umsetzung")),
    (ProjectStatus.COMPLETED, N_("abgeschlossen")),
    (ProjectStatus.DISCARDED, N_("verworfen")),
    (TownSize.SMALL, N_("klein")),
    (TownSize.MEDIUM, N_("mittel")),
    (TownSize.LARGE, N_("groß")),
    (TimeCategory.PILOT_PROJECTS, N_("Pilotprojekte")),
    (TimeCategory.PARTNER_EVENTS, N_("Partnerveranstaltungen")),
    (TimeCategory.NETWORK, N_("Netzwerkarbeit")),
    (TimeCategory.WORKING_GROUPS, N_("Arbeitsgruppen")),
    (TimeCategory.PUBLIC_RELATIONS, N_("Öffentlichkeitsarbeit")),
    (TimeCategory.REPORTING, N_("Berichterstattung")),
    (TimeCategory.OTHER, N_("Sonstiges")),
    (PrKind.TEASER, N_("Teaser-Text")),
    (PrKind.PRESS, N_("Pressemitteilung/-artikel")),
    (PrKind.SOCIAL_MEDIA, N_("Social-Media-Beitrag")),
    (PrKind.NEWSLETTER, N_("Newsletter")),
    (PrKind.WEBSITE, N_("Website-Beitrag")),
    (GoalRubric.KNOWLEDGE_TRANSFER, N_("Wissenstransfer auf allen Ebenen")),
    (GoalRubric.INSTRUMENTS, N_("Instrumente und Werkzeuge")),
    (GoalRubric.NEW_QUALITY, N_("Neue Qualität der Innenstädte")),
    (GoalRubric.OVERARCHING, N_("Übergeordnetes Ziel")),
    (GoalStatus.OPEN, N_("offen")),
    (GoalStatus.IN_PROGRESS, N_("in Arbeit")),
    (GoalStatus.ACHIEVED, N_("erreicht")),
    (GoalStatus.PARTLY_ACHIEVED, N_("teilweise erreicht")),
    (GoalStatus.DISCARDED, N_("verworfen")),
    (QuotaKind.NETWORK_MEETINGS, N_("Netzwerktreffen")),
    (QuotaKind.GROUP_SESSIONS, N_("AG-Sitzungen")),
    (QuotaKind.LEADER_MEETINGS, N_("AG-Leitungstreffen")),
    (QuotaKind.PUBLIC_EVENTS, N_("Öffentliche Veranstaltungen")),
    (QuotaKind.PARTNER_EVENTS, N_("Teilnahme an Partnerveranstaltungen")),
    (QuotaKind.PILOT_PROJECTS_PER_GROUP, N_("Pilotprojekte je AG")),
    (QuotaKind.TEASER_TEXTS, N_("Teaser-Texte")),
    (CaseTopic.VACANCY, N_("Leerstand")),
    (CaseTopic.CLIMATE, N_("Klima, Hitze und Starkregen")),
    (CaseTopic.LIVING, N_("Wohnen und Leben")),
    (CaseTopic.RETAIL, N_("Handel")),
    (CaseTopic.CULTURE, N_("Kultur")),
    (CaseTopic.TOURISM, N_("Tourismus")),
    (CaseTopic.MOBILITY, N_("Mobilität")),
    (CaseTopic.OTHER, N_("Sonstiges")),
    (CaseStatus.DRAFT, N_("Entwurf")),
    (CaseStatus.CHECKED, N_("geprüft")),
    (CaseStatus.PUBLISHED, N_("veröffentlicht")),
)

# Keyed by class and value: members of different enums may share a value ("network").
_LABELS: dict[tuple[type[LabelledEnum], str], str] = {
    (type(member), member.value): text for member, text in _LABEL_PAIRS
}
