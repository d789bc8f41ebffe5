"""Pictures for the demo catalogue, drawn here (never copied): a stylised inner-city street
with houses, trees and the scene's name, in a colour of its topic. The same seed gives the same
bytes, so demo exports stay reproducible."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFont

from app import paths

WIDTH, HEIGHT = 960, 600
SKIES = ("#BFD9EA", "#D6E6F2", "#F2DDC4", "#CFE3D4")
FACADES = ("#E8D5B7", "#D9A38C", "#C9D3DD", "#EFE6D2", "#B9C7A5", "#E3B5A4", "#D7CBB8")


def street_picture(seed: int, label: str, accent: str) -> bytes:
    """A PNG of a street scene with ``label`` on a band in ``accent``."""
    rng = random.Random(seed)
    image = Image.new("RGB", (WIDTH, HEIGHT), rng.choice(SKIES))
    draw = ImageDraw.Draw(image)
    ground = int(HEIGHT * 0.72)
    x = -rng.randint(0, 60)
    while x < WIDTH:
        width = rng.randint(120, 200)
        top = rng.randint(int(HEIGHT * 0.18), int(HEIGHT * 0.4))
        draw.rectangle((x, top, x + width, ground), fill=rng.choice(FACADES), outline="#6B6B6B")
        draw.polygon([(x - 6, top), (x + width // 2, top - rng.randint(40, 90)),
                      (x + width + 6, top)], fill="#8C4B3A")
        for row in range(top + 24, ground - 70, 58):
            for column in range(x + 18, x + width - 30, 44):
                draw.rectangle((column, row, column + 24, row + 34), fill="#5E7A8C")
        draw.rectangle((x + width // 2 - 26, ground - 70, x + width // 2 + 26, ground),
                       fill=rng.choice(("#F6F1E7", "#7A5C45", accent)))
        x += width + rng.randint(0, 12)
    draw.rectangle((0, ground, WIDTH, HEIGHT), fill="#9C9C94")
    for _tree in range(rng.randint(2, 5)):
        trunk = rng.randint(40, WIDTH - 40)
        draw.rectangle((trunk - 6, ground - 60, trunk + 6, ground + 30), fill="#5B4030")
        draw.ellipse((trunk - 45, ground - 140, trunk + 45, ground - 40), fill="#4F8A4B")
    font = ImageFont.truetype(str(paths.resources_dir() / "fonts" / "DejaVuSans-Bold.ttf"), 34)
    draw.rectangle((0, HEIGHT - 64, WIDTH, HEIGHT), fill=accent)
    draw.text((24, HEIGHT - 52), label, fill="white", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
