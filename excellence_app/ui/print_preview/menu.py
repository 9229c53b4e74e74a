"""File → 打印预览… and 打印… (Ctrl+P), enabled while a project is open."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from excellence_app.ui.print_preview.prepare import Choice

if TYPE_CHECKING:
    # QtPdf, QtPdfWidgets and QtPrintSupport load on first use, not before the first frame.
    from excellence_app.ui.print_preview.window import PreviewWindow
    from excellence_app.ui.shell.jobs import ProgressJob


class PrintPreview(QObject):
    """The window's preview: made on first use, kept, its files removed each time it closes."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.owner = window
        self.window: PreviewWindow | None = None
        self.preview_action = QAction(self.tr("打印预览(&V)…"), window)
        self.print_action = QAction(self.tr("打印(&P)…"), window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.preview_action.triggered.connect(lambda: self.preview())
        self.print_action.triggered.connect(lambda: self.print_package())

    @classmethod
    def install(cls, window: Any) -> PrintPreview:
        """Put the two actions into the File menu before 导出 (or 关闭项目 without it)."""
        preview = cls(window)
        exporter = getattr(window, "exporter", None)
        menu = window.ui.menuFile
        before = exporter.menu.menuAction() if exporter is not None and exporter.menu else None
        before = before or window.ui.actionCloseProject
        menu.insertAction(before, preview.preview_action)
        menu.insertAction(before, preview.print_action)
        preview.enable(window.session is not None)
        window.projectOpened.connect(lambda: preview.enable(True))
        window.projectClosed.connect(lambda: preview.enable(False))
        window.projectClosed.connect(preview.close)
        return preview

    def enable(self, on: bool) -> None:
        self.preview_action.setEnabled(on)
        self.print_action.setEnabled(on)

    def _window(self) -> PreviewWindow | None:
        if self.window is None:
            try:
                from excellence_app.ui.print_preview.window import PreviewWindow
            except ImportError as exc:  # QtPdf's own libraries (Kerberos) are missing here
                from excellence_app.core.errors import AppError

                self.owner.show_error(
                    AppError(
                        f"无法载入 PDF 预览组件（{exc}），请安装 libgssapi-krb5-2",
                        f"the PDF preview cannot load ({exc}); install libgssapi-krb5-2",
                    )
                )
                return None
            self.window = PreviewWindow(
                self.owner, lambda: self.owner.session, getattr(self.owner, "exporter", None)
            )
        return self.window

    def preview(self, choice: Choice | None = None) -> ProgressJob | None:
        """Show the preview of ``choice`` (by default what it showed last, the package at first)."""
        window = self._window()
        return None if window is None else window.open_choice(choice or window.choice)

    def print_package(self) -> ProgressJob | None:
        """The package straight to the print dialog; the preview shows only if it is open already."""
        window = self._window()
        if window is None:
            return None
        return window.open_choice(Choice("package"), show=window.isVisible(), then_print=True)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
