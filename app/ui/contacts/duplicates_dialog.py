"""Likely duplicates side by side; the user decides which record to keep, then they merge."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.services import duplicates
from app.services.duplicates import DuplicatePair
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.record_table import RecordTable

Comparison = tuple[int, str, str, str]

FIELD_NAMES = {
    "first_name": "Vorname", "last_name": "Nachname", "salutation": "Anrede", "title": "Titel",
    "organisation_id": "Organisation (Nr.)", "function": "Funktion", "email": "E-Mail",
    "phone": "Telefon", "street": "Straße", "postal_code": "PLZ", "city": "Ort",
    "notes": "Notizen", "consent": "Einwilligung", "consent_date": "Einwilligung am",
    "consent_purpose": "Zweck", "consent_source": "Quelle", "restricted": "Eingeschränkt",
    "publication_consent": "Veröffentlichung erlaubt",
    "publication_consent_date": "Veröffentlichung erlaubt am",
    "archived": "Archiviert",
}


class DuplicatesDialog(QDialog):
    """Signals:
        sig_merged(): two persons were merged.
    """

    sig_merged = Signal()
    """The contact list changed."""

    def __init__(self, *, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Mögliche Dubletten"))
        self.resize(980, 560)
        self.pairs = RecordTable[tuple[int, DuplicatePair]](
            placeholder=self.tr("Keine möglichen Dubletten gefunden."),
            model=RowTableModel(columns=[
            Column(self.tr("Erste Person"), lambda p: p[1].first_label),
            Column(self.tr("Zweite Person"), lambda p: p[1].second_label),
            Column(self.tr("Grund"), lambda p: p[1].reason)], row_id=lambda p: p[0]))
        self.comparison = RecordTable[Comparison](
            placeholder=self.tr("Links ein Paar wählen, um beide Einträge zu vergleichen."),
            model=RowTableModel(columns=[
            Column(self.tr("Feld"), lambda c: c[1]),
            Column(self.tr("Erste Person"), lambda c: c[2]),
            Column(self.tr("Zweite Person"), lambda c: c[3])], row_id=lambda c: c[0]))
        self.keep_first = QPushButton(self.tr("&Erste behalten, zweite einfügen"))
        self.keep_second = QPushButton(self.tr("&Zweite behalten, erste einfügen"))
        self.summary = QLabel()
        splitter = QSplitter()
        splitter.addWidget(self.pairs)
        splitter.addWidget(self.comparison)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, stretch=1)
        buttons.addWidget(self.keep_first)
        buttons.addWidget(self.keep_second)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Vorschläge (gleiche E-Mail oder gleicher Name, auch Müller/Mueller). Nichts wird "
            "ohne Ihre Entscheidung zusammengeführt; Mitgliedschaften, Einladungen und Aufgaben "
            "gehen auf die behaltene Person über.")))
        layout.addWidget(splitter, stretch=1)
        layout.addLayout(buttons)
        self.pairs.view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._compare())
        self.keep_first.clicked.connect(lambda: self.merge(keep_first=True))
        self.keep_second.clicked.connect(lambda: self.merge(keep_first=False))
        self.refresh()

    def refresh(self) -> None:
        self._pairs = duplicates.find_duplicates(self._db)
        self.pairs.set_rows(list(enumerate(self._pairs)))
        self.summary.setText(self.tr("%n Vorschlag/Vorschläge", "", len(self._pairs)))
        if self._pairs:
            self.pairs.view.selectRow(0)
        self._compare()

    def selected_pair(self) -> DuplicatePair | None:
        number = self.pairs.selected_id()
        return self._pairs[number] if number is not None else None

    def _compare(self) -> None:
        pair = self.selected_pair()
        rows: list[Comparison] = []
        if pair is not None:
            rows = [(number, FIELD_NAMES.get(name, name), first, second) for number,
                    (name, first, second) in enumerate(duplicates.side_by_side(
                        self._db, pair.first_id, pair.second_id))]
        self.comparison.set_rows(rows)
        for button in (self.keep_first, self.keep_second):
            button.setEnabled(pair is not None)

    def merge(self, *, keep_first: bool) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        keep, drop = ((pair.first_id, pair.second_id) if keep_first
                      else (pair.second_id, pair.first_id))
        kept_label = pair.first_label if keep_first else pair.second_label
        answer = QMessageBox.question(self, self.tr("Zusammenführen"), self.tr(
            "„%1“ behalten und die andere Person einfügen? Das lässt sich nicht rückgängig "
            "machen.").replace("%1", kept_label))
        if answer != QMessageBox.StandardButton.Yes:
            return
        duplicates.merge_persons(self._db, keep, drop)
        self.sig_merged.emit()
        self.refresh()
