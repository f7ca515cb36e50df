"""The real PDF, page by page: rendered with pypdfium2 for the preview and for printing.

PySide6-Essentials has no QtPdf, so pages are rasterised by PDFium. Printing
draws each page image scaled to the printer's full paper, keeping the
proportions, so headings, charts and tables print as they look in the PDF.
"""

from __future__ import annotations

from typing import Any

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


def page_image(document: Any, index: int, scale: float) -> QImage:
    """Page ``index`` of an open pypdfium2 document as an RGB image, ``scale`` pixels per point."""
    page = document[index]
    try:
        bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
        image = QImage(
            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
        ).copy()  # owns its pixels: the bitmap's buffer is released below
        bitmap.close()
    finally:
        page.close()
    return image


def render_pages(pdf: bytes, dpi: float, pages: range | None = None) -> list[QImage]:
    """Each page (or the pages in ``pages``) as an RGB image at ``dpi``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for index in pages if pages is not None else range(len(document)):
            image = page_image(document, index, dpi / 72)
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            images.append(image)
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
    """The PDF's pages one under another, each scaled to the width available.

    Only the pages in view and a screen's height either side are rendered (at the width shown, straight from the
    PDF); the others are blank labels of their size, so a long report does not hold every page as an image.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.host = QWidget()
        self.host.setObjectName("pdfPages")
        self.host.setStyleSheet("#pdfPages { background: #9e9e9e; } #pdfPages QLabel { background: white; }")
        self.pages_layout = QVBoxLayout(self.host)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        self.setWidget(self.host)
        self.labels: list[QLabel] = []
        self._document: Any = None  # the open pypdfium2 document
        self._sizes: list[tuple[float, float]] = []  # each page's size in points
        self._rendered: dict[int, int] = {}  # page index -> the width (logical pixels) its pixmap was drawn at
        self.verticalScrollBar().valueChanged.connect(self._render_near)

    def set_pdf(self, pdf: bytes | None) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None
        for label in self.labels:
            label.hide()
            label.deleteLater()
        self.labels, self._sizes, self._rendered = [], [], {}
        if pdf:
            import pypdfium2 as pdfium

            document = pdfium.PdfDocument(pdf)
            self._sizes = [document.get_page_size(i) for i in range(len(document))]
            self._document = document
        for number in range(1, len(self._sizes) + 1):
            label = QLabel(self.host)
            label.setObjectName(f"pdfPage{number}")
            label.setAccessibleName(self.tr("Page {n} of {count}").format(n=number, count=len(self._sizes)))
            self.pages_layout.addWidget(label)
            self.labels.append(label)
        self._scale()

    def clear(self) -> None:
        self.set_pdf(None)

    def rendered_pages(self) -> list[int]:
        """The indexes of the pages that hold an image now."""
        return sorted(self._rendered)

    def _scale(self) -> None:
        """Size every page's label for the width available (at most the page's own size at 96 dpi)."""
        width = max(200, self.viewport().width() - 40)
        for label, (w, h) in zip(self.labels, self._sizes, strict=True):
            shown = min(width, round(w * PREVIEW_DPI / 72))
            label.setFixedSize(shown, round(shown * h / w))
        self._render_near()

    def _render_near(self, *_args) -> None:
        if self._document is None:
            return
        top, height = self.verticalScrollBar().value(), max(1, self.viewport().height())
        low, high = top - height, top + 2 * height
        y, spacing = self.pages_layout.contentsMargins().top(), self.pages_layout.spacing()
        for index, label in enumerate(self.labels):
            near = y < high and y + label.minimumHeight() > low
            if near and self._rendered.get(index) != label.minimumWidth():
                label.setPixmap(self._render(index, label.minimumWidth()))
                self._rendered[index] = label.minimumWidth()
            elif not near and index in self._rendered:
                label.clear()
                del self._rendered[index]
            y += label.minimumHeight() + spacing

    def _render(self, index: int, width: int) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(page_image(self._document, index, width * ratio / self._sizes[index][0]))
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

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
