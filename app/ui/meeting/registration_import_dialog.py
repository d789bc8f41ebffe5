"""The preview of a registrations file: every row with what the check says; "Übernehmen" only
when every row is in order (a file with a bad row changes nothing)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.services.registration_import import RegistrationRowCheck
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.record_table import RecordTable


class RegistrationImportDialog(QDialog):
    def __init__(self, *, file_name: str, checks: list[RegistrationRowCheck],
                 notes: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anmeldungen importieren – %1").replace("%1", file_name))
        self.resize(900, 520)
        columns: list[Column[RegistrationRowCheck]] = [
            Column(self.tr("Zeile"), lambda c: c.line, align_right=True),
            Column(self.tr("Name"), lambda c: c.draft.name),
            Column(self.tr("Organisation"), lambda c: c.draft.organisation),
            Column(self.tr("E-Mail"), lambda c: c.draft.email),
            Column(self.tr("Fotos"), lambda c: c.draft.photo_consent),
            Column(self.tr("Veröffentlichung"), lambda c: c.draft.publication_consent),
            Column(self.tr("Prüfung"), lambda c: " ".join(c.problems) or self.tr("in Ordnung")),
        ]
        self.table = RecordTable[RegistrationRowCheck](
            placeholder=self.tr("Die Datei enthält keine Zeilen."),
            model=RowTableModel(columns=columns, row_id=lambda c: c.line))
        self.table.set_rows(checks)
        bad = sum(1 for check in checks if check.problems)
        self.summary_label = QLabel(
            self.tr("%1 Zeilen, alle in Ordnung. „Übernehmen“ meldet sie an (bis die Plätze "
                    "belegt sind, dann auf die Warteliste).").replace("%1", str(len(checks)))
            if not bad else self.tr("%1 von %2 Zeilen sind fehlerhaft (Spalte „Prüfung“). Die "
                                   "Datei wird erst übernommen, wenn jede Zeile in Ordnung ist.")
            .replace("%1", str(bad)).replace("%2", str(len(checks))))
        self.summary_label.setWordWrap(True)
        notes_label = QLabel("\n".join(notes))
        notes_label.setWordWrap(True)
        notes_label.setVisible(bool(notes))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        take = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        take.setText(self.tr("Übernehmen"))
        take.setEnabled(bool(checks) and not bad)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(notes_label)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.buttons)
