"""The meeting editor: core data, agenda, date poll, invitations, protocol, files and exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.db.versions import HeldVersion, RecordConflict
from app.domain.documents.meeting import MeetingDocument
from app.domain.enums import MeetingKind
from app.domain.errors import DomainError
from app.domain.formatting import counted, format_date
from app.services import (
    continuity,
    meeting_copies,
    meeting_editing,
    meeting_exports,
    meetings,
    protocols,
)
from app.services.meeting_editing import MeetingDraft
from app.services.meeting_exports import ExportSetup, load_document, standard_setup
from app.services.registrations import EVENT_KINDS
from app.settings import load_settings
from app.ui.dialogs.conflict_dialog import KEEP_MINE, TAKE_THEIRS, ConflictDialog, ConflictRow
from app.ui.dialogs.file_paths import SavePathAsker, save_path_asker
from app.ui.knowledge.pictures_page import PicturesPage
from app.ui.meeting.agenda_page import AgendaPage
from app.ui.meeting.attachments_page import AttachmentsPage, meeting_files
from app.ui.meeting.conflict_rows import meeting_rows, protocol_rows
from app.ui.meeting.copy_dialog import CopyDialog
from app.ui.meeting.exports_menu import (
    EXPORT_CHOICES,
    SENDS_PROTOCOL,
    ExportChoice,
    suggested_name,
)
from app.ui.meeting.general_page import GeneralPage
from app.ui.meeting.invitations_page import InvitationsPage
from app.ui.meeting.poll_page import PollPage
from app.ui.meeting.protocol_page import ProtocolPage
from app.ui.meeting.registrations_page import RegistrationsPage
from app.ui.pdf_printing import PdfPrintPreview, print_file
from app.ui.widgets.messages import error_label

PRINTABLE = {"attendance": ("Anwesenheitsliste", meeting_exports.export_attendance_list),
             "invitations": ("Einladungsliste", meeting_exports.export_invitation_list)}
"""The lists that can be printed, by the key of their menu entry."""


def _warning_key(draft: MeetingDraft) -> tuple[object, ...]:
    """What the warnings before saving depend on: when, which body, where."""
    return (draft.starts_at, draft.ends_at, draft.kind, draft.group_id, draft.location.strip(),
            draft.host_organisation_id, draft.format)


def default_setup(today: date) -> ExportSetup:
    return standard_setup(load_settings(), today=today, now=datetime.now())


class MeetingEditor(QDialog):
    """Edits one meeting; a new meeting gets its other pages once it is saved.

    The meeting is the unit of optimistic locking: the editor holds the meeting's version, and
    every save of the editor and its pages goes through a database view that checks it. When
    someone else changed anything of the meeting meanwhile, the editor shows the conflict.

    Signals:
        sig_meeting_saved(int): the meeting with this id was created or changed.
        sig_meeting_deleted(int): the meeting with this id was deleted.
    """

    sig_meeting_saved = Signal(int)
    """Anything of the meeting was stored."""
    sig_meeting_deleted = Signal(int)
    """The meeting no longer exists."""

    def __init__(self, *, db: Database, today: date, meeting_id: int | None = None,
                 proposal: MeetingDraft | None = None,
                 export_setup: Callable[[], ExportSetup] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.meeting_id = meeting_id
        self._export_setup = export_setup or (lambda: default_setup(today))
        self.ask_save_path: SavePathAsker = save_path_asker(self)
        self._general_dirty = False
        self._accepted_warnings: tuple[object, ...] | None = None
        self._follow_on_key: tuple[object, ...] | None = None
        """Body and start the follow-on offer was read for (not again for each keystroke)."""
        self.confirm_warnings: Callable[[list[str]], bool] = self._ask_about_warnings
        """Asks whether to save despite the warnings; tests put an answer in its place."""
        self.confirm_invitation: Callable[[], bool] = self._ask_invitation
        """Asks whether to write the invitation once the poll fixed the date."""
        self._held: HeldVersion | None = None
        self._meeting_db = db
        self.conflict_dialog: ConflictDialog | None = None
        self._groups = meeting_editing.group_choices(db)
        self._hosts = meeting_editing.host_choices(db)
        self.resize(980, 680)
        self.tabs = QTabWidget()
        self.general = GeneralPage(groups=self._groups, hosts=self._hosts)
        self.tabs.addTab(self.general, self.tr("Stammdaten"))
        self.agenda: AgendaPage | None = None
        self.poll: PollPage | None = None
        self.invitations: InvitationsPage | None = None
        self.protocol: ProtocolPage | None = None
        self.attachments: AttachmentsPage | None = None
        self.registrations: RegistrationsPage | None = None
        self.pictures: PicturesPage | None = None
        self._create_controls()
        self._build_layout()
        self._build_export_menu()
        self.general.sig_changed.connect(self._on_general_changed)
        if meeting_id is not None:
            self._hold(meeting_id)
        self.general.set_draft(meeting_editing.load_meeting(db, meeting_id)
                               if meeting_id is not None else proposal or _empty_draft(today))
        self._general_dirty = meeting_id is None
        if meeting_id is not None:
            self._accepted_warnings = _warning_key(self.general.draft())
            self._add_pages()
        self._update_title()
        self._update_overdue()
        self._update_follow_on()
        self.general.title_edit.setFocus()

    def _create_controls(self) -> None:
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.overdue_label = error_label(bold=True)
        self.overdue_label.setVisible(False)
        self.follow_on_box = QCheckBox()
        self.follow_on_box.setChecked(True)
        self.follow_on_box.setVisible(False)
        self.save_button = QPushButton(self.tr("S&peichern"))
        self.save_button.setDefault(True)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xportieren"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.delete_button = QPushButton(self.tr("Sitzung &löschen"))
        self.copy_button = QPushButton(self.tr("Kop&ieren …"))
        self.close_button = QPushButton(self.tr("Schließen"))
        self.export_actions: dict[str, QAction] = {}
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.copy_button.clicked.connect(self.copy_meeting)
        self.close_button.clicked.connect(self.close)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overdue_label)
        layout.addWidget(self.follow_on_box)
        layout.addWidget(self.tabs, stretch=1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        save_shortcut = QAction(self)
        save_shortcut.setShortcut(QKeySequence.StandardKey.Save)
        save_shortcut.triggered.connect(self.save)
        self.addAction(save_shortcut)

    def _build_export_menu(self) -> None:
        menu = QMenu(self)
        for choice in EXPORT_CHOICES:
            action = menu.addAction(self.tr(choice.text))
            action.triggered.connect(lambda _checked=False, c=choice: self.export(c.key))
            self.export_actions[choice.key] = action
        menu.addSeparator()
        for key, text in (("attendance", self.tr("Anwesenheitsliste drucken …")),
                          ("invitations", self.tr("Einladungsliste drucken …"))):
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, k=key: self.show_print_preview(k))
            self.export_actions[f"print_{key}"] = action
        self.export_button.setMenu(menu)

    def _hold(self, meeting_id: int) -> None:
        self._held = meeting_editing.hold_meeting(self._db, meeting_id)
        self._meeting_db = self._db.holding(self._held)

    def _add_pages(self) -> None:
        assert self.meeting_id is not None
        draft = self.general.draft()
        db, meeting_id, handler = self._meeting_db, self.meeting_id, self._on_conflict
        self.agenda = AgendaPage(db=db, meeting_id=meeting_id, on_conflict=handler)
        self.poll = PollPage(db=db, meeting_id=meeting_id, proposal=draft.starts_at,
                             today=self._today, on_conflict=handler)
        self.invitations = InvitationsPage(db=db, meeting_id=meeting_id, group_id=draft.group_id,
                                           today=self._today, on_conflict=handler)
        self.protocol = ProtocolPage(db=db, meeting_id=meeting_id, today=self._today,
                                     on_conflict=handler)
        self.attachments = AttachmentsPage(store=meeting_files(db, meeting_id),
                                           on_conflict=handler)
        for page, title in ((self.agenda, self.tr("Tagesordnung")),
                            (self.poll, self.tr("Terminabstimmung")),
                            (self.invitations, self.tr("Einladungen")),
                            (self.protocol, self.tr("Protokoll")),
                            (self.attachments, self.tr("Unterlagen"))):
            self.tabs.addTab(page, title)
        if draft.kind in EVENT_KINDS:
            self.registrations = RegistrationsPage(
                db=self._db, meeting_id=meeting_id, today=self._today,
                export_setup=self._export_setup, ask_save_path=self.ask_save_path)
            self.tabs.addTab(self.registrations, self.tr("Anmeldungen"))
            self.pictures = PicturesPage(db=self._db, meeting_id=meeting_id)
            self.tabs.addTab(self.pictures, self.tr("Bilder"))
        self.agenda.sig_saved.connect(self._on_agenda_saved)
        self.poll.sig_date_chosen.connect(self._on_date_chosen)
        self.poll.sig_send_requested.connect(lambda: self.export("poll_eml"))
        self.invitations.sig_changed.connect(self._on_invitations_changed)
        self.protocol.sig_saved.connect(self._on_protocol_saved)
        self._update_buttons()

    def _update_buttons(self) -> None:
        saved = self.meeting_id is not None
        self.export_button.setEnabled(saved)
        self.delete_button.setEnabled(saved)
        self.copy_button.setEnabled(saved)

    def _update_title(self) -> None:
        draft = self.general.draft()
        title = draft.title.strip() or self.tr("Neue Sitzung")
        self.setWindowTitle(f"{title} – {format_date(draft.starts_at.date())}")
        self._update_buttons()

    def _update_overdue(self) -> None:
        """Warn when the protocol was not sent within the contract's deadline."""
        if self.meeting_id is None:
            self.overdue_label.setVisible(False)
            return
        deadline = meetings.protocol_deadline(self._db, self.meeting_id, today=self._today)
        self.overdue_label.setText(self.tr(
            "Protokoll überfällig: Es hätte %1 nach der Sitzung versandt werden sollen, also bis "
            "%2.").replace("%1", deadline.rule).replace("%2", format_date(deadline.due)))
        self.overdue_label.setVisible(deadline.overdue)

    def _update_follow_on(self) -> None:
        """For a new meeting of a body: offer to take over from the body's last meeting."""
        if self.meeting_id is not None:
            self.follow_on_box.setVisible(False)
            return
        draft = self.general.draft()
        key = (draft.kind, draft.group_id, draft.starts_at)
        if key == self._follow_on_key:
            return
        self._follow_on_key = key
        proposed = continuity.proposal(self._db, draft.kind, draft.group_id, draft.starts_at)
        self.follow_on_box.setVisible(proposed is not None)
        if proposed is not None:
            self.follow_on_box.setText(self.tr(
                "An die Sitzung vom %1 anknüpfen: TOPs „Genehmigung des Protokolls“ und "
                "„Offene Punkte“ (%2), %3 Eingeladene übernehmen")
                .replace("%1", format_date(proposed.previous_day))
                .replace("%2", counted(len(proposed.open_points), self.tr("offene Aufgabe"),
                                       self.tr("offene Aufgaben")))
                .replace("%3", str(len(proposed.invitee_ids))))

    def _on_general_changed(self) -> None:
        self._update_follow_on()
        self._general_dirty = True
        self.status_label.setText(self.tr("Ungespeicherte Änderungen an den Stammdaten"))
        self._update_title()

    def save(self) -> bool:
        """Store the core data (and a protocol with unsaved edits); False when refused."""
        problems = self.general.update_messages()
        if problems:
            self.tabs.setCurrentWidget(self.general)
            self.general.focus_field(problems[0][0])
            self.status_label.setText(problems[0][1])
            return False
        draft = self.general.draft()
        if (self.meeting_id is None or self._general_dirty) and not self._warnings_accepted(draft):
            self.status_label.setText(self.tr("Nicht gespeichert."))
            return False
        try:
            if self.meeting_id is None:
                follow_on = self.follow_on_box.isVisible() and self.follow_on_box.isChecked()
                self.meeting_id = meeting_editing.create_meeting(self._db, draft,
                                                                 follow_on=follow_on)
                self.follow_on_box.setVisible(False)
                self._hold(self.meeting_id)
                self._add_pages()
            elif self._general_dirty:
                meeting_editing.update_meeting(self._meeting_db, self.meeting_id, draft)
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return False
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Sitzung speichern"), str(error))
            return False
        self._general_dirty = False
        if self.protocol is not None and self.protocol.is_dirty() and not self.protocol.save():
            return False
        self.status_label.setText(self.tr("Gespeichert."))
        self._update_title()
        self._update_overdue()
        self.sig_meeting_saved.emit(self.meeting_id)
        return True

    def copy_meeting(self) -> CopyDialog | None:
        """Sitzung kopieren: to a new date or as a series; agenda, invitees, place, format."""
        if not self._saved_for_export():
            return None
        dialog = CopyDialog(first=self.general.draft().starts_at.date() + timedelta(weeks=2),
                            parent=self)
        dialog.accepted.connect(lambda: self._make_copies(dialog.days()))
        dialog.open()
        return dialog

    def _make_copies(self, days: list[date]) -> list[int]:
        assert self.meeting_id is not None
        try:
            ids = meeting_copies.copy_meeting(self._db, self.meeting_id, days)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Sitzung kopieren"), str(error))
            return []
        for meeting_id in ids:
            self.sig_meeting_saved.emit(meeting_id)
        self.status_label.setText(self.tr("Kopiert auf: %1").replace(
            "%1", ", ".join(format_date(day) for day in days)))
        return ids

    def _warnings_accepted(self, draft: MeetingDraft) -> bool:
        """Warnings about the day, an overlap with the same body or at the same place: asked
        once for each date and place ("trotzdem speichern")."""
        key = _warning_key(draft)
        if key == self._accepted_warnings:
            return True
        warnings = meeting_editing.meeting_warnings(draft) + meeting_editing.overlap_warnings(
            self._db, draft, self.meeting_id)
        if warnings and not self.confirm_warnings(warnings):
            return False
        self._accepted_warnings = key
        return True

    def _ask_about_warnings(self, warnings: list[str]) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sitzung speichern"),
                          self.tr("Bitte prüfen:") + "\n\n" + "\n".join(
                              f"• {warning}" for warning in warnings), parent=self)
        save = box.addButton(self.tr("&Trotzdem speichern"),
                             QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is save

    def _on_agenda_saved(self) -> None:
        if self.protocol is not None and not self.protocol.is_dirty():
            self.protocol.reload()
        self._emit_saved()

    def _on_date_chosen(self) -> None:
        assert self.meeting_id is not None
        self.general.set_draft(meeting_editing.load_meeting(self._db, self.meeting_id))
        self.tabs.setCurrentWidget(self.general)
        self.status_label.setText(self.tr(
            "Der gewählte Termin ist jetzt das Datum der Sitzung; die Abstimmung ist "
            "abgeschlossen."))
        self._update_title()
        self._emit_saved()
        self.offer_invitation()

    def offer_invitation(self) -> Path | None:
        """After the date is fixed: the invitation as e-mail draft, in one step."""
        if not self.confirm_invitation():
            return None
        return self.export("invitation_eml")

    def _ask_invitation(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Einladen"), self.tr(
            "Der Termin steht. Jetzt die Einladung als E-Mail-Entwurf für Outlook erstellen?"))
        return answer == QMessageBox.StandardButton.Yes

    def _on_invitations_changed(self) -> None:
        assert self.meeting_id is not None
        status = meeting_editing.load_meeting(self._db, self.meeting_id).status
        current = self.general.draft()
        if current.status != status and not self._general_dirty:
            self.general.set_draft(meeting_editing.load_meeting(self._db, self.meeting_id))
        if self.poll is not None:
            self.poll.refresh()
        if self.protocol is not None and not self.protocol.is_dirty():
            self.protocol.reload()
        self._emit_saved()

    def _on_protocol_saved(self) -> None:
        assert self.meeting_id is not None
        if not self._general_dirty:
            self.general.set_draft(meeting_editing.load_meeting(self._db, self.meeting_id))
        self._update_overdue()
        self._emit_saved()

    def _on_conflict(self, conflict: RecordConflict) -> None:
        """Someone else changed this meeting since the editor loaded it: what the user has not
        saved is shown beside the stored version (keep mine / take theirs / copy); with nothing
        unsaved, the editor shows the stored meeting and says so."""
        stored = conflict.version
        if stored is None or self._held is None:
            QMessageBox.warning(self, self.tr("Gleichzeitig geändert"), str(conflict))
            return
        rows = self._conflict_rows()
        if not rows:
            self._take_stored(stored)
            QMessageBox.information(self, self.tr("Gleichzeitig geändert"), self.tr(
                "Die Sitzung wurde inzwischen an einem anderen Arbeitsplatz geändert. Sie sehen "
                "jetzt den gespeicherten Stand; bitte die letzte Änderung prüfen und bei Bedarf "
                "wiederholen."))
            return
        chooser = ConflictDialog(rows=rows, message=str(conflict), parent=self)

        def decided(result: int) -> None:
            if result == KEEP_MINE:
                self._move_to(stored)
                self.save()
            elif result == TAKE_THEIRS:
                self._take_stored(stored)

        chooser.finished.connect(decided)
        chooser.open()
        self.conflict_dialog = chooser

    def _conflict_rows(self) -> list[ConflictRow]:
        assert self.meeting_id is not None
        rows: list[ConflictRow] = []
        if self._general_dirty:
            names = {"group_id": {c.id: c.text for c in self._groups},
                     "host_organisation_id": {c.id: c.text for c in self._hosts}}
            rows += meeting_rows(self.general.draft(),
                                 meeting_editing.load_meeting(self._db, self.meeting_id), names)
        if self.protocol is not None and self.protocol.is_dirty():
            rows += protocol_rows(self.protocol.current_draft(),
                                  protocols.load_protocol(self._db, self.meeting_id),
                                  self.protocol.people())
        return rows

    def _move_to(self, version: int) -> None:
        """Work on from the stored version: what has no unsaved edits shows it."""
        assert self._held is not None and self.meeting_id is not None
        self._held.version = version
        if not self._general_dirty:
            self._show_stored_general()
        if self.agenda is not None:
            self.agenda.reload()
        for page in (self.poll, self.invitations, self.attachments):
            if page is not None:
                page.refresh()
        if self.protocol is not None and not self.protocol.is_dirty():
            self.protocol.reload()
        self._update_overdue()

    def _take_stored(self, version: int) -> None:
        """Drop the unsaved edits and show the stored meeting."""
        self._general_dirty = False
        if self.protocol is not None:
            self.protocol.reload()
        self._move_to(version)
        self.status_label.setText(self.tr("Gespeicherten Stand übernommen."))

    def _show_stored_general(self) -> None:
        assert self.meeting_id is not None
        self.general.set_draft(meeting_editing.load_meeting(self._db, self.meeting_id))
        self._general_dirty = False
        self._update_title()

    def _emit_saved(self) -> None:
        if self.meeting_id is not None:
            self.sig_meeting_saved.emit(self.meeting_id)

    def document(self) -> MeetingDocument:
        assert self.meeting_id is not None
        return load_document(self._db, self.meeting_id, self._export_setup())

    def export(self, key: str) -> Path | None:
        """Ask where to save, then write the chosen document; unsaved edits are saved first."""
        choice = next(c for c in EXPORT_CHOICES if c.key == key)
        if not self._saved_for_export():
            return None
        assert self.meeting_id is not None
        draft = self.general.draft()
        target = self.ask_save_path(self.tr(choice.text).rstrip(" …"),
                                    suggested_name(choice, draft.title,
                                                   format_date(draft.starts_at.date())),
                                    self.tr(choice.file_filter))
        if target is None:
            return None
        return self._run_export(choice, _with_suffix(target, choice.suffix))

    def _run_export(self, choice: ExportChoice, target: Path) -> Path | None:
        assert self.meeting_id is not None
        try:
            path = choice.run(self._meeting_db, self.meeting_id, target, self._export_setup())
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return None
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Export"), str(error))
            return None
        self.status_label.setText(self.tr("Gespeichert: %1").replace("%1", str(path)))
        if choice.key in SENDS_PROTOCOL:
            if self.protocol is not None:
                self.protocol.reload()
            self._on_protocol_saved()
        return path

    def _saved_for_export(self) -> bool:
        dirty = self._general_dirty or (self.protocol is not None and self.protocol.is_dirty())
        return self.meeting_id is not None and (not dirty or self.save())


    def show_print_preview(self, kind: str = "attendance") -> PdfPrintPreview | None:
        """The print preview of the attendance or the invitation list: the very PDF the
        export writes."""
        if not self._saved_for_export():
            return None
        assert self.meeting_id is not None
        name, export = PRINTABLE[kind]
        try:
            path = export(self._db, self.meeting_id, print_file(name), self._export_setup())
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Drucken"), str(error))
            return None
        dialog = PdfPrintPreview(path, f"{name} {self.general.draft().title}", self)
        dialog.open()
        return dialog

    def delete(self) -> None:
        if self.meeting_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Sitzung löschen"), self.tr(
            "Diese Sitzung mit Tagesordnung, Einladungen, Protokoll und Unterlagen löschen? "
            "Das lässt sich nicht rückgängig machen."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            meeting_editing.delete_meeting(self._meeting_db, self.meeting_id)
        except RecordConflict as conflict:
            self._on_conflict(conflict)
            return
        self.sig_meeting_deleted.emit(self.meeting_id)
        self._general_dirty = False
        if self.protocol is not None:
            self.protocol.reload()
        self.meeting_id = None
        self.accept()

    def has_unsaved_changes(self) -> bool:
        return self._general_dirty or (self.protocol is not None and self.protocol.is_dirty())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._may_close():
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:
        if self._may_close():
            super().reject()

    def _may_close(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self, self.tr("Ungespeicherte Änderungen"),
            self.tr("Die Sitzung hat ungespeicherte Änderungen. Jetzt speichern?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _empty_draft(today: date) -> MeetingDraft:
    start = datetime.combine(today, datetime.min.time()).replace(hour=10)
    return MeetingDraft(kind=MeetingKind.NETWORK, title="", starts_at=start,
                        ends_at=start.replace(hour=12))
