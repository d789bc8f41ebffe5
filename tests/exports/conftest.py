"""A meeting with agenda, invitations, attendance and protocol, and the setup to export it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app import paths
from app.db.database import Database
from app.domain.documents.meeting import Sender
from app.domain.enums import InvitationResponse, MeetingKind
from app.domain.models import WorkingGroup
from app.services import agenda, invitations, protocols
from app.services.meeting_editing import MeetingDraft, create_meeting
from app.services.meeting_exports import ExportSetup

DECISION = "Die Wanderbaumallee startet im Mai in Schmidt & Söhne <KG>."


@pytest.fixture
def setup(tmp_path: Path) -> ExportSetup:
    return ExportSetup(sender=Sender("Geschäftsstelle Innenstädte mit Zukunft",
                                     "gs@example.org"),
                       shipped_templates=paths.shipped_template_dir(),
                       user_templates=tmp_path / "Vorlagen", today=date(2024, 3, 1),
                       now=datetime(2024, 3, 1, 9, 30))


@pytest.fixture
def meeting_id(demo_db: Database) -> int:
    """An AG Klima session: 3 TOPs, the AG invited, two attended, one excused, a protocol."""
    with demo_db.reading() as session:
        group_id = session.scalars(select(WorkingGroup.id)
                                   .where(WorkingGroup.short_name == "Klima")).one()
    meeting = create_meeting(demo_db, MeetingDraft(
        kind=MeetingKind.GROUP_SESSION, group_id=group_id, title="AG Klima: Hitzeschutz",
        starts_at=datetime(2024, 3, 12, 10), ends_at=datetime(2024, 3, 12, 12),
        location="Weimar, Stadthaus"))
    agenda.save_agenda(demo_db, meeting, [
        agenda.AgendaEntry("Begrüßung", "Geschäftsstelle", 10),
        agenda.AgendaEntry("Wanderbaumallee", "Stadt Weimar", 40),
        agenda.AgendaEntry("Verschiedenes", "", 10)])
    invitations.invite_list(demo_db, meeting, invitations.group_list_key(group_id),
                            today=date(2024, 2, 20))
    rows = invitations.list_invitations(demo_db, meeting)
    for row in rows[:2]:
        invitations.set_responses(demo_db, [row.id], InvitationResponse.ACCEPTED)
        invitations.set_attendance(demo_db, [row.id], True)
    invitations.set_responses(demo_db, [rows[2].id], InvitationResponse.DECLINED)
    draft = protocols.load_protocol(demo_db, meeting)
    top = replace(draft.tops[1], discussion="Standorte wurden besprochen.",
                  decisions=(DECISION,),
                  tasks=(protocols.TaskEntry("Pflanzkübel bestellen", rows[0].person_id,
                                             date(2024, 4, 1)),))
    protocols.save_protocol(demo_db, replace(draft, author_id=rows[1].person_id,
                                             tops=(draft.tops[0], top, draft.tops[2])),
                            today=date(2024, 3, 13))
    return meeting
