"""File → 打印预览… and 打印…: the package and the report shown inside the program as the
export writes them, pages down the side, zoom, printing a range of pages, and no temporary
file left behind, neither on closing nor on cancelling."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pypdf
import pytest
from gui import JOB_TIMEOUT_MS, close_window, make_window, open_project, shown
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from excellence_app.ui.print_preview.prepare import Choice


def ink(image: QImage, step: int = 3) -> int:
    """How many sampled pixels are neither white nor transparent: 0 for a blank page."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).alpha() > 0 and image.pixelColor(x, y).lightness() < 200
    )


def open_preview(qtbot, window, choice: Choice | None = None):
    job = window.print_preview.preview(choice)
    assert job is not None
    preview = window.print_preview.window
    with qtbot.waitSignal(preview.files.ready, timeout=JOB_TIMEOUT_MS):
        pass
    return preview


@pytest.fixture
def preview(qtbot, window):
    return open_preview(qtbot, window)


def test_the_preview_shows_the_package_with_its_pages_down_the_side(qtbot, window, preview) -> None:
    shown_file = preview.files.current
    pages = len(pypdf.PdfReader(shown_file).pages)
    assert pages > 3
    assert preview.isVisible() and preview.page_count() == pages
    assert preview.page_label.text() == f"页，共 {pages} 页" and preview.page_spin.value() == 1
    assert preview.choice == Choice("package", False) and not preview.warnings
    # Written in the system's temporary folder, never beside the project.
    assert Path(tempfile.gettempdir()) in shown_file.parents
    assert shown_file.parent != window.session.path.parent
    assert preview.thumbs.rowCount() == pages
    qtbot.waitUntil(lambda: 0 in preview.thumbs.pictures, timeout=JOB_TIMEOUT_MS)
    picture = preview.thumbs.pictures[0].pixmap(preview.thumbs.icon_size()).toImage()
    assert picture.width() == preview.thumbs.icon_size().width() and ink(picture, 2) > 20
    assert len(preview.thumbs.pictures) < pages, "only the thumbnails in view are rendered"

    preview.thumb_view.clicked.emit(preview.thumbs.index(2))  # a click on page 3's thumbnail
    qtbot.waitUntil(lambda: preview.current_page() == 2)
    assert preview.page_spin.value() == 3
    assert preview.thumb_view.currentIndex().row() == 2


def test_zoom_in_out_and_fit(qtbot, preview) -> None:
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and preview.fit_width.isChecked()
    fitted = preview.zoom_factor()
    preview.zoom_in.trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() == pytest.approx(fitted * 1.25)
    assert preview.zoom_label.text() == f"{round(fitted * 125)}%"
    assert not preview.fit_width.isChecked()
    preview.zoom_out.trigger()
    preview.zoom_out.trigger()
    assert preview.view.zoomFactor() == pytest.approx(fitted / 1.25)
    preview.fit_page.trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView and preview.fit_page.isChecked()
    assert preview.zoom_factor() < fitted, "a whole A4 page is smaller than its width across the view"


def test_choosing_the_report_shows_the_report(qtbot, preview) -> None:
    package = preview.page_count()
    package_file = preview.files.current
    assert preview.scores_box.isEnabled()
    preview.kind_box.setCurrentIndex(1)
    with qtbot.waitSignal(preview.files.ready, timeout=JOB_TIMEOUT_MS):
        preview.kind_box.activated.emit(1)
    assert preview.shown_choice == Choice("report", False)
    assert preview.page_count() == len(pypdf.PdfReader(preview.files.current).pages) != package
    assert preview.page_label.text() == f"页，共 {preview.page_count()} 页"
    assert not preview.scores_box.isEnabled(), "the report always holds the scores"
    assert preview.windowTitle() == "打印预览 — 内部评价报告"
    assert not package_file.exists(), "the file no longer shown is removed"
    assert list(preview.files.folder.iterdir()) == [preview.files.current]


def test_the_package_with_scores_has_the_score_pages(qtbot, preview) -> None:
    without = preview.page_count()
    preview.scores_box.setCurrentIndex(1)
    with qtbot.waitSignal(preview.files.ready, timeout=JOB_TIMEOUT_MS):
        preview.scores_box.activated.emit(1)
    assert preview.shown_choice == Choice("package", True)
    assert preview.page_count() > without


def test_printing_pages_two_and_three(qtbot, preview, tmp_path: Path) -> None:
    printed = tmp_path / "printed.pdf"
    printer = preview.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)  # as the print dialog leaves it
    printer.setFromTo(2, 3)
    job = preview.print_to(printer)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=JOB_TIMEOUT_MS) as done:
        pass
    assert done.args == [True] and not preview.printing()
    reader = pypdf.PdfReader(printed)
    assert len(reader.pages) == 2
    for page in reader.pages:  # A4 stays A4
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (595.3, 841.9), abs=1
        )

    import pypdfium2

    pdf = pypdfium2.PdfDocument(printed)
    try:
        for n in range(2):
            image = pdf[n].render(scale=0.5).to_pil().convert("L")
            dark = sum(image.histogram()[:200])
            assert dark > 500, f"printed page {n + 1} is not blank"
    finally:
        pdf.close()


def test_a_cancelled_print_stops(qtbot, preview, tmp_path: Path) -> None:
    printer = preview.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = []
    job = preview.print_to(printer)
    job.progressed.connect(lambda done, total: pages.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=JOB_TIMEOUT_MS) as done:
        job.cancel()
    assert done.args == [False], "cancelled: not all pages went"
    assert len(pages) < preview.page_count()


def test_cancelling_the_preparation_leaves_no_file(qtbot, window) -> None:
    files_made = window.print_preview
    job = files_made.preview()
    preview = files_made.window
    folder = preview.files.folder
    assert folder is not None and folder.is_dir()
    with qtbot.waitSignal(preview.files.failed, timeout=JOB_TIMEOUT_MS) as failed:
        job.cancel()
    assert failed.args[1] is True
    assert not preview.isVisible(), "with nothing to show the preview closes"
    assert not folder.exists()
    assert preview.message is None, "a cancel is no error"


def test_closing_the_preview_removes_its_files(qtbot, window, preview) -> None:
    folder = preview.files.folder
    assert any(folder.iterdir())
    preview.close()
    assert not folder.exists()
    open_preview(qtbot, window)  # and it opens again
    assert preview.isVisible() and preview.files.folder.is_dir()
    folder = preview.files.folder
    window.close_project()  # the preview goes with the project
    assert not preview.isVisible() and not folder.exists()


def test_saving_the_previewed_pdf(qtbot, window, preview, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "申报材料.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    # The package is asked about first, as the 导出 menu asks: 提交前检查 finds problems here.
    assert preview.save_as() is None and not out.exists()
    asked = window.exporter.message
    assert shown(asked) and "提交前检查" in asked.text()
    asked.button(QMessageBox.StandardButton.Yes).click()  # 仍然导出
    qtbot.waitUntil(out.exists)
    assert out.read_bytes() == preview.files.current.read_bytes()
    assert list(out.parent.iterdir()) == [out]
    assert shown(window.exporter.message) and str(out) in window.exporter.message.text()
    # The export rules hold: a project file is never overwritten.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(window.session.path), ""))
    assert preview.save_as(checked=True) is None
    assert "项目文件" in preview.message.text()


def test_print_goes_to_the_print_dialog_for_the_package(qtbot, window) -> None:
    action = window.print_preview.print_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    action.trigger()
    preview = window.print_preview.window

    def dialog() -> QPrintDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=JOB_TIMEOUT_MS)
    assert not preview.isVisible(), "打印… goes straight to the dialog"
    assert preview.shown_choice == Choice("package", False)
    assert (dialog().minPage(), dialog().maxPage()) == (1, preview.page_count())
    folder = preview.files.folder
    dialog().reject()
    assert not folder.exists(), "nothing stays behind once the dialog is dismissed"


def test_the_actions_follow_the_project(qtbot, tmp_path: Path, answered_file: Path) -> None:
    window = make_window(qtbot)
    actions = window.ui.menuFile.actions()
    preview, print_ = window.print_preview.preview_action, window.print_preview.print_action
    export = window.exporter.menu.menuAction()
    assert actions.index(preview) + 1 == actions.index(print_) == actions.index(export) - 1
    assert not preview.isEnabled() and not print_.isEnabled()
    assert window.print_preview.preview() is None and window.print_preview.window.page_count() == 0
    open_project(qtbot, window, answered_file)
    assert preview.isEnabled() and print_.isEnabled()
    window.close_project()
    assert not preview.isEnabled() and not print_.isEnabled()
    close_window(window)
