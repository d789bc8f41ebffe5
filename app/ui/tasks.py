"""Long work off the GUI thread: the one helper every export, import, backup and check uses.

``run_task`` runs a pure callable (it never touches a widget) in a thread pool, shows a German
progress dialog when the work takes longer than a moment, and hands the result or the error back
to the GUI thread. The callable reports through the ``Progress`` it is given and may be cancelled
where the caller says cancelling is safe (an import before its commit).

Threads and the database: every service call opens its own session, so each session belongs to
one thread. Work that writes (imports, backups, restores, erasures, demo data) runs on one serial
pool (``database=True``), so two writes never compete; reads from the GUI thread stay allowed
under WAL. On a network drive, where the file is locked exclusively, callers send all database
work through that serial pool.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.domain.errors import DomainError

log = logging.getLogger(__name__)

T = TypeVar("T")
SHOW_PROGRESS_AFTER_MS = 200


class Cancelled(Exception):
    """Raised inside the work when the user pressed "Abbrechen"; nothing was committed."""


@dataclass
class Progress:
    """What the work gets: report progress, ask whether to stop. Safe to call from the worker."""

    _report: Callable[[int, str], None]
    _cancel: threading.Event = field(default_factory=threading.Event)

    def __call__(self, percent: int, text: str = "") -> None:
        self._report(max(0, min(100, percent)), text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop (call between steps, before commit)."""
        if self._cancel.is_set():
            raise Cancelled()


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the worker arrive there queued."""

    sig_progress = Signal(int, str)
    """Percent done and what is being done."""
    sig_finished = Signal(object)
    """The result of the work."""
    sig_failed = Signal(object)
    """The exception the work raised."""


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress,
                 relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._progress = progress
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as error:  # noqa: BLE001 - every error goes back to the GUI thread
            self._relay.sig_failed.emit(error)
        else:
            self._relay.sig_finished.emit(result)


_pools: dict[str, QThreadPool] = {}


def _pool(database: bool) -> QThreadPool:
    """The serial pool for database work, the global pool for the rest."""
    if not database:
        return QThreadPool.globalInstance()
    if "database" not in _pools:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        _pools["database"] = pool
    return _pools["database"]


class Task(QObject, Generic[T]):
    """A running piece of work; keeps itself alive until it ended.

    Signals:
        sig_done(object): the result, on the GUI thread.
        sig_error(object): the exception, on the GUI thread (after the German message was shown).
        sig_ended(): either of the two, or the cancellation, happened.
    """

    sig_done = Signal(object)
    """The work finished; the argument is its result."""
    sig_error = Signal(object)
    """The work failed; the argument is the exception."""
    sig_ended = Signal()
    """The work is over, whichever way."""

    _running: set[Task[Any]] = set()

    def __init__(self, *, parent: QWidget | None, title: str, cancellable: bool,
                 quiet: bool, report_errors: bool = True) -> None:
        super().__init__(None)
        self.title = title
        self.result: T | None = None
        self.error: BaseException | None = None
        self.finished = False
        self._parent = parent
        self._quiet = quiet
        self._report_errors = report_errors
        self._relay = _Relay()
        self.progress = Progress(self._relay.sig_progress.emit)
        self.dialog: QProgressDialog | None = None
        if not quiet:
            self.dialog = self._progress_dialog(parent, title, cancellable)
        self._relay.sig_progress.connect(self._on_progress)
        self._relay.sig_finished.connect(self._on_finished)
        self._relay.sig_failed.connect(self._on_failed)

    def _progress_dialog(self, parent: QWidget | None, title: str,
                         cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(title, self.tr("Abbrechen") if cancellable else "", 0, 100,
                                 parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        return dialog

    def start(self, work: Callable[[Progress], T], *, database: bool) -> Task[T]:
        Task._running.add(self)
        _pool(database).start(_Runnable(work, self.progress, self._relay))
        return self

    def cancel(self) -> None:
        self.progress._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Wird abgebrochen …"))

    def _on_progress(self, percent: int, text: str) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        if text:
            dialog.setLabelText(text)
        dialog.setValue(percent)  # a modal progress dialog processes events here

    def _on_finished(self, result: object) -> None:
        self._close()
        self.result = result  # type: ignore[assignment]
        self.sig_done.emit(result)
        self.sig_ended.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._close()
        self.error = error
        if isinstance(error, Cancelled):
            log.info("%s abgebrochen.", self.title)
        elif not self._report_errors:
            log.info("%s: %s", self.title, error)
        elif isinstance(error, DomainError):
            if not self._quiet:
                QMessageBox.warning(self._parent, self.title, str(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)
        self.sig_error.emit(error)
        self.sig_ended.emit()

    def _close(self) -> None:
        self.finished = True
        Task._running.discard(self)
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def run_task(work: Callable[[Progress], T], *, parent: QWidget | None, title: str,
             on_done: Callable[[T], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             cancellable: bool = False, database: bool = False, quiet: bool = False,
             report_errors: bool = True) -> Task[T]:
    """Run ``work(progress)`` off the GUI thread.

    Args:
        work: a callable without widgets; it may call ``progress(percent, text)`` and
            ``progress.check()``.
        parent: the window the progress dialog and messages belong to.
        title: German, for the progress dialog and the error message.
        on_done: called on the GUI thread with the result.
        on_error: called on the GUI thread with the exception (after a German message for a
            ``DomainError``; unexpected errors go to the error dialog).
        cancellable: offer "Abbrechen"; only where stopping leaves the data as it was.
        database: run on the serial database worker (writes, backups).
        quiet: no progress dialog and no message (background work such as automatic backups).
        report_errors: False when ``on_error`` shows every error itself.
    """
    task: Task[T] = Task(parent=parent, title=title, cancellable=cancellable, quiet=quiet,
                         report_errors=report_errors)
    if on_done is not None:
        task.sig_done.connect(on_done)
    if on_error is not None:
        task.sig_error.connect(on_error)
    return task.start(work, database=database)


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until every pool is idle (at exit, and in tests); True when all finished."""
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    return all(pool.waitForDone(timeout_ms) for pool in _pools.values()) and done
