"""``--self-test``: every step runs on a fresh temporary database and names what failed."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.cli import main as cli_main
from app.services import report_exports


def test_self_test_passes_and_prints_a_german_summary(qtbot: QtBot,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "Selbsttest bestanden: alle 9 Schritte in Ordnung." in out
    for step in ("Protokoll als Word-Datei", "Anwesenheitsliste als PDF", "Statusbericht als PDF",
                 "Kalender als iCalendar-Datei", "Hauptfenster"):
        assert f"ok     {step}" in out


def test_self_test_names_the_failed_step(qtbot: QtBot, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("Datenträger voll")

    monkeypatch.setattr(report_exports, "export_report", broken)
    assert cli_main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "FEHLER Statusbericht als PDF" in out and "Datenträger voll" in out
    assert "Selbsttest fehlgeschlagen: Statusbericht als PDF." in out
