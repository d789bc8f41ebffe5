"""Every model of the domain in one namespace; importing it registers all tables."""

from app.domain.base import Base
from app.domain.contacts import Organisation, Person
from app.domain.contract import Budget, Contract, Quota, ReportingPeriod
from app.domain.document_templates import DocumentTemplate
from app.domain.events import Registration
from app.domain.groups import Goal, GroupAssessment, Membership, WorkingGroup
from app.domain.knowledge import CatalogueImage, FundingProgramme, Initiative, KnowledgeCase
from app.domain.lists import ChangeLogEntry, DistributionList, distribution_list_members
from app.domain.meetings import (
    AgendaItem,
    Attachment,
    Decision,
    Invitation,
    Meeting,
    PollOption,
    PollVote,
    Protocol,
    ProtocolNote,
    Task,
)
from app.domain.projects import Milestone, PilotProject, ProjectDocument, project_partners
from app.domain.publishing import Publication
from app.domain.work import PrItem, StaffMember, TimeEntry

__all__ = [
    "AgendaItem",
    "Attachment",
    "Base",
    "Budget",
    "CatalogueImage",
    "ChangeLogEntry",
    "Contract",
    "Decision",
    "DistributionList",
    "DocumentTemplate",
    "FundingProgramme",
    "Goal",
    "GroupAssessment",
    "Initiative",
    "Invitation",
    "KnowledgeCase",
    "Meeting",
    "Membership",
    "Milestone",
    "Organisation",
    "Person",
    "PilotProject",
    "PollOption",
    "PollVote",
    "PrItem",
    "ProjectDocument",
    "Publication",
    "Protocol",
    "ProtocolNote",
    "Quota",
    "Registration",
    "ReportingPeriod",
    "StaffMember",
    "Task",
    "TimeEntry",
    "WorkingGroup",
    "distribution_list_members",
    "project_partners",
]
