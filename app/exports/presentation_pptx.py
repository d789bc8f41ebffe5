"""The Sitzungspräsentation as PowerPoint (.pptx) on a master: python-pptx's own or the office's.

A master must offer four layouts, found by their (English or German) names, else by their place
in the default order: Titelfolie ("Title Slide"), Titel und Inhalt ("Title and Content"),
Abschnittsüberschrift ("Section Header") and Nur Titel ("Title Only").
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.documents.presentation import Balance, GroupSlide, PresentationData
from app.exports.files import ExportError, check_suffix, write_bytes_atomically

LAYOUTS: dict[str, tuple[tuple[str, ...], int]] = {
    "title": (("Title Slide", "Titelfolie"), 0),
    "content": (("Title and Content", "Titel und Inhalt"), 1),
    "section": (("Section Header", "Abschnittsüberschrift", "Abschnitts-Header"), 2),
    "title_only": (("Title Only", "Nur Titel"), 5),
}
LAYOUT_NAMES = {"title": "Titelfolie", "content": "Titel und Inhalt",
                "section": "Abschnittsüberschrift", "title_only": "Nur Titel"}
BALANCE_TOPICS = ("bilanz", "bericht", "arbeitsgruppen")
"""A TOP whose title names one of these is followed by the generated Bilanz and AG slides."""


UNREADABLE = "Die Datei ist keine lesbare PowerPoint-Präsentation (.pptx)."


def master_problems(content: bytes) -> list[str]:
    """What keeps ``content`` from serving as master, in German (empty when it serves)."""
    try:
        presentation = _open(content)
    except Exception:  # noqa: BLE001 - python-pptx raises many kinds for a broken file
        return [UNREADABLE]
    return _layout_problems(presentation)


def _layout_problems(presentation: Any) -> list[str]:
    problems = []
    for role in LAYOUTS:
        layout = _layout(presentation, role)
        if layout is None:
            problems.append(f"Es fehlt das Folienlayout „{LAYOUT_NAMES[role]}“.")
        elif not any(shape.placeholder_format.idx == 0 for shape in layout.placeholders):
            problems.append(f"Das Folienlayout „{LAYOUT_NAMES[role]}“ hat keinen Titel-"
                            "Platzhalter.")
    return problems


def write_presentation(data: PresentationData, out: Path, *, master: bytes | None = None,
                       created: datetime | None = None) -> Path:
    check_suffix(out, (".pptx",))
    return write_bytes_atomically(out, presentation_bytes(data, master=master, created=created))


def presentation_bytes(data: PresentationData, *, master: bytes | None = None,
                       created: datetime | None = None) -> bytes:
    presentation = _open(None) if master is None else _checked_master(master)
    _remove_existing_slides(presentation)
    deck = _Deck(presentation)
    deck.title(data.title, [data.alliance, data.date, data.place])
    deck.bullets("Tagesordnung", [(0, f"TOP {number}: {title}"
                                      + (f" ({presenter})" if presenter else ""))
                                  for number, title, presenter in data.agenda])
    generated_after = _balance_position(data)
    for section in data.sections:
        deck.section(f"TOP {section.number}: {section.title}", section.presenter,
                     section.notes)
        if section.number == generated_after:
            _generated(deck, data)
    if generated_after is None:
        _generated(deck, data)
    deck.title("Vielen Dank für Ihre Aufmerksamkeit", [data.sender, data.contact])
    _properties(presentation, data, created)
    stream = io.BytesIO()
    presentation.save(stream)
    return stream.getvalue()


def _balance_position(data: PresentationData) -> int | None:
    if data.balance is None:
        return None
    for section in data.sections:
        if any(topic in section.title.casefold() for topic in BALANCE_TOPICS):
            return section.number
    return None


def _generated(deck: _Deck, data: PresentationData) -> None:
    if data.balance is not None:
        deck.bullets(f"Bilanz seit {data.balance.since}", _balance_lines(data.balance))
    if data.quarters:
        deck.chart("Sitzungen je Quartal", data.quarters)
    for group in data.groups:
        deck.bullets(group.name, _group_lines(group))
    if data.next_steps:
        deck.bullets("Nächste Schritte", [(0, step) for step in data.next_steps])


def _balance_lines(balance: Balance) -> list[tuple[int, str]]:
    lines = [(0, f"{balance.network_meetings} Netzwerktreffen; "
                 f"{balance.group_sessions} AG-Treffen")]
    if balance.projects_by_status:
        lines.append((0, "Pilotprojekte: " + ", ".join(
            f"{count} {status}" for status, count in balance.projects_by_status)))
    if balance.quotas:
        lines.append((0, f"Kontingente {balance.year}:"))
        lines += [(1, f"{name}: {used}" + (f" von {allowed}" if allowed is not None else ""))
                  for name, used, allowed in balance.quotas]
    return lines


def _group_lines(group: GroupSlide) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    for rubric, goals in group.goals:
        lines.append((0, rubric))
        lines += [(1, goal) for goal in goals]
    year = f" ({group.year})" if group.year else ""
    if group.strengths:
        lines.append((0, f"Stärken{year}: {group.strengths}"))
    if group.weaknesses:
        lines.append((0, f"Schwächen{year}: {group.weaknesses}"))
    return lines or [(0, "Noch keine Ziele und keine Bilanz erfasst.")]


class _Deck:
    def __init__(self, presentation: Any) -> None:
        self.presentation = presentation

    def _slide(self, role: str) -> Any:
        layout = _layout(self.presentation, role)
        assert layout is not None
        return self.presentation.slides.add_slide(layout)

    def title(self, title: str, lines: Sequence[str]) -> None:
        slide = self._slide("title")
        slide.shapes.title.text = title
        body = _body(slide)
        if body is not None:
            body.text_frame.text = "\n".join(line for line in lines if line)

    def bullets(self, title: str, lines: Sequence[tuple[int, str]]) -> None:
        slide = self._slide("content")
        slide.shapes.title.text = title
        body = _body(slide)
        if body is None:
            return
        from pptx.util import Pt

        frame = body.text_frame
        frame.word_wrap = True
        size = Pt(_font_size(lines))
        for number, (level, text) in enumerate(lines):
            paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
            paragraph.text = text
            paragraph.level = level
            for run in paragraph.runs:
                run.font.size = size

    def section(self, title: str, presenter: str, notes: str) -> None:
        slide = self._slide("section")
        slide.shapes.title.text = title
        body = _body(slide)
        if body is not None:
            body.text_frame.text = presenter
        if notes:
            slide.notes_slide.notes_text_frame.text = notes

    def chart(self, title: str, values: Sequence[tuple[str, int]]) -> None:
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE
        from pptx.util import Emu

        slide = self._slide("title_only")
        slide.shapes.title.text = title
        data = CategoryChartData()  # type: ignore[no-untyped-call]
        data.categories = [label for label, _count in values]
        data.add_series(  # type: ignore[no-untyped-call]
            "Sitzungen", [count for _label, count in values])
        width = self.presentation.slide_width
        height = self.presentation.slide_height
        frame = slide.shapes.add_chart(
            XL_CHART_TYPE.COLUMN_CLUSTERED, Emu(width // 12), Emu(height // 4),
            Emu(width * 10 // 12), Emu(height * 2 // 3), data)
        frame.name = "Diagramm: Sitzungen je Quartal"
        chart = frame.chart
        chart.has_legend = False
        plot = chart.plots[0]
        plot.has_data_labels = True
        _describe(frame, f"{title}: " + ", ".join(f"{label} {count}"
                                                   for label, count in values))


def _font_size(lines: Sequence[tuple[int, str]]) -> int:
    """Smaller type for fuller slides, so that the text stays on the slide."""
    weight = sum(1 + len(text) // 70 for _level, text in lines)
    return 24 if weight <= 6 else 18 if weight <= 10 else 14 if weight <= 15 else 11


def _describe(frame: Any, text: str) -> None:
    """Alternative text for screen readers (descr on the shape's non-visual properties)."""
    properties = frame._element.xpath("./p:nvGraphicFramePr/p:cNvPr")  # noqa: SLF001
    if properties:
        properties[0].set("descr", text)


def _body(slide: Any) -> Any:
    return next((shape for shape in slide.placeholders
                 if shape.placeholder_format.idx != 0 and shape.has_text_frame), None)


def _checked_master(content: bytes) -> Any:
    """The office's master, opened once and checked for the four layouts."""
    try:
        presentation = _open(content)
    except Exception:  # noqa: BLE001 - python-pptx raises many kinds for a broken file
        problems = [UNREADABLE]
    else:
        problems = _layout_problems(presentation)
    if problems:
        raise ExportError("Die Präsentationsvorlage passt nicht: " + " ".join(problems))
    return presentation


def _open(content: bytes | None) -> Any:
    from pptx import Presentation

    return Presentation(io.BytesIO(content) if content is not None else None)


def _layout(presentation: Any, role: str) -> Any:
    names, fallback = LAYOUTS[role]
    layouts = list(presentation.slide_layouts)
    for layout in layouts:
        if layout.name in names:
            return layout
    return layouts[fallback] if fallback < len(layouts) else None


def _remove_existing_slides(presentation: Any) -> None:
    """An office's master may come with sample slides; the deck starts empty."""
    slides = presentation.slides._sldIdLst  # noqa: SLF001 - python-pptx has no delete API
    for slide_id in list(slides):
        presentation.part.drop_rel(slide_id.rId)
        slides.remove(slide_id)


def _properties(presentation: Any, data: PresentationData, created: datetime | None) -> None:
    properties = presentation.core_properties
    properties.title = f"Sitzungspräsentation – {data.title}"
    properties.author = data.sender
    properties.subject = f"{data.title}, {data.date}"
    properties.language = "de-DE"
    properties.keywords = data.alliance
    if created is not None:
        properties.created = created
        properties.modified = created
        properties.last_modified_by = data.sender
