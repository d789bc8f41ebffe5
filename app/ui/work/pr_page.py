"""Public relations: enter PR items and see the teaser texts against their quota."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.enums import PrKind, QuotaKind
from app.domain.errors import DomainError
from app.services import contract, pr_work
from app.services.meeting_editing import Choice, group_choices
from app.services.pr_work import PrDraft, PrRow
from app.ui.i18n import DATE_FORMAT
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.combo import enum_box, required_enum
from app.ui.widgets.messages import show_as_error
from app.ui.widgets.record_table import RecordTable
from app.ui.widgets.year_box import YearBox, default_year
from app.ui.work.pr_dialog import PrItemDialog

if TYPE_CHECKING:
    from app.ui.work.newsletter_dialog import NewsletterDialog

class PrPage(QWidget):
    """Signals:
        sig_pr_changed(): a PR item was added or removed.
    """

    sig_pr_changed = Signal()
    """The quota figures changed."""

    def __init__(self, *, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.kind_box = enum_box(PrKind)
        self.date_edit = QDateEdit(QDate(today))
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Titel (Eingabetaste erfasst)"))
        self.channel_edit = QLineEdit()
        self.channel_edit.setPlaceholderText(self.tr("Kanal, z. B. Website"))
        self.channel_edit.setMinimumWidth(self.channel_edit.fontMetrics().horizontalAdvance(
            self.channel_edit.placeholderText()) + 20)
        self.link_edit = QLineEdit()
        self.link_edit.setPlaceholderText("https://…")
        self.group_box = QComboBox()
        self.group_box.addItem(self.tr("— keine AG —"), None)
        for group in group_choices(db):
            self.group_box.addItem(group.text.split(" – ")[0], group.id)
        self.add_button = QPushButton(self.tr("&Erfassen"))
        self.message_label = QLabel()
        years = sorted(set(contract.available_years(db)) | {today.year})
        self.year_box = YearBox(years=years, selected=default_year(years, today.year))
        self.quota_label = QLabel()
        self.items = RecordTable[PrRow](
            placeholder=self.tr(
                "Noch keine Beiträge der Öffentlichkeitsarbeit in diesem Jahr. Oben eintragen und "
                "„Erfassen“."),
            model=RowTableModel(columns=[
            Column(self.tr("Datum"), lambda p: p.published_on),
            Column(self.tr("Art"), lambda p: p.kind), Column(self.tr("Titel"), lambda p: p.title),
            Column(self.tr("Kanal"), lambda p: p.channel), Column(self.tr("AG"), lambda p: p.group),
            Column(self.tr("Link"), lambda p: p.link)], row_id=lambda p: p.id))
        self.delete_button = QPushButton(self.tr("Eintrag &löschen"))
        self.newsletter_button = QPushButton(self.tr("&Newsletter …"))
        entry = QHBoxLayout()
        widgets: tuple[QWidget, ...] = (self.kind_box, self.date_edit, self.title_edit,
                                         self.channel_edit, self.link_edit, self.group_box,
                                         self.add_button)
        for widget in widgets:
            entry.addWidget(widget, stretch=2 if widget is self.title_edit else 0)
        year = QHBoxLayout()
        year.addWidget(QLabel(self.tr("Jahr:")))
        year.addWidget(self.year_box)
        year.addWidget(self.quota_label, stretch=1)
        year.addWidget(self.newsletter_button)
        year.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.message_label)
        layout.addLayout(year)
        layout.addWidget(self.items, stretch=1)
        self.add_button.clicked.connect(self.add_item)
        self.title_edit.returnPressed.connect(self.add_item)
        self.year_box.currentIndexChanged.connect(self.refresh)
        self.delete_button.clicked.connect(self.delete_selected)
        self.items.sig_record_activated.connect(self.edit_item)
        self.newsletter_button.clicked.connect(self.compose_newsletter)
        self.refresh()

    def year(self) -> int:
        return self.year_box.year() or self._today.year

    def refresh(self) -> None:
        year = self.year()
        self.items.set_rows(pr_work.list_pr_items(self._db, year))
        teasers = next(s for s in contract.quota_status(self._db, year)
                       if s.kind is QuotaKind.TEASER_TEXTS)
        allowed = "—" if teasers.allowed is None else str(teasers.allowed)
        self.quota_label.setText(self.tr("Teaser-Texte %1: %2 / %3").replace("%1", str(year))
                                 .replace("%2", str(teasers.used)).replace("%3", allowed))

    def add_item(self) -> bool:
        day = self.date_edit.date().toPython()
        assert isinstance(day, date)
        draft = PrDraft(required_enum(self.kind_box, PrKind), self.title_edit.text(), day,
                        self.channel_edit.text(), self.link_edit.text(),
                        self.group_box.currentData())
        try:
            pr_work.save_pr_item(self._db, draft)
        except DomainError as error:
            show_as_error(self.message_label)
            self.message_label.setText(str(error))
            return False
        self.message_label.setStyleSheet("")
        self.message_label.setText(self.tr("Erfasst."))
        self.title_edit.clear()
        self.link_edit.clear()
        self.refresh()
        self.sig_pr_changed.emit()
        return True

    def edit_item(self, item_id: int) -> PrItemDialog | None:
        """Text and "öffentlich" of an item, in a dialog (double click or Enter on a row)."""
        row = next((row for row in self.items.model_rows() if row.id == item_id), None)
        if row is None:
            return None
        groups = [Choice(choice.id, choice.text.split(" – ")[0])
                  for choice in group_choices(self._db)]
        dialog = PrItemDialog(db=self._db, row=row, groups=groups, parent=self)
        dialog.accepted.connect(self._edited)
        dialog.open()
        return dialog

    def compose_newsletter(self) -> NewsletterDialog:
        """The year's items to choose from; the newsletter written is listed here afterwards."""
        from app.ui.work.newsletter_dialog import NewsletterDialog

        dialog = NewsletterDialog(db=self._db, today=self._today,
                                  items=self.items.model_rows(), parent=self)
        dialog.finished.connect(lambda _result: self._edited())
        dialog.open()
        return dialog

    def _edited(self) -> None:
        self.refresh()
        self.sig_pr_changed.emit()

    def delete_selected(self) -> None:
        item_id = self.items.selected_id()
        if item_id is not None:
            pr_work.delete_pr_item(self._db, item_id)
            self.refresh()
            self.sig_pr_changed.emit()
