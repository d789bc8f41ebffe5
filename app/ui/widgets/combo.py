"""Combo boxes of enum members: filled with their German labels, and read back (Qt hands a
string enum back as a plain str)."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

from app.domain.enums import LabelledEnum
from app.ui.i18n import label

E = TypeVar("E", bound=Enum)


def enum_box(enum_class: type[LabelledEnum], none_text: str | None = None) -> QComboBox:
    """Every member by its German label (the member as the item's data); first an entry
    ``none_text`` with no data, where "none" is a choice."""
    box = QComboBox()
    if none_text is not None:
        box.addItem(none_text, None)
    for member in enum_class:
        box.addItem(label(member.label), member)
    return box


def enum_data(box: QComboBox, enum_class: type[E]) -> E | None:
    value = box.currentData()
    return None if value is None else enum_class(value)


def required_enum(box: QComboBox, enum_class: type[E]) -> E:
    value = enum_data(box, enum_class)
    if value is None:
        raise ValueError(f"{box.objectName() or 'combo box'} has no {enum_class.__name__}")
    return value
