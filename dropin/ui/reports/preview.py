"""The real PDF, page by page: rendered with pypdfium2 for the preview and for printing.

PySide6-Essentials has no QtPdf, so pages are rasterised by PDFium. Printing
draws each page image scaled to the printer's full paper, keeping the
proportions, so headings, charts and tables print as they look in the PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

PREVIEW_DPI = 96
PRINT_DPI_MAX = 300


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_pages(pdf: bytes, dpi: float, pages: range | None = None) -> list[QImage]:
    """Each page (or the pages in ``pages``) as an RGB image at ``dpi``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for index in pages if pages is not None else range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, rev_byteorder=True)
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
            ).copy()
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            images.append(image)
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def print_pdf(pdf: bytes, printer) -> int:
    """Print every page of ``pdf`` on ``printer``, each scaled to fill the paper. Returns the pages printed."""
    from PySide6.QtPrintSupport import QPrinter

    printer.setFullPage(True)  # the PDF carries its own margins
    dpi = min(PRINT_DPI_MAX, max(72, printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    count = page_count(pdf)
    try:
        for index in range(count):
            if index:
                printer.newPage()
            [image] = render_pages(pdf, dpi, range(index, index + 1))
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            size = QSizeF(image.size()).scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(
                paper.x() + (paper.width() - size.width()) / 2,
                paper.y() + (paper.height() - size.height()) / 2,
                size.width(),
                size.height(),
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
    return count


class PdfPreview(QScrollArea):
    """The PDF's pages one under another, each scaled to the width available."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.host = QWidget()
        self.host.setObjectName("pdfPages")
        self.host.setStyleSheet("#pdfPages { background: #9e9e9e; }")
        self.pages_layout = QVBoxLayout(self.host)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        self.setWidget(self.host)
        self.images: list[QImage] = []
        self.labels: list[QLabel] = []

    def set_pdf(self, pdf: bytes | None) -> None:
        self.images = render_pages(pdf, PREVIEW_DPI * self.devicePixelRatioF()) if pdf else []
        for label in self.labels:
            label.hide()
            label.deleteLater()
        self.labels = []
        for number, _image in enumerate(self.images, start=1):
            label = QLabel(self.host)
            label.setObjectName(f"pdfPage{number}")
            label.setAccessibleName(self.tr("Page {n} of {count}").format(n=number, count=len(self.images)))
            self.pages_layout.addWidget(label)
            self.labels.append(label)
        self._scale()

    def clear(self) -> None:
        self.set_pdf(None)

    def _scale(self) -> None:
        width = max(200, self.viewport().width() - 40)
        ratio = self.devicePixelRatioF()
        for label, image in zip(self.labels, self.images, strict=True):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            logical = image.width() / ratio
            if logical > width:
                pixmap = QPixmap.fromImage(
                    image.scaledToWidth(round(width * ratio), Qt.TransformationMode.SmoothTransformation)
                )
                pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._scale()


def pdf_text(pdf: bytes | None) -> str:
    """The text of every page (for screen readers and checks), pages separated by form feeds."""
    if not pdf:
        return ""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        out = []
        for page in document:
            text_page = page.get_textpage()
            out.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return "\f".join(out)
    finally:
        document.close()
