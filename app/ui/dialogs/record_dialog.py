"""A read-only view of one record: its fields and its tables (agenda, members, milestones…)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.rows import DetailSection, RecordDetail
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.widgets.record_table import RecordTable


class RecordDialog(QDialog):
    """Shows a ``RecordDetail``: a form of its fields and a tab per section."""

    def __init__(self, *, detail: RecordDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(detail.title)
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{_escape(detail.title)}</h2>")
        layout.addWidget(heading)
        form = QFormLayout()
        for name, value in detail.fields:
            text = QLabel(value or "—")
            text.setWordWrap(True)
            form.addRow(f"{name}:", text)
        layout.addLayout(form)
        if detail.sections:
            self.sections = QTabWidget(self)
            for section in detail.sections:
                self.sections.addTab(_section_table(section),
                                     f"{section.title} ({len(section.rows)})")
            layout.addWidget(self.sections, stretch=1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _section_table(section: DetailSection) -> QWidget:
    columns = [Column[tuple[str, ...]](header, _cell_reader(i))
               for i, header in enumerate(section.headers)]
    model = RowTableModel[tuple[str, ...]](columns=columns, row_id=lambda _row: 0)
    table = RecordTable[tuple[str, ...]](model=model)
    table.set_rows(section.rows)
    return table


def _cell_reader(position: int) -> Callable[[tuple[str, ...]], str]:
    return lambda row: row[position]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
