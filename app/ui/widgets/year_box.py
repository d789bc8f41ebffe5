"""A combo box of years, optionally with an "all years" entry."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget


class YearBox(QComboBox):
    """Holds years as item data; ``None`` stands for all years."""

    def __init__(self, *, years: Sequence[int], selected: int | None, with_all: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if with_all:
            self.addItem(self.tr("Alle Jahre"), None)
        for year in years:
            self.addItem(str(year), year)
        index = self.findData(selected)
        self.setCurrentIndex(max(index, 0))

    def set_years(self, years: Sequence[int]) -> None:
        """Offer ``years`` (and "all years" if it was there), keeping the selected year."""
        if [self.itemData(i) for i in range(self.count()) if self.itemData(i) is not None] == \
                list(years):
            return
        selected = self.currentData()
        self.blockSignals(True)
        for index in reversed(range(self.count())):
            if self.itemData(index) is not None:
                self.removeItem(index)
        for year in years:
            self.addItem(str(year), year)
        self.setCurrentIndex(max(self.findData(selected), 0))
        self.blockSignals(False)

    def year(self) -> int | None:
        value = self.currentData()
        return None if value is None else int(value)


def default_year(years: Sequence[int], this_year: int) -> int:
    """This year if there is data for it, else the newest year before it, else the first."""
    earlier = [year for year in years if year <= this_year]
    if earlier:
        return max(earlier)
    return min(years) if years else this_year
