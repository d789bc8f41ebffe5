"""The one escaping of user text for reportlab and the one page footer of every PDF."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pypdf
import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from app.exports.pdf_base import FONT, PageFooter, build_with_footer, markup, register_fonts


@pytest.mark.parametrize("text", ['<img src="/etc/passwd"/>', "<b>offen", "Schmidt & Söhne <KG>",
                                  '<a href="file:///x">Link</a>', "&amp; bleibt &amp;"])
def test_markup_keeps_user_text_literal(text: str, tmp_path: Path) -> None:
    register_fonts()
    style = ParagraphStyle("s", fontName=FONT)
    out = tmp_path / "t.pdf"
    SimpleDocTemplate(str(out)).build([Paragraph(markup(text), style)])
    extracted = pypdf.PdfReader(out).pages[0].extract_text()
    assert text in extracted
    assert markup(None) == ""


def test_footer_names_page_and_total_on_every_page(tmp_path: Path) -> None:
    def build(stream: BinaryIO, footer: PageFooter) -> None:
        style = ParagraphStyle("s", fontName=FONT)
        story = [Paragraph("Eins", style), PageBreak(), Paragraph("Zwei", style), PageBreak(),
                 Paragraph("Drei", style)]
        SimpleDocTemplate(stream).build(story, onFirstPage=footer, onLaterPages=footer)

    out = tmp_path / "f.pdf"
    build_with_footer(build, PageFooter("Bündnisbüro"), out)
    pages = [page.extract_text() for page in pypdf.PdfReader(out).pages]
    assert len(pages) == 3
    for number, text in enumerate(pages, start=1):
        assert f"Seite {number} von 3" in text and "Bündnisbüro" in text
