"""Start-up as a user starts the program: the window paints before the data layer is loaded,
and neither the window nor the remembered tab's data load export, validation or Excel
libraries; both quit switches end the program with status 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("reportlab", "PIL", "docx", "docxtpl", "openpyxl", "icalendar", "phonenumbers",
         "email_validator", "alembic")

PROBE = """
import json, os, sys
from app import bootstrap
from app.cli import main

def report_and_end(code):
    loaded = sorted({name.split(".")[0] for name in sys.modules})
    print(json.dumps({"code": code, "loaded": loaded}))
    end_process(code)

end_process, bootstrap.end_process = bootstrap.end_process, report_and_end
main(["--db", sys.argv[1]])
"""

REMEMBER_TAB = """
import sys
from PySide6.QtCore import QCoreApplication, QSettings
QCoreApplication.setOrganizationName("Buendnisbuero")
QCoreApplication.setApplicationName("Buendnisbuero")
settings = QSettings()
settings.setValue("main_window/tab", int(sys.argv[1]))
settings.sync()
"""


def _environment(tmp_path: Path, until: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", BUENDNISBUERO_QUIT_AFTER_PAINT=until,
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    return env


@pytest.mark.parametrize(("tab", "until"), [(0, "1"), (0, "data"), (4, "data"), (5, "data"),
                                            (1, "data")])
def test_start_loads_nothing_it_does_not_show(demo_template: Path, tmp_path: Path, tab: int,
                                              until: str) -> None:
    database = tmp_path / "daten.sqlite3"
    database.write_bytes(demo_template.read_bytes())
    env = _environment(tmp_path, until)
    subprocess.run([sys.executable, "-c", REMEMBER_TAB, str(tab)], env=env, check=True)
    result = subprocess.run([sys.executable, "-X", "dev", "-c", PROBE, str(database)], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    assert [name for name in HEAVY if name in report["loaded"]] == []
    if until == "1":
        assert "sqlalchemy" not in report["loaded"], "Das Fenster wartet nicht auf die Daten."
    else:
        assert "sqlalchemy" in report["loaded"]


def test_demo_start_writes_the_demo_on_the_worker_and_shows_it(tmp_path: Path) -> None:
    database = tmp_path / "neu.sqlite3"
    env = _environment(tmp_path, "data")
    result = subprocess.run([sys.executable, "-m", "app", "--demo", "--db", str(database)],
                            env=env, capture_output=True, text=True, timeout=180, check=False,
                            cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 0, result.stderr
    info = subprocess.run([sys.executable, "-m", "app", "--db", str(database), "info"],
                          env=env, capture_output=True, text=True, timeout=120, check=True,
                          cwd=Path(__file__).resolve().parent.parent)
    persons = next(line for line in info.stdout.splitlines() if "Personen" in line)
    assert int(persons.split()[-1]) > 0
