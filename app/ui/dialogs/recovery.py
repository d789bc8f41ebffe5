"""A damaged database at start: offer the newest sound backup; the damaged file is kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.db.health import DatabaseDamagedError
from app.domain.errors import DomainError
from app.services.safety import BackupService


def _tr(text: str) -> str:
    return QCoreApplication.translate("recovery", text)


def offer_recovery(error: DatabaseDamagedError, parent: QWidget | None = None) -> bool:
    """Ask whether to restore the newest sound backup; returns True when it was restored."""
    if error.backup is None:
        QMessageBox.critical(parent, _tr("Bündnisbüro – Datenbank beschädigt"), str(error))
        return False
    answer = QMessageBox.question(parent, _tr("Bündnisbüro – Datenbank beschädigt"), _tr(
        "%1\n\nSoll die Sicherung vom %2 wiederhergestellt werden? Die beschädigte Datei bleibt "
        "unter einem neuen Namen erhalten.").replace("%1", str(error))
        .replace("%2", f"{error.backup.taken_at:%d.%m.%Y %H:%M}"))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        BackupService(error.database).restore(error.backup.path)
    except DomainError as failure:
        QMessageBox.critical(parent, _tr("Bündnisbüro – Wiederherstellung"), str(failure))
        return False
    return True
