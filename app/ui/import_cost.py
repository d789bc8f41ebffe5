"""Imports after PySide6 at their normal price.

PySide6 replaces ``builtins.__import__`` to support ``from __feature__ import snake_case``; as a
side effect it reads the source of every Python module imported afterwards and searches it for
"PySide6" (``shibokensupport.feature._mod_uses_pyside``), once per module. For the data layer
(SQLAlchemy, the models, the services) that costs about a third of their import time. This
program uses no ``__feature__`` switches, so modules outside the user interface are marked as not
using PySide without reading them. Upstream discussion: napari/napari#8584 (PySide6 import tax).
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

_SCANNED_PREFIXES = ("app.ui", "PySide6", "shiboken6", "__main__")
"""Modules that may use PySide6 keep the original check."""


class _NoSourceScan(dict[str, int]):
    """The feature table, answering "does not use PySide" for every module outside the UI."""

    def __missing__(self, name: str) -> int:
        return -1

    def __contains__(self, name: object) -> bool:
        if isinstance(name, str) and not name.startswith(_SCANNED_PREFIXES):
            return True
        return dict.__contains__(self, name)


def skip_source_scan() -> bool:
    """Install the table; False (and nothing changed) if this PySide6 works differently."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if feature is None or not isinstance(table, dict):
        log.info("PySide6-Importprüfung nicht gefunden; Importe bleiben unverändert.")
        return False
    if not isinstance(table, _NoSourceScan):
        feature.pyside_feature_dict = _NoSourceScan(table)  # type: ignore[attr-defined]
    return True
