"""The report's two charts, drawn with reportlab.graphics for the PDF and with Pillow for Word.

Both renderers take the same plain data, so the PDF and the Word file show the same bars.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.domain.formatting import format_count
from app.exports.pdf_base import FONT, FONT_BOLD, FONT_FILES, register_fonts

PALETTE = ("#1F5C7A", "#6BA368", "#E69500", "#B5446E", "#7D5BA6", "#3FA7A0", "#8C8C8C")


@dataclass(frozen=True)
class BarChartData:
    """Bars per category (x axis), one series each; ``stacked`` piles the series up."""

    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    stacked: bool = False

    @property
    def has_data(self) -> bool:
        return any(any(values) for _name, values in self.series)


def value_ticks(peak: float) -> list[int]:
    """Whole-number ticks from 0 to at least ``peak`` in steps of 1, 2, 5, 10, 20, 50 …, at
    most six of them, so that gridlines and labels agree (a peak of 5 gives 0 … 5)."""
    magnitude = 1
    while True:
        for base in (1, 2, 5):
            step = base * magnitude
            if peak / step <= 5:
                top = max(step, math.ceil(peak / step) * step)
                return list(range(0, top + 1, step))
        magnitude *= 10


def _legend_width(chart: BarChartData, size: float) -> float:
    return max((stringWidth(name, FONT, size) for name, _values in chart.series), default=0)


def drawing(chart: BarChartData, width: float = 460, height: float = 230) -> Drawing:
    register_fonts()
    picture = Drawing(width, height)
    picture.add(String(0, height - 14, chart.title, fontName=FONT_BOLD, fontSize=10))
    legend_x = width - _legend_width(chart, 7) - 30
    ticks = value_ticks(_peak(chart))
    bars = VerticalBarChart()
    bars.x, bars.y = 40, 60
    bars.width, bars.height = round(legend_x - 60), round(height - 90)
    bars.data = [list(values) or [0] for _name, values in chart.series] or [[0]]
    bars.categoryAxis.categoryNames = list(chart.categories) or [""]
    bars.categoryAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = 7
    crowded = sum(len(name) for name in chart.categories) > 50 or len(chart.categories) > 8
    bars.categoryAxis.labels.angle = 30 if crowded else 0
    bars.categoryAxis.labels.boxAnchor = "ne" if crowded else "n"
    bars.valueAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = ticks[-1]
    bars.valueAxis.valueStep = ticks[1] - ticks[0]
    bars.valueAxis.labelTextFormat = format_count
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    if chart.stacked:
        bars.categoryAxis.style = "stacked"
    for number in range(len(chart.series)):
        bars.bars[number].fillColor = colors.HexColor(PALETTE[number % len(PALETTE)])
        bars.bars[number].strokeColor = None
    picture.add(bars)
    legend = Legend()
    legend.x, legend.y = round(legend_x), round(height - 30)
    legend.columnMaximum = max(len(chart.series), 1)
    legend.fontName, legend.fontSize = FONT, 7
    legend.alignment = "right"
    legend.colorNamePairs = [(colors.HexColor(PALETTE[n % len(PALETTE)]), name)
                             for n, (name, _values) in enumerate(chart.series)]
    picture.add(legend)
    return picture


def png(chart: BarChartData, width: int = 1400, height: int = 700) -> bytes:
    """The same chart as a PNG (for Word), drawn with Pillow and the same embedded font."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT_FILES[0]), 22)
    title_font = ImageFont.truetype(str(FONT_FILES[1]), 30)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((10, 5), chart.title, fill="black", font=title_font)
    legend_x = width - max((font.getlength(name) for name, _v in chart.series), default=0) - 60
    left, top, right, bottom = 90, 60, legend_x - 30, height - 110
    ticks = value_ticks(_peak(chart))
    peak = ticks[-1]
    for tick in ticks:
        y = bottom - (bottom - top) * tick / peak
        draw.line((left - 6, y, right, y), fill="#dddddd")
        draw.text((10, y - 12), format_count(tick), fill="black", font=font)
    draw.line((left, top, left, bottom), fill="black", width=2)
    draw.line((left, bottom, right, bottom), fill="black", width=2)
    slot = (right - left) / max(len(chart.categories), 1)
    for index, category in enumerate(chart.categories):
        _draw_category(draw, chart, index, left + index * slot, slot, bottom, top, peak)
        draw.text((left + index * slot + 4, bottom + 10 + (index % 2) * 26), category,
                  fill="black", font=font)
    for number, (name, _values) in enumerate(chart.series):
        y = top + number * 34
        draw.rectangle((legend_x, y, legend_x + 24, y + 24), fill=PALETTE[number % len(PALETTE)])
        draw.text((legend_x + 34, y), name, fill="black", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _draw_category(draw: object, chart: BarChartData, index: int, x: float, slot: float,
                   bottom: float, top: float, peak: float) -> None:
    from PIL import ImageDraw

    assert isinstance(draw, ImageDraw.ImageDraw)
    scale = (bottom - top) / peak
    if chart.stacked:
        base = bottom
        for number, (_name, values) in enumerate(chart.series):
            height = values[index] * scale
            if height:
                draw.rectangle((x + slot * 0.2, base - height, x + slot * 0.8, base),
                               fill=PALETTE[number % len(PALETTE)])
            base -= height
        return
    width = slot * 0.8 / max(len(chart.series), 1)
    for number, (_name, values) in enumerate(chart.series):
        left = x + slot * 0.1 + number * width
        draw.rectangle((left, bottom - values[index] * scale, left + width - 2, bottom),
                       fill=PALETTE[number % len(PALETTE)])


def _peak(chart: BarChartData) -> float:
    if not chart.categories or not chart.series:
        return 0
    if chart.stacked:
        return max(sum(values[i] for _n, values in chart.series)
                   for i in range(len(chart.categories)))
    return max(max(values) for _name, values in chart.series)


def meetings_chart(months: Sequence[tuple[str, dict[str, int]]],
                   kinds: Sequence[str]) -> BarChartData:
    used = [kind for kind in kinds if any(counts.get(kind) for _m, counts in months)]
    return BarChartData("Sitzungen je Monat nach Art", tuple(m for m, _c in months),
                        tuple((kind, tuple(float(c.get(kind, 0)) for _m, c in months))
                              for kind in used), stacked=True)


def hours_chart(lines: Sequence[tuple[str, float, float | None]]) -> BarChartData:
    shown = [line for line in lines if line[1] or line[2]]
    return BarChartData("Stunden je Kategorie und Budget", tuple(name for name, _h, _b in shown),
                        (("geleistet", tuple(hours for _n, hours, _b in shown)),
                         ("Budget", tuple(budget or 0.0 for _n, _h, budget in shown))))
