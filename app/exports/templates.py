"""The Word templates of a meeting: their kinds, the placeholders they may use, where they are.

Kept apart from the renderer so that the window can name templates without loading docxtpl.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class TemplateKind(StrEnum):
    """The Word documents of a meeting; the value is the template's file name without suffix."""

    INVITATION = "einladung"
    AGENDA = "tagesordnung"
    PROTOCOL = "protokoll"

    @property
    def label(self) -> str:
        return {"einladung": "Einladung", "tagesordnung": "Tagesordnung",
                "protokoll": "Protokoll"}[self.value]


TEMPLATE_VARIABLES = frozenset({"meeting", "agenda", "agenda_total_minutes", "invitees",
                                "attendees", "excused", "protocol", "sender", "today"})
"""The top-level tags every template may use (documented in resources/templates/LIESMICH.md)."""


def template_path(kind: TemplateKind, *, shipped_dir: Path, user_dir: Path | None) -> Path:
    """The user's template if there is one, else the shipped template."""
    if user_dir is not None:
        own = user_dir / f"{kind.value}.docx"
        if own.is_file():
            return own
    return shipped_dir / f"{kind.value}.docx"


def remove_user_template(kind: TemplateKind, user_dir: Path) -> bool:
    """Go back to the shipped template; True when there was an own template to remove."""
    own = user_dir / f"{kind.value}.docx"
    if own.is_file():
        own.unlink()
        return True
    return False
