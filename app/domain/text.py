"""Text as documents can carry it: no control characters that Word, Excel, PDF or e-mail
refuse or misread (NUL, vertical tab, escape, lone surrogates …); tabs and line breaks stay."""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

from app.domain.formatting import format_count

_NOT_PRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """``text`` with line breaks as ``\\n`` and every other control character removed."""
    if text.isprintable():
        return text
    return _NOT_PRINTABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def is_web_address(text: str) -> bool:
    """Whether a link is a web address (``https://`` or ``http://``), the only kind the
    program stores, exports and publishes (no ``javascript:``, ``file:`` or ``mailto:``)."""
    return text.lower().startswith(("https://", "http://"))


def public_link(value: str | None) -> str:
    """A link as it may be published: web addresses only (no ``javascript:``, no ``mailto:``);
    ``www.example.org`` gets its ``https://``; anything else becomes ""."""
    address = (value or "").strip()
    if is_web_address(address):
        return address
    if address and "://" not in address and ":" not in address and "." in address \
            and " " not in address:
        return f"https://{address}"
    return ""


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


TEXT_MAX = 20_000
"""Longest multi-line text (notes, descriptions) a field takes; one-line fields take what their
column holds."""

LONG_TEXT_MAX = 100_000
"""Longest protocol discussion of one TOP."""


def text_problem(value: str, *, label: str, one_line: bool, max_length: int) -> str | None:
    """Why a typed text cannot be stored (German, naming the field), or None.

    The one rule for every form: no control characters but tab and line break, no line break
    in a one-line field, no more characters than the field takes.
    """
    if not value.isprintable():
        if _NOT_PRINTABLE.search(value):
            return (f"„{label}“ enthält ein unsichtbares Steuerzeichen (etwa aus einer kopierten "
                    "Datei). Bitte den Text neu eingeben.")
        if one_line and ("\n" in value or "\r" in value):
            return f"„{label}“ darf keinen Zeilenumbruch enthalten."
    if len(value) > max_length:
        return (f"„{label}“ ist zu lang: {format_count(len(value))} Zeichen, höchstens "
                f"{format_count(max_length)}.")
    return None


def imported_text(value: str, *, one_line: bool) -> tuple[str, str | None]:
    """A text read from a file, made storable: control characters removed and, in a one-line
    field, line breaks turned into spaces; with a German note when something changed."""
    if value.isprintable():
        return value, None
    cleaned = printable(value)
    removed = cleaned != value.replace("\r\n", "\n").replace("\r", "\n")
    if one_line and "\n" in cleaned:
        cleaned = " ".join(part.strip() for part in cleaned.split("\n") if part.strip())
        note = "Zeilenumbruch durch Leerzeichen ersetzt"
        return cleaned, f"{note}, Steuerzeichen entfernt" if removed else note
    return cleaned, "Steuerzeichen entfernt" if removed else None
