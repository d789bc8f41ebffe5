"""Print preview of the attendance list (signature column), printed through Qt."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.domain.documents.meeting import MeetingDocument
from app.domain.enums import InvitationResponse


def attendance_html(document: MeetingDocument) -> str:
    """The attendance list as HTML: a numbered table with an empty signature column."""
    meeting = document.meeting
    declined = InvitationResponse.DECLINED.label
    persons = [p for p in document.invitees if p.response != declined]
    rows = "".join(
        f"<tr><td>{number}</td><td>{escape(p.name)}</td><td>{escape(p.organisation)}</td>"
        "<td></td></tr>" for number, p in enumerate(persons, start=1))
    rows += "".join(f"<tr><td>{number}</td><td></td><td></td><td></td></tr>"
                    for number in range(len(persons) + 1, len(persons) + 6))
    return (
        "<html><body style='font-family: sans-serif; font-size: 10pt'>"
        f"<h2 style='color:#1f5c7a'>Anwesenheitsliste: {escape(meeting.title)}</h2>"
        f"<p>{meeting.weekday}, {meeting.date}, {meeting.start} – {meeting.end} Uhr · "
        f"{escape(meeting.place)}</p>"
        "<table border='1' cellspacing='0' cellpadding='8' width='100%'>"
        "<thead><tr style='background:#1f5c7a; color:white'><th width='5%'>Nr.</th>"
        "<th width='28%'>Name</th><th width='32%'>Organisation</th>"
        "<th width='35%'>Unterschrift</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></body></html>")


def landscape_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not QPrinterInfo.availablePrinters():
        # Without any installed printer the preview can still save the list as PDF.
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


def print_attendance(document: MeetingDocument, printer: QPrinter) -> None:
    text = QTextDocument()
    text.setHtml(attendance_html(document))
    text.print_(printer)


class AttendancePreview(QPrintPreviewDialog):
    """The preview owns its printer: Qt does not, and a collected printer crashes the dialog."""

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        self._printer = landscape_printer()
        super().__init__(self._printer, parent)
        self._document = document
        self.setWindowTitle(self.tr("Druckvorschau – Anwesenheitsliste %1")
                            .replace("%1", document.meeting.title))
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        print_attendance(self._document, printer)


def attendance_preview(document: MeetingDocument, parent: QWidget | None) -> AttendancePreview:
    """A preview dialog that prints the attendance list; the caller shows it."""
    return AttendancePreview(document, parent)
