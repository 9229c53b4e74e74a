"""The page thumbnails down the side of the preview.

A page is rendered only when the list asks for its picture, that is when it scrolls into view,
and in PDFium's own thread (QPdfPageRenderer), so a package of a hundred pages opens at once.
Pictures are rendered at the screen's pixel ratio, so they stay sharp on a high-DPI screen.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

THUMB_WIDTH = 120
ROLE_PAGE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class ThumbnailModel(QAbstractListModel):
    """One row per page: its number as text, its picture as decoration (white until rendered)."""

    def __init__(
        self, document: QPdfDocument, ratio: Callable[[], float], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.ratio = ratio
        self.pictures: dict[int, QIcon] = {}
        self._asked: dict[int, int] = {}  # request id → page, for the document shown now
        self._blank: QIcon | None = None
        self.renderer = QPdfPageRenderer(self)
        self.renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self.renderer.setDocument(document)
        self.renderer.pageRendered.connect(self._rendered)
        document.statusChanged.connect(self._restart)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if not shiboken6.isValid(self.document):  # the window is being torn down
            return 0
        if parent.isValid() or self.document.status() != QPdfDocument.Status.Ready:
            return 0
        return self.document.pageCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        page = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(page + 1)
        if role == ROLE_PAGE:
            return page
        if role == Qt.ItemDataRole.DecorationRole:
            picture = self.pictures.get(page)
            if picture is None:
                self._ask(page)
                return self._blank_page()
            return picture
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def icon_size(self) -> QSize:
        return QSize(THUMB_WIDTH, round(THUMB_WIDTH * 297 / 210))  # A4's proportions; others fit inside

    # --- rendering -----------------------------------------------------------------------------
    def _ask(self, page: int) -> None:
        if page in self._asked.values():
            return
        points = self.document.pagePointSize(page)
        box = self.icon_size()
        scale = min(box.width() / points.width(), box.height() / points.height()) * self.ratio()
        size = QSize(round(points.width() * scale), round(points.height() * scale))
        request = self.renderer.requestPage(page, size, QPdfDocumentRenderOptions())
        self._asked[request] = page

    def _rendered(self, page: int, _size: QSize, image: QImage, _options: object, request: int) -> None:
        if self._asked.pop(request, None) != page:
            return  # for a document no longer shown
        self.pictures[page] = self._on_paper(image)
        row = self.index(page)
        self.dataChanged.emit(row, row, [Qt.ItemDataRole.DecorationRole])

    def _on_paper(self, image: QImage) -> QIcon:
        """PDFium leaves the paper transparent: the page is shown white, with a thin edge, and
        the same when selected (the list marks the selection around it, not over the page)."""
        pixmap = QPixmap(image.size())
        pixmap.fill(Qt.GlobalColor.white)
        painter = QPainter(pixmap)
        painter.drawImage(0, 0, image)
        painter.setPen(QColor("#b0b0b0"))
        painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
        painter.end()
        pixmap.setDevicePixelRatio(self.ratio())
        return _unshaded(pixmap)

    def _blank_page(self) -> QIcon:
        if self._blank is None:
            pixmap = QPixmap(self.icon_size() * self.ratio())
            pixmap.fill(QColor("#f4f4f4"))
            pixmap.setDevicePixelRatio(self.ratio())
            self._blank = _unshaded(pixmap)
        return self._blank

    def _restart(self, _status: QPdfDocument.Status) -> None:
        """A new document (or none): forget the old one's pictures and the requests still out."""
        self.beginResetModel()
        self.pictures.clear()
        self._asked.clear()
        self.endResetModel()


def _unshaded(pixmap: QPixmap) -> QIcon:
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)
    return icon


def thumbnail_view(model: ThumbnailModel, parent: QWidget) -> QListView:
    """A single column of pages, the number under each."""
    view = QListView(parent)
    view.setModel(model)
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setFlow(QListView.Flow.TopToBottom)
    view.setWrapping(False)
    view.setMovement(QListView.Movement.Static)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(True)
    view.setIconSize(model.icon_size())
    view.setSpacing(6)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFixedWidth(model.icon_size().width() + 48)
    return view
