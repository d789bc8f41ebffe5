"""The Berichte tab: choose a reporting period, preview its figures, export and print."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.database import Database
from app.domain.enums import MeetingKind, MeetingStatus
from app.domain.models import Meeting
from app.ui.tabs.reports_tab import ReportsTab
from tests.ui.printing import assert_prints_like_the_pdf


def test_period_preview_export_and_print(qtbot: QtBot, demo_db: Database,
                                         tmp_path: Path) -> None:
    tab = ReportsTab(db=demo_db, today=date(2023, 10, 15))
    qtbot.addWidget(tab)
    tab.show()
    tab.table.view.selectRow(0)
    assert tab.period() == (date(2023, 1, 1), date(2023, 10, 31))
    assert tab.data is not None and tab.data.title == "Statusbericht 2023"
    network = next(q for q in tab.quotas.model_rows() if q.label == "Netzwerktreffen")
    with demo_db.reading() as session:
        held = session.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.kind == MeetingKind.NETWORK,
            Meeting.starts_at >= datetime(2023, 1, 1), Meeting.starts_at < datetime(2023, 11, 1),
            Meeting.status != MeetingStatus.CANCELLED))
    assert network.used == held
    assert "Sitzungen statt" in tab.summary.text()
    tab.ask_save_path = lambda _title, name, _filter: tmp_path / name
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    exports = [tab.export(".pdf"), tab.export(".docx")]
    for task in exports:
        assert task is not None
        qtbot.waitUntil(lambda task=task: task.finished, timeout=60_000)
    timer.stop()
    assert ticks, "Das Fenster muss während des Exports weiterlaufen."
    pdf, docx = (task.result for task in exports if task is not None)
    assert pdf is not None and docx is not None and docx.suffix == ".docx"
    assert "Statusbericht 2023" in PdfReader(pdf).pages[0].extract_text()
    assert "Gespeichert:" in tab.status_label.text()
    printing = tab.print_preview()
    qtbot.waitUntil(lambda: printing.finished, timeout=60_000)
    preview = tab.preview_dialog
    assert preview is not None and preview.isVisible()
    assert "Kontingente" in " ".join(page.extract_text()
                                     for page in PdfReader(preview.source).pages)
    assert_prints_like_the_pdf(preview, tmp_path)
    preview.close()
