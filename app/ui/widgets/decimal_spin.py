"""A number field that reads decimals the German way and does not misread the other way:
"1,5" and "1.5" are both 1,5 (in German "." groups thousands, so a plain spin box would take
"1.5" as 15)."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget


class DecimalSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox for small decimal amounts (hours): a typed point is a decimal comma."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGroupSeparatorShown(False)

    def _german(self, text: str) -> str:
        point = self.locale().decimalPoint()
        return text.replace(".", point) if point == "," else text

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        state, _german, _position = super().validate(self._german(text), position)
        return state, text, position

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        return super().valueFromText(self._german(text))
