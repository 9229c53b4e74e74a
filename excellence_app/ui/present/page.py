"""The 培训演示 page: the criteria and scoring guidelines walked through item by item, in
large type, read-only. 全屏演示 hides the window's menus, tool bar and docks and fills
the screen; ←/→ or PageUp/PageDown turn the page (presenter remotes send those), Home
and End jump to the first and last page, Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QWidget

from excellence_app.core.changes import KINDS, Kind
from excellence_app.ui.generated.ui_present_page import Ui_PresentPage
from excellence_app.ui.present.slides import Slide, build_slides
from excellence_app.ui.shell import i18n
from excellence_app.ui.shell.host import Host, Page
from excellence_app.ui.shell.pages import PageSpec, Shot
from excellence_app.ui.shell.resources import icon
from excellence_app.ui.shell.session import ProjectSession

MIN_PX, MAX_PX = 13, 34
BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace)
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_Space)


class PresentPage(Page):
    watches: tuple[Kind, ...] = tuple(k for k in KINDS if k != "actions")  # all but action plans

    def __init__(self, spec: PageSpec, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(spec, host, parent)
        self.ui = Ui_PresentPage()
        self.ui.setupUi(self)
        self.slides: tuple[Slide, ...] = ()
        self.index = 0
        self.presenting = False
        self._hidden: list[QWidget] = []
        self._window_state = Qt.WindowState.WindowNoState
        self._rendered: tuple[int, int, int, str] | None = None
        ui = self.ui
        ui.slideView.setStyleSheet("QTextBrowser { border: none; background: transparent; }")
        ui.fullButton.setIcon(icon("present"))
        for button in (ui.prevButton, ui.nextButton, ui.fullButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        ui.prevButton.clicked.connect(lambda: self.step(-1))
        ui.nextButton.clicked.connect(lambda: self.step(1))
        ui.fullButton.clicked.connect(lambda: self.enter_presentation())
        ui.itemCombo.activated.connect(lambda n: self.go_to_item(ui.itemCombo.itemData(n)))
        shortcut = QShortcut(QKeySequence("F5"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.enter_presentation())

    # --- page protocol -----------------------------------------------------------------------
    def set_session(self, session: ProjectSession | None) -> None:
        if session is None and self.presenting:
            self.leave_presentation()
        super().set_session(session)
        self.slides = build_slides(session.framework) if session else ()
        self.index = 0
        combo = self.ui.itemCombo
        combo.clear()
        if session is not None:
            for item in session.framework.items():
                combo.addItem(f"{item.id} {i18n.title(item.title, item.title_en)}", item.id)

    def activate(self, item_id: str | None = None) -> None:
        if item_id:
            self.go_to_item(item_id)
        self.refresh()
        self.setFocus()

    def refresh(self) -> None:
        self._render()

    def prepare_shot(self, shot: Shot) -> None:
        if shot.item_id:
            self.go_to_item(shot.item_id)
        if shot.state == "full":
            self.enter_presentation(full_screen=False)  # the window keeps the screenshot's size

    # --- moving ------------------------------------------------------------------------------
    def current_slide(self) -> Slide | None:
        return self.slides[self.index] if 0 <= self.index < len(self.slides) else None

    def go_to(self, index: int) -> None:
        if self.slides:
            self.index = max(0, min(len(self.slides) - 1, index))
            self._render()

    def step(self, delta: int) -> None:
        self.go_to(self.index + delta)

    def go_to_item(self, item_id: str) -> None:
        first = next((n for n, s in enumerate(self.slides) if s.item_id == item_id), None)
        if first is not None:
            self.go_to(first)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in BACK_KEYS:
            self.step(-1)
        elif key in NEXT_KEYS:
            self.step(1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.slides) - 1)
        elif key == Qt.Key.Key_Escape and self.presenting:
            self.leave_presentation()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        # Arrow keys would otherwise move the focus between the page's buttons.
        keys = (*BACK_KEYS, *NEXT_KEYS, Qt.Key.Key_Escape, Qt.Key.Key_Home, Qt.Key.Key_End)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in keys:
            self.keyPressEvent(event)
            return True
        return super().event(event)

    # --- full screen -------------------------------------------------------------------------
    def enter_presentation(self, full_screen: bool = True) -> None:
        window = self.window()
        if self.presenting or not isinstance(window, QMainWindow):
            return
        chrome: list[QWidget] = [window.menuBar(), window.statusBar()]
        chrome += window.findChildren(QToolBar) + window.findChildren(QDockWidget)
        self._hidden = [w for w in chrome if w is not None and w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self.ui.topBar.hide()
        self.presenting = True
        self._window_state = window.windowState()
        if full_screen and not window.isFullScreen():
            window.showFullScreen()
        self.setFocus()
        self._render()

    def leave_presentation(self) -> None:
        if not self.presenting:
            return
        self.presenting = False
        window = self.window()
        if isinstance(window, QMainWindow) and window.windowState() != self._window_state:
            window.setWindowState(self._window_state)  # back to maximised, or normal, as it was
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.ui.topBar.show()
        self._render()

    def hideEvent(self, event: QHideEvent) -> None:
        # Another page was chosen (not a minimised window): the window gets its menus back.
        if self.presenting and not event.spontaneous():
            self.leave_presentation()
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    # --- drawing -----------------------------------------------------------------------------
    def _render(self) -> None:
        slide, session = self.current_slide(), self.session
        if slide is None or session is None:
            return
        ui = self.ui
        view = ui.slideView
        width, height = view.viewport().width(), view.viewport().height()
        key = (self.index, width, height, i18n.language())
        self._update_labels(slide)
        if key == self._rendered or width < 50:
            return
        self._rendered = key
        # The largest type that fits the page: start from the height, shrink until it fits.
        px = max(MIN_PX, min(MAX_PX, height // 22))
        while True:
            view.setHtml(slide.html(session.framework, px))
            view.document().setTextWidth(width)
            if view.document().size().height() <= height or px <= MIN_PX:
                break
            px -= 1
        view.verticalScrollBar().setValue(0)

    def _update_labels(self, slide: Slide) -> None:
        assert self.session is not None
        ui = self.ui
        item = self.session.framework.item(slide.item_id)
        ui.positionLabel.setText(f"{self.index + 1} / {len(self.slides)}")
        ui.prevButton.setEnabled(self.index > 0)
        ui.nextButton.setEnabled(self.index < len(self.slides) - 1)
        combo = ui.itemCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(item.id)))
        combo.blockSignals(False)
        hint = (
            self.tr("←/→ 或 PageUp/PageDown 翻页 · Esc 退出全屏")
            if self.presenting
            else self.tr("←/→ 或 PageUp/PageDown 翻页 · F5 全屏演示")
        )
        ui.footerLabel.setText(
            self.tr("{0} {1} · 第 {2} 页，共 {3} 页 · {4}").format(
                item.id, i18n.title(item.title, item.title_en), self.index + 1, len(self.slides), hint
            )
        )
