"""Draw the application icon (resources/icons/buendnisbuero.ico and .png); run after changing it.

Usage: python packaging/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

import reportlab
from PIL import Image, ImageDraw, ImageFont

TARGET = Path(__file__).resolve().parent.parent / "resources" / "icons"
ACCENT = (31, 92, 122, 255)
LIGHT = (232, 242, 247, 255)
SIZES = [16, 24, 32, 48, 64, 128, 256]


def draw(size: int = 256) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8, 8, size - 8, size - 8), radius=size // 6, fill=ACCENT)
    for row in range(3):
        top = size * (0.56 + row * 0.1)
        pen.rectangle((size * 0.22, top, size * (0.78 - row * 0.12), top + size * 0.05),
                      fill=LIGHT)
    font_file = Path(reportlab.__file__).parent / "fonts" / "VeraBd.ttf"
    font = ImageFont.truetype(str(font_file), int(size * 0.42))
    pen.text((size * 0.5, size * 0.33), "B", font=font, fill=LIGHT, anchor="mm")
    return image


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(TARGET / "buendnisbuero.png")
    image.save(TARGET / "buendnisbuero.ico", sizes=[(size, size) for size in SIZES])
    print(f"Symbol geschrieben nach {TARGET}")


if __name__ == "__main__":
    main()
