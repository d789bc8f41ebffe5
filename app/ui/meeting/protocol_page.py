"""The protocol: per TOP the discussion, decisions and tasks; the author and the date sent.

Edits are kept in a draft until "Protokoll speichern"; the editor asks before closing with
unsaved changes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QStringListModel, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.db.versions import RecordConflict
from app.domain.errors import DomainError, ValidationError
from app.domain.formatting import format_date
from app.services import continuity, protocols
from app.services.protocols import ProtocolDraft, TaskEntry, TopProtocol
from app.ui.dialogs.conflict_dialog import ConflictHandler
from app.ui.i18n import DATE_FORMAT
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.messages import error_label
from app.ui.widgets.record_table import RecordTable

NumberedTask = tuple[int, TaskEntry]


class TaskDialog(QDialog):
    """Edit one task: what, who, by when, done; returns the value, the caller stores it."""

    def __init__(self, *, task: TaskEntry, people: list[tuple[int, str]],
                 bodies: list[tuple[str, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aufgabe"))
        self.body_box = QComboBox()
        self.body_box.addItem(self.tr("— dieses Gremium —"), None)
        for key, name in bodies or []:
            self.body_box.addItem(name, key)
        self.body_box.setCurrentIndex(max(self.body_box.findData(task.addressed_to), 0))
        self._task = task
        self.description_edit = QLineEdit(task.description)
        self.responsible_box = QComboBox()
        self.responsible_box.addItem(self.tr("— offen —"), None)
        for person_id, name in people:
            self.responsible_box.addItem(name, person_id)
        self.responsible_box.setCurrentIndex(max(self.responsible_box.findData(
            task.responsible_id), 0))
        self.due_check = QCheckBox(self.tr("fällig am"))
        self.due_edit = QDateEdit(QDate(task.due_date or date.today()))
        self.due_edit.setDisplayFormat(DATE_FORMAT)
        self.due_edit.setCalendarPopup(True)
        self.due_check.setChecked(task.due_date is not None)
        self.due_edit.setEnabled(task.due_date is not None)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.done_check = QCheckBox(self.tr("erledigt"))
        self.done_check.setChecked(task.done)
        self.error_label = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        due = QHBoxLayout()
        due.addWidget(self.due_check)
        due.addWidget(self.due_edit)
        form = QFormLayout(self)
        form.addRow(self.tr("&Was:"), self.description_edit)
        form.addRow(self.tr("W&er:"), self.responsible_box)
        form.addRow(self.tr("Bis:"), due)
        form.addRow("", self.done_check)
        form.addRow(self.tr("&Gerichtet an:"), self.body_box)
        form.addRow(self.error_label)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.description_edit.text().strip():
            self.error_label.setText(self.tr("Bitte beschreiben, was zu tun ist."))
            self.description_edit.setFocus()
            return
        self.accept()

    def task(self) -> TaskEntry:
        due = self.due_edit.date().toPython() if self.due_check.isChecked() else None
        assert due is None or isinstance(due, date)
        return replace(self._task, description=self.description_edit.text().strip(),
                       responsible_id=self.responsible_box.currentData(), due_date=due,
                       done=self.done_check.isChecked(), addressed_to=self.body_box.currentData())


class ProtocolPage(QWidget):
    """Signals:
        sig_saved(): the protocol was stored.
    """

    sig_saved = Signal()
    """The protocol in the database changed."""

    def __init__(self, *, db: Database, meeting_id: int, today: date,
                 on_conflict: ConflictHandler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self._on_conflict = on_conflict
        self._today = today
        self._dirty = False
        self._current = -1
        self._draft = protocols.load_protocol(db, meeting_id)
        self._people: list[tuple[int, str]] = []
        self.author_box = QComboBox()
        self.chair_box = QComboBox()
        self.sent_check = QCheckBox(self.tr("&versandt am"))
        self.sent_edit = QDateEdit(QDate(today))
        self.sent_edit.setDisplayFormat(DATE_FORMAT)
        self.sent_edit.setCalendarPopup(True)
        self.tops_model = QStringListModel(self)
        self.tops_view = QListView()
        self.tops_view.setModel(self.tops_model)
        self.discussion_edit = QPlainTextEdit()
        self.discussion_edit.setTabChangesFocus(True)
        self.decisions_edit = QPlainTextEdit()
        self.decisions_edit.setTabChangesFocus(True)
        self.decisions_edit.setPlaceholderText(self.tr("Ein Beschluss je Zeile"))
        self.tasks = RecordTable[NumberedTask](
            placeholder=self.tr(
                "Keine Aufgaben zu diesem TOP. „Aufgabe hinzufügen …“ legt eine an."),
            model=RowTableModel(columns=[
            Column(self.tr("Aufgabe"), lambda t: t[1].description),
            Column(self.tr("Verantwortlich"), lambda t: self._person_name(t[1].responsible_id)),
            Column(self.tr("Fällig"), lambda t: t[1].due_date),
            Column(self.tr("Erledigt"), lambda t: t[1].done)], row_id=lambda t: t[0]))
        self.add_task_button = QPushButton(self.tr("Aufgabe &hinzufügen …"))
        self.remove_task_button = QPushButton(self.tr("Aufgabe entfernen"))
        self.save_button = QPushButton(self.tr("Protokoll &speichern"))
        self.approve_button = QPushButton(self.tr("Protokoll der letzten Sitzung &genehmigen"))
        self.state_label = QLabel()
        self._build_layout()
        self._connect()
        self.reload()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        chair_label = QLabel(self.tr("Sitzungslei&tung:"))
        chair_label.setBuddy(self.chair_box)
        header.addWidget(chair_label)
        header.addWidget(self.chair_box, stretch=1)
        author_label = QLabel(self.tr("Protokoll v&on:"))
        author_label.setBuddy(self.author_box)
        header.addWidget(author_label)
        header.addWidget(self.author_box, stretch=1)
        header.addWidget(self.sent_check)
        header.addWidget(self.sent_edit)
        right = QWidget()
        form = QVBoxLayout(right)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(QLabel(self.tr("Diskussion:")))
        form.addWidget(self.discussion_edit, stretch=2)
        form.addWidget(QLabel(self.tr("Beschlüsse (einer je Zeile):")))
        form.addWidget(self.decisions_edit, stretch=1)
        form.addWidget(QLabel(self.tr("Aufgaben:")))
        form.addWidget(self.tasks, stretch=1)
        task_buttons = QHBoxLayout()
        task_buttons.addWidget(self.add_task_button)
        task_buttons.addWidget(self.remove_task_button)
        task_buttons.addStretch(1)
        form.addLayout(task_buttons)
        splitter = QSplitter()
        splitter.addWidget(self.tops_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        footer = QHBoxLayout()
        footer.addWidget(self.state_label, stretch=1)
        footer.addWidget(self.approve_button)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, stretch=1)
        layout.addLayout(footer)

    def _connect(self) -> None:
        self.tops_view.selectionModel().currentChanged.connect(
            lambda current, _previous: self.show_top(current.row()))
        self.discussion_edit.textChanged.connect(self._mark_dirty)
        self.decisions_edit.textChanged.connect(self._mark_dirty)
        self.author_box.currentIndexChanged.connect(self._mark_dirty)
        self.chair_box.currentIndexChanged.connect(self._mark_dirty)
        self.sent_check.toggled.connect(self._mark_dirty)
        self.sent_check.toggled.connect(self.sent_edit.setEnabled)
        self.sent_edit.dateChanged.connect(self._mark_dirty)
        self.add_task_button.clicked.connect(self.add_task)
        self.remove_task_button.clicked.connect(self.remove_task)
        self.tasks.sig_record_activated.connect(self.edit_task)
        self.save_button.clicked.connect(self.save)
        self.approve_button.clicked.connect(self.approve_previous)

    def reload(self) -> None:
        """Load the protocol and the agenda afresh (after the agenda changed)."""
        self._draft = protocols.load_protocol(self._db, self._meeting_id)
        self._people = protocols.people_of_meeting(self._db, self._meeting_id)
        for box, chosen in ((self.author_box, self._draft.author_id),
                            (self.chair_box, self._draft.chair_id)):
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("— bitte wählen —"), None)
            for person_id, name in self._people:
                box.addItem(name, person_id)
            box.setCurrentIndex(max(box.findData(chosen), 0))
            box.blockSignals(False)
        self.sent_check.blockSignals(True)
        self.sent_check.setChecked(self._draft.sent_on is not None)
        self.sent_check.blockSignals(False)
        self.sent_edit.setEnabled(self._draft.sent_on is not None)
        if self._draft.sent_on is not None:
            self.sent_edit.setDate(QDate(self._draft.sent_on))
        self._current = -1
        self.tops_model.setStringList([f"TOP {top.position}: {top.title}"
                                       for top in self._draft.tops])
        if self._draft.tops:
            self.tops_view.setCurrentIndex(self.tops_model.index(0))
        self.show_top(0 if self._draft.tops else -1)
        self._set_dirty(False)
        self._update_approval()

    def people(self) -> dict[int, str]:
        """Who the author and task boxes offer, by id."""
        return dict(self._people)

    def _person_name(self, person_id: int | None) -> str:
        return next((name for pid, name in self._people if pid == person_id), "")

    def show_top(self, row: int) -> None:
        self._keep_current_top()
        self._current = row
        has_top = 0 <= row < len(self._draft.tops)
        for widget in (self.discussion_edit, self.decisions_edit, self.add_task_button,
                       self.remove_task_button):
            widget.setEnabled(has_top)
        top = self._draft.tops[row] if has_top else None
        was_dirty = self._dirty
        self.discussion_edit.setPlainText(top.discussion if top else "")
        self.decisions_edit.setPlainText("\n".join(top.decisions) if top else "")
        self._show_tasks(top)
        self._set_dirty(was_dirty)

    def _show_tasks(self, top: TopProtocol | None) -> None:
        self.tasks.set_rows(list(enumerate(top.tasks)) if top else [])

    def _keep_current_top(self) -> None:
        if not 0 <= self._current < len(self._draft.tops):
            return
        top = self._draft.tops[self._current]
        decisions = tuple(line.strip() for line in self.decisions_edit.toPlainText().splitlines()
                          if line.strip())
        self._replace_top(replace(top, discussion=self.discussion_edit.toPlainText(),
                                  decisions=decisions))

    def _replace_top(self, top: TopProtocol) -> None:
        tops = list(self._draft.tops)
        tops[self._current] = top
        self._draft = replace(self._draft, tops=tuple(tops))

    def add_task(self) -> None:
        self._edit_task_at(None)

    def edit_task(self, number: int) -> None:
        self._edit_task_at(number)

    def _edit_task_at(self, number: int | None) -> None:
        if not 0 <= self._current < len(self._draft.tops):
            return
        self._keep_current_top()
        top = self._draft.tops[self._current]
        task = top.tasks[number] if number is not None else TaskEntry("")
        dialog = TaskDialog(task=task, people=self._people,
                            bodies=continuity.body_choices(self._db), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.store_task(number, dialog.task())

    def store_task(self, number: int | None, task: TaskEntry) -> None:
        """Put a task into the current TOP's draft (new when ``number`` is None)."""
        top = self._draft.tops[self._current]
        tasks = list(top.tasks)
        if number is None:
            tasks.append(task)
        else:
            tasks[number] = task
        self._replace_top(replace(top, tasks=tuple(tasks)))
        self._show_tasks(self._draft.tops[self._current])
        self._set_dirty(True)

    def remove_task(self) -> None:
        number = self.tasks.selected_id()
        if number is None or not 0 <= self._current < len(self._draft.tops):
            return
        top = self._draft.tops[self._current]
        self._replace_top(replace(top, tasks=tuple(t for i, t in enumerate(top.tasks)
                                                   if i != number)))
        self._show_tasks(self._draft.tops[self._current])
        self._set_dirty(True)

    def current_draft(self) -> ProtocolDraft:
        self._keep_current_top()
        sent = self.sent_edit.date().toPython() if self.sent_check.isChecked() else None
        assert sent is None or isinstance(sent, date)
        return replace(self._draft, author_id=self.author_box.currentData(),
                       chair_id=self.chair_box.currentData(), sent_on=sent)

    def save(self) -> bool:
        try:
            protocols.save_protocol(self._db, self.current_draft(), today=self._today)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Protokoll"), str(error))
            return False
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return False
        self.reload()
        self.state_label.setText(self.tr("Gespeichert."))
        self.sig_saved.emit()
        return True

    def is_dirty(self) -> bool:
        return self._dirty

    def _mark_dirty(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(True)
        if dirty:
            self.state_label.setText(self.tr("Ungespeicherte Änderungen"))
        else:
            state = continuity.protocol_state(self._draft.sent_on, self._draft.approved_on)
            if self._draft.approved_in:
                state += self.tr(" in der %1").replace("%1", self._draft.approved_in)
            self.state_label.setText(self.tr("Protokoll: %1").replace("%1", state))

    def _update_approval(self) -> None:
        approvable = continuity.protocol_to_approve(self._db, self._meeting_id)
        self.approve_button.setVisible(approvable is not None)
        if approvable is not None:
            self.approve_button.setToolTip(self.tr(
                "Das Protokoll der Sitzung „%1“ vom %2 (versandt am %3) in dieser Sitzung "
                "genehmigen").replace("%1", approvable.title)
                .replace("%2", format_date(approvable.day))
                .replace("%3", format_date(approvable.sent_on)))

    def approve_previous(self) -> bool:
        """Record the approval of the last meeting's protocol here (unsaved edits first)."""
        if self._dirty and not self.save():
            return False
        try:
            approved = continuity.approve_previous_protocol(self._db, self._meeting_id)
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return False
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Protokoll genehmigen"), str(error))
            return False
        self.reload()
        self.state_label.setText(self.tr("Das Protokoll der Sitzung vom %1 ist genehmigt.")
                                 .replace("%1", format_date(approved.day)))
        self.sig_saved.emit()
        return True
