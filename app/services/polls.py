"""Date polls (Terminabstimmung): candidate dates, each participant's answer, the best date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select

from app.db.database import Database
from app.domain.enums import PollAnswer
from app.domain.errors import ValidationError
from app.domain.models import Invitation, Meeting, Membership, Person, PollOption, PollVote
from app.services.meeting_editing import load_meeting, update_meeting


@dataclass(frozen=True)
class PollOptionRow:
    id: int
    starts_at: datetime
    ends_at: datetime
    yes: int
    maybe: int
    no: int


@dataclass(frozen=True)
class Participant:
    id: int
    name: str


@dataclass(frozen=True)
class PollGrid:
    """Everything the poll table shows: options as columns, participants as rows."""

    options: tuple[PollOptionRow, ...]
    participants: tuple[Participant, ...]
    answers: dict[tuple[int, int], PollAnswer]
    """(option id, person id) → answer."""
    best_option_id: int | None
    closed_on: date | None = None
    """The poll was closed on this day by taking one of its dates."""


def best_option(options: tuple[PollOptionRow, ...]) -> int | None:
    """Most "ja", then most "vielleicht", then fewest "nein", then the earliest date."""
    voted = [option for option in options if option.yes or option.maybe]
    if not voted:
        return None
    return min(voted, key=lambda o: (-o.yes, -o.maybe, o.no, o.starts_at)).id


def poll_grid(db: Database, meeting_id: int) -> PollGrid:
    with db.reading() as session:
        meeting = session.get_one(Meeting, meeting_id)
        votes = session.execute(select(PollVote.option_id, PollVote.person_id, PollVote.answer)
                                .join(PollOption, PollVote.option_id == PollOption.id)
                                .where(PollOption.meeting_id == meeting_id)).all()
        answers = {(option_id, person_id): answer for option_id, person_id, answer in votes}
        person_ids = set(session.scalars(select(Invitation.person_id)
                                         .where(Invitation.meeting_id == meeting_id)))
        person_ids |= {person_id for _, person_id in answers}
        if meeting.group_id is not None:
            person_ids |= set(session.scalars(select(Membership.person_id).where(
                Membership.group_id == meeting.group_id, Membership.valid_to.is_(None))))
        persons = session.execute(select(Person.id, Person.first_name, Person.last_name)
                                  .where(Person.id.in_(person_ids))
                                  .order_by(Person.last_name, Person.first_name)).all()
        options = tuple(_option_row(option, answers) for option in meeting.poll_options)
        closed_on = meeting.poll_closed_on
    return PollGrid(options=options,
                    participants=tuple(Participant(pid, f"{last}, {first}")
                                       for pid, first, last in persons),
                    answers=answers, best_option_id=best_option(options),
                    closed_on=closed_on)


def _option_row(option: PollOption, answers: dict[tuple[int, int], PollAnswer]) -> PollOptionRow:
    given = [answer for (option_id, _), answer in answers.items() if option_id == option.id]
    return PollOptionRow(option.id, option.starts_at, option.ends_at,
                         yes=given.count(PollAnswer.YES), maybe=given.count(PollAnswer.MAYBE),
                         no=given.count(PollAnswer.NO))


def add_option(db: Database, meeting_id: int, starts_at: datetime, ends_at: datetime) -> int:
    if ends_at <= starts_at:
        raise ValidationError("Das Ende des Terminvorschlags muss nach dem Beginn liegen.")
    with db.unit_of_work() as session:
        meeting = session.get_one(Meeting, meeting_id)
        _refuse_closed(meeting)
        if any(option.starts_at == starts_at for option in meeting.poll_options):
            raise ValidationError(f"Der Terminvorschlag {starts_at:%d.%m.%Y %H:%M} ist schon "
                                  "vorhanden.")
        option = PollOption(starts_at=starts_at, ends_at=ends_at)
        meeting.poll_options.append(option)
        session.flush()
        return option.id


def remove_option(db: Database, option_id: int) -> None:
    with db.unit_of_work() as session:
        option = session.get_one(PollOption, option_id)
        _refuse_closed(option.meeting)
        session.delete(option)


def _refuse_closed(meeting: Meeting) -> None:
    if meeting.poll_closed_on is not None:
        raise ValidationError(
            f"Die Terminabstimmung ist seit dem {meeting.poll_closed_on:%d.%m.%Y} abgeschlossen; "
            "sie nimmt keine Vorschläge und Antworten mehr an. „Abstimmung wieder öffnen“ hebt "
            "das auf.")


def set_answers(db: Database, cells: Iterable[tuple[int, int]],
                answer: PollAnswer | None) -> None:
    """Record one answer for each (date option, participant) cell; None removes it."""
    with db.unit_of_work() as session:
        for option_id, person_id in cells:
            _refuse_closed(session.get_one(PollOption, option_id).meeting)
            vote = session.scalar(select(PollVote).where(PollVote.option_id == option_id,
                                                         PollVote.person_id == person_id))
            if answer is None:
                if vote is not None:
                    session.delete(vote)
            elif vote is None:
                session.add(PollVote(option_id=option_id, person_id=person_id, answer=answer))
            else:
                vote.answer = answer


def choose_option(db: Database, meeting_id: int, option_id: int, *, today: date) -> None:
    """Take a candidate date as the meeting's date and close the poll."""
    with db.reading() as session:
        option = session.get_one(PollOption, option_id)
        if option.meeting_id != meeting_id:
            raise ValidationError("Dieser Terminvorschlag gehört zu einer anderen Sitzung.")
        if option.meeting.poll_closed_on is not None:
            _refuse_closed(option.meeting)
        starts_at, ends_at = option.starts_at, option.ends_at
    draft = replace(load_meeting(db, meeting_id), starts_at=starts_at, ends_at=ends_at)
    update_meeting(db, meeting_id, draft, poll_closed_on=today)


def reopen_poll(db: Database, meeting_id: int) -> None:
    with db.unit_of_work() as session:
        session.get_one(Meeting, meeting_id).poll_closed_on = None
