"""Working groups (Arbeitsgruppen): the groups and the members of the selected one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from app.db.database import Database
from app.services import groups
from app.services.rows import GroupRow, MemberRow
from app.ui.dialogs.open_record import RecordKind, open_record
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.record_table import RecordTable


class GroupsTab(QWidget):
    """Groups above, members of the selected group below; both open their records."""

    def __init__(self, *, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        group_columns: list[Column[GroupRow]] = [
            Column(self.tr("Arbeitsgruppe"), lambda g: g.name),
            Column(self.tr("Leitung"), lambda g: g.lead),
            Column(self.tr("Mitglieder"), lambda g: g.members, align_right=True),
            Column(self.tr("Sitzungen"), lambda g: g.sessions, align_right=True),
            Column(self.tr("Pilotprojekte"), lambda g: g.projects, align_right=True),
            Column(self.tr("Handlungsfelder"), lambda g: g.fields_of_action),
        ]
        member_columns: list[Column[MemberRow]] = [
            Column(self.tr("Name"), lambda m: m.name),
            Column(self.tr("Organisation"), lambda m: m.organisation),
            Column(self.tr("Rolle"), lambda m: m.role),
            Column(self.tr("Von"), lambda m: m.valid_from),
            Column(self.tr("Bis"), lambda m: m.valid_to),
        ]
        self.groups = RecordTable[GroupRow](model=RowTableModel(columns=group_columns,
                                                                row_id=lambda g: g.id))
        self.members = RecordTable[MemberRow](model=RowTableModel(columns=member_columns,
                                                                  row_id=lambda m: m.person_id))
        self.groups.sig_record_activated.connect(
            lambda group_id: open_record(self, self._db, RecordKind.GROUP, group_id))
        self.members.sig_record_activated.connect(
            lambda person_id: open_record(self, self._db, RecordKind.PERSON, person_id))
        self.members_box = QGroupBox(self.tr("Mitglieder"))
        QVBoxLayout(self.members_box).addWidget(self.members)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.groups)
        splitter.addWidget(self.members_box)
        QVBoxLayout(self).addWidget(splitter)
        self.refresh()
        self.groups.view.selectionModel().selectionChanged.connect(self._show_members)
        self.groups.view.selectRow(0)

    def refresh(self) -> None:
        self.groups.set_rows(groups.list_groups(self._db))

    def _show_members(self) -> None:
        group_id = self.groups.selected_id()
        rows = groups.list_members(self._db, group_id) if group_id is not None else []
        self.members.set_rows(rows)
        self.members_box.setTitle(self.tr("Mitglieder (%n)", "", len(rows)))
