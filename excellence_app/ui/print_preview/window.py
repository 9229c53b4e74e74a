"""The print preview: the exported PDF as it will print, pages down the side, zoom, the choice
of document, and 打印… / 导出 PDF… from what is shown.

The PDF is the one File → 导出 writes (prepare.py); the window only shows and prints it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPointF, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QToolBar,
    QWidget,
)

from excellence_app.ui.print_preview import printing
from excellence_app.ui.print_preview.prepare import Choice, PreviewFiles, text_of
from excellence_app.ui.print_preview.thumbnails import ThumbnailModel, thumbnail_view
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.jobs import ProgressJob, follow

if TYPE_CHECKING:
    from excellence_app.services.exports import Warnings
    from excellence_app.ui.exports.menu import Exporter
    from excellence_app.ui.shell.session import ProjectSession

ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 1.25, 0.25, 4.0


class PreviewWindow(QMainWindow):
    """Shows one document of the session at a time; its files go when the window closes."""

    def __init__(
        self, owner: QWidget, session: Callable[[], ProjectSession | None], exporter: Exporter | None = None
    ) -> None:
        super().__init__(owner, Qt.WindowType.Window)
        self.owner = owner
        self.session = session
        self.exporter = exporter
        self.choice = Choice()
        self.shown_choice: Choice | None = None  # what the document holds now
        self.warnings: Warnings = ()
        self.print_job: ProgressJob | None = None
        self.printer: QPrinter | None = None
        self.message: QMessageBox | None = None
        self._print_when_ready = False
        self.files = PreviewFiles(self)
        self.files.ready.connect(self._ready)
        self.files.failed.connect(self._failed)
        self.document = QPdfDocument(self)
        self._build()
        self.resize(1100, 820)

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")  # paper stands out from the desk
        self.thumbs = ThumbnailModel(self.document, self.devicePixelRatioF, self)
        self.thumb_view = thumbnail_view(self.thumbs, self)
        self.thumb_view.clicked.connect(self._thumb_clicked)
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.thumb_view)
        row.addWidget(self.view, 1)
        self.setCentralWidget(body)
        self.view.viewport().installEventFilter(self)  # 适合宽度/页面 change the scale on resizing
        self._build_tools()
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.statusBar().addWidget(self.notes, 1)
        nav = self.view.pageNavigator()
        nav.currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(lambda _f: self._show_zoom())
        self.view.zoomModeChanged.connect(lambda _m: self._show_zoom())

    def _build_tools(self) -> None:
        bar = QToolBar(self.tr("打印预览"), self)
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.kind_box = QComboBox(bar)
        self.kind_box.addItem(self.tr("申报材料"), "package")
        self.kind_box.addItem(self.tr("内部评价报告"), "report")
        self.kind_box.activated.connect(lambda _i: self._chosen())
        self.scores_box = QComboBox(bar)
        self.scores_box.addItem(self.tr("不含评分"), False)
        self.scores_box.addItem(self.tr("含评分"), True)
        self.scores_box.setToolTip(self.tr("申报材料是否附上自评得分（内部评价报告总含评分）"))
        self.scores_box.activated.connect(lambda _i: self._chosen())
        bar.addWidget(self.kind_box)
        bar.addWidget(self.scores_box)
        bar.addSeparator()
        self.zoom_out = bar.addAction(self.tr("缩小"), lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_label = QLabel(bar)
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.zoom_label)
        self.zoom_in = bar.addAction(self.tr("放大"), lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_width = self._mode_action(bar, self.tr("适合宽度"), QPdfView.ZoomMode.FitToWidth)
        self.fit_page = self._mode_action(bar, self.tr("适合页面"), QPdfView.ZoomMode.FitInView)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("第"), bar))
        self.page_spin = QSpinBox(bar)
        self.page_spin.setRange(1, 1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda n: self.go_to(n - 1))
        bar.addWidget(self.page_spin)
        self.page_label = QLabel(bar)
        bar.addWidget(self.page_label)
        bar.addSeparator()
        self.print_action = bar.addAction(self.tr("打印…"), self.print_dialog)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.save_action = bar.addAction(self.tr("导出 PDF…"), lambda: self.save_as())
        self._show_zoom()

    def _mode_action(self, bar: QToolBar, text: str, mode: QPdfView.ZoomMode) -> QAction:
        action = bar.addAction(text, lambda: self.view.setZoomMode(mode))
        action.setCheckable(True)
        return action

    # --- what is shown -----------------------------------------------------------------------
    def open_choice(
        self, choice: Choice, *, show: bool = True, then_print: bool = False
    ) -> ProgressJob | None:
        """Prepare ``choice`` (a fresh export: the project may have changed) and show it."""
        session = self.session()
        if session is None or self.files.busy() or self.printing():
            return None
        self.choice = choice
        self._print_when_ready = then_print
        self._sync_boxes()
        if show:
            self.show()
            self.raise_()
            self.activateWindow()
        what = self._what(choice)
        self.setWindowTitle(self.tr("打印预览 — {0}").format(what))
        label = self.tr("正在准备打印{0}…") if then_print else self.tr("正在准备{0}的预览…")
        return self.files.prepare(session, choice, label.format(what), self._parent())

    def _chosen(self) -> None:
        kind = self.kind_box.currentData()
        scores = bool(self.scores_box.currentData()) and kind == "package"
        if Choice(kind, scores) != self.shown_choice:
            self.open_choice(Choice(kind, scores))

    def _sync_boxes(self) -> None:
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(self.choice.kind), 0))
        self.scores_box.setCurrentIndex(1 if self.choice.include_scores else 0)
        self.scores_box.setEnabled(self.choice.kind == "package")  # the report always holds the scores

    def _what(self, choice: Choice) -> str:
        return self.tr("申报材料") if choice.kind == "package" else self.tr("内部评价报告")

    def _ready(self, path: Path, warnings: Warnings) -> None:
        self.document.load(str(path))
        self.shown_choice = self.choice
        self.warnings = warnings
        lines = text_of(warnings, i18n.english())
        self.notes.setText(self.tr("请注意：") + "；".join(lines) if lines else "")
        self.notes.setToolTip("\n".join(lines))
        self.go_to(0)
        if self._print_when_ready:
            self._print_when_ready = False
            self.print_dialog()

    def _failed(self, exc: BaseException, cancelled: bool) -> None:
        self._print_when_ready = False
        if self.shown_choice is None:  # nothing to show: the preview has no reason to stay
            self.close()
        else:
            self.choice = self.shown_choice
            self._sync_boxes()
        if not cancelled:
            self._tell(QMessageBox.Icon.Warning, i18n.error_text(exc))

    # --- pages and zoom ----------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage() if shiboken6.isValid(self.view) else 0

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count() and page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._page_changed(self.current_page())

    def _thumb_clicked(self, index: QModelIndex) -> None:
        self.go_to(index.row())

    def _page_changed(self, page: int) -> None:
        # The main window's layout deletes the tools and the view before the navigator says
        # its last word.
        if not all(shiboken6.isValid(w) for w in (self.page_spin, self.view, self.document)):
            return
        count = self.page_count()
        self.page_spin.blockSignals(True)  # showing the page is not asking for one
        self.page_spin.setRange(1, max(count, 1))
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.page_label.setText(self.tr("页，共 {0} 页").format(count))
        if 0 <= page < count:
            self.thumb_view.setCurrentIndex(self.thumbs.index(page))

    def zoom_by(self, factor: float) -> None:
        zoom = min(ZOOM_MAX, max(ZOOM_MIN, self.zoom_factor() * factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def zoom_factor(self) -> float:
        """The scale the pages show at, also under 适合宽度/适合页面 (where the view computes it)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        # QPdfView lays pages out at 96 dpi over the PDF's 72 points per inch.
        page = self.document.pagePointSize(max(self.current_page(), 0)) * (96 / 72)
        area = self.view.viewport().size()
        margins = self.view.documentMargins()
        width = (area.width() - margins.left() - margins.right()) / page.width()
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return width
        height = (area.height() - margins.top() - margins.bottom()) / page.height()
        return min(width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._show_zoom()
        return super().eventFilter(watched, event)

    def _show_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self.zoom_label.setText(f"{round(self.zoom_factor() * 100)}%")

    # --- printing and saving -----------------------------------------------------------------
    def new_printer(self) -> QPrinter:
        printer = printing.new_printer()
        printing.fit_printer_to(printer, self.document)
        return printer

    def print_dialog(self) -> None:
        if self.page_count() == 0 or self.printing():
            return
        printer = self.new_printer()
        dialog = printing.print_dialog(printer, self.document, self._parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        if not self.isVisible():  # 打印… straight from the menu: nothing stays behind
            dialog.rejected.connect(self.close)
        # Not open(): PySide binds only its (receiver, slot) form for QPrintDialog.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> ProgressJob | None:
        """Print the pages ``printer``'s range names (the print dialog sets it), in a worker."""
        source = self.files.current
        if self.page_count() == 0 or source is None or self.printing():
            return None
        pages = printing.chosen_pages(printer, self.page_count(), self.current_page())
        job = ProgressJob(printing.print_work(source, printer, pages), self)
        job.finished.connect(self._printed)
        job.failed.connect(self._print_failed)
        self.printer = printer  # the worker paints on it: it must outlive the job
        self.print_job = job
        follow(job, self.tr("正在打印{0}…").format(self._what(self.choice)), self._parent())
        return job.start()

    def printing(self) -> bool:
        return self.print_job is not None and self.print_job.running

    def _printed(self, _all_pages: bool) -> None:
        if not self.isVisible():  # 打印… straight from the menu: nothing stays behind
            self.close()

    def _print_failed(self, exc: BaseException) -> None:
        self._tell(QMessageBox.Icon.Warning, i18n.error_text(exc))
        self._printed(False)

    def save_as(self, checked: bool = False) -> Path | None:
        """Keep the previewed file where the user chooses, by the rules every export follows;
        the package is asked about as the 导出 menu asks (``checked``: the user has seen what
        提交前检查 found and chose to export anyway)."""
        if self.files.current is None or self.exporter is None or self.shown_choice is None:
            return None
        session = self.session()
        if (
            self.shown_choice.kind == "package"
            and not checked
            and session is not None
            and self.exporter.ask_first(session, anyway=lambda: self.save_as(checked=True))
        ):
            return None
        what = self._what(self.shown_choice)
        out = self.exporter.choose_target(
            self.tr("导出{0}").format(what),
            f"{self.exporter.base_name()}-{what}.pdf",
            self.tr("PDF 文件 (*.pdf)"),
        )
        if out is None:
            return None
        from excellence_app.core.errors import AppError
        from excellence_app.services import exports

        source, warnings = self.files.current, self.warnings
        try:
            result = exports.write_atomically(out, lambda tmp: (shutil.copyfile(source, tmp), warnings)[1])
        except AppError as exc:
            self._tell(QMessageBox.Icon.Warning, i18n.error_text(exc))
            return None
        self.exporter.tell_done(result)
        return result.path

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("打印预览"), text, QMessageBox.StandardButton.Ok, self._parent())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()

    def _parent(self) -> QWidget:
        """Dialogs sit on the preview, or on the main window when the preview is not shown."""
        return self if self.isVisible() else self.owner

    # --- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """The files go with the window; a print still running stops after its page in hand."""
        if self.printing():
            self.print_job.cancel()
        self.document.close()
        self.files.close(reader=self.print_job)
        self.shown_choice = None
        self._print_when_ready = False
        event.accept()
