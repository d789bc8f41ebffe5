"""Invitations of a meeting: invite a distribution list or picked persons, record responses and
attendance, see the counts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.db.versions import RecordConflict
from app.domain.enums import InvitationResponse
from app.services import invitations
from app.services.invitations import InvitationRow, PersonChoice
from app.ui.dialogs.conflict_dialog import ConflictHandler
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.record_table import RecordTable


def _tr(text: str) -> str:
    return QCoreApplication.translate("InvitationsPage", text)


def invitation_model() -> RowTableModel[InvitationRow]:
    return RowTableModel(columns=[
        Column(_tr("Name"), lambda r: r.name),
        Column(_tr("Organisation"), lambda r: r.organisation),
        Column(_tr("E-Mail"), lambda r: r.email),
        Column(_tr("Rückmeldung"), lambda r: r.response),
        Column(_tr("Teilgenommen"), lambda r: r.attended),
    ], row_id=lambda r: r.id)


class PersonPicker(QDialog):
    """Search persons by name, organisation or e-mail and pick several to invite."""

    def __init__(self, *, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Personen einladen"))
        self.resize(640, 480)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, Organisation oder E-Mail …"))
        self.table = RecordTable[PersonChoice](
            placeholder=self.tr(
                "Keine Person gefunden. Namen, Organisation oder E-Mail eintippen."),
            model=RowTableModel(columns=[
            Column(_tr("Name"), lambda p: p.name),
            Column(_tr("Organisation"), lambda p: p.organisation),
            Column(_tr("E-Mail"), lambda p: p.email)], row_id=lambda p: p.id))
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Einladen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.sig_record_activated.connect(lambda _id: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._search)
        self._search("")

    def _search(self, text: str) -> None:
        self.table.set_rows(invitations.searchable_persons(self._db, text))

    def picked_ids(self) -> list[int]:
        return self.table.selected_ids()


class InvitationsPage(QWidget):
    """Signals:
        sig_changed(): invitations, responses or attendance changed.
    """

    sig_changed = Signal()
    """Something about the invitations was stored."""

    def __init__(self, *, db: Database, meeting_id: int, group_id: int | None, today: date,
                 on_conflict: ConflictHandler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self._on_conflict = on_conflict
        self._today = today
        self.list_box = QComboBox()
        for entry in invitations.distribution_lists(db):
            self.list_box.addItem(f"{entry.name} ({entry.size})", entry.key)
        if group_id is not None:
            self.list_box.setCurrentIndex(
                max(self.list_box.findData(invitations.group_list_key(group_id)), 0))
        self.invite_button = QPushButton(self.tr("Verteiler &einladen"))
        self.pick_button = QPushButton(self.tr("Personen ausw&ählen …"))
        self.table = RecordTable[InvitationRow](
            placeholder=self.tr(
                "Noch niemand eingeladen. Oben einen Verteiler wählen und „Verteiler einladen“ "
                "oder „Personen auswählen …“."),
            model=invitation_model())
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.counts_label = QLabel()
        self.action_buttons = {
            "accepted": QPushButton(self.tr("&Zugesagt")),
            "declined": QPushButton(self.tr("&Abgesagt")),
            "open": QPushButton(self.tr("&Offen")),
            "attended": QPushButton(self.tr("A&nwesend")),
            "absent": QPushButton(self.tr("Nicht an&wesend")),
            "remove": QPushButton(self.tr("Ent&fernen")),
        }
        self._build_layout()
        self.invite_button.clicked.connect(self.invite_selected_list)
        self.pick_button.clicked.connect(self.pick_persons)
        for key, button in self.action_buttons.items():
            button.clicked.connect(lambda _checked=False, action=key: self.apply(action))
        self.refresh()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Verteiler:")))
        top.addWidget(self.list_box, stretch=1)
        top.addWidget(self.invite_button)
        top.addWidget(self.pick_button)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Auswahl:")))
        for button in self.action_buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(actions)
        layout.addWidget(self.counts_label)

    def refresh(self) -> None:
        rows = invitations.list_invitations(self._db, self._meeting_id)
        self.table.set_rows(rows)
        counts = invitations.count_invitations(rows)
        self.counts_label.setText(self.tr(
            "Eingeladen: %1 · zugesagt: %2 · abgesagt: %3 · offen: %4 · teilgenommen: %5")
            .replace("%1", str(counts.invited)).replace("%2", str(counts.accepted))
            .replace("%3", str(counts.declined)).replace("%4", str(counts.open))
            .replace("%5", str(counts.attended)))

    def invite_selected_list(self) -> int:
        try:
            added = invitations.invite_list(self._db, self._meeting_id,
                                            self.list_box.currentData(), today=self._today)
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return 0
        self._changed()
        return added

    def pick_persons(self) -> None:
        picker = PersonPicker(db=self._db, parent=self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.invite_persons(picker.picked_ids())

    def invite_persons(self, person_ids: list[int]) -> int:
        try:
            added = invitations.invite_persons(self._db, self._meeting_id, person_ids,
                                               today=self._today)
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return 0
        self._changed()
        return added

    def apply(self, action: str) -> None:
        """Set response or attendance of the selected invitations, or remove them."""
        ids = self.table.selected_ids()
        if not ids:
            return
        try:
            if action == "remove":
                invitations.remove_invitations(self._db, ids)
            elif action in ("accepted", "declined", "open"):
                invitations.set_responses(self._db, ids, InvitationResponse(action))
            elif action in ("attended", "absent"):
                invitations.set_attendance(self._db, ids, action == "attended")
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return
        self._changed()
        if action != "remove":
            self.table.select_ids(ids)

    def _changed(self) -> None:
        self.refresh()
        self.sig_changed.emit()
