"""Tabs tall enough for German capitals with umlauts: some styles (Fusion on Linux) shift an
unselected tab's label down and cut the dots off "Ö" and "Ü"."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

EXTRA_TAB_HEIGHT = 4
"""Pixels added to every tab: the shift of unselected labels plus the dots' height."""


class RoomyTabs(QProxyStyle):
    """The application's style with tabs a few pixels taller."""

    def sizeFromContents(self, contents: QStyle.ContentsType, option: QStyleOption,  # noqa: N802
                         size: QSize, widget: QWidget | None = None) -> QSize:
        # PySide6's stubs disagree between QProxyStyle and QCommonStyle about ``widget``.
        result = super().sizeFromContents(contents, option, size, widget)  # type: ignore[arg-type]
        if contents == QStyle.ContentsType.CT_TabBarTab:
            result = QSize(result.width(), result.height() + EXTRA_TAB_HEIGHT)
        return result


def install_roomy_tabs(app: QApplication) -> None:
    app.setStyle(RoomyTabs(app.style().name()))
