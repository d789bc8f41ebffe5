"""Backups in the window: "Sicherung jetzt", restore through the dialog, automatic backups, and
a damaged database at start that is offered its newest sound backup."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.db import backups
from app.db.database import Database
from app.db.health import SessionMarker
from app.db.location import sqlite_target
from app.db.opening import open_database
from app.domain.models import Person
from app.services.safety import BackupService
from app.ui.application import open_with_recovery
from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    main_window = MainWindow(db=demo_db, ui_state=QSettings(
        str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), today=date(2024, 12, 10))
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window


def _say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def yes(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    return asked


def _shown_names(window: MainWindow) -> set[str]:
    return {row.last_name for row in window.contacts.persons.model_rows()}


def test_restore_round_trip_through_the_window(qtbot: QtBot, window: MainWindow,
                                               demo_db: Database,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    task = window.backups.backup_now()
    with qtbot.waitSignal(task.sig_done, timeout=30_000):
        pass
    taken = task.result
    assert taken is not None and "geprüft" in window.statusBar().currentMessage()
    with demo_db.unit_of_work() as session:
        session.add(Person(first_name="Erika", last_name="Nachtrag"))
    window.contacts.refresh()
    assert any("Nachtrag" in name for name in _shown_names(window))
    dialog = window.backups.restore_backup()
    rows = dialog.table.model_rows()
    assert rows[0].path == taken
    dialog.table.view.selectRow(0)
    asked = _say_yes(monkeypatch)
    with qtbot.waitSignal(dialog.sig_restored, timeout=30_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and taken.name in asked[0]
    assert "wiederhergestellt" in dialog.status_label.text()
    assert not any("Nachtrag" in name for name in _shown_names(window))
    with demo_db.reading() as session:
        assert session.query(Person).filter_by(last_name="Nachtrag").count() == 0
    saved = [info for info in dialog.table.model_rows() if info.reason == "vor-wiederherstellung"]
    assert len(saved) == 1
    reopened = open_database(sqlite_target(saved[0].path))
    with reopened.reading() as session:
        assert session.query(Person).filter_by(last_name="Nachtrag").count() == 1
    reopened.dispose()
    dialog.close()


def test_restore_of_a_foreign_file_changes_nothing(qtbot: QtBot, window: MainWindow,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *args: warnings.append(str(args[2])))
    _say_yes(monkeypatch)
    dialog = window.backups.restore_backup()
    other = tmp_path / "fremd.sqlite3"
    other.write_text("kein SQLite")
    dialog.ask_open_path = lambda _title: other
    dialog.other_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "nichts verändert" in warnings[0]
    assert window.contacts.persons.model.total_rows() > 0
    dialog.close()


def test_automatic_backups_first_of_the_day_and_after_changes(qtbot: QtBot, window: MainWindow,
                                                              demo_db: Database) -> None:
    path = demo_db.target.sqlite_path
    assert path is not None
    start = datetime(2026, 11, 25, 8, 0)
    window.backups.start_auto_backup(start)
    first = window.backups.last_task
    assert first is not None
    qtbot.waitUntil(lambda: first.finished, timeout=30_000)
    auto = window.backups.auto_backup
    assert auto is not None
    assert [info.reason for info in BackupService(path).listing()] == ["taeglich"]
    assert auto.at_start(start + timedelta(hours=1)) is None
    assert auto.tick(start + timedelta(minutes=40)) is None
    with demo_db.unit_of_work() as session:
        session.add(Person(first_name="Neu", last_name="Geändert"))
    assert auto.tick(start + timedelta(minutes=10)) is None
    taken = auto.tick(start + timedelta(minutes=31))
    assert taken is not None and "automatisch" in taken.name
    assert auto.tick(start + timedelta(minutes=70)) is None


def test_damaged_database_at_start_is_offered_its_newest_backup(
        qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.bootstrap import open_configured_database

    path = tmp_path / "daten.sqlite3"
    shutil.copy(demo_template, path)
    good = BackupService(path).take("manuell")
    SessionMarker(path).begin()  # the last run ended uncleanly: the full check runs at start
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\x00\xff" * 8192)
    damaged = path.read_bytes()
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: pytest.fail(str(args[2])))
    asked = _say_yes(monkeypatch)
    database = open_with_recovery(lambda: open_configured_database(str(path), with_demo=False))
    assert database is not None
    assert asked and "beschädigt" in asked[0]
    assert backups.integrity_problems(path) == []
    assert [p.read_bytes() for p in tmp_path.glob("daten_beschaedigt_*.sqlite3")] == [damaged]
    with database.reading() as session:
        assert session.query(Person).count() > 0
    database.dispose()
    assert good.exists()


def test_damage_found_after_the_window_is_shown_is_offered_a_backup(
        qtbot: QtBot, window: MainWindow, demo_db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = demo_db.target.sqlite_path
    assert path is not None
    good = BackupService(path).take("manuell")
    demo_db.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(b"\x00\xff" * 8192)
    asked = _say_yes(monkeypatch)
    task = window.backups.check_after_start()
    assert task is not None
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    assert "beschädigt" in asked[0] and good.exists()
    assert backups.integrity_problems(path) == []
    assert window.contacts.persons.model.total_rows() > 0
