"""Start-up of the window against a bare PySide6 program, as ratios measured in the same run.

The baseline is QApplication + QMainWindow holding a QTabWidget with an empty QTableView that
quits after its first Paint event. Bündnisbüro is started as a user starts it
(``python -m app --db FILE``) with ``BUENDNISBUERO_QUIT_AFTER_PAINT`` set to ``1`` (the window
painted) or ``data`` (the remembered tab painted its data). Data sets: empty, demo, large; the
first start of a day (daily backup due) and a later one. Peak RSS of each process is read from
``wait4``.

Targets (issue 14): window painted ≤ 3×, data of the remembered tab ≤ 5× (≤ 6× on the first start
of a day), peak memory with the large set on the Übersicht ≤ 3× the baseline's.

Usage: python benchmarks/bench_start.py [--runs N] [--sizes empty,demo,large]
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BASELINE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget

class QuitOnPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
tabs.addTab(QTableView(), "Tabelle")
window.setCentralWidget(tabs)
quitter = QuitOnPaint()
window.installEventFilter(quitter)
window.show()
app.exec()
"""

TABS = {"Übersicht": 0, "Kontakte": 5}


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float


def _spawn(command: list[str], env: dict[str, str]) -> Run:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, cwd=ROOT)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} endete mit {status}: {process.stderr.read().decode()}"
                         if process.stderr else f"{command} endete mit {status}")
    return Run(seconds, usage.ru_maxrss / 1024)


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
    return env


def _remember_tab(env: dict[str, str], index: int) -> None:
    script = ("from PySide6.QtCore import QSettings, QCoreApplication;"
              "QCoreApplication.setOrganizationName('Buendnisbuero');"
              "QCoreApplication.setApplicationName('Buendnisbuero');"
              f"s = QSettings(); s.setValue('main_window/tab', {index}); s.sync()")
    subprocess.run([sys.executable, "-c", script], env=env, check=True)


def _database(folder: Path, size: str) -> Path:
    path = folder / f"{size}.sqlite3"
    command = [sys.executable, "-m", "app", "--db", str(path)]
    if size == "empty":
        subprocess.run([*command, "info"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    else:
        arguments = ["demo"] if size == "demo" else ["demo", "--size", "large"]
        subprocess.run([*command, *arguments], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


def _start(path: Path, env: dict[str, str], until: str, *, first_of_day: bool) -> Run:
    backups = path.parent / "Sicherungen"
    if first_of_day and backups.exists():
        shutil.rmtree(backups)
    return _spawn([sys.executable, "-m", "app", "--db", str(path)],
                  {**env, "BUENDNISBUERO_QUIT_AFTER_PAINT": until})


def _median(runs: list[Run]) -> Run:
    return Run(statistics.median(r.seconds for r in runs),
               statistics.median(r.peak_mib for r in runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="empty,demo,large")
    arguments = parser.parse_args()
    compileall.compile_dir(ROOT / "app", quiet=1)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        env = _environment(folder)
        _spawn([sys.executable, "-c", BASELINE], env)
        baseline = _median([_spawn([sys.executable, "-c", BASELINE], env)
                            for _ in range(arguments.runs)])
        print(f"Basis (leeres PySide6-Fenster): {baseline.seconds:.3f} s, "
              f"{baseline.peak_mib:.0f} MiB")
        for size in arguments.sizes.split(","):
            path = _database(folder, size)
            for tab, index in TABS.items():
                _remember_tab(env, index)
                for until, label in (("1", "Fenster gemalt"), ("data", "Daten gezeigt")):
                    for first_of_day in (False, True):
                        _start(path, env, until, first_of_day=False)
                        runs = [_start(path, env, until, first_of_day=first_of_day)
                                for _ in range(arguments.runs)]
                        run = _median(runs)
                        day = "erster Start des Tages" if first_of_day else "späterer Start"
                        print(f"{size:>5} · {tab:<9} · {label:<14} · {day:<22}: "
                              f"{run.seconds:.3f} s = {run.seconds / baseline.seconds:4.1f}× · "
                              f"Spitze {run.peak_mib:.0f} MiB = "
                              f"{run.peak_mib / baseline.peak_mib:3.1f}×")


if __name__ == "__main__":
    main()
