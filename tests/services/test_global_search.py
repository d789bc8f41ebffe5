"""The global search: every kind of record in one list, umlauts folded both ways."""

from __future__ import annotations

from app.db.database import Database
from app.services import contact_editing, global_search
from app.services.global_search import HitKind


def test_umlauts_match_both_ways_and_every_kind_is_found(demo_db: Database) -> None:
    contact_editing.create_person(demo_db, contact_editing.PersonDraft(
        "Jürgen", "Müller", function="Straßenbauamt"))
    contact_editing.create_person(demo_db, contact_editing.PersonDraft("Hans", "Mueller"))
    index = global_search.build_index(demo_db)
    for query in ("Müller", "MUELLER", "müller"):
        names = {hit.title for hit in index.find(query) if hit.kind is HitKind.PERSON}
        assert {"Jürgen Müller", "Hans Mueller"} <= names, query
    assert [hit.title for hit in index.find("strasse") if hit.kind is HitKind.PERSON] == [
        "Jürgen Müller"]
    kinds = {hit.kind for hit in index.find("Wanderbaumallee")}
    assert HitKind.PROJECT in kinds
    assert {hit.kind for hit in index.find("Berichte aus den Arbeitsgruppen")} == {
        HitKind.MEETING}
    assert any(hit.kind is HitKind.MEETING
               for hit in index.find("wurde berichtet und diskutiert Fachimpuls"))
    assert any(hit.kind is HitKind.GOAL for hit in index.find("Leitfaden Hitzeschutz"))
    assert any(hit.kind is HitKind.PR_ITEM for hit in index.find("Teaser-Text 1/2026"))
    assert any(hit.kind is HitKind.ORGANISATION for hit in index.find("IHK Erfurt"))
    assert HitKind.CASE in {hit.kind for hit in index.find("Wanderbaumallee Saalfeld Klima")}
    assert any(hit.kind is HitKind.INITIATIVE for hit in index.find("Kulturbahnhof"))
    assert any(hit.kind is HitKind.PROGRAMME and hit.detail == "Bund (BMWSB)"
               for hit in index.find("zukunftsfähige innenstädte"))
    assert index.find("   ") == []
    assert len(index.find("e")) == global_search.MAX_HITS
