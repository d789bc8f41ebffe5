"""An unexpected error is logged and shown in German; the program keeps running."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from app.bootstrap import configure_logging
from app.ui.errors import install_error_dialog


def test_unexpected_error_is_logged_and_shown(tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path)
    shown: list[str] = []
    previous = sys.excepthook
    try:
        hook = install_error_dialog(log_file=str(log_file),
                                    show=lambda message, _details: shown.append(message))
        try:
            raise RuntimeError("Testfehler")
        except RuntimeError as error:
            hook(RuntimeError, error, error.__traceback__)
    finally:
        sys.excepthook = previous
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", "") == str(log_file):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert "unerwarteter Fehler" in shown[0]
    assert str(log_file) in shown[0]
    assert "Testfehler" in log_file.read_text(encoding="utf-8")
