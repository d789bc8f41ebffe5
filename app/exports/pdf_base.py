"""What every PDF of the program shares: the embedded fonts and colours, the one escaping of
user text for reportlab's Paragraph markup, and the one page footer ("Seite x von y").

The footer uses only reportlab's public API: the document is laid out once to count its pages,
then again with the total known (``build_with_footer``); a document whose layout settles over
several passes (a table of contents) is laid out until the count no longer changes.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from app import paths
from app.domain.text import one_line, printable
from app.exports.files import write_atomically

FONT = "BB-Sans"
FONT_BOLD = "BB-Sans-Bold"
FONT_FILES = (paths.resources_dir() / "fonts" / "DejaVuSans.ttf",
              paths.resources_dir() / "fonts" / "DejaVuSans-Bold.ttf")
"""The one font family of every PDF and chart (DejaVu Sans: full Latin Extended, embedded)."""
ACCENT = colors.HexColor("#1F5C7A")
_MAX_PASSES = 4
_registered = False


def register_fonts() -> None:
    global _registered  # noqa: PLW0603 - registering a font is process-wide in reportlab anyway
    if not _registered:
        regular, bold = FONT_FILES
        pdfmetrics.registerFont(TTFont(FONT, str(regular)))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
        _registered = True


def markup(value: object) -> str:
    """User text as literal Paragraph text: ``<img src=…>`` or ``<b>`` stay visible characters
    and cannot embed files or break the layout. Every user text passes through here."""
    return html.escape(printable("" if value is None else str(value)), quote=False)


@dataclass
class PageFooter:
    """A grey line at the foot of each page: ``text`` on the left, "Seite x von y" on the right.

    Pass the instance as ``onPage``/``onFirstPage``/``onLaterPages``; ``build_with_footer`` fills
    in the total.
    """

    text: str
    margin: float = 1.5 * cm
    baseline: float = 1.0 * cm
    skip_first_page: bool = False
    total: int | None = None
    pages: int = field(default=0, init=False)

    def __call__(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        number = canvas.getPageNumber()
        self.pages = max(self.pages, number)
        if self.skip_first_page and number == 1:
            return
        width = document.pagesize[0]
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(self.margin, self.baseline, self.text)
        pages = f"Seite {number} von {self.total}" if self.total else f"Seite {number}"
        canvas.drawRightString(width - self.margin, self.baseline, pages)
        canvas.restoreState()


class ContentsTemplate(BaseDocTemplate):
    """A document whose headings (paragraph styles ``h1`` and ``h2``) enter the table of
    contents and the PDF's outline (bookmarks) as they are laid out, and whose flowables with
    ``index_terms`` note their page for an index (``index_pages``)."""

    _headings = 0
    index_pages: dict[str, list[int]]

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab's name
        """Each layout pass numbers the headings afresh, so the contents' links (from the
        previous pass) and the bookmarks agree."""
        self._headings = 0
        self.index_pages = {}

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
        for term in getattr(flowable, "index_terms", ()):
            pages = self.index_pages.setdefault(term, [])
            if self.page not in pages:
                pages.append(self.page)
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            level = 0 if flowable.style.name == "h1" else 1
            text = flowable.getPlainText()
            self._headings += 1
            key = f"kapitel-{self._headings}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, markup(text), self.page, key))


def contents_table(level_styles: list[ParagraphStyle]) -> TableOfContents:
    """The table of contents a ``ContentsTemplate`` fills, one paragraph style per level."""
    toc = TableOfContents()
    toc.levelStyles = level_styles
    return toc


def pdf_facts(title: str, author: str, subject: str = "") -> dict[str, Any]:
    """The metadata every PDF carries (document template keywords): title, author, subject,
    language German, the title shown in the viewer's window."""
    return {"title": one_line(title), "author": one_line(author), "subject": one_line(subject),
            "creator": "Bündnisbüro", "lang": "de-DE", "displayDocTitle": True}


Build = Callable[[BinaryIO, PageFooter], None]
"""Lays out the whole document into the stream, with the footer as its page hook. It is called
once per pass and must make its flowables afresh each time: reportlab's flowables keep the
state of a layout (a split table, the frame a paragraph was placed in), and a second layout of
the same objects fails."""


def write_pdf(out: Path, build: Build, footer: PageFooter) -> Path:
    """Lay the document out with its footer and write it to ``out``, all or nothing."""
    return write_atomically(out, lambda target: build_with_footer(build, footer, target))


def count_pages(build: Build, footer: PageFooter) -> int:
    """How many pages a document lays out to (one pass into memory)."""
    register_fonts()
    footer.total, footer.pages = None, 0
    build(io.BytesIO(), footer)
    return footer.pages


def build_with_footer(build: Build, footer: PageFooter, target: Path) -> None:
    """Lay the document out until the page total in the footer is right, then write it."""
    register_fonts()
    footer.total = None
    buffer = io.BytesIO()
    for _ in range(_MAX_PASSES):
        buffer = io.BytesIO()
        footer.pages = 0
        build(buffer, footer)
        if footer.total == footer.pages:
            break
        footer.total = footer.pages
    target.write_bytes(buffer.getvalue())
