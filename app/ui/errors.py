"""Unexpected errors: logged to the user's log folder and shown in a German dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_error_dialog(*, log_file: str, show: Callable[[str, str], None] | None = None
                         ) -> ExceptHook:
    """Route uncaught exceptions to the log and a dialog; the program keeps running.

    Args:
        log_file: shown to the user so that they can send it to support.
        show: replaces the dialog (tests); gets the message and the technical details.
    """

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("Unerwarteter Fehler:\n%s", details)
        message = (
            "Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Daten sind nicht "
            f"betroffen; das Programm läuft weiter.\n\nFehler: {error}\n\n"
            f"Die Einzelheiten stehen in der Protokolldatei:\n{log_file}"
        )
        (show or _show_dialog)(message, details)

    sys.excepthook = hook
    return hook


def _show_dialog(message: str, details: str) -> None:
    if QApplication.instance() is None:
        print(message, file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "Bündnisbüro – Fehler", message)
    box.setDetailedText(details)
    box.exec()
