"""Datei → Verträge …: the contracts one after the other; new, follow-up, edit, delete."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.services import contract_editing
from app.services.contract_editing import ContractDraft, ContractRow
from app.ui.dialogs.contract_dialog import CONTRACT_LABELS, ContractDialog
from app.ui.dialogs.saving import store_checked
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tasks import Task
from app.ui.widgets.record_table import RecordTable


class ContractsDialog(QDialog):
    """Signals:
        sig_saved(): a contract was stored or deleted; views of quotas and budgets refresh.
    """

    sig_saved = Signal()
    """Views showing used / quota should refresh."""

    def __init__(self, *, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.editor: ContractDialog | None = None
        self.setWindowTitle(self.tr("Verträge"))
        self.resize(820, 360)
        columns: list[Column[ContractRow]] = [
            Column(self.tr("Bezeichnung"), lambda c: c.title),
            Column(self.tr("Auftraggeber"), lambda c: c.client),
            Column(self.tr("Beginn"), lambda c: c.starts_on),
            Column(self.tr("Ende"), lambda c: c.ends_on),
            Column(self.tr("Protokollfrist"), lambda c: c.due_rule),
        ]
        self.table = RecordTable[ContractRow](
            placeholder=self.tr("Noch kein Vertrag. „Neuer Vertrag …“ legt einen an."),
            model=RowTableModel(columns=columns, row_id=lambda c: c.id))
        self.new_button = QPushButton(self.tr("&Neuer Vertrag …"))
        self.follow_up_button = QPushButton(self.tr("&Folgevertrag …"))
        self.edit_button = QPushButton(self.tr("&Bearbeiten …"))
        self.delete_button = QPushButton(self.tr("&Löschen"))
        self.new_button.clicked.connect(
            lambda: self.edit(None, contract_editing.new_contract_draft(self._today)))
        self.follow_up_button.clicked.connect(
            lambda: self.edit(None, contract_editing.follow_up_draft(self._db)))
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.table.sig_record_activated.connect(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.new_button, self.follow_up_button, self.edit_button,
                       self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.table.set_rows(contract_editing.list_contracts(self._db))

    def edit(self, contract_id: int | None,
             draft: ContractDraft | None = None) -> ContractDialog:
        loaded = None
        if contract_id is not None:
            draft, loaded = contract_editing.load_contract(self._db, contract_id)
        assert draft is not None
        dialog = ContractDialog(draft=draft, parent=self)
        dialog.loaded = loaded
        dialog.save_with = lambda: self._store(dialog, contract_id)
        dialog.open()
        self.editor = dialog
        return dialog

    def _store(self, dialog: ContractDialog, contract_id: int | None) -> Task[object]:
        draft = dialog.draft()

        def theirs() -> ContractDraft | None:
            if contract_id is None:
                return None
            return contract_editing.load_contract(self._db, contract_id)[0]

        return store_checked(
            dialog, title=self.tr("Vertrag"), labels=CONTRACT_LABELS,
            store=lambda loaded: contract_editing.save_contract(self._db, draft, contract_id,
                                                                expect=loaded),
            load_theirs=theirs, on_stored=self._stored)

    def _stored(self) -> None:
        self.refresh()
        self.sig_saved.emit()

    def _edit_selected(self) -> None:
        contract_id = self.table.selected_id()
        if contract_id is not None:
            self.edit(contract_id)

    def _delete_selected(self) -> None:
        contract_id = self.table.selected_id()
        if contract_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Vertrag löschen"), self.tr(
            "Den Vertrag mit allen Kontingenten, Stundenbudgets und Berichtszeiträumen löschen? "
            "Sitzungen, Stunden und Beiträge bleiben erhalten."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        contract_editing.delete_contract(self._db, contract_id)
        self._stored()
