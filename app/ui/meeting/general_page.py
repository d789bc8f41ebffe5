"""The core data of a meeting: kind, AG, title, time, format, place, link, status, notes."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import MeetingFormat, MeetingKind, MeetingStatus
from app.services.meeting_editing import (
    Choice,
    MeetingDraft,
    meeting_warnings,
    validation_problems,
)
from app.ui.widgets.combo import enum_box, required_enum
from app.ui.widgets.messages import error_label
from app.ui.widgets.optional_date import OptionalDate

DATE_TIME_FORMAT = "dd.MM.yyyy HH:mm"


def _choice_box(choices: list[Choice], none_text: str) -> QComboBox:
    box = QComboBox()
    box.addItem(none_text, None)
    for choice in choices:
        box.addItem(choice.text, choice.id)
    return box


def _show_data(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


class GeneralPage(QWidget):
    """A form over a ``MeetingDraft``; shows problems and the holiday warning as one types.

    Signals:
        sig_changed(): the user changed a field.
    """

    sig_changed = Signal()
    """Any field was edited."""

    def __init__(self, *, groups: list[Choice], hosts: list[Choice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_box = enum_box(MeetingKind)
        self.group_box = _choice_box(groups, self.tr("— keine —"))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(300)
        self.starts_edit = self._date_time_edit()
        self.ends_edit = self._date_time_edit()
        self.format_box = enum_box(MeetingFormat)
        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText(self.tr("z. B. Erfurt, Rathaus, Raum 2.14"))
        self.host_box = _choice_box(hosts, self.tr("— kein gastgebender Partner —"))
        self.link_edit = QLineEdit()
        self.link_edit.setPlaceholderText("https://…")
        self.status_box = enum_box(MeetingStatus)
        self.rsvp = OptionalDate(self.tr("&Rückmeldung erbeten bis"), None)
        self.public_check = QCheckBox(self.tr("Öffentlich – auf der &Website des Bündnisses "
                                              "zeigen"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.problems_label = error_label(wrap=True)
        self.warning_label = QLabel()
        self.warning_label.setStyleSheet("color: #8a5a00;")
        self.warning_label.setWordWrap(True)
        self._build_layout()
        self._connect()
        self._duration = timedelta(hours=2)

    def _date_time_edit(self) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setDisplayFormat(DATE_TIME_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def _build_layout(self) -> None:
        form = QFormLayout()
        for text, widget in ((self.tr("&Art:"), self.kind_box),
                             (self.tr("Arbeitsgr&uppe:"), self.group_box),
                             (self.tr("&Titel:"), self.title_edit),
                             (self.tr("&Beginn:"), self.starts_edit),
                             (self.tr("&Ende:"), self.ends_edit),
                             (self.tr("&Format:"), self.format_box),
                             (self.tr("&Ort:"), self.location_edit),
                             (self.tr("&Gastgeber:"), self.host_box),
                             (self.tr("Online-Lin&k:"), self.link_edit),
                             (self.tr("&Status:"), self.status_box),
                             ("", self.rsvp),
                             ("", self.public_check),
                             (self.tr("&Notizen:"), self.notes_edit)):
            form.addRow(text, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.problems_label)

    def _connect(self) -> None:
        self.rsvp.check.toggled.connect(self._on_changed)
        self.public_check.toggled.connect(self._on_changed)
        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.rsvp.edit.dateChanged.connect(self._on_changed)
        for box in (self.kind_box, self.group_box, self.format_box, self.host_box,
                    self.status_box):
            box.currentIndexChanged.connect(self._on_changed)
        for edit in (self.title_edit, self.location_edit, self.link_edit):
            edit.textChanged.connect(self._on_changed)
        self.notes_edit.textChanged.connect(self._on_changed)
        self.starts_edit.dateTimeChanged.connect(self._on_start_changed)
        self.ends_edit.dateTimeChanged.connect(self._on_changed)

    def set_draft(self, draft: MeetingDraft) -> None:
        blockers = [widget.blockSignals(True) for widget in self._inputs()]
        _show_data(self.kind_box, draft.kind)
        _show_data(self.group_box, draft.group_id)
        self.title_edit.setText(draft.title)
        self.starts_edit.setDateTime(QDateTime(draft.starts_at))
        self.ends_edit.setDateTime(QDateTime(draft.ends_at))
        _show_data(self.format_box, draft.format)
        self.location_edit.setText(draft.location)
        _show_data(self.host_box, draft.host_organisation_id)
        self.link_edit.setText(draft.online_link)
        _show_data(self.status_box, draft.status)
        self.notes_edit.setPlainText(draft.notes)
        self.rsvp.set_value(draft.rsvp_by, shown=draft.starts_at.date())
        self.public_check.setChecked(draft.public)
        for widget, was_blocked in zip(self._inputs(), blockers, strict=True):
            widget.blockSignals(was_blocked)
        self._duration = draft.ends_at - draft.starts_at
        self.update_messages()

    def _inputs(self) -> list[QWidget]:
        return [self.kind_box, self.group_box, self.title_edit, self.starts_edit, self.ends_edit,
                self.format_box, self.location_edit, self.host_box, self.link_edit,
                self.status_box, self.notes_edit, self.rsvp.check, self.rsvp.edit,
                self.public_check]

    def draft(self) -> MeetingDraft:
        return MeetingDraft(
            kind=required_enum(self.kind_box, MeetingKind), title=self.title_edit.text(),
            starts_at=_minute(self.starts_edit.dateTime().toPython()),
            ends_at=_minute(self.ends_edit.dateTime().toPython()),
            format=required_enum(self.format_box, MeetingFormat),
            group_id=self.group_box.currentData(),
            location=self.location_edit.text(), host_organisation_id=self.host_box.currentData(),
            online_link=self.link_edit.text(), status=required_enum(self.status_box, MeetingStatus),
            notes=self.notes_edit.toPlainText(), rsvp_by=self.rsvp.value(),
            public=self.public_check.isChecked())

    def _on_kind_changed(self) -> None:
        """A public event is public unless the user says otherwise."""
        if required_enum(self.kind_box, MeetingKind) is MeetingKind.PUBLIC_EVENT:
            self.public_check.setChecked(True)

    def _on_start_changed(self) -> None:
        """Moving the start moves the end along, keeping the meeting's length."""
        start = _minute(self.starts_edit.dateTime().toPython())
        self.ends_edit.blockSignals(True)
        self.ends_edit.setDateTime(QDateTime(start + self._duration))
        self.ends_edit.blockSignals(False)
        self._on_changed()

    def _on_changed(self) -> None:
        draft = self.draft()
        if draft.ends_at > draft.starts_at:
            self._duration = draft.ends_at - draft.starts_at
        self.update_messages()
        self.sig_changed.emit()

    def update_messages(self) -> list[tuple[str, str]]:
        """Show the draft's problems and warnings; return the problems."""
        draft = self.draft()
        problems = validation_problems(draft)
        self.problems_label.setText("\n".join(message for _, message in problems))
        self.warning_label.setText("\n".join(meeting_warnings(draft)))
        self.link_edit.setEnabled(draft.format is not MeetingFormat.IN_PERSON
                                  or bool(draft.online_link))
        return problems

    def focus_field(self, field: str) -> None:
        widget = {"title": self.title_edit, "ends_at": self.ends_edit,
                  "group_id": self.group_box, "online_link": self.link_edit,
                  "location": self.location_edit, "rsvp_by": self.rsvp.edit}.get(field)
        if widget is not None:
            widget.setEnabled(True)
            widget.setFocus()


def _minute(value: object) -> datetime:
    assert isinstance(value, datetime)
    return value.replace(second=0, microsecond=0)
