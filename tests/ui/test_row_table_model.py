"""The shared table model passes Qt's model tester and sorts by raw values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from app.ui.models.row_table_model import ROW_ID_ROLE, Column, RowTableModel


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    day: date
    count: int


def _model() -> RowTableModel[Item]:
    model = RowTableModel[Item](
        columns=[Column("Name", lambda i: i.name), Column("Datum", lambda i: i.day),
                 Column("Anzahl", lambda i: i.count, align_right=True)],
        row_id=lambda i: i.id)
    model.set_rows([Item(1, "Müller", date(2023, 12, 1), 10), Item(2, "Mueller", date(2024, 1, 2),
                                                                    9),
                    Item(3, "Ärztekammer", date(2022, 5, 6), 100)])
    return model


def test_model_is_consistent(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(_model())


def test_dates_are_german_and_sort_chronologically() -> None:
    model = _model()
    model.sort(1)
    assert [model.index(row, 1).data() for row in range(3)] == [
        "06.05.2022", "01.12.2023", "02.01.2024"]
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert [model.index(row, 2).data() for row in range(3)] == ["100", "10", "9"]
    model.sort(0)
    assert [model.index(row, 0).data() for row in range(3)] == ["Ärztekammer", "Mueller",
                                                                 "Müller"]


def test_filter_matches_every_word_case_insensitively(qtmodeltester: ModelTester) -> None:
    model = _model()
    model.set_needle("MÜLLER 2023")
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0), ROW_ID_ROLE) == 1
    qtmodeltester.check(model)
    model.set_needle("")
    assert model.rowCount() == 3


def test_filter_and_sort_survive_new_rows() -> None:
    model = _model()
    model.sort(2)
    model.set_needle("m")
    model.set_rows([Item(4, "Meier", date(2024, 1, 1), 5), Item(5, "Zander", date(2024, 1, 1),
                                                                 1)])
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["Meier"]


def test_enum_values_show_their_german_label() -> None:
    from app.domain.enums import MemberRole

    model = RowTableModel[MemberRole](columns=[Column("Rolle", lambda role: role)],
                                      row_id=lambda _role: 1)
    model.set_rows([MemberRole.LEAD])
    assert model.index(0, 0).data() == "Leitung"
    model.set_needle("leitung")
    assert model.rowCount() == 1


def test_filter_searches_texts_and_dates_not_yes_no_or_numbers() -> None:
    @dataclass(frozen=True)
    class Flagged:
        id: int
        name: str
        active: bool
        count: int
        day: date

    model = RowTableModel[Flagged](
        columns=[Column("Name", lambda f: f.name), Column("Aktiv", lambda f: f.active),
                 Column("Anzahl", lambda f: f.count), Column("Datum", lambda f: f.day)],
        row_id=lambda f: f.id)
    model.set_rows([Flagged(1, "Müller", True, 7, date(2024, 3, 1)),
                    Flagged(2, "Otto", False, 7, date(2023, 3, 1))])
    model.set_needle("j")
    assert model.rowCount() == 0, "„ja“ aus der Ja/Nein-Spalte darf nicht gefunden werden"
    model.set_needle("7")
    assert model.rowCount() == 0
    model.set_needle("01.03.2024")
    assert model.rowCount() == 1
    model.set_needle("mueller")
    assert model.rowCount() == 1
    model.set_needle("MÜL")
    assert model.rowCount() == 1
