"""The architecture holds: Qt only in app/ui (and the entry point), no queries in widgets."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_below_the_ui() -> None:
    offenders = [
        str(path.relative_to(APP)) for path in APP.rglob("*.py")
        if "ui" not in path.relative_to(APP).parts and path.name != "bootstrap.py"
        and any(name.startswith("PySide6") for name in _imported_modules(path))
    ]
    assert offenders == []


def test_bootstrap_imports_qt_only_inside_run_gui() -> None:
    tree = ast.parse((APP / "bootstrap.py").read_text(encoding="utf-8"))
    top_level = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    assert not any(isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")
                   for node in top_level)


def test_widgets_do_not_query() -> None:
    offenders = [str(path.relative_to(APP)) for path in (APP / "ui").rglob("*.py")
                 if "sqlalchemy" in " ".join(_imported_modules(path))]
    assert offenders == []


def test_import_linter_contracts_hold() -> None:
    """The layer order and the forbidden imports written in pyproject.toml."""
    import shutil
    import subprocess
    import sys

    command = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert command is not None, "import-linter fehlt (pip install -e '.[test]')"
    result = subprocess.run([command, "--no-cache"], capture_output=True, text=True,
                            cwd=APP.parent, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
