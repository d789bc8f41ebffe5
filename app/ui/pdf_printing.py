"""Printing and print preview of the very PDFs the exports write, so that paper and file never
differ: each page is rendered by PDFium (pypdfium2) at the printer's resolution and drawn onto
the printer's page.

PySide6's own QtPdf would do the same but comes only with the PySide6-Addons wheel (about
200 MB more in the installer); PDFium is what QtPdf uses underneath.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app import paths

MAX_DPI = 300
"""Pages are rendered at the printer's resolution, but not finer than this."""


class PrintingFailed(RuntimeError):
    """The printer could not be started (no paper path, driver refused)."""


def printer_for(source: Path) -> QPrinter:
    """A printer set up for ``source``: A4 in the orientation of its first page; without an
    installed printer the preview can still save as PDF."""
    import pypdfium2 as pdfium

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not QPrinterInfo.availablePrinters():
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = pdfium.PdfDocument(str(source))
    try:
        width, height = document[0].get_size() if len(document) else (595, 842)
    finally:
        document.close()
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if width > height
                               else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def print_pdf(source: Path, printer: QPrinter) -> int:
    """Print every page of the PDF ``source``; returns the number of pages printed."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(source))
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrintingFailed("Der Drucker lässt sich nicht ansprechen.")
        dpi = min(printer.resolution(), MAX_DPI)
        for number in range(len(document)):
            if number:
                printer.newPage()
            page = document[number]
            picture = page.render(scale=dpi / 72).to_pil().convert("RGB")
            image = QImage(picture.tobytes(), picture.width, picture.height,
                           picture.width * 3, QImage.Format.Format_RGB888)
            painter.drawImage(_fitted(painter.viewport(), image.width(), image.height()),
                              image)
        return len(document)
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def print_to_pdf_file(source: Path, target: Path) -> int:
    """Print ``source`` through Qt's PDF printer into ``target`` (the self-test's proof that
    printing works in a frozen build); returns the pages printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return print_pdf(source, printer)


def _fitted(area: QRect, width: int, height: int) -> QRect:
    """The largest rectangle of the page's proportions inside ``area``, centred."""
    scale = min(area.width() / width, area.height() / height)
    fitted = QRect(0, 0, round(width * scale), round(height * scale))
    fitted.moveCenter(area.center())
    return fitted


def print_file(name: str) -> Path:
    """Where a document for printing is written: the program's folder of files opened from
    it, a fresh name each time (a preview may still show the previous one)."""
    from uuid import uuid4

    folder = paths.open_files_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{name} {uuid4().hex[:6]}.pdf"


class PdfPrintPreview(QPrintPreviewDialog):
    """The print preview of an exported PDF; owns its printer (Qt does not, and a collected
    printer crashes the dialog)."""

    def __init__(self, source: Path, title: str, parent: QWidget | None = None) -> None:
        self._printer = printer_for(source)
        super().__init__(self._printer, parent)
        self.source = source
        self.setWindowTitle(self.tr("Druckvorschau – %1").replace("%1", title))
        self.paintRequested.connect(self.print_to)

    def print_to(self, printer: QPrinter) -> int:
        return print_pdf(self.source, printer)
