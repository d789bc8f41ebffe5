"""Dialogs that store their values when OK is pressed and stay open when storing fails, so that
nothing typed is lost (a held lock, a full disk, a record changed elsewhere)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from app.db.storage_errors import StorageError
from app.db.versions import LoadedVersion, RecordConflict
from app.domain.errors import DomainError
from app.ui.dialogs.conflict_dialog import KEEP_MINE, TAKE_THEIRS, ConflictDialog

Store = Callable[[], bool]


class SavesOnAccept:
    """Mixin for a QDialog: the caller sets ``save_with``; ``accept`` calls ``stored()`` last.

    ``loaded`` is the stored version the form was loaded from (None for a new record); it goes
    with every save, so the check does not depend on the thread that runs it.
    """

    save_with: Store | None = None
    loaded: LoadedVersion | None = None
    conflict_dialog: ConflictDialog | None = None

    def stored(self) -> bool:
        """Store through ``save_with``; False keeps the dialog open with its values."""
        return self.save_with is None or self.save_with()


def _tr(text: str) -> str:
    return QCoreApplication.translate("saving", text)


def store_checked(dialog: Any, *, title: str, store: Callable[[LoadedVersion | None], object],
                  load_theirs: Callable[[], Any], labels: dict[str, str]) -> bool:
    """Run ``store`` with the version ``dialog`` was loaded from (the one save path of forms).

    On a conflict both versions are shown: "meine behalten" stores again over the other version,
    "die andere übernehmen" puts it into the form (``dialog.set_draft``). A held lock offers to
    retry; any other German error is shown. In every failing case the dialog stays open.
    """
    assert isinstance(dialog, QDialog) and isinstance(dialog, SavesOnAccept)
    try:
        store(dialog.loaded)
    except RecordConflict as conflict:
        _offer(dialog, conflict, load_theirs, labels)
        return False
    except StorageError as error:
        buttons = (QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel
                   if error.retry_makes_sense else QMessageBox.StandardButton.Ok)
        answer = QMessageBox.warning(dialog, title, str(error), buttons)
        if answer == QMessageBox.StandardButton.Retry:
            return store_checked(dialog, title=title, store=store, load_theirs=load_theirs,
                                 labels=labels)
        return False
    except DomainError as error:
        QMessageBox.warning(dialog, title, str(error))
        return False
    return True


def _offer(dialog: Any, conflict: RecordConflict, load_theirs: Callable[[], Any],
           labels: dict[str, str]) -> None:
    stored_version = conflict.version
    if stored_version is None or dialog.loaded is None:
        QMessageBox.warning(dialog, _tr("Gleichzeitig geändert"), str(conflict))
        return
    theirs = load_theirs()
    chooser = ConflictDialog(mine=dialog.draft(), theirs=theirs, message=str(conflict),
                             labels=labels, parent=dialog)

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
