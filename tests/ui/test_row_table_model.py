"""The shared table model passes Qt's model tester and sorts by raw values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pytestqt.modeltest import ModelTester

from app.ui.models.row_table_model import Column, RowFilterProxy, RowTableModel


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
    proxy = RowFilterProxy()
    proxy.setSourceModel(_model())
    proxy.sort(1)
    assert [proxy.index(row, 1).data() for row in range(3)] == [
        "06.05.2022", "01.12.2023", "02.01.2024"]
    proxy.sort(2)
    assert [proxy.index(row, 2).data() for row in range(3)] == ["9", "10", "100"]


def test_filter_matches_every_word_case_insensitively() -> None:
    proxy = RowFilterProxy()
    proxy.setSourceModel(_model())
    proxy.set_needle("MÜLLER 2023")
    assert proxy.rowCount() == 1
    proxy.set_needle("")
    assert proxy.rowCount() == 3
