"""The German user manual shipped with the program (``resources/manual``): F1 opens the page of
what the user is looking at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app import paths

TAB_PAGES = {"overview": "uebersicht", "calendar": "kalender", "groups": "arbeitsgruppen",
             "projects": "pilotprojekte", "contacts": "kontakte", "work": "stunden",
             "reports": "berichte", "knowledge": "wissen"}
"""The manual's page for each tab of the main window."""


def manual_page(page: str) -> Path:
    folder = paths.resources_dir() / "manual"
    path = folder / f"{page}.html"
    return path if path.is_file() else folder / "index.html"


def open_manual(page: str = "index") -> Path:
    """Open a page of the manual in the user's browser; returns the file opened."""
    path = manual_page(page)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
