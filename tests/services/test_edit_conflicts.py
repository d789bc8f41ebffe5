"""The loaded version travels with the save: checked the same on any thread, for every editable
record, and a stale version never overwrites someone else's change."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date

import pytest

from app.db.database import Database
from app.db.versions import RecordConflict
from app.services import contact_editing, contact_lists, edit_conflicts, group_work

TODAY = date(2024, 12, 10)


def _first_goal(db: Database) -> int:
    return group_work.list_goals(db, today=TODAY)[0].id


def test_a_stale_save_on_a_worker_thread_is_refused(demo_db: Database) -> None:
    goal_id = _first_goal(demo_db)
    loaded = edit_conflicts.loaded_version(demo_db, "goal", goal_id)
    assert loaded is not None
    draft = group_work.load_goal(demo_db, goal_id)
    group_work.save_goal(demo_db, replace(draft, description="Kollegin"), goal_id,
                         expect=loaded)
    with ThreadPoolExecutor(max_workers=1) as worker:
        future = worker.submit(group_work.save_goal, demo_db,
                               replace(draft, description="Ich"), goal_id, expect=loaded)
        with pytest.raises(RecordConflict, match="inzwischen"):
            future.result(timeout=30)
    assert group_work.load_goal(demo_db, goal_id).description == "Kollegin"


def test_keeping_ones_own_values_saves_over_the_stored_version(demo_db: Database) -> None:
    person_id = contact_editing.create_person(demo_db, contact_editing.PersonDraft("Ida", "Kern"))
    mine, loaded = contact_editing.load_person_for_edit(demo_db, person_id)
    contact_lists.save_person(demo_db, person_id, replace(mine, city="Gera"), (), (),
                              expect=loaded)
    with pytest.raises(RecordConflict) as caught:
        contact_lists.save_person(demo_db, person_id, replace(mine, city="Jena"), (), (),
                                  expect=loaded)
    assert caught.value.version == loaded.version + 1
    contact_lists.save_person(demo_db, person_id, replace(mine, city="Jena"), (), (),
                              expect=loaded.moved_to(caught.value.version))
    assert contact_editing.load_person(demo_db, person_id).city == "Jena"


@pytest.mark.parametrize("entity", sorted(edit_conflicts.EDITABLE))
def test_every_editable_record_reports_a_deleted_record(demo_db: Database, entity: str) -> None:
    model = edit_conflicts.EDITABLE[entity]
    with demo_db.reading() as session:
        record_id = session.query(model.id).order_by(model.id).limit(1).scalar()
    loaded = edit_conflicts.loaded_version(demo_db, entity, record_id)
    assert loaded is not None and loaded.record_id == record_id
    with pytest.raises(RecordConflict, match="gelöscht"):
        with demo_db.unit_of_work(expect=replace(loaded, record_id=10**9)):
            pass
    assert edit_conflicts.loaded_version(demo_db, entity, None) is None
