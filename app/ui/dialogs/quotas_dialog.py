"""The contract's quotas of a year, editable (another alliance or year has other numbers)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from app.db.database import Database
from app.domain.enums import QuotaKind
from app.domain.errors import DomainError
from app.domain.limits import FIRST_YEAR, LAST_YEAR
from app.services import quota_settings
from app.ui.i18n import label

NOT_SET = -1


class QuotasDialog(QDialog):
    """Signals:
        sig_saved(): the quotas were stored.
    """

    sig_saved = Signal()
    """Views showing used / quota should refresh."""

    def __init__(self, *, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Kontingente des Vertrags"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setValue(year)
        self.spins: dict[QuotaKind, QSpinBox] = {}
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(self.tr("&Jahr:"), self.year_spin)
        for kind in QuotaKind:
            spin = QSpinBox()
            spin.setRange(NOT_SET, quota_settings.MAX_QUOTA)
            spin.setSpecialValueText(self.tr("nicht festgelegt"))
            self.spins[kind] = spin
            form.addRow(label(kind.label) + ":", spin)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.year_spin.valueChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        values = quota_settings.load_quotas(self._db, self.year_spin.value())
        for kind, spin in self.spins.items():
            value = values[kind]
            spin.setValue(NOT_SET if value is None else value)

    def values(self) -> dict[QuotaKind, int | None]:
        return {kind: None if spin.value() == NOT_SET else spin.value()
                for kind, spin in self.spins.items()}

    def accept(self) -> None:
        try:
            quota_settings.save_quotas(self._db, self.year_spin.value(), self.values())
        except DomainError as error:
            self.error_label.setText(str(error))
            return
        self.sig_saved.emit()
        super().accept()
