"""The worker helper: work runs off the GUI thread while the window keeps repainting, results and
errors come back on the GUI thread, cancelling stops before anything is committed."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.errors import DomainError
from app.ui.tasks import Cancelled, Progress, run_task


def test_the_gui_thread_keeps_running_while_work_runs(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    gui_thread = threading.get_ident()

    def work(progress: Progress) -> int:
        for step in range(5):
            time.sleep(0.05)
            progress(step * 20, f"Schritt {step + 1}")
        return threading.get_ident()

    task = run_task(work, parent=parent, title="Test")
    with qtbot.waitSignal(task.sig_done, timeout=10_000) as done:
        pass
    timer.stop()
    assert done.args[0] != gui_thread
    assert len(ticks) >= 5, "Der Timer muss während der Arbeit weiterlaufen."
    assert task.finished and task.dialog is None


def test_a_domain_error_is_shown_in_german(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(str(args[2])))

    def work(_progress: Progress) -> None:
        raise DomainError("Die Datei ist schreibgeschützt.")

    task = run_task(work, parent=None, title="Export")
    with qtbot.waitSignal(task.sig_error, timeout=10_000):
        pass
    assert shown == ["Die Datei ist schreibgeschützt."]


def test_cancelling_stops_at_the_next_check(qtbot: QtBot) -> None:
    started = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        for _ in range(500):
            progress.check()
            time.sleep(0.01)
        return "zu Ende"

    task = run_task(work, parent=None, title="Import", cancellable=True)
    assert started.wait(10)
    task.cancel()
    with qtbot.waitSignal(task.sig_error, timeout=10_000) as failed:
        pass
    assert isinstance(failed.args[0], Cancelled)
    assert task.result is None
