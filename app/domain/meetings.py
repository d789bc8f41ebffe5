"""Meetings with agenda, invitations, protocol, tasks, attachments and date polls."""

from __future__ import annotations

from datetime import date, datetime
from uuid import uuid4

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, Versioned, enum_type
from app.domain.contacts import Organisation, Person
from app.domain.enums import (
    InvitationResponse,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    PollAnswer,
)
from app.domain.groups import WorkingGroup

PROTOCOL_DUE_DAYS = 14
"""Without a contract in force, a protocol not sent this many calendar days after its meeting is
overdue (the rule of the first contract, 2023–2024)."""


def new_meeting_uid() -> str:
    return f"{uuid4()}@buendnisbuero"


class Meeting(Versioned, Base):
    """A meeting (Termin/Sitzung) of the network, an AG, the AG leaders or an event."""

    __tablename__ = "meetings"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="ends_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_meeting_uid)
    """Stable iCalendar UID, so that Outlook updates the same appointment when a meeting changes."""
    kind: Mapped[MeetingKind] = mapped_column(enum_type(MeetingKind), index=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("working_groups.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    format: Mapped[MeetingFormat] = mapped_column(
        enum_type(MeetingFormat), default=MeetingFormat.IN_PERSON
    )
    location: Mapped[str | None] = mapped_column(String(300))
    host_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    online_link: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[MeetingStatus] = mapped_column(
        enum_type(MeetingStatus), default=MeetingStatus.PLANNED
    )
    notes: Mapped[str | None] = mapped_column(Text)
    rsvp_by: Mapped[date | None]
    """Reply by (Rückmeldung bis): the letter, the e-mail and the calendar entry name it."""
    poll_closed_on: Mapped[date | None]
    """The day the date poll was closed by taking one of its dates; no answers after that."""
    capacity: Mapped[int | None]
    """Places of a public event; registrations beyond go on the waiting list."""
    results_summary: Mapped[str | None] = mapped_column(Text)
    public: Mapped[bool] = mapped_column(default=False)
    """Zusammenfassung der Ergebnisse of a public event, for the website and the report."""

    group: Mapped[WorkingGroup | None] = relationship()
    host_organisation: Mapped[Organisation | None] = relationship()
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    invitations: Mapped[list[Invitation]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    protocol: Mapped[Protocol | None] = relationship(
        back_populates="meeting", cascade="all, delete-orphan",
        foreign_keys="Protocol.meeting_id"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Attachment.added_at"
    )
    poll_options: Mapped[list[PollOption]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="PollOption.starts_at"
    )


class AgendaItem(Versioned, Base):
    """A numbered item (TOP) of a meeting's agenda."""

    __tablename__ = "agenda_items"
    __table_args__ = (
        UniqueConstraint("meeting_id", "position"),
        CheckConstraint("position >= 1", name="position_positive"),
        CheckConstraint("planned_minutes IS NULL OR planned_minutes >= 0",
                        name="minutes_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    presenter: Mapped[str | None] = mapped_column(String(200))
    planned_minutes: Mapped[int | None]
    public: Mapped[bool] = mapped_column(default=False)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")


class Invitation(Versioned, Base):
    """A person invited to a meeting, with response and actual attendance."""

    __tablename__ = "invitations"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    response: Mapped[InvitationResponse] = mapped_column(
        enum_type(InvitationResponse), default=InvitationResponse.OPEN
    )
    attended: Mapped[bool | None]
    invited_on: Mapped[date | None]

    meeting: Mapped[Meeting] = relationship(back_populates="invitations")
    person: Mapped[Person] = relationship()


class Protocol(Versioned, Base):
    """The protocol (minutes) of a meeting: who wrote it and when it was sent."""

    __tablename__ = "protocols"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), unique=True
    )
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True
    )
    sent_on: Mapped[date | None]
    chair_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True
    )
    """Who chaired the meeting (Sitzungsleitung)."""
    approved_on: Mapped[date | None]
    approved_in_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True)
    """The later meeting of the body in which the protocol was approved (genehmigt)."""

    meeting: Mapped[Meeting] = relationship(back_populates="protocol", foreign_keys=[meeting_id])
    approved_in: Mapped[Meeting | None] = relationship(foreign_keys=[approved_in_id])
    author: Mapped[Person | None] = relationship(foreign_keys=[author_id])
    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    notes: Mapped[list[ProtocolNote]] = relationship(
        back_populates="protocol", cascade="all, delete-orphan"
    )


class ProtocolNote(Versioned, Base):
    """The discussion of one agenda item in a protocol."""

    __tablename__ = "protocol_notes"
    __table_args__ = (UniqueConstraint("protocol_id", "agenda_item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    protocol_id: Mapped[int] = mapped_column(ForeignKey("protocols.id", ondelete="CASCADE"))
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    discussion: Mapped[str | None] = mapped_column(Text)

    protocol: Mapped[Protocol] = relationship(back_populates="notes")
    agenda_item: Mapped[AgendaItem] = relationship()


class Decision(Versioned, Base):
    """A decision (Beschluss) taken under an agenda item."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)

    agenda_item: Mapped[AgendaItem] = relationship()


class Task(Versioned, Base):
    """A task (Aufgabe) from a protocol: what, who, due, done."""

    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True
    )
    due_date: Mapped[date | None]
    done: Mapped[bool] = mapped_column(default=False)
    done_on: Mapped[date | None]
    addressed_kind: Mapped[MeetingKind | None] = mapped_column(enum_type(MeetingKind))
    addressed_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("working_groups.id", ondelete="SET NULL"), index=True)
    """With ``addressed_kind``: the body (network, an AG, the leaders' round) the task goes to;
    its next meeting lists the task among the open points."""

    agenda_item: Mapped[AgendaItem] = relationship()
    responsible: Mapped[Person | None] = relationship()


class Attachment(Versioned, Base):
    """A file (Unterlage) kept with a meeting: presentation, information material."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255))
    source_path: Mapped[str] = mapped_column(String(1000))
    """Where the user picked the file from; the content itself is stored in the database."""
    description: Mapped[str | None] = mapped_column(String(300))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    size_bytes: Mapped[int] = mapped_column(default=0)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    """The file itself, so that it travels with backups and a shared database."""

    meeting: Mapped[Meeting] = relationship(back_populates="attachments")


class PollOption(Versioned, Base):
    """A candidate date of a date poll (Terminabstimmung)."""

    __tablename__ = "poll_options"
    __table_args__ = (
        UniqueConstraint("meeting_id", "starts_at"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)

    meeting: Mapped[Meeting] = relationship(back_populates="poll_options")
    votes: Mapped[list[PollVote]] = relationship(cascade="all, delete-orphan")


class PollVote(Versioned, Base):
    """One invitee's answer to one candidate date."""

    __tablename__ = "poll_votes"
    __table_args__ = (UniqueConstraint("option_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    option_id: Mapped[int] = mapped_column(ForeignKey("poll_options.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    answer: Mapped[PollAnswer] = mapped_column(enum_type(PollAnswer))
