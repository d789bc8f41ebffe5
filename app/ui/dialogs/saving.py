"""Dialogs that store their values when OK is pressed and stay open when storing fails, so that
nothing typed is lost (a held lock, a full disk, a record changed elsewhere)."""

from __future__ import annotations

from collections.abc import Callable

Store = Callable[[], bool]


class SavesOnAccept:
    """Mixin for a QDialog: the caller sets ``save_with``; ``accept`` calls ``stored()`` last."""

    save_with: Store | None = None

    def stored(self) -> bool:
        """Store through ``save_with``; False keeps the dialog open with its values."""
        return self.save_with is None or self.save_with()
