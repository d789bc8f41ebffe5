"""Reading enum members back from combo boxes (Qt hands a string enum back as a plain str)."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

E = TypeVar("E", bound=Enum)


def enum_data(box: QComboBox, enum_class: type[E]) -> E | None:
    value = box.currentData()
    return None if value is None else enum_class(value)


def required_enum(box: QComboBox, enum_class: type[E]) -> E:
    value = enum_data(box, enum_class)
    if value is None:
        raise ValueError(f"{box.objectName() or 'combo box'} has no {enum_class.__name__}")
    return value
