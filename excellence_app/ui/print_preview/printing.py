"""Printing the previewed PDF: each page rendered by PDFium at the printer's resolution (up to
MAX_DPI) and painted onto the printer, in a worker with progress and cancel between pages.

QtPdf has no vector path to a printer, so pages go as images. The image is painted at the
page's own size (A4 stays A4: never enlarged, only shrunk and centred when the paper chosen
is smaller).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from excellence_app.core.errors import AppError
from excellence_app.ui.shell.jobs import Work

# What a printed raster of text needs; at 600 dpi Qt's PDF spool takes four times as long to
# compress each page (about 2 s instead of 0.5 s) and grows likewise.
MAX_DPI = 300


def new_printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def fit_printer_to(printer: QPrinter, document: QPdfDocument) -> None:
    """The paper the document was set on (A4 for ours), the whole sheet as the drawing area:
    the PDF's pages carry their own margins, and the printer's would shrink them twice."""
    if document.pageCount() == 0:
        return
    size = document.pagePointSize(0)
    printer.setPageSize(QPageSize(size.toSize(), "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    landscape = size.width() > size.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)


def chosen_pages(printer: QPrinter, count: int, current: int = 0) -> list[int]:
    """The pages (0-based) the print dialog's choice names, in the order the printer wants them;
    ``current`` is the page shown now (0-based)."""
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or count, count)
    elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
        first = last = min(current + 1, count)
    pages = list(range(first - 1, last))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    if not printer.supportsMultipleCopies():  # the printer will not repeat them: we do
        pages = pages * max(printer.copyCount(), 1)
    return pages


def print_dialog(printer: QPrinter, document: QPdfDocument, parent: QWidget) -> QPrintDialog:
    """The system's print dialog, offering all pages, a range, or the page shown now."""
    fit_printer_to(printer, document)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setMinMax(1, max(document.pageCount(), 1))
    dialog.setFromTo(1, max(document.pageCount(), 1))
    return dialog


def print_work(source: Path, printer: QPrinter, pages: Sequence[int]) -> Work:
    """The job that prints ``pages`` of the PDF at ``source``: True when all went, False when
    cancelled. Qt paints on a QPrinter from any thread; the worker reads the file into a
    document of its own, so nothing it touches is shown by the window meanwhile."""

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> bool:
        document = QPdfDocument()
        try:
            if document.load(str(source)) != QPdfDocument.Error.None_:
                raise AppError(
                    "无法读取预览的文件，未打印", "cannot read the previewed file; nothing printed"
                )
            painter = QPainter()
            if not painter.begin(printer):  # no such printer, or the file cannot be written
                raise AppError(
                    "打印机未能开始打印，请检查打印机设置", "the printer did not start; check its settings"
                )
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)  # when MAX_DPI caps the image
            try:
                for done, page in enumerate(pages):
                    if cancelled():
                        printer.abort()
                        return False
                    if done:
                        printer.newPage()
                    paint_page(painter, printer, document, page)
                    progress(done + 1, len(pages))
            finally:
                painter.end()
            return True
        finally:
            document.close()

    return work


def paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    """One PDF page at its own size in the paper's device pixels, shrunk only if it does not fit."""
    dpi = printer.resolution()
    points = document.pagePointSize(page)
    target = QSizeF(points.width() * dpi / 72, points.height() * dpi / 72)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(1.0, paper.width() / target.width(), paper.height() / target.height())
    target *= scale
    origin = QPointF(paper.x(), paper.y())
    if scale < 1:  # centred on the smaller sheet
        origin += QPointF((paper.width() - target.width()) / 2, (paper.height() - target.height()) / 2)
    render_dpi = min(dpi * scale, MAX_DPI)
    pixels = QSize(round(points.width() * render_dpi / 72), round(points.height() * render_dpi / 72))
    rendered = document.render(page, pixels)
    # PDFium leaves the paper transparent; an opaque image keeps the spool free of alpha masks.
    image = QImage(pixels, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    on_paper = QPainter(image)
    on_paper.drawImage(0, 0, rendered)
    on_paper.end()
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    painter.drawImage(QRectF(origin, target), image)
