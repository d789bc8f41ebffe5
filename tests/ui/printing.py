"""Printing shows the exported PDF: print through the preview into a PDF file and compare both
rendered pages."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter, ImageStat
from PySide6.QtPrintSupport import QPrinter

from app.ui.pdf_printing import PdfPrintPreview


def _pages(path: Path) -> list[object]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [document[number].render(scale=40 / 72).to_pil().convert("L")
                for number in range(len(document))]
    finally:
        document.close()


def assert_prints_like_the_pdf(preview: PdfPrintPreview, folder: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "gedruckt.pdf"))
    printer.setPageLayout(preview.printer().pageLayout())
    printer.setFullPage(True)
    printed = preview.print_to(printer)
    exported, on_paper = _pages(preview.source), _pages(folder / "gedruckt.pdf")
    assert printed == len(exported) == len(on_paper) >= 1
    for number, (page, paper) in enumerate(zip(exported, on_paper, strict=True)):
        same_size = paper.resize(page.size)  # type: ignore[attr-defined]
        blank = Image.new("L", page.size, 255)  # type: ignore[attr-defined]
        difference, ink = _difference(page, same_size), _difference(page, blank)
        assert difference < ink / 2, (difference, ink)
        if len(exported) > 1:
            other = exported[(number + 1) % len(exported)]
            assert difference < _difference(other, same_size), number


def _difference(first: object, second: object) -> float:
    """Mean difference of two pages, softened so that anti-aliasing does not count."""
    soft = ImageFilter.GaussianBlur(2)
    return float(ImageStat.Stat(ImageChops.difference(
        first.filter(soft), second.filter(soft))).mean[0])  # type: ignore[attr-defined]
