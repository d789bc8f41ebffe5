"""Build the frozen application and, where NSIS is installed, the Windows installer; then prove
them: the frozen --self-test, the size of the folder and the installer, and the time from start
to the painted main window with the demo data.

Usage: python packaging/build.py [--dist DIR] [--no-installer]
Runs on Windows (the real build) and on Linux (the same spec, as a check in CI).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_FOLDER = "Bündnisbüro"
SIZE_GOAL_MB = 150


def version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


def folder_megabytes(folder: Path) -> float:
    """Bytes on disk; PyInstaller's symbolic links to Qt libraries are not counted twice."""
    return sum(path.lstat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink()) / 1e6


def console_program(app: Path) -> Path:
    """The executable that prints: the console variant on Windows, the program itself elsewhere."""
    return app / ("Buendnisbuero-Konsole.exe" if sys.platform == "win32" else "Buendnisbuero")


def freeze(dist: Path, work: Path) -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work),
                    str(ROOT / "packaging" / "buendnisbuero.spec")], check=True)
    return dist / APP_FOLDER


def self_test(app: Path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([str(console_program(app)), "--self-test"], env=environment,
                            capture_output=True, text=True, timeout=600, check=False)
    print(result.stdout)
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        raise SystemExit(f"Der Selbsttest der eingefrorenen Anwendung schlug fehl "
                         f"({result.returncode}).")


def startup_seconds(app: Path, until: str, runs: int = 3) -> float:
    """Median time from start to the painted main window (``until`` = "1") or to the painted
    data of the first tab (``until`` = "data"), with demo data and fresh user folders."""
    timings = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                               BUENDNISBUERO_QUIT_AFTER_PAINT=until, XDG_DATA_HOME=home,
                               XDG_CONFIG_HOME=home, XDG_STATE_HOME=home, XDG_CACHE_HOME=home,
                               LOCALAPPDATA=home, APPDATA=home)
            database = Path(home) / "demo.sqlite3"
            subprocess.run([str(console_program(app)), "--db", str(database), "demo"],
                           env=environment, capture_output=True, check=True, timeout=600)
            start = time.perf_counter()
            subprocess.run([str(console_program(app)), "--db", str(database)], env=environment,
                           capture_output=True, check=True, timeout=600)
            timings.append(time.perf_counter() - start)
    return sorted(timings)[len(timings) // 2]


def build_installer(app: Path, dist: Path) -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        raise SystemExit("makensis fehlt (NSIS 3 installieren) – oder --no-installer angeben.")
    out = dist / f"Buendnisbuero-Installation-{version()}.exe"
    subprocess.run([makensis, "-WX", "-V2", f"-DVERSION={version()}", f"-DPAYLOAD={app}",
                    f"-DOUTFILE={out}", str(ROOT / "packaging" / "installer.nsi")], check=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-installer", action="store_true")
    arguments = parser.parse_args()
    arguments.dist = arguments.dist.resolve()  # makensis resolves relative paths from its script
    work = Path(tempfile.mkdtemp(prefix="buendnisbuero-build-"))
    started = time.perf_counter()
    app = freeze(arguments.dist, work)
    print(f"Eingefroren in {time.perf_counter() - started:.0f} s: {app}")
    self_test(app)
    size = folder_megabytes(app)
    painted = startup_seconds(app, "1")
    with_data = startup_seconds(app, "data")
    installer = None if arguments.no_installer else build_installer(app, arguments.dist)
    print("Messwerte")
    print(f"  Größe des Programmordners: {size:7.1f} MB (Ziel ≤ {SIZE_GOAL_MB} MB"
          f"{'' if size <= SIZE_GOAL_MB else ', VERFEHLT'})")
    if installer is not None:
        print(f"  Größe des Installationsprogramms: {installer.stat().st_size / 1e6:7.1f} MB "
              f"({installer.name})")
    print(f"  Start bis gemaltes Hauptfenster (Demodaten, Median aus 3): {painted:5.2f} s")
    print(f"  Start bis gemalte Daten der Übersicht (Demodaten, Median aus 3): {with_data:5.2f} s")


if __name__ == "__main__":
    main()
