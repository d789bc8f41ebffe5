"""Refresh the README's screenshots: the main window with the demo data of today at laptop size
(1280 × 680), one picture per tab and one of all tabs together, rendered offscreen.

Usage: python packaging/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.db.location import sqlite_target  # noqa: E402
from app.db.opening import open_database  # noqa: E402
from app.services.demo import fill_demo  # noqa: E402
from app.ui.i18n import install_german  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.tab_style import install_roomy_tabs  # noqa: E402

TARGET = ROOT / "resources" / "screenshots"
COLUMNS = 2
SCALE = 0.5


def main() -> int:
    app = QApplication([])
    install_german(app)
    install_roomy_tabs(app)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(sqlite_target(Path(folder) / "demo.sqlite3"))
        today = date.today()
        fill_demo(db, today=today)
        window = MainWindow(db=db, ui_state=QSettings(str(Path(folder) / "ui.ini"),
                                                      QSettings.Format.IniFormat),
                            today=today)
        window.resize(1280, 680)
        window.show()
        TARGET.mkdir(parents=True, exist_ok=True)
        pictures: list[tuple[str, QPixmap]] = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            name = window.tabs.current_key()
            picture = window.grab()
            picture.save(str(TARGET / f"{name}.png"))
            text = window.tabs.tabText(index)
            pictures.append((text.replace("&&", "\0").replace("&", "").replace("\0", "&"),
                             picture))
            if name == "calendar":
                picture.save(str(TARGET / "hauptfenster.png"))
        _all_tabs(pictures, today).save(str(TARGET / "alle_reiter.png"))
        window.close()
        db.dispose()
    print(f"Bildschirmfotos geschrieben nach {TARGET}")
    return 0


def _all_tabs(pictures: list[tuple[str, QPixmap]], today: date) -> QImage:
    """The tabs side by side at half size, each with its name, under a title with the day."""
    width = round(pictures[0][1].width() * SCALE)
    height = round(pictures[0][1].height() * SCALE)
    caption, margin, title = 26, 12, 40
    rows = -(-len(pictures) // COLUMNS)
    image = QImage(COLUMNS * (width + margin) + margin,
                   title + rows * (height + caption + margin) + margin, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    font = QFont("DejaVu Sans", 13)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(margin, 28, f"Bündnisbüro mit den Demodaten vom {today:%d.%m.%Y}")
    font.setPointSize(11)
    painter.setFont(font)
    for number, (name, picture) in enumerate(pictures):
        x = margin + (number % COLUMNS) * (width + margin)
        y = title + (number // COLUMNS) * (height + caption + margin)
        painter.drawText(x, y + 18, name)
        painter.drawPixmap(x, y + caption, width, height, picture)
        painter.setPen(QColor("#999999"))
        painter.drawRect(x, y + caption, width, height)
        painter.setPen(QColor("black"))
    painter.end()
    return image


if __name__ == "__main__":
    sys.exit(main())
