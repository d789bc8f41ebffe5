"""Name badges for an event: A4 sheets of 8 badges of 90 × 55 mm (2 × 4) with cut marks, the
name large, the organisation below, the event above."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.domain.text import one_line
from app.exports.files import check_suffix, write_atomically
from app.exports.pdf_base import ACCENT, FONT, FONT_BOLD, register_fonts

BADGE_WIDTH = 90 * mm
BADGE_HEIGHT = 55 * mm
COLUMNS, ROWS = 2, 4
MARK = 4 * mm
"""Length of a cut mark; marks sit outside the badges, in the margin."""
PADDING = 5 * mm


def write_badges(badges: Sequence[tuple[str, str]], out: Path, *, event: str,
                 author: str) -> Path:
    """One badge per (name, organisation), in the given order."""
    check_suffix(out, (".pdf",))
    return write_atomically(out, lambda target: _draw(badges, target, event, author))


def _draw(badges: Sequence[tuple[str, str]], target: Path, event: str, author: str) -> None:
    register_fonts()
    canvas = Canvas(str(target), pagesize=A4, lang="de-DE")
    canvas.setTitle(one_line(f"Namensschilder – {event}"))
    canvas.setAuthor(one_line(author))
    canvas.setSubject(one_line(event))
    canvas.setCreator("Bündnisbüro")
    per_page = COLUMNS * ROWS
    for start in range(0, max(len(badges), 1), per_page):
        _page(canvas, badges[start:start + per_page], event)
        canvas.showPage()
    canvas.save()


def _origin() -> tuple[float, float]:
    width, height = A4
    return (width - COLUMNS * BADGE_WIDTH) / 2, (height - ROWS * BADGE_HEIGHT) / 2


def _page(canvas: Canvas, badges: Sequence[tuple[str, str]], event: str) -> None:
    left, bottom = _origin()
    _cut_marks(canvas, left, bottom)
    for number, (name, organisation) in enumerate(badges):
        column, row = number % COLUMNS, number // COLUMNS
        x = left + column * BADGE_WIDTH
        y = bottom + (ROWS - 1 - row) * BADGE_HEIGHT
        _badge(canvas, x, y, one_line(name), one_line(organisation), one_line(event))


def _cut_marks(canvas: Canvas, left: float, bottom: float) -> None:
    canvas.setLineWidth(0.3)
    canvas.setStrokeGray(0.4)
    top = bottom + ROWS * BADGE_HEIGHT
    right = left + COLUMNS * BADGE_WIDTH
    for column in range(COLUMNS + 1):
        x = left + column * BADGE_WIDTH
        canvas.line(x, top + 1 * mm, x, top + 1 * mm + MARK)
        canvas.line(x, bottom - 1 * mm, x, bottom - 1 * mm - MARK)
    for row in range(ROWS + 1):
        y = bottom + row * BADGE_HEIGHT
        canvas.line(left - 1 * mm, y, left - 1 * mm - MARK, y)
        canvas.line(right + 1 * mm, y, right + 1 * mm + MARK, y)


def _badge(canvas: Canvas, x: float, y: float, name: str, organisation: str, event: str) -> None:
    width = BADGE_WIDTH - 2 * PADDING
    canvas.setFillColor(ACCENT)
    canvas.setFont(FONT, 8)
    canvas.drawString(x + PADDING, y + BADGE_HEIGHT - PADDING - 6, _fitted(event, FONT, 8, width))
    canvas.setFillGray(0)
    lines, size = _name_lines(name, width)
    baseline = y + BADGE_HEIGHT / 2 + (len(lines) - 1) * size * 0.6
    canvas.setFont(FONT_BOLD, size)
    for line in lines:
        canvas.drawCentredString(x + BADGE_WIDTH / 2, baseline, line)
        baseline -= size * 1.15
    if organisation:
        canvas.setFont(FONT, 10)
        canvas.drawCentredString(x + BADGE_WIDTH / 2, y + PADDING + 4,
                                 _fitted(organisation, FONT, 10, width))


def _name_lines(name: str, width: float) -> tuple[list[str], float]:
    """The name on one line as large as fits (24 down to 14 pt), else on two lines."""
    for size in (24, 22, 20, 18, 16, 14):
        if stringWidth(name, FONT_BOLD, size) <= width:
            return [name], size
    words = name.split()
    best = max(range(1, len(words)), key=lambda cut: -max(
        stringWidth(" ".join(words[:cut]), FONT_BOLD, 16),
        stringWidth(" ".join(words[cut:]), FONT_BOLD, 16)), default=0)
    if best:
        lines = [" ".join(words[:best]), " ".join(words[best:])]
        return [_fitted(line, FONT_BOLD, 16, width) for line in lines], 16
    return [_fitted(name, FONT_BOLD, 14, width)], 14


def _fitted(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
