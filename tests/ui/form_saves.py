"""Forms store on the database worker: wait until the store that OK started has ended."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot


def wait_until_stored(qtbot: QtBot, dialog: Any, timeout: int = 30_000) -> None:
    """Block (processing events) until the dialog's store has ended, stored or refused."""
    qtbot.waitUntil(lambda: dialog.saving is not None and dialog.saving.finished,
                    timeout=timeout)


def accept_and_wait(qtbot: QtBot, dialog: Any) -> None:
    """Press OK and wait for the store it starts (a form refused by its checks starts none)."""
    before = getattr(dialog, "saving", None)
    dialog.accept()
    if getattr(dialog, "saving", None) is not before:
        wait_until_stored(qtbot, dialog)
