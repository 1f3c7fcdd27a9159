"""Printing a finished report: the system print dialog and the PDF's pages drawn onto the printer.

Why apart from the report dialog: printing knows nothing of reports (a PDF in, pages out), and the
dialog takes the print-dialog function as a parameter so tests answer it without a modal window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

PrintDialogFn = Callable[[QPrinter, QWidget], bool]


def ask_printer(printer: QPrinter, parent: QWidget) -> bool:
    """The system print dialog (tests inject a function that answers instead)."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def render_pdf(pdf: QPdfDocument, printer: QPrinter) -> bool:
    """Draw every page onto the printer at its resolution (QtPdf renders pages to images)."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for page in range(pdf.pageCount()):
            if page:
                printer.newPage()
            rect = painter.viewport()
            size = pdf.pagePointSize(page)
            scale = min(rect.width() / size.width(), rect.height() / size.height())
            image = pdf.render(page, (size * scale).toSize())
            target = QRect(QPoint(0, 0), image.size())
            target.moveCenter(rect.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True
