"""One PR item in full: besides the quick entry line, its text and whether it is public (a
website article, teaser or newsletter then appears under "Aktuelles" on the website)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.db.database import Database
from app.domain.enums import PrKind
from app.domain.errors import DomainError
from app.services import pr_work
from app.services.meeting_editing import Choice
from app.services.pr_work import PrDraft, PrRow
from app.ui.i18n import DATE_FORMAT
from app.ui.widgets.combo import enum_box, required_enum
from app.ui.widgets.messages import error_label
from app.ui.work.dialogs import save_buttons


class PrItemDialog(QDialog):
    def __init__(self, *, db: Database, row: PrRow, groups: list[Choice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Beitrag der Öffentlichkeitsarbeit"))
        self.resize(640, 520)
        self._db = db
        self._item_id = row.id
        self.kind_box = enum_box(PrKind)
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(row.kind), 0))
        self.date_edit = QDateEdit(QDate(row.published_on))
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.title_edit = QLineEdit(row.title)
        self.channel_edit = QLineEdit(row.channel)
        self.link_edit = QLineEdit(row.link)
        self.group_box = QComboBox()
        self.group_box.addItem(self.tr("— keine —"), None)
        for group in groups:
            self.group_box.addItem(group.text, group.id)
        self.group_box.setCurrentIndex(max(self.group_box.findText(row.group), 0)
                                       if row.group else 0)
        self.text_edit = QPlainTextEdit(row.text)
        self.text_edit.setTabChangesFocus(True)
        self.public_check = QCheckBox(self.tr(
            "Ö&ffentlich – unter „Aktuelles“ auf der Website zeigen (Website-Beitrag, "
            "Teaser-Text, Newsletter)"))
        self.public_check.setChecked(row.public)
        self.error_label = error_label(wrap=True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Art:"), self.kind_box)
        form.addRow(self.tr("&Datum:"), self.date_edit)
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("&Kanal:"), self.channel_edit)
        form.addRow(self.tr("&Link:"), self.link_edit)
        form.addRow(self.tr("A&G:"), self.group_box)
        form.addRow(self.tr("Te&xt:"), self.text_edit)
        form.addRow("", self.public_check)
        form.addRow(self.error_label)
        form.addRow(save_buttons(self))

    def draft(self) -> PrDraft:
        day = self.date_edit.date().toPython()
        assert isinstance(day, date)
        return PrDraft(required_enum(self.kind_box, PrKind), self.title_edit.text(), day,
                       self.channel_edit.text(), self.link_edit.text(),
                       self.group_box.currentData(), self.text_edit.toPlainText(),
                       self.public_check.isChecked())

    def accept(self) -> None:
        try:
            pr_work.save_pr_item(self._db, self.draft(), self._item_id)
        except DomainError as error:
            self.error_label.setText(str(error))
            return
        super().accept()
