"""Text as documents can carry it: no control characters that Word, Excel, PDF or e-mail
refuse or misread (NUL, vertical tab, escape, lone surrogates …); tabs and line breaks stay."""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

_NOT_PRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """``text`` with line breaks as ``\\n`` and every other control character removed."""
    if text.isprintable():
        return text
    return _NOT_PRINTABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    """``text`` for a one-line place (a mail header, a file name): breaks become spaces."""
    return " ".join(printable(text).split())


class PrintableText:
    """Mixin for the frozen dataclasses documents render: every text field is made
    ``printable`` when the value is built, so no renderer meets a control character."""

    def __post_init__(self) -> None:
        for field in fields(self):  # type: ignore[arg-type]
            value: Any = getattr(self, field.name)
            if isinstance(value, str | tuple):
                clean = _cleaned(value)
                if clean is not value:
                    object.__setattr__(self, field.name, clean)


def _cleaned(value: Any) -> Any:
    """Strings made printable, also inside (nested) tuples; the same object if nothing
    changed."""
    if isinstance(value, str):
        return value if value.isprintable() else printable(value)
    if isinstance(value, tuple):
        items = tuple(_cleaned(item) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    return value
