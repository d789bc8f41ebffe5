"""German for the whole interface: locale, Qt's own translations, and translating domain labels."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

DATE_FORMAT = "dd.MM.yyyy"
"""Set explicitly: German ShortFormat has a two-digit year."""

_translators: list[QTranslator] = []


def install_german(app: QCoreApplication) -> None:
    """Make German the locale and load Qt's own German texts (buttons, standard dialogs)."""
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in ("qtbase_de",):
        translator = QTranslator(app)
        if translator.load(catalogue, folder):
            app.installTranslator(translator)
            _translators.append(translator)
        else:
            log.warning("Qt-Übersetzung %s nicht gefunden in %s", catalogue, folder)


def label(text: str) -> str:
    """Translate a label that the domain marked with ``N_``."""
    return QCoreApplication.translate("domain", text)
