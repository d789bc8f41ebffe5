"""Starting the application: a database that cannot be opened ends in a German message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.bootstrap import open_configured_database
from app.db.database import Database
from app.ui import application


def test_non_database_file_shows_a_german_message(qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "liste.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))

    def open_database() -> Database:
        return open_configured_database(str(path), with_demo=False)

    ended: list[int] = []
    session = application.start_application(open_database=open_database,
                                             log_file=tmp_path / "log.txt", end=ended.append)
    qtbot.addWidget(session.window)
    qtbot.waitUntil(lambda: bool(ended), timeout=30_000)
    session.close()
    assert ended == [1] and session.exit_code == 1
    assert "keine Bündnisbüro-Datenbank" in shown[0]
    assert path.read_bytes() == b"PK\x03\x04" + b"\x00" * 200
