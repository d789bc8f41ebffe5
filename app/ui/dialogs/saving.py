"""Dialogs that store their values when OK is pressed and stay open when storing fails, so that
nothing typed is lost (a held lock, a full disk, a record changed elsewhere).

Storing runs on the serial database worker: OK starts it, the window keeps repainting, and the
dialog closes only when the record is stored; a conflict, a lock or an error keeps it open.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from app.db.storage_errors import StorageError
from app.db.versions import LoadedVersion, RecordConflict
from app.domain.errors import DomainError
from app.ui.dialogs.conflict_dialog import KEEP_MINE, TAKE_THEIRS, ConflictDialog, draft_rows
from app.ui.tasks import Task, run_task

StartStore = Callable[[], object]


class SavesOnAccept:
    """Mixin for a QDialog: the caller sets ``save_with``; ``accept`` calls ``stored()`` last.

    ``save_with`` starts storing (``store_checked``), which closes the dialog once the record
    is stored. ``loaded`` is the stored version the form was loaded from (None for a new
    record); it goes with every save, so the check does not depend on the thread that runs it.
    """

    save_with: StartStore | None = None
    loaded: LoadedVersion | None = None
    conflict_dialog: ConflictDialog | None = None
    saving: Task[object] | None = None

    def stored(self) -> bool:
        """True to close now (nothing to store); False while storing runs or failed."""
        if self.save_with is None:
            return True
        if self.saving is None or self.saving.finished:
            self.save_with()
        return False


def _tr(text: str) -> str:
    return QCoreApplication.translate("saving", text)


def store_checked(dialog: Any, *, title: str, store: Callable[[LoadedVersion | None], object],
                  load_theirs: Callable[[], Any], labels: dict[str, str],
                  on_stored: Callable[[], None] | None = None) -> Task[object]:
    """Run ``store`` on the database worker with the version ``dialog`` was loaded from (the
    one save path of forms); close the dialog and call ``on_stored`` when it is stored.

    On a conflict both versions are shown: "meine behalten" stores again over the other version,
    "die andere übernehmen" puts it into the form (``dialog.set_draft``). A held lock offers to
    retry; any other German error is shown. In every failing case the dialog stays open.
    """
    assert isinstance(dialog, QDialog) and isinstance(dialog, SavesOnAccept)
    loaded = dialog.loaded

    def done(_result: object) -> None:
        if on_stored is not None:
            on_stored()
        QDialog.accept(dialog)

    def failed(error: BaseException) -> None:
        if isinstance(error, RecordConflict):
            _offer(dialog, error, load_theirs, labels)
        elif isinstance(error, StorageError):
            buttons = (QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel
                       if error.retry_makes_sense else QMessageBox.StandardButton.Ok)
            answer = QMessageBox.warning(dialog, title, str(error), buttons)
            if answer == QMessageBox.StandardButton.Retry:
                store_checked(dialog, title=title, store=store, load_theirs=load_theirs,
                              labels=labels, on_stored=on_stored)
        elif isinstance(error, DomainError):
            QMessageBox.warning(dialog, title, str(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    task = run_task(lambda _progress: store(loaded), parent=dialog, title=title,
                    database=True, report_errors=False, on_done=done, on_error=failed)
    dialog.saving = task
    return task


def _offer(dialog: Any, conflict: RecordConflict, load_theirs: Callable[[], Any],
           labels: dict[str, str]) -> None:
    stored_version = conflict.version
    if stored_version is None or dialog.loaded is None:
        QMessageBox.warning(dialog, _tr("Gleichzeitig geändert"), str(conflict))
        return
    theirs = load_theirs()
    chooser = ConflictDialog(rows=draft_rows(dialog.draft(), theirs, labels),
                             message=str(conflict), parent=dialog)

    def decided(result: int) -> None:
        if result == KEEP_MINE:
            dialog.loaded = dialog.loaded.moved_to(stored_version)
            dialog.accept()
        elif result == TAKE_THEIRS:
            dialog.set_draft(theirs)
            dialog.loaded = dialog.loaded.moved_to(stored_version)

    chooser.finished.connect(decided)
    chooser.open()
    dialog.conflict_dialog = chooser
