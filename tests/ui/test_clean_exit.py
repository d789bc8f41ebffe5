"""The program ends cleanly: a script that opens every tab and dialog exits with status 0
under ``python -X dev`` (which turns crashes at interpreter exit, such as a reference-count
error between Python and Qt, into a non-zero status)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DRIVER = Path(__file__).with_name("drive_every_dialog.py")


def test_opening_every_tab_and_dialog_exits_cleanly(demo_template: Path, tmp_path: Path) -> None:
    database = tmp_path / "daten.sqlite3"
    database.write_bytes(demo_template.read_bytes())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-X", "dev", str(DRIVER), str(database), str(tmp_path / "ui.ini")],
            env=env, capture_output=True, text=True, timeout=180, check=False,
            cwd=Path(__file__).resolve().parents[2])
        assert result.returncode == 0, result.stderr[-3000:]
        assert "geschlossen" in result.stdout
